/** The Maven plugin: goals check, fix and build, each one call on the anthology-api facade. */
package io.github.anthology.maven;
