/**
 * Curation: coordinators create, update and delete every node and relationship of the
 * model, each change checked against the model and recorded in the audit trail.
 */
@NullMarked
package io.chaingraph.curation;

import org.jspecify.annotations.NullMarked;
