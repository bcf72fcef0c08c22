/** The reference system's recommendation-centric export (registry.yaml, .json, .jsonl), read with positions and written deterministically. */
package io.github.anthology.io.registry;
