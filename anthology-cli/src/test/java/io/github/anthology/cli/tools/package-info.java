/** Tests against the real outside tools that consume our output: GitHub's SARIF rules, an Action runner's steps, pre-commit. */
package io.github.anthology.cli.tools;
