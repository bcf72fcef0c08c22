/** A registry diff written as text, as a Markdown changelog section, and as JSON. */
package io.github.anthology.render.diff;
