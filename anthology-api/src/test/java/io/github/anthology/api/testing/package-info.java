/** Test support shared with the command line's tests: plugin jars built during the test run. */
package io.github.anthology.api.testing;
