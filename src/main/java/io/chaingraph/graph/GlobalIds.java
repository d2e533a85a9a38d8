package io.chaingraph.graph;

import java.util.List;
import java.util.Map;

import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.ErrorText;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Ids are unique across the whole graph, not only within a label: they are the global ids
 * of {@code Query.node}. Neo4j's community edition constrains uniqueness per label only,
 * so every node of an id-space label also carries the one label {@link #LABEL}, whose
 * uniqueness constraint on {@code id} (schema file V0008) makes two labels' nodes with
 * one id impossible, under any race. The label is bookkeeping: every read shows the
 * labels of the model only ({@link #visible}), and no statement matches by it except to
 * find an id's node whatever its label.
 */
public final class GlobalIds {

	/** The label every model node carries beside its own. */
	public static final String LABEL = "Node";

	private GlobalIds() {
	}

	/**
	 * The labels of the model among a node's labels, in their order.
	 */
	public static List<String> visible(List<String> labels) {
		return labels.contains(LABEL) ? labels.stream().filter((label) -> !LABEL.equals(label)).toList() : labels;
	}

	/**
	 * Refuses, as a BAD_REQUEST naming the id and the label that holds it, an id that a
	 * node of another id space than {@code label} holds. Run inside the write that
	 * creates, before it: a concurrent write that takes the id first makes this write's
	 * commit fail on the constraint, and {@link GraphWrites#write} runs it once more,
	 * when this check sees the committed node.
	 */
	public static void refuseTaken(TransactionContext tx, NodeLabel label, String id) {
		List<Record> rows = tx
			.run("MATCH (n:`%s` {id: $id}) WHERE NOT n:`%s` RETURN labels(n) AS labels".formatted(LABEL, label.name()),
					Map.of("id", id))
			.list();
		if (!rows.isEmpty()) {
			throw taken(id, holder(rows.get(0).get("labels")), label);
		}
	}

	/**
	 * The error for an id another label holds.
	 */
	public static BadRequestException taken(String id, String holder, NodeLabel wanted) {
		return new BadRequestException(GraphErrors.ID_TAKEN, id, withArticle(holder), withArticle(wanted.name()));
	}

	// "an Enterprise" in English, the label alone in Chinese.
	private static ErrorText withArticle(String label) {
		return ErrorText.of(("AEIO".indexOf(label.charAt(0)) >= 0) ? GraphErrors.AN_LABEL : GraphErrors.A_LABEL, label);
	}

	/**
	 * A label with its indefinite article, for messages: "an Enterprise".
	 */
	public static String article(String label) {
		return ("AEIO".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
	}

	/**
	 * The id-space label among a node's labels, for messages: Enterprise, not
	 * Organization.
	 */
	public static String holder(Value labels) {
		List<String> names = labels.asList(Value::asString);
		@Nullable String found = null;
		for (NodeLabel label : NodeLabel.values()) {
			if (label.isIdSpace() && names.contains(label.name())) {
				found = label.name();
				break;
			}
		}
		return (found != null) ? found : String.join(":", visible(names));
	}

}
