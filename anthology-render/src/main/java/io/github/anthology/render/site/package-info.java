/** The static site of a build: one self-contained index.html with the table rendered in, the data as JSON, and the taxonomy as inline SVG. */
package io.github.anthology.render.site;
