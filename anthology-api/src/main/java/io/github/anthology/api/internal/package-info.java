/**
 * How the workspace does its work: choosing configuration and inputs, loading plugins, and turning
 * the library modules' errors into one exception. Not part of the API: it may change at any time.
 */
package io.github.anthology.api.internal;
