package io.chaingraph.graph;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a concept package adds to the generic engine: filters of its own in a type's
 * {@code where} input, the order its nodes are listed in wherever a relationship reaches
 * them, and the taxonomy a related filter may widen to. The engine and the schema
 * generator read the rules of every package and name no label themselves.
 * <p>
 * Registered with {@link java.util.ServiceLoader} (a line in
 * {@code META-INF/services/io.chaingraph.graph.ConceptRules}), not as Spring beans: the
 * schema generator runs without Spring and must write the same inputs the service serves.
 */
public interface ConceptRules {

	/**
	 * The filters this concept adds to {@code where} inputs.
	 */
	default List<Filter> filters() {
		return List.of();
	}

	/**
	 * The orders in which this concept's nodes are listed.
	 */
	default List<Order> orders() {
		return List.of();
	}

	/**
	 * The taxonomies of this concept's nodes.
	 */
	default List<Taxonomy> taxonomies() {
		return List.of();
	}

	/**
	 * A field of a type's {@code where} input that is not a property.
	 *
	 * @param label the type
	 * @param field the field's name
	 * @param type its GraphQL input type
	 * @param doc its documentation
	 * @param condition the Cypher condition on {@code n}, given the name of the parameter
	 * that holds the client's value (without {@code $}); labels and types in it come from
	 * the model's enums
	 */
	record Filter(NodeLabel label, String field, String type, String doc, UnaryOperator<String> condition) {

	}

	/**
	 * Nodes of a label listed by one of their properties, then by id, wherever a
	 * relationship reaches them; the property is an integer or a datetime of the model.
	 *
	 * @param label the label
	 * @param property the property
	 */
	record Order(NodeLabel label, String property) {

	}

	/**
	 * Nodes of a label placed below broader ones of the same label.
	 *
	 * @param label the label
	 * @param broader the relationship from a node to the broader one
	 */
	record Taxonomy(NodeLabel label, RelType broader) {

	}

}
