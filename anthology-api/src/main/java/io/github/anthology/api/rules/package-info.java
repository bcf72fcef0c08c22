/** The catalogue of rules a workspace knows, built-in and from plugins. */
package io.github.anthology.api.rules;
