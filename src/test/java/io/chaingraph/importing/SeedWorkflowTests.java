package io.chaingraph.importing;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.system.database.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed obeys the workflow rules (issue 14, finding 8): every seeded challenge and
 * demand has the history its status implies, in order, with its dates taken from it;
 * applications match the challenge's status; dispatched demands were sent, by their
 * chain's committee, to whoever accepted them; and no seeded OPEN challenge is overdue on
 * the day the seed loads.
 */
@ChainGraphTest
class SeedWorkflowTests {

	/** ChallengeWorkflow's moves, by mode; any challenge not yet closed may be closed. */
	static final Map<String, List<String>> CHALLENGE_PATHS = Map.of("OPEN_COMPETITION",
			List.of("OPEN", "SHORTLISTING", "AWARDED", "CLOSED"), "HORSE_RACE",
			List.of("OPEN", "SHORTLISTING", "FUNDED", "AWARDED", "CLOSED"));

	static final List<String> DEMAND_PATH = List.of("RAISED", "DISPATCHED", "ACCEPTED", "RESOLVED");

	static final Map<String, String> DEMAND_DATES = Map.of("RAISED", "raisedAt", "DISPATCHED", "dispatchedAt",
			"ACCEPTED", "acceptedAt", "RESOLVED", "resolvedAt");

	@Autowired
	Driver driver;

	@Autowired
	SeedLoader seed;

	GraphAssertions graph;

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
	}

	@Test
	void everySeededChallengeHasAHistoryConsistentWithItsStatus() {
		List<Record> challenges = this.graph.rows("""
				MATCH (c:Challenge) WHERE c.id STARTS WITH 'syn_challenge_'
				OPTIONAL MATCH (c)-[:HAS_STATUS_CHANGE]->(s:StatusChange)
				WITH c, s ORDER BY s.at, s.id
				WITH c, collect(s) AS changes
				RETURN c.id AS id, c.mode AS mode, c.status AS status, c.postedAt = changes[0].at AS postedAtFirst,
				  [s IN changes | s.status] AS steps, all(s IN changes WHERE s.at <= datetime()) AS past
				ORDER BY id""");
		assertThat(challenges).hasSize(10);
		for (Record c : challenges) {
			String id = c.get("id").asString();
			List<String> steps = c.get("steps").asList(Value::asString);
			assertThat(steps).as(id).isNotEmpty().startsWith("OPEN");
			assertThat(steps.get(steps.size() - 1)).as(id + " ends in its status")
				.isEqualTo(c.get("status").asString());
			assertThat(legal(CHALLENGE_PATHS.get(c.get("mode").asString()), steps)).as(id + " " + steps).isTrue();
			assertThat(c.get("postedAtFirst").asBoolean(false)).as(id + " postedAt is its first step's").isTrue();
			assertThat(c.get("past").asBoolean()).as(id + " has no step in the future").isTrue();
		}
		assertThat(challenges.stream().map((c) -> c.get("status").asString())).contains("OPEN", "SHORTLISTING",
				"FUNDED", "AWARDED", "CLOSED");
	}

	@Test
	void applicationsMatchTheirChallengesStatus() {
		List<Record> rows = this.graph.rows("""
				MATCH (c:Challenge) WHERE c.id STARTS WITH 'syn_challenge_'
				OPTIONAL MATCH (:Team)-[a:APPLIED_TO]->(c)
				RETURN c.id AS id, c.status AS status, collect(a.status) AS applications ORDER BY id""");
		for (Record row : rows) {
			String id = row.get("id").asString();
			List<String> applications = row.get("applications").asList(Value::asString);
			Map<String, Long> count = new HashMap<>();
			applications.forEach((a) -> count.merge(a, 1L, Long::sum));
			switch (row.get("status").asString()) {
				case "OPEN" -> assertThat(applications).as(id).allMatch("APPLIED"::equals);
				case "SHORTLISTING" -> {
					assertThat(applications).as(id).allMatch((a) -> a.equals("SHORTLISTED") || a.equals("DECLINED"));
					assertThat(count.getOrDefault("SHORTLISTED", 0L)).as(id).isPositive();
				}
				case "FUNDED" -> {
					assertThat(applications).as(id).allMatch((a) -> a.equals("FUNDED") || a.equals("DECLINED"));
					assertThat(count.getOrDefault("FUNDED", 0L)).as(id).isBetween(2L, 3L);
				}
				default -> {
					// AWARDED, or CLOSED after an award: one winner, the rest declined.
					assertThat(applications).as(id).allMatch((a) -> a.equals("AWARDED") || a.equals("DECLINED"));
					assertThat(count.getOrDefault("AWARDED", 0L)).as(id).isOne();
				}
			}
		}
	}

	@Test
	void openSeededChallengesAreDueAfterTheDayTheSeedLoaded() {
		assertThat(this.graph.strings("""
				MATCH (c:Challenge {status: 'OPEN'}) WHERE c.id STARTS WITH 'syn_challenge_' AND c.deadline <= date()
				RETURN collect(c.id + ' ' + toString(c.deadline)) AS values""")).isEmpty();
		assertThat(this.graph.count("""
				MATCH (c:Challenge {status: 'OPEN'}) WHERE c.id STARTS WITH 'syn_challenge_' RETURN count(c) AS n"""))
			.isPositive();
	}

	@Test
	void everySeededDemandHasAHistoryConsistentWithItsStatusAndDates() {
		List<Record> demands = this.graph
			.rows("""
					MATCH (d:Demand) WHERE d.id STARTS WITH 'syn_demand_'
					OPTIONAL MATCH (d)-[:HAS_STATUS_CHANGE]->(s:StatusChange)
					WITH d, s ORDER BY s.at, s.id
					WITH d, collect(s) AS changes
					RETURN d.id AS id, d.status AS status, [s IN changes | s.status] AS steps,
					  [s IN changes | s.at = d[CASE s.status WHEN 'RAISED' THEN 'raisedAt' WHEN 'DISPATCHED' THEN 'dispatchedAt'
					    WHEN 'ACCEPTED' THEN 'acceptedAt' ELSE 'resolvedAt' END]] AS datesMatch,
					  [k IN ['raisedAt', 'dispatchedAt', 'acceptedAt', 'resolvedAt'] WHERE d[k] IS NOT NULL] AS dated,
					  all(s IN changes WHERE s.at <= datetime()) AS past
					ORDER BY id""");
		assertThat(demands).hasSize(24);
		for (Record d : demands) {
			String id = d.get("id").asString();
			List<String> steps = d.get("steps").asList(Value::asString);
			assertThat(steps).as(id)
				.isEqualTo(DEMAND_PATH.subList(0, DEMAND_PATH.indexOf(d.get("status").asString()) + 1));
			assertThat(d.get("datesMatch").asList(Value::asBoolean)).as(id).containsOnly(true);
			assertThat(d.get("dated").asList(Value::asString)).as(id + " has the dates of its steps only")
				.isEqualTo(steps.stream().map(DEMAND_DATES::get).toList());
			assertThat(d.get("past").asBoolean()).as(id).isTrue();
		}
	}

	@Test
	void dispatchedDemandsWereSentByTheirChainsCommitteeToWhoeverAcceptedThem() {
		assertThat(this.graph.strings("""
				MATCH (d:Demand) WHERE d.id STARTS WITH 'syn_demand_' AND d.status <> 'RAISED'
				  AND NOT EXISTS { (d)-[:DISPATCHED_TO]->() }
				RETURN collect(d.id) AS values""")).isEmpty();
		assertThat(this.graph.strings("""
				MATCH (x)-[:ACCEPTED]->(d:Demand) WHERE d.id STARTS WITH 'syn_demand_'
				  AND NOT EXISTS { (d)-[:DISPATCHED_TO]->(x) }
				RETURN collect(d.id) AS values""")).isEmpty();
		assertThat(this.graph.strings("""
				MATCH (p:PartyOrganization)-[:DISPATCHED]->(d:Demand)<-[:RAISED]-(e:Enterprise)
				WHERE d.id STARTS WITH 'syn_demand_'
				  AND NOT EXISTS { (p {kind: 'CHAIN_COMMITTEE'})-[:GUIDES]->(:Chain)-[:HAS_SEGMENT]->(:Segment)
				    <-[:OPERATES_IN]-(e) }
				RETURN collect(d.id) AS values""")).isEmpty();
		assertThat(this.graph.count("""
				MATCH (d:Demand)-[:DISPATCHED_TO]->() WHERE d.id STARTS WITH 'syn_demand_'
				RETURN count(DISTINCT d) AS n""")).isEqualTo(18);
	}

	@Test
	void theLoaderMovesOnlyTheWorkflowDatesToTheLoadDay() throws IOException {
		LocalDate asOf = this.seed.asOf();
		Map<String, List<List<String>>> atSeedDay = read(this.seed.files(asOf));
		Map<String, List<List<String>>> later = read(this.seed.files(asOf.plusDays(400)));
		List<String> header = atSeedDay.get("nodes/Challenge.csv").get(0);
		int deadline = header.indexOf("deadline:date");
		List<String> first = atSeedDay.get("nodes/Challenge.csv").get(1);
		List<String> moved = later.get("nodes/Challenge.csv").get(1);
		assertThat(LocalDate.parse(moved.get(deadline))).isEqualTo(LocalDate.parse(first.get(deadline)).plusDays(400));
		int at = atSeedDay.get("nodes/StatusChange.csv").get(0).indexOf("at:datetime");
		assertThat(later.get("nodes/StatusChange.csv").get(1).get(at))
			.isEqualTo(java.time.OffsetDateTime.parse(atSeedDay.get("nodes/StatusChange.csv").get(1).get(at))
				.plusDays(400)
				.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		// The facts' own dates stay as the sources give them.
		assertThat(later.get("nodes/Achievement.csv")).isEqualTo(atSeedDay.get("nodes/Achievement.csv"));
		assertThat(later.get("nodes/Consortium.csv")).isEqualTo(atSeedDay.get("nodes/Consortium.csv"));
	}

	static boolean legal(List<String> path, List<String> steps) {
		int at = -1;
		for (String step : steps) {
			int next = path.indexOf(step);
			boolean closing = step.equals("CLOSED") && at >= 0 && !path.get(at).equals("CLOSED");
			if (next != at + 1 && !closing) {
				return false;
			}
			at = next;
		}
		return true;
	}

	private static Map<String, List<List<String>>> read(List<ImportFile> files) throws IOException {
		Map<String, List<List<String>>> all = new HashMap<>();
		for (ImportFile file : files) {
			List<List<String>> rows = new ArrayList<>();
			try (Reader in = file.open(); CsvReader reader = new CsvReader(in)) {
				for (var row = reader.next(); row != null; row = reader.next()) {
					rows.add(row.stream().map((field) -> (field != null) ? field : "").toList());
				}
			}
			all.put(file.name(), rows);
		}
		return all;
	}

	@Autowired
	EmbeddedDatabase database;

	// A seed store's dates are written for the day it was made; the first start moves
	// them to its own day, in the transaction that removes the mark, so never twice.
	@Test
	void aSeedStoresPendingWorkflowDatesMoveOnceToTheDayOfTheStart() {
		Map<String, Object> before = workflowDates();
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		Map<String, Object> moved = new HashMap<>();
		before.forEach((key, value) -> moved.put(key,
				(value instanceof LocalDate date) ? date.plusDays(3) : ((java.time.ZonedDateTime) value).plusDays(3)));
		try {
			SeedLoader.markWorkflowDatesPending(this.database, today.minusDays(3));
			SeedLoader.movePendingWorkflowDates(this.database, today);
			assertThat(workflowDates()).isEqualTo(moved);
			SeedLoader.movePendingWorkflowDates(this.database, today);
			assertThat(workflowDates()).as("moved again without a mark").isEqualTo(moved);
		}
		finally {
			// Back to the dates the other tests of this JVM expect.
			SeedLoader.markWorkflowDatesPending(this.database, today.plusDays(3));
			SeedLoader.movePendingWorkflowDates(this.database, today);
		}
		assertThat(workflowDates()).isEqualTo(before);
	}

	// Every workflow date the loader moves, by label, id and property.
	private Map<String, Object> workflowDates() {
		Map<String, Object> dates = new HashMap<>();
		SeedLoader.WORKFLOW_DATES.forEach((file, keys) -> {
			String label = file.substring(file.indexOf('/') + 1, file.lastIndexOf('.'));
			for (Record row : this.graph.rows("MATCH (n:%s) RETURN n.id AS id, n AS node".formatted(label))) {
				for (String key : keys) {
					Value value = row.get("node").get(key);
					if (!value.isNull()) {
						dates.put(label + "/" + row.get("id").asString() + "/" + key,
								(value.type().name().equals("DATE")) ? value.asLocalDate() : value.asZonedDateTime());
					}
				}
			}
		});
		assertThat(dates).isNotEmpty();
		return dates;
	}

}
