package io.chaingraph.search;

import java.util.Map;

/**
 * One node a search found, with its kind and relevance. Public because the affiliation
 * package answers a hit's title and affiliations from it.
 *
 * @param node the node, as the generic reads return it
 * @param type its kind, a {@code SearchType} value
 * @param score its relevance, comparable within one search
 */
public record SearchHit(Map<String, Object> node, String type, double score) {

	/** The node's id. */
	public String id() {
		return (String) this.node.get("id");
	}

}
