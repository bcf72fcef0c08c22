/** User templates (Jinja syntax, rendered by Jinjava) over the documented data model of a registry build. */
package io.github.anthology.render.template;
