/** Rules about suppression comments themselves: each needs a reason and must still suppress something. */
package io.github.anthology.rules.builtin.suppression;
