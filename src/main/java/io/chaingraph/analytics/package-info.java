/**
 * Questions over the whole graph: statistics and, later, rankings and gaps.
 */
@NullMarked
package io.chaingraph.analytics;

import org.jspecify.annotations.NullMarked;
