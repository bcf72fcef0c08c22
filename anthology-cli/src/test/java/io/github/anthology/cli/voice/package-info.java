/** Tests of what users read: help, documentation and rule pages speak of the product, never of our design documents. */
package io.github.anthology.cli.voice;
