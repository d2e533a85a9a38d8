package io.chaingraph.expert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import io.chaingraph.system.database.CypherQueries;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * What personalised PageRank walks for a ranking: for each target technology, the experts
 * who declare it and the publications about it; for each of those publications and those
 * matching the text, the publications it cites, those citing it, and its authors. Every
 * list is sorted, so that the walk, and with it the ranking, does not depend on the order
 * the database returned the rows in.
 * <p>
 * With the embedded database it is read through Neo4j's own API. In Cypher
 * ({@code expert-propagation-graph}) it was the costliest statement of a ranking, at
 * about 2 ms at scale 1 for some 2,400 database hits: the time went into interpreting
 * hundreds of one-relationship rows, not into the data. Against a server the statement
 * still answers, and a test holds the two readings to the same answer on the seed.
 *
 * @param technologies the target technologies found, by id
 * @param publications the publications walked, by id
 */
record PropagationNeighbourhood(List<TechnologyLinks> technologies, List<PublicationLinks> publications) {

	/**
	 * @param id the technology
	 * @param experts experts with EXPERT_IN to it
	 * @param publications publications with ABOUT to it
	 */
	record TechnologyLinks(String id, List<String> experts, List<String> publications) {

	}

	/**
	 * @param id the publication
	 * @param cites publications it CITES
	 * @param citedBy publications that CITE it
	 * @param authors experts who AUTHORED it
	 */
	record PublicationLinks(String id, List<String> cites, List<String> citedBy, List<String> authors) {

	}

	private static final Label TECHNOLOGY = Label.label(NodeLabel.Technology.name());

	private static final Label PUBLICATION = Label.label(NodeLabel.Publication.name());

	private static final Label EXPERT = Label.label(NodeLabel.Expert.name());

	private static final RelationshipType EXPERT_IN = RelationshipType.withName(RelType.EXPERT_IN.name());

	private static final RelationshipType ABOUT = RelationshipType.withName(RelType.ABOUT.name());

	private static final RelationshipType CITES = RelationshipType.withName(RelType.CITES.name());

	private static final RelationshipType AUTHORED = RelationshipType.withName(RelType.AUTHORED.name());

	static PropagationNeighbourhood read(GraphReads reads, CypherQueries queries, Collection<String> technologies,
			Collection<String> publications) {
		return reads.inEmbeddedTransaction((tx) -> traverse(tx, technologies, publications))
			.orElseGet(() -> cypher(reads, queries, technologies, publications));
	}

	static PropagationNeighbourhood cypher(GraphReads reads, CypherQueries queries, Collection<String> technologies,
			Collection<String> publications) {
		Record row = reads
			.read(queries.get("expert-propagation-graph"),
					Map.of("technologies", List.copyOf(technologies), "publications", List.copyOf(publications)))
			.get(0);
		List<TechnologyLinks> techs = row.get("technologies")
			.asList((t) -> new TechnologyLinks(t.get("id").asString(), ids(t.get("experts")),
					ids(t.get("publications"))));
		List<PublicationLinks> pubs = row.get("publications")
			.asList((p) -> new PublicationLinks(p.get("id").asString(), ids(p.get("cites")), ids(p.get("citedBy")),
					ids(p.get("authors"))));
		return sorted(techs, pubs);
	}

	static PropagationNeighbourhood traverse(Transaction tx, Collection<String> technologies,
			Collection<String> publications) {
		List<TechnologyLinks> techs = new ArrayList<>();
		// The publications about the technologies are reached, not looked up: an index
		// seek per publication cost more than all their relationships.
		Map<String, Node> walked = new LinkedHashMap<>();
		for (String id : technologies) {
			Node technology = tx.findNode(TECHNOLOGY, "id", id);
			if (technology != null) {
				List<String> about = ends(technology, Direction.INCOMING, ABOUT, PUBLICATION, walked);
				techs
					.add(new TechnologyLinks(id, ends(technology, Direction.INCOMING, EXPERT_IN, EXPERT, null), about));
			}
		}
		for (String id : publications) {
			if (!walked.containsKey(id)) {
				Node publication = tx.findNode(PUBLICATION, "id", id);
				if (publication != null) {
					walked.put(id, publication);
				}
			}
		}
		List<PublicationLinks> pubs = new ArrayList<>();
		walked.forEach((id, publication) -> pubs
			.add(new PublicationLinks(id, ends(publication, Direction.OUTGOING, CITES, PUBLICATION, null),
					ends(publication, Direction.INCOMING, CITES, PUBLICATION, null),
					ends(publication, Direction.INCOMING, AUTHORED, EXPERT, null))));
		return sorted(techs, pubs);
	}

	// The ids at the other end of a node's relationships of one type, as Cypher's
	// collect would give them: once per relationship. The nodes themselves go into
	// {@code reached} when it is given.
	private static List<String> ends(Node node, Direction direction, RelationshipType type, Label label,
			@Nullable Map<String, Node> reached) {
		List<String> ids = new ArrayList<>();
		try (var relationships = node.getRelationships(direction, type)) {
			for (Relationship relationship : relationships) {
				Node other = relationship.getOtherNode(node);
				// collect() leaves out a node without an id; so does this.
				if (other.hasLabel(label) && other.getProperty("id", null) instanceof String id) {
					ids.add(id);
					if (reached != null) {
						reached.putIfAbsent(id, other);
					}
				}
			}
		}
		ids.sort(null);
		return ids;
	}

	private static List<String> ids(Value list) {
		List<String> ids = new ArrayList<>(list.asList(Value::asString));
		ids.sort(null);
		return ids;
	}

	private static PropagationNeighbourhood sorted(List<TechnologyLinks> technologies,
			List<PublicationLinks> publications) {
		List<TechnologyLinks> techs = new ArrayList<>(technologies);
		techs.sort(Comparator.comparing(TechnologyLinks::id));
		List<PublicationLinks> pubs = new ArrayList<>(publications);
		pubs.sort(Comparator.comparing(PublicationLinks::id));
		return new PropagationNeighbourhood(List.copyOf(techs), List.copyOf(pubs));
	}

}
