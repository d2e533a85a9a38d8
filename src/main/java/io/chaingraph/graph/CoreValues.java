package io.chaingraph.graph;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;

/**
 * Nodes and relationships of the embedded database's own API as GraphQL serves them: the
 * same maps {@link GraphReads#node} makes from Bolt's values, built once, straight from
 * the store. Values take the types Bolt would give them (every integer a {@code Long},
 * every float a {@code Double}, arrays lists), so that the two modes answer alike.
 */
final class CoreValues {

	private CoreValues() {
	}

	static Map<String, Object> node(Node node) {
		Map<String, Object> properties = node.getAllProperties();
		Map<String, Object> map = new HashMap<>(properties.size() * 2 + 4);
		properties.forEach((key, value) -> map.put(key, value(value)));
		map.putIfAbsent("synthetic", Boolean.FALSE);
		List<String> labels = new ArrayList<>(2);
		for (Label label : node.getLabels()) {
			// The label that keeps ids unique across the graph is not one of the model's.
			if (!GlobalIds.LABEL.equals(label.name())) {
				labels.add(label.name());
			}
		}
		map.put("labels", labels);
		return map;
	}

	/**
	 * A mutable map of an entity's properties, with room for what an edge adds.
	 */
	static Map<String, Object> properties(Entity entity) {
		Map<String, Object> properties = entity.getAllProperties();
		Map<String, Object> map = new HashMap<>(properties.size() * 2 + 4);
		properties.forEach((key, value) -> map.put(key, value(value)));
		return map;
	}

	static @Nullable Object value(@Nullable Object value) {
		if (value instanceof String || value instanceof Long || value instanceof Boolean || value instanceof Double
				|| value == null) {
			return value;
		}
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof Float number) {
			return number.doubleValue();
		}
		if (value instanceof Character character) {
			return character.toString();
		}
		if (value.getClass().isArray()) {
			int length = Array.getLength(value);
			List<Object> list = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				list.add(value(Array.get(value, i)));
			}
			return list;
		}
		return GraphReads.plain(value);
	}

}
