/** Registry hygiene: recommendation ids, duplicates, statuses, references, required and unknown keys. */
package io.github.anthology.rules.builtin.registry;
