package io.chaingraph.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import carries workflow state only as the workflows would have made it (issue 14,
 * finding 3): a challenge or demand either starts in its first status, and the import
 * records that change, or brings its whole history, consistent with its status, its
 * timestamps and its teams' applications. Anything else is REJECTED with file and line,
 * and nothing is written. A history is read in the order of its times, not its ids.
 */
@ChainGraphTest
class HistoryImportTests {

	private static final String CHALLENGE_HEADER = "id:ID(Challenge),name:string,mode:string,status:string,postedAt:datetime,deadline:date,:LABEL\n";

	private static final String DEMAND_HEADER = "id:ID(Demand),name:string,kind:string,status:string,raisedAt:datetime,dispatchedAt:datetime,acceptedAt:datetime,resolvedAt:datetime,:LABEL\n";

	private static final String CHANGE_HEADER = "id:ID(StatusChange),name:string,status:string,at:datetime,actor:string,note:string\n";

	private static final String CHALLENGE_LINKS = ":START_ID(Challenge),:END_ID(StatusChange),:TYPE\n";

	private static final String APPLIED_TO_HEADER = ":START_ID(Team),:END_ID(Challenge),:TYPE,status:string\n";

	@Autowired
	GraphImporter importer;

	@Autowired
	Driver driver;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	GraphAssertions graph;

	String id;

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
		this.id = "hist_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	@AfterEach
	void removeTestNodes() {
		this.graph.run("""
				MATCH (n) WHERE (n:Challenge OR n:Demand OR n:Team) AND n.id STARTS WITH 'hist_'
				OPTIONAL MATCH (n)-[:HAS_STATUS_CHANGE]->(s)
				DETACH DELETE n, s""");
		this.graph.run("MATCH (s:StatusChange) WHERE s.id STARTS WITH 'hist_' DETACH DELETE s");
	}

	@Test
	void aChallengeImportedAwardedWithoutHistoryIsRejectedThroughTheApi() {
		String content = CHALLENGE_HEADER + this.id
				+ ",揭榜,OPEN_COMPETITION,AWARDED,2026-01-01T09:00:00Z,2026-03-01,Challenge\n";
		GraphQlTester.Response response = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR)
			.documentName("importGraph")
			.variable("files", List.of(Map.of("name", "nodes/Challenge.csv", "content", content)))
			.execute();
		response.path("importGraph.job.status").entity(String.class).isEqualTo("REJECTED");
		response.path("importGraph.job.errors[0].file").entity(String.class).isEqualTo("nodes/Challenge.csv");
		response.path("importGraph.job.errors[0].line").entity(Integer.class).isEqualTo(2);
		response.path("importGraph.job.errors[0].reason")
			.entity(String.class)
			.satisfies((reason) -> assertThat(reason).contains("AWARDED", "no history", "starts OPEN"));
		assertNothingWritten();
	}

	@Test
	void aDemandImportedResolvedWithoutHistoryIsRejected() {
		ImportJob job = run(file("nodes/Demand.csv", DEMAND_HEADER + this.id
				+ ",需求,TALENT,RESOLVED,2025-01-01T09:00:00Z,2025-01-02T09:00:00Z,2025-01-03T09:00:00Z,2025-01-04T09:00:00Z,Demand\n"));
		assertRejected(job, "nodes/Demand.csv", 2, "RESOLVED");
		job = run(file("nodes/Demand.csv", DEMAND_HEADER + this.id + ",需求,TALENT,STOLEN,,,,,Demand\n"));
		assertRejected(job, "nodes/Demand.csv", 2, "STOLEN");
		assertNothingWritten();
	}

	@Test
	void aChallengeImportedOpenGetsItsFirstChangeRecordedByTheImport() {
		ImportJob job = run(file("nodes/Challenge.csv",
				CHALLENGE_HEADER + this.id + ",揭榜,HORSE_RACE,OPEN,2026-01-01T09:00:00Z,2099-03-01,Challenge\n"));
		assertThat(job.status()).as(job.errors().toString()).isEqualTo(ImportJob.Status.DONE);
		assertThat(this.graph.strings(
				"""
						MATCH (:Challenge {id: $c})-[:HAS_STATUS_CHANGE]->(s)
						RETURN collect(s.status + ' ' + s.actor + ' ' + toString(s.at = datetime('2026-01-01T09:00:00Z'))) AS values""",
				"c", this.id))
			.containsExactly("OPEN import true");

		// The same file again changes nothing: the graph's history is the one it repeats.
		assertThat(run(file("nodes/Challenge.csv",
				CHALLENGE_HEADER + this.id + ",揭榜,HORSE_RACE,OPEN,2026-01-01T09:00:00Z,2099-03-01,Challenge\n"))
			.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(this.graph.count("MATCH (:Challenge {id: $c})-[:HAS_STATUS_CHANGE]->(s) RETURN count(s) AS n", "c",
				this.id))
			.isEqualTo(1);
		// But a status the workflows did not make is refused.
		assertRejected(
				run(file("nodes/Challenge.csv",
						CHALLENGE_HEADER + this.id
								+ ",揭榜,HORSE_RACE,CLOSED,2026-01-01T09:00:00Z,2099-03-01,Challenge\n")),
				"nodes/Challenge.csv", 2, "its history ends at OPEN");
	}

	@Test
	void aDemandImportedRaisedWithoutItsTimeGetsOneWithItsFirstChange() {
		ImportJob job = run(file("nodes/Demand.csv", DEMAND_HEADER + this.id + ",需求,LAND,RAISED,,,,,Demand\n"));
		assertThat(job.status()).as(job.errors().toString()).isEqualTo(ImportJob.Status.DONE);
		assertThat(this.graph.count("""
				MATCH (d:Demand {id: $d})-[:HAS_STATUS_CHANGE]->(s)
				WHERE s.status = 'RAISED' AND s.at = d.raisedAt AND s.actor = 'import'
				RETURN count(s) AS n""", "d", this.id)).isEqualTo(1);
	}

	@Test
	void aFullHistoryImportsAndIsReadInTheOrderOfItsTimesNotItsIds() {
		// Ids that sort against time: z first, a last.
		String c = this.id;
		List<ImportFile> files = List.of(
				file("nodes/Challenge.csv",
						CHALLENGE_HEADER + c
								+ ",揭榜,OPEN_COMPETITION,SHORTLISTING,2026-01-01T09:00:00Z,2099-03-01,Challenge\n"),
				file("nodes/StatusChange.csv",
						CHANGE_HEADER + c + "_z,OPEN,OPEN,2026-01-01T09:00:00Z,seed,posted\n" + c
								+ "_a,SHORTLISTING,SHORTLISTING,2026-02-01T09:00:00Z,seed,\n"),
				file("relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv",
						CHALLENGE_LINKS + c + "," + c + "_a,HAS_STATUS_CHANGE\n" + c + "," + c
								+ "_z,HAS_STATUS_CHANGE\n"),
				file("nodes/Team.csv", "id:ID(Team),name:string\n" + c + "_t1,队一\n" + c + "_t2,队二\n"),
				file("relationships/APPLIED_TO-Team-Challenge.csv", APPLIED_TO_HEADER + c + "_t1," + c
						+ ",APPLIED_TO,SHORTLISTED\n" + c + "_t2," + c + ",APPLIED_TO,DECLINED\n"));
		ImportJob job = run(files);
		assertThat(job.status()).as(job.errors().toString()).isEqualTo(ImportJob.Status.DONE);
		// Importing the same files again repeats the history: accepted, changes nothing.
		job = run(files);
		assertThat(job.status()).as(job.errors().toString()).isEqualTo(ImportJob.Status.DONE);
		assertThat(
				this.graph.count("MATCH (:Challenge {id: $c})-[:HAS_STATUS_CHANGE]->(s) RETURN count(s) AS n", "c", c))
			.isEqualTo(2);

		HttpGraphQlTester admin = TestKeys.admin(this.graphQl, this.keys);
		admin.documentName("challengeWorkflow")
			.operationName("close")
			.variable("challenge", c)
			.execute()
			.path("closeChallenge.challenge.status")
			.entity(String.class)
			.isEqualTo("CLOSED");
		admin.documentName("challengeWorkflow")
			.operationName("state")
			.variable("id", c)
			.execute()
			.path("challenge.history.edges[*].node.status")
			.entityList(String.class)
			.containsExactly("OPEN", "SHORTLISTING", "CLOSED");
		// The move's audit entry names the status it left: the latest by time.
		assertThat(this.graph.strings("""
				MATCH (e:AuditEntry) WHERE e.operation = 'Challenge CLOSED' AND $c IN e.ids
				RETURN collect(e.changes) AS values""", "c", c)).singleElement()
			.asString()
			.contains("[\"SHORTLISTING\",\"CLOSED\"]");

		// Once the challenge moved on, the files' shorter history is not the graph's.
		assertRejected(run(files), "relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv", 2,
				"already has a history of 3");
	}

	@Test
	void aHistoryThatIsNotAPathOfTheWorkflowIsRejected() {
		String c = this.id;
		// An open competition is never FUNDED.
		List<ImportFile> files = List.of(
				file("nodes/Challenge.csv",
						CHALLENGE_HEADER + c
								+ ",揭榜,OPEN_COMPETITION,FUNDED,2026-01-01T09:00:00Z,2099-03-01,Challenge\n"),
				file("nodes/StatusChange.csv",
						CHANGE_HEADER + c + "_1,OPEN,OPEN,2026-01-01T09:00:00Z,seed,\n" + c
								+ "_2,SHORTLISTING,SHORTLISTING,2026-02-01T09:00:00Z,seed,\n" + c
								+ "_3,FUNDED,FUNDED,2026-03-01T09:00:00Z,seed,\n"),
				file("relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv",
						CHALLENGE_LINKS + c + "," + c + "_1,HAS_STATUS_CHANGE\n" + c + "," + c
								+ "_2,HAS_STATUS_CHANGE\n" + c + "," + c + "_3,HAS_STATUS_CHANGE\n"));
		assertRejected(run(files), "nodes/Challenge.csv", 2, "from SHORTLISTING to FUNDED");

		// postedAt that is not the time of the OPEN change.
		assertRejected(
				run(List.of(
						file("nodes/Challenge.csv", CHALLENGE_HEADER + c
								+ ",揭榜,OPEN_COMPETITION,SHORTLISTING,2025-06-01T09:00:00Z,2099-03-01,Challenge\n"),
						file("nodes/StatusChange.csv",
								CHANGE_HEADER + c + "_1,OPEN,OPEN,2026-01-01T09:00:00Z,seed,\n" + c
										+ "_2,SHORTLISTING,SHORTLISTING,2026-02-01T09:00:00Z,seed,\n"),
						file("relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv", CHALLENGE_LINKS + c + "," + c
								+ "_1,HAS_STATUS_CHANGE\n" + c + "," + c + "_2,HAS_STATUS_CHANGE\n"))),
				"nodes/Challenge.csv", 2, "postedAt");

		// A team AWARDED on a challenge only OPEN.
		assertRejected(
				run(List.of(
						file("nodes/Challenge.csv",
								CHALLENGE_HEADER + c
										+ ",揭榜,OPEN_COMPETITION,OPEN,2026-01-01T09:00:00Z,2099-03-01,Challenge\n"),
						file("nodes/Team.csv", "id:ID(Team),name:string\n" + c + "_t1,队一\n"),
						file("relationships/APPLIED_TO-Team-Challenge.csv",
								APPLIED_TO_HEADER + c + "_t1," + c + ",APPLIED_TO,AWARDED\n"))),
				"relationships/APPLIED_TO-Team-Challenge.csv", 2, "AWARDED");
		assertNothingWritten();
	}

	@Test
	void aChangeOutsideAnyHistoryOrInTwoIsRejected() {
		String c = this.id;
		assertRejected(
				run(file("nodes/StatusChange.csv", CHANGE_HEADER + c + "_1,OPEN,OPEN,2026-01-01T09:00:00Z,seed,\n")),
				"nodes/StatusChange.csv", 2, "in no history");

		List<ImportFile> twoOwners = List.of(
				file("nodes/Challenge.csv",
						CHALLENGE_HEADER + c + "_a,甲,OPEN_COMPETITION,OPEN,2026-01-01T09:00:00Z,2099-03-01,Challenge\n"
								+ c + "_b,乙,OPEN_COMPETITION,OPEN,2026-01-01T09:00:00Z,2099-03-01,Challenge\n"),
				file("nodes/StatusChange.csv", CHANGE_HEADER + c + "_1,OPEN,OPEN,2026-01-01T09:00:00Z,seed,\n"),
				file("relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv", CHALLENGE_LINKS + c + "_a," + c
						+ "_1,HAS_STATUS_CHANGE\n" + c + "_b," + c + "_1,HAS_STATUS_CHANGE\n"));
		assertRejected(run(twoOwners), "relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv", 3,
				"already in the history of Challenge '" + c + "_a'");
		assertNothingWritten();
	}

	@Test
	void aHistoryInTheGraphIsNeitherMovedNorReplaced() {
		String c = this.id;
		assertThat(run(file("nodes/Challenge.csv",
				CHALLENGE_HEADER + c + "_a,甲,OPEN_COMPETITION,OPEN,2026-01-01T09:00:00Z,2099-03-01,Challenge\n" + c
						+ "_b,乙,OPEN_COMPETITION,OPEN,2026-01-01T09:00:00Z,2099-03-01,Challenge\n"))
			.status()).isEqualTo(ImportJob.Status.DONE);
		String change = this.graph
			.strings("MATCH (:Challenge {id: $c})-[:HAS_STATUS_CHANGE]->(s) RETURN collect(s.id) AS values", "c",
					c + "_a")
			.get(0);

		assertRejected(
				run(file("relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv",
						CHALLENGE_LINKS + c + "_b," + change + ",HAS_STATUS_CHANGE\n")),
				"relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv", 2,
				"cannot move to Challenge '" + c + "_b'");

		assertRejected(run(List.of(
				file("nodes/StatusChange.csv", CHANGE_HEADER + c + "_new,OPEN,OPEN,2026-01-01T09:00:00Z,seed,\n"),
				file("relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv",
						CHALLENGE_LINKS + c + "_a," + c + "_new,HAS_STATUS_CHANGE\n"))),
				"relationships/HAS_STATUS_CHANGE-Challenge-StatusChange.csv", 2, "already has a history of 1");

		assertRejected(
				run(file("nodes/StatusChange.csv",
						CHANGE_HEADER + change + ",CLOSED,CLOSED,2026-01-01T09:00:00Z,seed,\n")),
				"nodes/StatusChange.csv", 2, "not rewritten");

		assertThat(this.graph.strings("""
				MATCH (c:Challenge)-[:HAS_STATUS_CHANGE]->(s:StatusChange {id: $s})
				RETURN collect(c.id + ' ' + s.status) AS values""", "s", change)).containsExactly(c + "_a OPEN");
		assertThat(this.graph.count("MATCH (s:StatusChange {id: $s}) RETURN count(s) AS n", "s", c + "_new")).isZero();
	}

	private ImportJob run(ImportFile file) {
		return run(List.of(file));
	}

	private ImportJob run(List<ImportFile> files) {
		return this.importer.run("test", new ArrayList<>(files));
	}

	private static ImportFile file(String name, String content) {
		return ImportFile.ofText(name, content);
	}

	private static void assertRejected(ImportJob job, String file, int line, String reason) {
		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).as(job.errors().toString()).anySatisfy((error) -> {
			assertThat(error.file()).isEqualTo(file);
			assertThat(error.line()).isEqualTo(line);
			assertThat(error.reason()).contains(reason);
		});
	}

	private void assertNothingWritten() {
		assertThat(this.graph.count("""
				MATCH (n) WHERE (n:Challenge OR n:Demand OR n:Team OR n:StatusChange) AND n.id STARTS WITH $id
				RETURN count(n) AS n""", "id", this.id)).isZero();
	}

}
