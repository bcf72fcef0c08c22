/** Options and results of comparing two versions of a registry. */
package io.github.anthology.api.diff;
