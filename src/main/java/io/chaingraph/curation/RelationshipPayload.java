package io.chaingraph.curation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code createRelationship} and {@code updateRelationship} answer: the relationship
 * as it is now.
 *
 * @param type its type
 * @param from its start node's id
 * @param to its end node's id
 * @param properties its properties, values as text
 * @param changed false when the request changed nothing
 */
record RelationshipPayload(String type, String from, String to, List<Property> properties, boolean changed) {

	/**
	 * One property of the relationship.
	 *
	 * @param key its name
	 * @param value its value as text, JSON for lists
	 */
	record Property(String key, @Nullable String value) {

	}

}
