package io.chaingraph.path;

import org.jspecify.annotations.Nullable;

/**
 * {@code PathRelationship}: a relationship on a path with its own direction, which a path
 * walked either way does not give, and the property that qualifies its type, if any.
 *
 * @param type its type
 * @param from id of its start node
 * @param to id of its end node
 * @param level EXPERT_IN's level; null on other types
 * @param role MEMBER_OF's, ADVISES' or MEMBER_OF_TEAM's role; null on other types
 * @param severity BOTTLENECK_OF's severity; null on other types
 */
record PathRelationship(String type, String from, String to, @Nullable Integer level, @Nullable String role,
		@Nullable Integer severity) {

}
