/** Recommendation ids: their parts, their counters, and the ids a published registry gives practices. */
package io.github.anthology.io.ids;
