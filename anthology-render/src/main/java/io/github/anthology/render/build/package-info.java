/** What {@code anthology build} writes, as named pieces of content made on demand. */
package io.github.anthology.render.build;
