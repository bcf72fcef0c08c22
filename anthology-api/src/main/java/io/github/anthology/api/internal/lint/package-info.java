/** Linting, the fix loop, baselines and report formats behind the workspace. */
package io.github.anthology.api.internal.lint;
