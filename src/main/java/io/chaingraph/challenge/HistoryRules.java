package io.chaingraph.challenge;

import java.util.List;

import io.chaingraph.graph.ConceptRules;
import io.chaingraph.graph.NodeLabel;

/**
 * A challenge's or a demand's history is read in the order it happened.
 */
public final class HistoryRules implements ConceptRules {

	@Override
	public List<Order> orders() {
		return List.of(new Order(NodeLabel.StatusChange, "at"));
	}

}
