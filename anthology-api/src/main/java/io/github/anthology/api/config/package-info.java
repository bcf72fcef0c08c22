/** Configuration built in code, for embedders that keep no {@code anthology.yaml}. */
package io.github.anthology.api.config;
