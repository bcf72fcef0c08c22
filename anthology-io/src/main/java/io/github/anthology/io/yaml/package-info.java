/** YAML readers (research.yaml, taxonomy.yaml) built on a position-keeping node tree. */
package io.github.anthology.io.yaml;
