package io.chaingraph.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.graph.MaxLength;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.system.database.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An import writes all of its rows or none (issue 14, finding 6): what can be checked is
 * checked before the first write, sizes and ids taken in the graph included; a write the
 * database refuses anyway leaves the graph as it was, existing nodes and relationships
 * the import had changed restored; the run after it completes. Quote bombs and oversized
 * fields are rejected at their file and line without reading the rest of the file.
 */
@ChainGraphTest
class ImportAllOrNothingTests {

	private static final String SUPPLEMENTARY = new String(Character.toChars(0x20000));

	@Autowired
	Driver driver;

	@Autowired
	ObjectProvider<EmbeddedDatabase> embedded;

	@Autowired
	GraphImporter importer;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	GraphAssertions graph;

	String p;

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
		this.p = "aon" + UUID.randomUUID().toString().substring(0, 8) + "_";
	}

	@AfterEach
	void removeTestNodes() {
		this.graph.run("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", "p", this.p);
	}

	@ParameterizedTest
	@ValueSource(strings = { "embedded", "cypher" })
	void aWriteTheDatabaseRefusesAfterSomeBatchesLeavesTheGraphAsItWasAndTheRerunIsDone(String writer) {
		List<ImportFile> files = programme();
		String before = snapshot();
		long[] counts = counts();

		// Once the relationships are being written, another writer deletes a city the
		// import created, so a later LOCATED_IN batch cannot find its end: a failure
		// no check before writing could foresee.
		AtomicBoolean deleted = new AtomicBoolean();
		GraphImporter failing = importer(writer, (rows) -> {
			if (rows > 10 && deleted.compareAndSet(false, true)) {
				this.graph.run("MATCH (c:City {id: $id}) DETACH DELETE c", "id", this.p + "city_3");
			}
		});
		ImportJob job = failing.run("test", files);

		assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(job.rowsDone()).as("rows written before the failure").isGreaterThan(10).isLessThan(job.totalRows());
		assertThat(job.failure()).contains("relationships/LOCATED_IN-University-City.csv")
			.contains("the graph is as it was before the import")
			.contains("run the import again")
			.doesNotContain("Exception")
			.doesNotContain("MATCH");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(counts()).containsExactly(counts);

		ImportJob rerun = importer(writer, (rows) -> {
		}).run("test", files);
		assertThat(rerun.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(this.graph.count("""
				MATCH (u:University:Organization)-[:LOCATED_IN]->(c:City {nameEn: 'New'})
				WHERE u.id STARTS WITH $p RETURN count(*) AS n""", "p", this.p)).isEqualTo(4);
		assertThat(
				this.graph.count("MATCH (:Expert {id: $p + 'exp'})-[r:EXPERT_IN]->() RETURN r.level AS n", "p", this.p))
			.isEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "embedded", "cypher" })
	void aConstraintViolatedByAConcurrentWriterLeavesTheGraphAsItWas(String writer) {
		List<ImportFile> files = programme();
		String before = snapshot();
		long[] counts = counts();
		// After the first batch, another writer takes a university's id for an
		// institute: University and Institute share the Organization constraint.
		AtomicBoolean taken = new AtomicBoolean();
		ImportJob job = importer(writer, (rows) -> {
			if (taken.compareAndSet(false, true)) {
				this.graph.run("CREATE (:Institute:Organization {id: $id, name: '研究所'})", "id", this.p + "org_3");
			}
		}).run("test", files);

		assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(job.failure()).contains("nodes/University.csv").contains("the graph is as it was before the import");
		this.graph.run("MATCH (n:Institute {id: $id}) DELETE n", "id", this.p + "org_3");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(counts()).containsExactly(counts);
		assertThat(importer(writer, (rows) -> {
		}).run("test", files).status()).isEqualTo(ImportJob.Status.DONE);
	}

	// Issue 16: ids are unique across the graph.
	@Test
	void anIdTheGraphHoldsForAnotherLabelIsRejectedBeforeWriting() {
		ImportJob job = this.importer.run("test", List.of(ImportFile.ofText("nodes/Chain.csv", """
				id:ID(Chain),name
				%1$schain_0,链甲
				ent_amec_nc,链乙
				""".formatted(this.p))));

		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).containsExactly(new ImportError("nodes/Chain.csv", 3,
				"id 'ent_amec_nc' is an Enterprise in the graph; a Chain cannot take it, as ids are unique across the graph"));
		assertThat(job.rowsDone()).isZero();
		assertThat(this.graph.count(
				"MATCH (n:Chain) WHERE n.id STARTS WITH $p OR n.id = 'ent_amec_nc' RETURN count(n) AS n", "p", this.p))
			.isZero();
	}

	@Test
	void oneIdTheFilesGiveTwoLabelsIsRejectedNamingTheFirst() {
		ImportJob job = this.importer.run("test",
				List.of(ImportFile.ofText("nodes/Chain.csv", "id:ID(Chain),name\n%1$sone,链\n".formatted(this.p)),
						ImportFile.ofText("nodes/Technology.csv",
								"id:ID(Technology),name\n%1$stwo,技术\n%1$sone,技术\n".formatted(this.p))));

		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).containsExactly(new ImportError("nodes/Technology.csv", 3,
				"id '%sone' is a Chain at nodes/Chain.csv:2; a Technology cannot take it too, as ids are unique across the graph"
					.formatted(this.p)));
		assertThat(this.graph.count("MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS n", "p", this.p)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "embedded", "cypher" })
	void anIdAnotherWriterGivesAnotherLabelDuringTheImportFailsItAndLeavesTheGraphAsItWas(String writer) {
		StringBuilder chains = new StringBuilder("id:ID(Chain),name\n");
		for (int i = 0; i < 6; i++) {
			chains.append("%schain_%d,链%d\n".formatted(this.p, i, i));
		}
		String before = snapshot();
		// After the first batch, a curator creates an enterprise with a later chain's id.
		AtomicBoolean taken = new AtomicBoolean();
		ImportJob job = importer(writer, (rows) -> {
			if (taken.compareAndSet(false, true)) {
				this.graph.run("CREATE (:Enterprise:Node {id: $id, name: '企业'})", "id", this.p + "chain_4");
			}
		}).run("test", List.of(ImportFile.ofText("nodes/Chain.csv", chains.toString())));

		assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(job.failure()).contains("nodes/Chain.csv")
			.contains("another writer gave its id '%schain_4' to a node during the import".formatted(this.p))
			.contains("ids are unique across the graph")
			.contains("the graph is as it was before the import");
		assertThat(this.graph.count("MATCH (n:Chain) WHERE n.id STARTS WITH $p RETURN count(n) AS n", "p", this.p))
			.isZero();
		assertThat(this.graph.count("MATCH (n {id: $id}) RETURN count(n) AS n", "id", this.p + "chain_4")).isEqualTo(1);
		this.graph.run("MATCH (n:Enterprise {id: $id}) DELETE n", "id", this.p + "chain_4");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anOrganizationIdTheGraphHoldsForTheOtherKindIsRejectedBeforeWriting() {
		this.graph.run("CREATE (:Institute:Organization:Node {id: $id, name: '研究所'})", "id", this.p + "org_1");
		ImportJob job = this.importer.run("test", List.of(ImportFile.ofText("nodes/University.csv", """
				id:ID(University),name
				%1$sorg_0,大学甲
				%1$sorg_1,大学乙
				""".formatted(this.p))));

		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).containsExactly(new ImportError("nodes/University.csv", 3,
				"id '%sorg_1' is an Institute in the graph; a University cannot take it, as ids are unique across the graph"
					.formatted(this.p)));
		assertThat(job.rowsDone()).isZero();
		assertThat(this.graph.count("MATCH (n:University) WHERE n.id STARTS WITH $p RETURN count(n) AS n", "p", this.p))
			.isZero();
	}

	@Test
	void thousandsOfSourcesWhoseLastUrlIsTooLongAreRejectedWithNothingWritten() {
		StringBuilder csv = new StringBuilder("id:ID(Source),name,url\n");
		for (int i = 0; i < 5999; i++) {
			csv.append("%ssrc_%d,网页,https://example.org/%d\n".formatted(this.p, i, i));
		}
		// 2,001 characters of 4 bytes: 8,004 bytes, past the model's limit
		csv.append("%ssrc_last,网页,%s\n".formatted(this.p, SUPPLEMENTARY.repeat(MaxLength.URL + 1)));
		ImportJob job = importer("embedded", (rows) -> {
		}).run("test", List.of(ImportFile.ofText("nodes/Source.csv", csv.toString())));

		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).containsExactly(new ImportError("nodes/Source.csv", 6001,
				"Property 'url' of Source: the value is 2001 characters long; at most 2000 are allowed"));
		assertThat(this.graph.count("MATCH (n:Source) WHERE n.id STARTS WITH $p RETURN count(n) AS n", "p", this.p))
			.isZero();
	}

	@Test
	void aUrlOfTheModelsLimitInFourByteCharactersIsImportedAndIndexed() {
		String url = SUPPLEMENTARY.repeat(MaxLength.URL);
		ImportJob job = this.importer.run("test", List
			.of(ImportFile.ofText("nodes/Source.csv", "id:ID(Source),name,url\n%ssrc,网页,%s\n".formatted(this.p, url))));
		assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(this.graph.count("MATCH (n:Source {url: $url}) RETURN count(n) AS n", "url", url)).isOne();
	}

	/**
	 * The figure the model's limits rest on ({@link MaxLength#RANGE_INDEX_BYTES}), held
	 * against the engine: a range-indexed string of that many bytes of UTF-8 is written,
	 * one byte more is refused by the index. Written past the importer's checks on
	 * purpose, which refuse both.
	 */
	@Test
	void theRangeIndexHoldsExactlyTheBytesTheModelsLimitsAssume() {
		String atLimit = "a".repeat(MaxLength.RANGE_INDEX_BYTES - 3) + "铜";
		assertThat(atLimit.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(MaxLength.RANGE_INDEX_BYTES);
		this.graph.run("CREATE (:Source {id: $id, url: $url})", "id", this.p + "src_at", "url", atLimit);
		assertThat(this.graph.count("MATCH (n:Source {url: $url}) RETURN count(n) AS n", "url", atLimit)).isOne();

		assertThatExceptionOfType(Neo4jException.class)
			.isThrownBy(() -> this.graph.run("CREATE (:Source {id: $id, url: $url})", "id", this.p + "src_over", "url",
					atLimit + "a"))
			.withMessageContaining("too large to index");
		assertThat(MaxLength.URL * 4).isLessThanOrEqualTo(MaxLength.RANGE_INDEX_BYTES);
	}

	@Test
	void aQuoteBombIsRejectedAtItsLineWithoutReadingTheRestOfTheFile() {
		// A quote opened on line 3 and never closed, then 64 MB of lines.
		String head = "id:ID(City),name\n%1$scity_a,甲市\n%1$scity_b,\"乙市\n".formatted(this.p);
		CountingText file = new CountingText(head, "x,y,z\n", 64L << 20);
		ImportJob job = this.importer.run("test", List.of(new ImportFile("nodes/City.csv", file::open)));

		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).hasSize(1);
		assertThat(job.errors().get(0).file()).isEqualTo("nodes/City.csv");
		assertThat(job.errors().get(0).line()).isEqualTo(3);
		assertThat(job.errors().get(0).reason()).contains("longer than").contains("quote");
		assertThat(file.mostRead()).as("characters read from the file at most").isLessThan(4L << 20);
		assertThat(this.graph.count("MATCH (n:City) WHERE n.id STARTS WITH $p RETURN count(n) AS n", "p", this.p))
			.isZero();
	}

	@Test
	void aFiveMegabyteQuotedFieldIsRejectedAtItsLineEvenInAnIgnoredColumn() {
		String big = "\"" + "长".repeat(5 << 20) + "\"";
		ImportJob job = this.importer.run("test", List.of(ImportFile.ofText("nodes/City.csv",
				"id:ID(City),name,:IGNORE\n%1$scity_a,甲市,\n%1$scity_b,乙市,%2$s\n".formatted(this.p, big))));

		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).hasSize(1);
		assertThat(job.errors().get(0).line()).isEqualTo(3);
		assertThat(job.errors().get(0).reason()).contains("longer than");
		assertThat(this.graph.count("MATCH (n:City) WHERE n.id STARTS WITH $p RETURN count(n) AS n", "p", this.p))
			.isZero();
	}

	@Test
	void theImportMutationRejectsAFiveMegabyteFieldAtItsFileAndLine() {
		String big = "\"" + "长".repeat(5 << 20) + "\"";
		TestKeys.admin(this.graphQl, this.keys)
			.documentName("importGraph")
			.variable("files",
					List.of(Map.of("name", "nodes/City.csv", "content",
							"id:ID(City),name,:IGNORE\n%1$scity_a,甲市,\n%1$scity_b,乙市,%2$s\n".formatted(this.p, big))))
			.execute()
			.path("importGraph.job.status")
			.entity(String.class)
			.isEqualTo("REJECTED")
			.path("importGraph.job.errors[0].file")
			.entity(String.class)
			.isEqualTo("nodes/City.csv")
			.path("importGraph.job.errors[0].line")
			.entity(Integer.class)
			.isEqualTo(3);
		assertThat(this.graph.count("MATCH (n:City) WHERE n.id STARTS WITH $p RETURN count(n) AS n", "p", this.p))
			.isZero();
	}

	// --- helpers

	private GraphImporter importer(String writer, java.util.function.LongConsumer afterBatch) {
		GraphImporter importer = new GraphImporter(this.driver, this.embedded, new ImportJobs(), 2, writer);
		importer.afterEachBatch(afterBatch);
		return importer;
	}

	/**
	 * Puts an expert with an expertise and a city in the graph; gives six cities (the
	 * first of them already in the graph, renamed by the import), four universities in
	 * four of them, and the expertise of an existing expert raised.
	 */
	private List<ImportFile> programme() {
		this.graph.run(
				"""
						CREATE (:Expert:Node {id: $p + 'exp', name: '专家'})-[:EXPERT_IN {level: 1}]->(:Technology:Node {id: $p + 'tech', name: '技术'})
						CREATE (:City:Node {id: $p + 'city_0', name: '旧市', nameEn: 'Old'})""",
				"p", this.p);
		StringBuilder cities = new StringBuilder("id:ID(City),name,nameEn\n");
		for (int i = 0; i < 6; i++) {
			cities.append("%scity_%d,新市%d,New\n".formatted(this.p, i, i));
		}
		StringBuilder universities = new StringBuilder("id:ID(University),name\n");
		StringBuilder locatedIn = new StringBuilder(":START_ID(University),:END_ID(City),:TYPE\n");
		for (int i = 0; i < 4; i++) {
			universities.append("%sorg_%d,大学%d\n".formatted(this.p, i, i));
			locatedIn.append("%sorg_%d,%scity_%d,LOCATED_IN\n".formatted(this.p, i, this.p, i));
		}
		return List.of(ImportFile.ofText("nodes/City.csv", cities.toString()),
				ImportFile.ofText("nodes/University.csv", universities.toString()),
				ImportFile.ofText("relationships/EXPERT_IN-Expert-Technology.csv",
						":START_ID(Expert),:END_ID(Technology),:TYPE,level:int\n%1$sexp,%1$stech,EXPERT_IN,3\n"
							.formatted(this.p)),
				ImportFile.ofText("relationships/LOCATED_IN-University-City.csv", locatedIn.toString()));
	}

	/** Nodes, relationships and properties of the whole graph. */
	private long[] counts() {
		return new long[] { this.graph.count("MATCH (n) RETURN count(n) AS n"),
				this.graph.count("MATCH ()-[r]->() RETURN count(r) AS n"),
				this.graph.count("MATCH (n) RETURN sum(size(keys(n))) AS n"),
				this.graph.count("MATCH ()-[r]->() RETURN sum(size(keys(r))) AS n"),
				this.graph.count("MATCH (n) RETURN sum(size(labels(n))) AS n") };
	}

	/** This test's nodes with their labels, properties and relationships. */
	private String snapshot() {
		List<String> rows = new ArrayList<>();
		this.graph.rows("""
				MATCH (n) WHERE n.id STARTS WITH $p
				OPTIONAL MATCH (n)-[r]->(m)
				RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
				  collect([type(r), m.id, properties(r)]) AS rels
				ORDER BY id""", "p", this.p).forEach((row) -> {
			List<String> rels = new ArrayList<>(row.get("rels")
				.asList((rel) -> rel.get(0).isNull() ? "" : rel.get(0).asString() + ">" + rel.get(1).asString()
						+ new java.util.TreeMap<>(rel.get(2).asMap())));
			java.util.Collections.sort(rels);
			rows.add(row.get("id").asString() + new java.util.TreeSet<>(row.get("labels").asList())
					+ new java.util.TreeMap<>(row.get("props").asMap()) + rels);
		});
		return String.join("\n", rows);
	}

	/**
	 * A file of a head and then one line repeated up to a size, generated as it is read,
	 * that remembers how far it was read.
	 */
	private static final class CountingText {

		private final String head;

		private final String line;

		private final long size;

		private final AtomicLong mostRead = new AtomicLong();

		CountingText(String head, String line, long size) {
			this.head = head;
			this.line = line;
			this.size = size;
		}

		long mostRead() {
			return this.mostRead.get();
		}

		Reader open() {
			return new Reader() {

				private final Reader start = new StringReader(CountingText.this.head);

				private long read;

				private int inLine;

				@Override
				public int read(char[] buffer, int offset, int length) throws IOException {
					int n = this.start.read(buffer, offset, length);
					if (n < 0) {
						n = 0;
						String line = CountingText.this.line;
						while (n < length && this.read + n < CountingText.this.size) {
							buffer[offset + n++] = line.charAt(this.inLine);
							this.inLine = (this.inLine + 1) % line.length();
						}
						if (n == 0) {
							return -1;
						}
					}
					this.read += n;
					CountingText.this.mostRead.accumulateAndGet(this.read, Math::max);
					return n;
				}

				@Override
				public void close() {
				}

			};
		}

	}

}
