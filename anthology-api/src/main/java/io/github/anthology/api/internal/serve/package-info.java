/** The live preview: a loopback-only server of the build output that rebuilds when an input changes. */
package io.github.anthology.api.internal.serve;
