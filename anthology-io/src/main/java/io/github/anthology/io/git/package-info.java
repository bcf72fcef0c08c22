/** Registry files read from a git revision of the working tree's repository, never from a checkout. */
package io.github.anthology.io.git;
