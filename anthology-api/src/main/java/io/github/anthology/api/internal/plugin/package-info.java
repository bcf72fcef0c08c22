/** Plugin rules: each jar loaded through ServiceLoader in a class loader of its own, checked, and named in every error. */
package io.github.anthology.api.internal.plugin;
