package io.chaingraph.text;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RelType;
import io.chaingraph.system.database.CypherQueries;
import io.chaingraph.system.database.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the linker when the names or the taxonomy it holds may have changed. With the
 * embedded database a transaction listener counts the commits that touch them, whoever
 * wrote them (curation, import, a test's own statement), at no cost to reads. A server
 * offers no such callback, so there each look-up asks for the newest audit entry, which
 * every curation and import writes, and the count store's node and relationship counts,
 * which catch creations and deletions made around the service: one index look-up.
 */
@Component
class GraphVersion {

	static final Set<String> LABELS = Set.of(NodeLabel.Technology.name(), NodeLabel.Chain.name(),
			NodeLabel.Segment.name(), NodeLabel.Enterprise.name(), NodeLabel.University.name(),
			NodeLabel.Institute.name(), NodeLabel.Consortium.name(), NodeLabel.Expert.name(), NodeLabel.City.name(),
			NodeLabel.Challenge.name());

	static final Set<String> RELATIONSHIPS = Set.of(RelType.PART_OF.name(), RelType.BOTTLENECK_OF.name(),
			RelType.HAS_SEGMENT.name());

	private static final Set<String> NAMES = Set.of("name", "nameEn", "aliases");

	private final GraphReads reads;

	private final CypherQueries queries;

	private final @Nullable EmbeddedDatabase embedded;

	private final AtomicLong commits = new AtomicLong();

	private volatile boolean listening;

	GraphVersion(GraphReads reads, CypherQueries queries, ObjectProvider<EmbeddedDatabase> embedded) {
		this.reads = reads;
		this.queries = queries;
		this.embedded = embedded.getIfAvailable();
	}

	/**
	 * A value that differs whenever the vocabulary may have changed since it was last
	 * taken.
	 */
	Object current() {
		if (this.embedded == null) {
			return onServer();
		}
		if (!this.listening) {
			listen(this.embedded);
		}
		return this.commits.get();
	}

	private synchronized void listen(EmbeddedDatabase database) {
		if (!this.listening) {
			database.registerTransactionEventListener(new Listener());
			this.listening = true;
		}
	}

	/**
	 * The version as a server tells it; package-private so that a test can hold it to
	 * what a write changes.
	 */
	String onServer() {
		Record row = this.reads.read(this.queries.get("text-vocabulary-version"), Map.of()).get(0);
		return row.get("head").asString("") + "/" + row.get("nodes").asLong() + "/" + row.get("rels").asLong();
	}

	private final class Listener implements TransactionEventListener<Boolean> {

		@Override
		public Boolean beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
			return touchesVocabulary(data);
		}

		@Override
		public void afterCommit(TransactionData data, @Nullable Boolean touched, GraphDatabaseService database) {
			if (Boolean.TRUE.equals(touched)) {
				GraphVersion.this.commits.incrementAndGet();
			}
		}

		@Override
		public void afterRollback(TransactionData data, @Nullable Boolean state, GraphDatabaseService database) {
		}

	}

	static boolean touchesVocabulary(TransactionData data) {
		for (Node node : data.createdNodes()) {
			for (Label label : node.getLabels()) {
				if (LABELS.contains(label.name())) {
					return true;
				}
			}
		}
		for (LabelEntry entry : data.assignedLabels()) {
			if (LABELS.contains(entry.label().name())) {
				return true;
			}
		}
		for (LabelEntry entry : data.removedLabels()) {
			if (LABELS.contains(entry.label().name())) {
				return true;
			}
		}
		for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
			if (NAMES.contains(entry.key())) {
				return true;
			}
		}
		for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
			if (NAMES.contains(entry.key())) {
				return true;
			}
		}
		for (var relationship : data.createdRelationships()) {
			if (RELATIONSHIPS.contains(relationship.getType().name())) {
				return true;
			}
		}
		for (var relationship : data.deletedRelationships()) {
			if (RELATIONSHIPS.contains(relationship.getType().name())) {
				return true;
			}
		}
		return false;
	}

}
