/** The immutable domain of a registry: papers, recommendations, topics, reading lists. */
@AnthologyStyle
package io.github.anthology.model;
