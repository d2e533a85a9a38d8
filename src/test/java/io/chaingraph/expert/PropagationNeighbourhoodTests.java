package io.chaingraph.expert;

import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.graph.GraphReads;
import io.chaingraph.system.database.CypherQueries;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded walk of the propagation neighbourhood gives what the Cypher statement,
 * which a server deployment runs, gives: for every technology of the seed, for all of
 * them at once, and with publications matched by text, some of them unknown.
 */
@ChainGraphTest
class PropagationNeighbourhoodTests {

	@Autowired
	GraphReads reads;

	@Autowired
	CypherQueries queries;

	@Test
	void walkAndStatementAgreeForEveryTechnologyOfTheSeed() {
		List<String> technologies = ids("MATCH (t:Technology) RETURN t.id AS id ORDER BY id");
		assertThat(technologies).hasSizeGreaterThan(30);
		for (String technology : technologies) {
			assertSame(List.of(technology), List.of());
		}
	}

	@Test
	void walkAndStatementAgreeForManyTargetsAndTextMatches() {
		List<String> technologies = ids("MATCH (t:Technology) RETURN t.id AS id ORDER BY id");
		List<String> publications = ids("MATCH (p:Publication) RETURN p.id AS id ORDER BY id LIMIT 20");
		PropagationNeighbourhood walked = assertSame(technologies,
				concat(publications, List.of("no_such_publication")));
		// Not two empty answers agreeing: the seed's neighbourhood has every kind of
		// link.
		assertThat(walked.technologies()).hasSize(technologies.size());
		assertThat(walked.technologies()).anySatisfy((t) -> assertThat(t.experts()).isNotEmpty());
		assertThat(walked.technologies()).anySatisfy((t) -> assertThat(t.publications()).isNotEmpty());
		assertThat(walked.publications()).anySatisfy((p) -> assertThat(p.cites()).isNotEmpty());
		assertThat(walked.publications()).anySatisfy((p) -> assertThat(p.citedBy()).isNotEmpty());
		assertThat(walked.publications()).anySatisfy((p) -> assertThat(p.authors()).isNotEmpty());
		assertThat(walked.publications()).extracting(PropagationNeighbourhood.PublicationLinks::id)
			.containsAll(publications)
			.doesNotContain("no_such_publication");
	}

	@Test
	void unknownTechnologiesAreLeftOutByBoth() {
		PropagationNeighbourhood walked = assertSame(List.of("no_such_technology"), List.of());
		assertThat(walked.technologies()).isEmpty();
		assertThat(walked.publications()).isEmpty();
	}

	private PropagationNeighbourhood assertSame(List<String> technologies, List<String> publications) {
		PropagationNeighbourhood walked = this.reads
			.inEmbeddedTransaction((tx) -> PropagationNeighbourhood.traverse(tx, technologies, publications))
			.orElseThrow();
		PropagationNeighbourhood stated = PropagationNeighbourhood.cypher(this.reads, this.queries, technologies,
				publications);
		assertThat(walked).as("technologies %s, publications %s", technologies, publications).isEqualTo(stated);
		return walked;
	}

	private List<String> ids(String cypher) {
		return this.reads.read(cypher, Map.of()).stream().map((row) -> row.get("id")).map(Value::asString).toList();
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
