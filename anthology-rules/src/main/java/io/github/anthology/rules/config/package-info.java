/** Turns a configuration as written into a checked plan: which rules run where, how severe, with which options. */
package io.github.anthology.rules.config;
