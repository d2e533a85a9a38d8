/**
 * Open competitions for bottleneck technologies (揭榜挂帅) and horse races (赛马): posting,
 * applying, shortlisting, funding, awarding and closing.
 */
@NullMarked
package io.chaingraph.challenge;

import org.jspecify.annotations.NullMarked;
