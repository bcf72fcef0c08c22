/** Writing large generated text straight to its destination, in buffered chunks rather than one giant String. */
package io.github.anthology.render.text;
