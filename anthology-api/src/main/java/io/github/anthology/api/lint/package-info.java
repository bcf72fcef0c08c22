/** What a lint or fix run returns: findings, counts, the verdict, baseline matches and rule failures. */
package io.github.anthology.api.lint;
