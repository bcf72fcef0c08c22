/** The semantic diff of two versions of a registry: papers, recommendations, topics and findings that changed. */
package io.github.anthology.rules.diff;
