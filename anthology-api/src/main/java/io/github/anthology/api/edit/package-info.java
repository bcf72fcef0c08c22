/** Changes to a registry's files (shown as a diff, or written atomically) and what a rewrite left undone. */
package io.github.anthology.api.edit;
