package io.chaingraph.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports are checked whole before anything is written: every kind of bad file is
 * rejected with its file, line and reason, and nothing of the import reaches the graph.
 * Good files merge on ids, so importing twice changes nothing.
 */
@ChainGraphTest
class GraphImporterTests {

	private static final String CITIES = """
			id:ID(City),name,nameEn:string,:LABEL
			test_city_a,测试市甲,Test City A,City
			test_city_b,测试市乙,"Test City B, with a comma",City
			""";

	private static final String TECHS = """
			id:ID(Technology),name,aliases:string[],:LABEL
			test_tech_a,测试技术,"甲;乙",Technology
			""";

	private static final String EXPERT_IN = """
			:START_ID(Expert),:END_ID(Technology),:TYPE,level:int
			person_jiang_fengyi,test_tech_a,EXPERT_IN,2
			""";

	@Autowired
	GraphImporter importer;

	@Autowired
	Driver driver;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@BeforeEach
	void signIn() {
		// Mutations need a key; the workflow and import rules are what these tests check.
		this.graphQl = TestKeys.admin(this.graphQl, this.keys);
	}

	GraphAssertions graph;

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
	}

	@AfterEach
	void removeTestNodes() {
		this.graph.run("MATCH (n) WHERE n.id STARTS WITH 'test_' DETACH DELETE n");
	}

	@Test
	void goodFilesImportAndReimportChangesNothing() {
		List<ImportFile> files = List.of(ImportFile.ofText("rels.csv", EXPERT_IN),
				ImportFile.ofText("cities.csv", CITIES), ImportFile.ofText("techs.csv", TECHS));
		ImportJob first = this.importer.run("test", files);

		assertThat(first.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(first.nodes()).isEqualTo(3);
		assertThat(first.relationships()).isEqualTo(1);
		assertThat(first.percent()).isEqualTo(100.0);
		String before = snapshot();
		assertThat(this.graph.one("MATCH (c:City {id: 'test_city_b'}) RETURN c.nameEn AS n").get("n").asString())
			.isEqualTo("Test City B, with a comma");
		assertThat(this.graph.strings("MATCH (t:Technology {id: 'test_tech_a'}) RETURN t.aliases AS values"))
			.containsExactly("甲", "乙");
		assertThat(this.graph.count("""
				MATCH (:Expert {id: 'person_jiang_fengyi'})-[r:EXPERT_IN {level: 2}]->(:Technology {id: 'test_tech_a'})
				RETURN count(r) AS n""")).isEqualTo(1);

		assertThat(this.importer.run("test", files).status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void cypherWriterMergesTheSameWayAsTheEmbeddedOne() {
		GraphImporter overBolt = new GraphImporter(this.driver, new NoEmbeddedDatabase(), new ImportJobs(), 1,
				"cypher");
		List<ImportFile> files = List.of(ImportFile.ofText("cities.csv", CITIES), ImportFile.ofText("techs.csv", TECHS),
				ImportFile.ofText("rels.csv", EXPERT_IN));
		assertThat(overBolt.run("test", files).status()).isEqualTo(ImportJob.Status.DONE);
		String once = snapshot();
		assertThat(overBolt.run("test", files).status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(snapshot()).isEqualTo(once).contains("test_city_b|City|Test City B, with a comma");
	}

	@Test
	void loadingTheSeedAgainChangesNothing() {
		// The load itself is recorded in the audit trail; the data must not change.
		String dataNodes = "MATCH (n) WHERE NOT n:AuditEntry RETURN count(n) AS n";
		long nodes = this.graph.count(dataNodes);
		long relationships = this.graph.count("MATCH ()-[r]->() RETURN count(r) AS n");

		this.graphQl.document("mutation { loadSeed { job { status nodes relationships errorCount } } }")
			.execute()
			.path("loadSeed.job.status")
			.entity(String.class)
			.isEqualTo("DONE")
			.path("loadSeed.job.nodes")
			.entity(Long.class)
			// The workflows of seeded challenges and demands the graph holds are left as
			// they are: their rows are not read again.
			.isEqualTo(seedNodeRows() - this.graph.count("""
					MATCH (n) WHERE n.id STARTS WITH 'syn_challenge_' OR n.id STARTS WITH 'syn_demand_'
					  OR n.id STARTS WITH 'sc_seed_'
					RETURN count(n) AS n"""));

		assertThat(this.graph.count(dataNodes)).isEqualTo(nodes);
		assertThat(this.graph.count("MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(relationships);
	}

	@Test
	void exportQueryGivesTheChainsFileInTheImportFormat() {
		List<ImportController.CsvFile> files = this.graphQl
			.document("{ exportGraph(chain: \"chain_pv\") { name content } }")
			.execute()
			.path("exportGraph")
			.entityList(ImportController.CsvFile.class)
			.get();
		assertThat(files).filteredOn((file) -> file.name().equals("nodes/Chain.csv"))
			.singleElement()
			.satisfies((file) -> assertThat(file.content())
				.startsWith("\"id:ID(Chain)\",\"name:string\",\"nameEn:string\"")
				.contains("\"chain_pv\",\"光伏\",\"Photovoltaics\""));
		this.graphQl.document("{ exportGraph(chain: \"no_such_chain\") { name } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
	}

	@Test
	void unknownLabelIsRejected() {
		assertRejected("id:ID(Planet),name,:LABEL\ntest_p,火星,Planet\n", 1, "unknown label 'Planet'");
	}

	@Test
	void labelNotAllowedOnTheNodeIsRejected() {
		assertRejected("id:ID(City),name,:LABEL\ntest_c,某市,City;Expert\n", 2,
				"label Expert is not allowed on City nodes");
	}

	@Test
	void unknownRelationshipTypeIsRejected() {
		assertRejected(":START_ID(Expert),:END_ID(Technology),:TYPE\nperson_jiang_fengyi,tech_led_yellow,LIKES\n", 2,
				"unknown relationship type 'LIKES'");
	}

	@Test
	void typeThatDoesNotJoinTheLabelsIsRejected() {
		assertRejected(":START_ID(Expert),:END_ID(Technology),:TYPE\nperson_jiang_fengyi,tech_led_yellow,AUTHORED\n", 2,
				"AUTHORED does not join Expert to Technology");
	}

	@Test
	void missingIdIsRejected() {
		assertRejected("id:ID(City),name\n,无名市\n", 2, "missing id");
	}

	@Test
	void malformedIdIsRejected() {
		assertRejected("id:ID(City),name\nbad id!,某市\n", 2, "must be 1 to 128 letters");
	}

	@Test
	void duplicateIdIsRejectedNamingTheFirst() {
		assertRejected("id:ID(City),name\ntest_dup,甲\ntest_dup,乙\n", 3,
				"duplicate City id 'test_dup' (first at bad.csv:2)");
	}

	@Test
	void universityAndInstituteSharingAnIdAreRejected() {
		ImportJob job = this.importer.run("test",
				List.of(ImportFile.ofText("universities.csv", "id:ID(University),name\ntest_org,甲大学\n"),
						ImportFile.ofText("institutes.csv", "id:ID(Institute),name\ntest_org,甲研究院\n")));
		assertRejectedWithNothingWritten(job, "institutes.csv", "duplicate Institute id 'test_org'");
	}

	@Test
	void danglingReferenceIsRejected() {
		assertRejected(
				":START_ID(Expert),:END_ID(Technology),:TYPE,level:int\nperson_nobody,tech_led_yellow,EXPERT_IN,3\n", 2,
				"no Expert with id 'person_nobody' in the files or the graph");
	}

	@Test
	void wrongValueTypeIsRejected() {
		assertRejected(
				":START_ID(Expert),:END_ID(Technology),:TYPE,level:int\nperson_jiang_fengyi,tech_led_yellow,EXPERT_IN,high\n",
				2, "Property 'level' of EXPERT_IN must be an integer; got 'high'");
	}

	@Test
	void columnTypeTheModelDoesNotAllowIsRejected() {
		assertRejected("id:ID(Segment),name,position:string\ntest_s,环节,first\n", 1,
				"property 'position' holds integer values, so its column type cannot be string");
	}

	@Test
	void idAsAPropertyColumnIsRejected() {
		assertRejected("id:ID(City),name,id:string\ntest_c,某市,other\n", 1, "ids belong in the id:ID(Label)");
	}

	@Test
	void unknownPropertyIsRejected() {
		assertRejected("id:ID(City),name,population:long\ntest_c,某市,100\n", 1,
				"unknown property 'population' for label City");
	}

	@Test
	void wrongNumberOfFieldsIsRejected() {
		assertRejected("id:ID(City),name,nameEn\ntest_c,某市\n", 2, "expected 3 fields as in the header, found 2");
	}

	@Test
	void unclosedQuoteIsRejected() {
		assertRejected("id:ID(City),name\ntest_c,\"某市\n", 2,
				"not valid CSV: (startline 2) EOF reached before encapsulated token finished. Is a quote opened on this line and not closed");
	}

	@Test
	void badEncodingIsRejected() {
		byte[] latin1 = "id:ID(City),name\ntest_c,Zürich\n".getBytes(StandardCharsets.ISO_8859_1);
		ImportJob job = this.importer.run("test",
				List.of(ImportFile.ofText("good.csv", CITIES), ImportFile.ofBytes("bad.csv", latin1)));
		assertRejectedWithNothingWritten(job, "bad.csv", "not valid UTF-8");
	}

	@Test
	void emptyFileIsRejected() {
		assertRejected("", 1, "the file is empty");
	}

	@Test
	void importMutationReportsErrorsAndJobQueryFindsTheJob() {
		String id = this.graphQl.documentName("importGraph")
			.variable("files",
					List.of(java.util.Map.of("name", "nodes/City.csv", "content", CITIES),
							java.util.Map.of("name", "bad.csv", "content", "id:ID(City),name\n,x\n")))
			.execute()
			.path("importGraph.job.status")
			.entity(String.class)
			.isEqualTo("REJECTED")
			.path("importGraph.job.errors[0]")
			.entity(ImportError.class)
			.isEqualTo(new ImportError("bad.csv", 2, "missing id"))
			.path("importGraph.job.id")
			.entity(String.class)
			.get();
		this.graphQl.documentName("importJob")
			.variable("id", id)
			.execute()
			.path("importJob.status")
			.entity(String.class)
			.isEqualTo("REJECTED")
			.path("importJob.errorCount")
			.entity(Integer.class)
			.isEqualTo(1);
		assertThat(this.graph.count("MATCH (c:City) WHERE c.id STARTS WITH 'test_' RETURN count(c) AS n")).isZero();
	}

	private void assertRejected(String bad, int line, String reason) {
		ImportJob job = this.importer.run("test",
				List.of(ImportFile.ofText("good.csv", CITIES), ImportFile.ofText("bad.csv", bad)));
		assertRejectedWithNothingWritten(job, "bad.csv", reason);
		assertThat(job.errors().get(0).line()).isEqualTo(line);
	}

	private void assertRejectedWithNothingWritten(ImportJob job, String file, String reason) {
		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).isNotEmpty();
		assertThat(job.errors().get(0).file()).isEqualTo(file);
		assertThat(job.errors().get(0).reason()).contains(reason);
		assertThat(job.rowsDone()).isZero();
		assertThat(this.graph.count("MATCH (n) WHERE n.id STARTS WITH 'test_' RETURN count(n) AS n")).isZero();
	}

	private long seedNodeRows() {
		try {
			long rows = 0;
			for (org.springframework.core.io.Resource resource : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
				.getResources("classpath*:seed/nodes/*.csv")) {
				rows += new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().count()
						- 1;
			}
			return rows;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String snapshot() {
		List<String> rows = new ArrayList<>();
		this.graph
			.rows("""
					MATCH (n) WHERE n.id STARTS WITH 'test_'
					OPTIONAL MATCH (n)-[r]-(m)
					RETURN n.id + '|' + labels(n)[0] + '|' + coalesce(n.nameEn, '') + '|' + coalesce(type(r), '') + '|' + coalesce(m.id, '') + '|' + coalesce(toString(r.level), '') AS row
					ORDER BY row""")
			.forEach((row) -> rows.add(row.get("row").asString()));
		return String.join("\n", rows);
	}

	/**
	 * No embedded database, so the importer writes through Bolt.
	 */
	private static final class NoEmbeddedDatabase
			implements ObjectProvider<io.chaingraph.system.database.EmbeddedDatabase> {

		@Override
		public io.chaingraph.system.database.EmbeddedDatabase getObject() {
			throw new IllegalStateException();
		}

		@Override
		public io.chaingraph.system.database.EmbeddedDatabase getIfAvailable() {
			return null;
		}

	}

}
