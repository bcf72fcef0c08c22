/** Bean Validation of the domain model, run as a separate step after reading. */
package io.github.anthology.model.validation;
