package io.chaingraph.chain;

import java.util.List;

import io.chaingraph.graph.ConceptRules;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;

/**
 * What a chain adds to the generic reads: enterprises and demands found on a chain
 * ({@code onChain}), and segments listed from upstream to downstream.
 */
public final class ChainRules implements ConceptRules {

	/**
	 * An enterprise works on a chain when it operates in one of its segments or leads it;
	 * a demand is on the chains of the enterprise that raised it.
	 */
	private static String onChain(String enterprise, String param) {
		return "EXISTS { %2$s-[:`%3$s`]->(:`%4$s`)<-[:`%5$s`]-(:`%6$s` {id: $%1$s}) } OR EXISTS { %2$s-[:`%7$s`]->(:`%6$s` {id: $%1$s}) }"
			.formatted(param, enterprise, RelType.OPERATES_IN, NodeLabel.Segment, RelType.HAS_SEGMENT, NodeLabel.Chain,
					RelType.LEADS);
	}

	@Override
	public List<Filter> filters() {
		return List.of(
				new Filter(NodeLabel.Enterprise, "onChain", "ID", "Works in a segment of this chain, or leads it.",
						(param) -> onChain("(n)", param)),
				new Filter(NodeLabel.Demand, "onChain", "ID",
						"Raised by an enterprise working in a segment of this chain, or leading it.",
						(param) -> onChain("(e:`%s`)-[:`%s`]->(n), (e)".formatted(NodeLabel.Enterprise, RelType.RAISED),
								param)));
	}

	@Override
	public List<Order> orders() {
		return List.of(new Order(NodeLabel.Segment, "position"));
	}

}
