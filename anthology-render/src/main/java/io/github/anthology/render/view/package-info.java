/** A read-only view of an anthology shaped for the outputs: one topic and one status per recommendation, statistics, supersession chains. */
package io.github.anthology.render.view;
