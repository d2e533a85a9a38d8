package io.chaingraph.curation;

import java.util.Map;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.PropertyRule;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.ErrorText;
import org.jspecify.annotations.Nullable;

/**
 * Curated values through the model's one check ({@link PropertyRule}): the id's format,
 * the kind of every property, the length of text, ranges and value sets, required
 * properties; the messages are those import and the workflows give for the same fault.
 */
final class PropertyValues {

	private PropertyValues() {
	}

	static String id(NodeLabel label, @Nullable Object id) {
		PropertyRule rule = label.rule("id");
		ErrorText fault = PropertyRule.idFault(rule.what(), id);
		if (fault != null) {
			throw new BadRequestException(fault);
		}
		return (String) id;
	}

	/**
	 * The value as Neo4j stores it, or a BAD_REQUEST naming the property.
	 */
	static @Nullable Object value(PropertyRule rule, @Nullable Object value) {
		return rule.check(value);
	}

	/**
	 * A BAD_REQUEST naming the first required property a new node lacks.
	 */
	static void requireAll(NodeLabel label, Map<String, Object> properties) {
		for (PropertyRule rule : label.rules().values()) {
			if (rule.required() && properties.get(rule.name()) == null) {
				throw new BadRequestException(rule.missing(rule.what()));
			}
		}
	}

}
