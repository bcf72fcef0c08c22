/** The Markdown documents of a build: REGISTRY.md and the topic-organisation document TOPICS.md. */
package io.github.anthology.render.markdown;
