package io.chaingraph.path;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * {@code PathRelationship}: a relationship on a path with its own direction, which a path
 * walked either way does not give, and the property that qualifies its type, if any.
 * Public because an expert's evidence and a conflict of interest are paths too.
 *
 * @param type its type
 * @param from id of its start node
 * @param to id of its end node
 * @param level EXPERT_IN's level; null on other types
 * @param role MEMBER_OF's, ADVISES' or MEMBER_OF_TEAM's role; null on other types
 * @param severity BOTTLENECK_OF's severity; null on other types
 */
public record PathRelationship(String type, String from, String to, @Nullable Integer level, @Nullable String role,
		@Nullable Integer severity) {

	/**
	 * A relationship as the path queries return it, a map of {@code type}, {@code from},
	 * {@code to} and {@code props}. Only the properties the schema serves on a path are
	 * kept; others, such as PAIRED_WITH's since, were never part of an answer.
	 */
	public static PathRelationship of(Value rel) {
		Value props = rel.get("props");
		return new PathRelationship(rel.get("type").asString(), rel.get("from").asString(), rel.get("to").asString(),
				integer(props.get("level")), text(props.get("role")), integer(props.get("severity")));
	}

	/** A relationship without properties. */
	public static PathRelationship between(String type, String from, String to) {
		return new PathRelationship(type, from, to, null, null, null);
	}

	private static @Nullable Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	private static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
