/**
 * Chains as a whole: the chain map with its gaps.
 */
@NullMarked
package io.chaingraph.chain;

import org.jspecify.annotations.NullMarked;
