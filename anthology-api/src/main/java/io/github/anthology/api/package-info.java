/**
 * The one front door to Anthology: {@link io.github.anthology.api.Workspace} lints, fixes, reports,
 * builds and rewrites a registry, returning results and never printing or exiting.
 */
package io.github.anthology.api;
