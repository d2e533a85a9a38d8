/**
 * Experts: who can help with a technology on a chain, and why.
 */
@NullMarked
package io.chaingraph.expert;

import org.jspecify.annotations.NullMarked;
