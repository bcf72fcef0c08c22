/** The rule catalogue as people read it: the table of `anthology rules`. */
package io.github.anthology.render.catalogue;
