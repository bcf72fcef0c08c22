/** What commands run once their options are parsed: rewrites shown as diffs or written, the fix loop. */
package io.github.anthology.cli.app;
