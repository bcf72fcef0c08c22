/** The baseline file format: deterministic JSON of the findings a registry may keep for now. */
package io.github.anthology.render.baseline;
