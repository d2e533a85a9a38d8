/**
 * The audit trail, as the {@code changes} query reads it.
 */
@NullMarked
package io.chaingraph.audit;

import org.jspecify.annotations.NullMarked;
