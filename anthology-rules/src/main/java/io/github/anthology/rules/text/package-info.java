/** The words of recommendation texts as the text rules compare them, read once per run and shared. */
package io.github.anthology.rules.text;
