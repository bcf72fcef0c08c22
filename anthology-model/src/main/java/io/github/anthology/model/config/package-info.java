/** The configuration file ({@code anthology.yaml}) as written, every value with its position. */
package io.github.anthology.model.config;
