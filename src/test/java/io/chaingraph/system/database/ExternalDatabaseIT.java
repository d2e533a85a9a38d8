package io.chaingraph.system.database;

import io.chaingraph.system.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.chaingraph.GraphQlSocket;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * External mode against a real Neo4j server: a Neo4j 5.26 server in a JVM of its own
 * ({@link Neo4jServerProcess}, authentication on, Bolt on a free port), the {@code seed}
 * and {@code issue-key} commands run against it as an operator runs them, and two
 * instances of the service on it, each in a JVM of its own, as two replicas behind a load
 * balancer. The reads go through the Bolt path every server deployment uses; a write on
 * one replica is read on the other at once; a subscription on one hears of a challenge
 * posted on the other; and when the server dies and comes back on the same store, the
 * replicas answer UNAVAILABLE meanwhile and recover without a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalDatabaseIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final Pattern KEY = Pattern.compile("(cg_\\S+)");

	private static final String PASSWORD = "external-it-" + Long.toHexString(System.nanoTime());

	// The service's own limits for an outage, so that a request while the server is away
	// answers within seconds instead of retrying for the default 30.
	private static final String[] OUTAGE_LIMITS = { "--spring.neo4j.connection-timeout=2s",
			"--spring.neo4j.max-transaction-retry-time=2s", "--chaingraph.challenges.push-poll-interval=200ms" };

	@TempDir
	static Path work;

	static Neo4jServerProcess server;

	static ServiceProcess replicaA;

	static ServiceProcess replicaB;

	static String a;

	static String b;

	static String seedOutput;

	static String organizerKey;

	static Driver driver;

	@BeforeAll
	static void start() throws Exception {
		long started = System.nanoTime();
		server = Neo4jServerProcess.start(work.resolve("neo4j"), 0, PASSWORD);
		long serverReady = System.nanoTime();
		// The first client of the empty server applies the schema files.
		seedOutput = ServiceProcess.runExternal(server.boltUri(), PASSWORD, "seed");
		long seeded = System.nanoTime();
		CompletableFuture<String> key = CompletableFuture.supplyAsync(() -> {
			try {
				return ServiceProcess.runExternal(server.boltUri(), PASSWORD, "issue-key", "--name", "external it",
						"--roles", "ORGANIZER");
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		replicaA = ServiceProcess.startExternal(server.boltUri(), PASSWORD, OUTAGE_LIMITS);
		replicaB = ServiceProcess.startExternal(server.boltUri(), PASSWORD, OUTAGE_LIMITS);
		Matcher issued = KEY.matcher(key.join());
		assertThat(issued.find()).as("a key in the output of issue-key").isTrue();
		organizerKey = issued.group(1);
		a = replicaA.awaitReady(Duration.ofMinutes(3));
		b = replicaB.awaitReady(Duration.ofMinutes(3));
		driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic(Neo4jServerProcess.USER, PASSWORD));
		System.out.printf(
				"ExternalDatabaseIT: Neo4j server ready in %.1f s, seed command %.1f s, key and two replicas %.1f s%n",
				seconds(started, serverReady), seconds(serverReady, seeded), seconds(seeded, System.nanoTime()));
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

	@AfterAll
	static void stop() throws Exception {
		if (driver != null) {
			driver.close();
		}
		for (ServiceProcess replica : new ServiceProcess[] { replicaA, replicaB }) {
			if (replica != null) {
				replica.close();
			}
		}
		if (server != null) {
			server.close();
		}
	}

	@Test
	@Order(1)
	void seedCommandAppliedEverySchemaFileToTheServer() throws IOException {
		assertThat(seedOutput).contains("Schema up to date").contains("DONE");
		List<String> files;
		try (Stream<Path> schema = Files.list(Path.of("cypher", "schema"))) {
			files = schema.map((path) -> path.getFileName().toString())
				.filter((name) -> name.matches("V\\d+__.*\\.cypher"))
				.sorted()
				.toList();
		}
		assertThat(column("MATCH (m:SchemaMigration) RETURN m.file AS v ORDER BY m.version")).isEqualTo(files);

		Set<String> constraints = new LinkedHashSet<>();
		Set<String> indexes = new LinkedHashSet<>();
		Pattern statement = Pattern
			.compile("(CREATE CONSTRAINT|CREATE (?:FULLTEXT )?INDEX|DROP INDEX|DROP CONSTRAINT) (\\w+)");
		for (String file : files) {
			Matcher found = statement.matcher(Files.readString(Path.of("cypher", "schema", file)));
			while (found.find()) {
				switch (found.group(1)) {
					case "CREATE CONSTRAINT" -> constraints.add(found.group(2));
					case "DROP CONSTRAINT" -> constraints.remove(found.group(2));
					case "DROP INDEX" -> indexes.remove(found.group(2));
					default -> indexes.add(found.group(2));
				}
			}
		}
		assertThat(constraints).contains("node_id", "change_log_entry_seq");
		assertThat(column("SHOW CONSTRAINTS YIELD name RETURN name AS v")).containsAll(constraints);
		assertThat(column("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name AS v"))
			.containsAll(indexes)
			.containsAll(constraints);
	}

	@Test
	@Order(2)
	void readsOverBoltAnswerWhatTheSeedSays() throws Exception {
		// On replica A only: replica B reads in the tests below, and each query's first
		// run on a replica plans it cold, which takes seconds on a shared build machine.
		JsonNode chain = data(a, null, """
				{ chain(id: "chain_pv") { labels segments { totalCount edges { node { name } } }
				    leaders { edges { node { name } } } parentChains { edges { node { id } } } } }""", Map.of())
			.path("chain");
		assertThat(strings(chain.path("labels"))).containsExactly("Chain");
		assertThat(chain.at("/segments/totalCount").asInt()).isEqualTo(5);
		assertThat(strings(chain.at("/segments/edges"), "/node/name")).containsExactly("硅片", "电池片", "辅材", "组件", "应用");
		assertThat(chain.at("/leaders/edges/0/node/name").asString()).isEqualTo("晶科能源股份有限公司");
		assertThat(chain.at("/parentChains/edges/0/node/id").asString()).isEqualTo("c1269_newenergy");

		JsonNode academicians = data(a, null,
				"{ experts(first: 100, where: {academician_in: [CAS, CAE]}) { totalCount } }", Map.of());
		assertThat(academicians.at("/experts/totalCount").asInt()).isEqualTo(13);

		// A page filtered on a relationship, with nested lists under each node.
		JsonNode leaders = data(a, null, """
				{ enterprises(first: 100, where: {onChain: "chain_pv", chainLeader: true}) {
				    edges { node { id experts(first: 5) { edges { node { id } } } } } } }""", Map.of());
		assertThat(strings(leaders.at("/enterprises/edges"), "/node/id")).containsExactly("ent_jinko");

		List<String> pages = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = data(a, null,
					"""
							query ($after: String) { experts(first: 50, after: $after, orderBy: [{field: name, direction: DESC}]) {
							    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""",
					(after == null) ? Map.of() : Map.of("after", after))
				.path("experts");
			assertThat(page.path("totalCount").asInt()).isEqualTo(157);
			pages.addAll(strings(page.path("edges"), "/node/id"));
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
		}
		while (after != null);
		assertThat(pages).hasSize(157).doesNotHaveDuplicates();

		JsonNode experts = data(a, null, """
				{ expertsFor(chain: "chain_led", technology: "tech_led_si_substrate", academicianOnly: true, first: 5) {
				    matches { score expert { name academician } components { name } } } }""", Map.of());
		JsonNode best = experts.at("/expertsFor/matches/0");
		assertThat(best.at("/expert/name").asString()).isEqualTo("江风益");
		assertThat(strings(best.path("components"), "/name")).containsExactly("EXPERTISE", "EVIDENCE", "PROPAGATION",
				"CHAIN", "TRACK_RECORD");
	}

	@Test
	@Order(3)
	void aWriteOnOneReplicaIsReadOnTheOtherAtOnce() throws Exception {
		String id = "test_external_write_" + System.nanoTime();
		JsonNode posted = post(a, id);
		assertThat(posted.at("/postChallenge/challenge/status").asString()).isEqualTo("OPEN");
		JsonNode read = data(b, null, "query ($id: ID!) { challenge(id: $id) { id status name } }", Map.of("id", id));
		assertThat(read.at("/challenge/status").asString()).isEqualTo("OPEN");
		assertThat(read.at("/challenge/name").asString()).isEqualTo("外部模式测试挑战");
		// Writes need a key on every replica alike: the keys live in the database.
		JsonNode refused = graphQl(b, null, MUTATION, Map.of("input", posting(id + "_anonymous")));
		assertThat(refused.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
	}

	@Test
	@Order(4)
	void aSubscriptionOnOneReplicaHearsOfAChallengePostedOnTheOther() throws Exception {
		try (GraphQlSocket socket = GraphQlSocket.open(port(b))) {
			assertThat(socket.init(Map.of()).path("type").asString()).isEqualTo("connection_ack");
			Set<String> earlier = awaitPushes(socket, "test_external_push_");
			// Each post is pushed once.
			String id = "test_external_push_once_" + System.nanoTime();
			post(a, id);
			awaitPush(socket, id, earlier, Duration.ofSeconds(30));
			for (JsonNode more = socket.poll(Duration.ofSeconds(1)); more != null; more = socket
				.poll(Duration.ofSeconds(1))) {
				assertThat(earlier).as("a push after the one of %s", id).contains(pushed(more));
			}
		}
	}

	@Test
	@Order(5)
	void whenTheServerDiesTheReplicasAnswerUnavailableAndRecoverWhenItReturns() throws Exception {
		try (GraphQlSocket socket = GraphQlSocket.open(port(b))) {
			socket.init(Map.of());
			Set<String> earlier = awaitPushes(socket, "test_external_outage_before_");

			server.kill();
			for (String replica : List.of(a, b)) {
				await().atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(200))
					.untilAsserted(() -> assertThat(status(replica + "/actuator/health")).isEqualTo(503));
				JsonNode read = graphQl(replica, null, "{ enterprises(first: 3) { edges { node { id } } } }", Map.of());
				assertUnavailable(read);
				assertUnavailable(graphQl(replica, organizerKey, MUTATION,
						Map.of("input", posting("test_external_outage_" + System.nanoTime()))));
			}

			server = server.restart();
			for (String replica : List.of(a, b)) {
				await().atMost(Duration.ofSeconds(90))
					.pollInterval(Duration.ofMillis(500))
					.untilAsserted(() -> assertThat(status(replica + "/actuator/health")).isEqualTo(200));
				JsonNode read = data(replica, null, "{ chain(id: \"chain_pv\") { segments { totalCount } } }",
						Map.of());
				assertThat(read.at("/chain/segments/totalCount").asInt()).isEqualTo(5);
			}
			// The subscription opened before the outage goes on: its replica's cursor
			// waited for the server and reads on from where it was.
			String id = "test_external_outage_after_" + System.nanoTime();
			post(a, id);
			awaitPush(socket, id, earlier, Duration.ofSeconds(60));
		}
	}

	private static final String MUTATION = """
			mutation ($input: PostChallengeInput!) { postChallenge(input: $input) { challenge { id status } } }""";

	private static JsonNode post(String replica, String id) throws Exception {
		return data(replica, organizerKey, MUTATION, Map.of("input", posting(id)));
	}

	private static Map<String, Object> posting(String id) {
		return Map.of("id", id, "name", "外部模式测试挑战", "poster", "cons_led", "technologies", List.of("tech_led_micro"),
				"chain", "chain_led", "budget", 1000, "deadline", "2099-01-01", "mode", "OPEN_COMPETITION");
	}

	/**
	 * Subscribes to challengeMatches for an expert in tech_led_micro, and posts on
	 * replica A until the first push arrives (a subscription registers asynchronously);
	 * returns the ids posted, some of whose pushes may still be on their way.
	 */
	private static Set<String> awaitPushes(GraphQlSocket socket, String prefix) throws Exception {
		String expert = column("""
				MATCH (x:Expert)-[:EXPERT_IN]->(:Technology {id: 'tech_led_micro'})
				RETURN x.id AS v ORDER BY v LIMIT 1""").get(0);
		socket.subscribe("subscription ($x: ID!) { challengeMatches(expert: $x) { id } }", Map.of("x", expert));
		Set<String> posted = new HashSet<>();
		JsonNode first = null;
		for (int round = 1; first == null && round <= 60; round++) {
			String id = prefix + round + "_" + System.nanoTime();
			post(a, id);
			posted.add(id);
			first = socket.poll(Duration.ofMillis(1000));
		}
		assertThat(first).as("a push on replica B of a post on replica A").isNotNull();
		assertThat(posted).contains(pushed(first));
		return posted;
	}

	/**
	 * Reads pushes until the one of {@code id}; those before it must be of the
	 * {@code earlier} posts, each pushed once.
	 */
	private static void awaitPush(GraphQlSocket socket, String id, Set<String> earlier, Duration timeout) {
		Set<String> seen = new HashSet<>();
		for (String next = pushed(socket.next(timeout)); !next.equals(id); next = pushed(socket.next(timeout))) {
			assertThat(earlier).as("a push before the one of %s", id).contains(next);
			assertThat(seen.add(next)).as("%s pushed once", next).isTrue();
		}
	}

	private static String pushed(@Nullable JsonNode message) {
		assertThat(message).as("a message on the socket").isNotNull();
		assertThat(message.path("type").asString()).as(message.toString()).isEqualTo("next");
		return message.at("/payload/data/challengeMatches/id").asString();
	}

	private static void assertUnavailable(JsonNode answer) {
		String text = answer.toString();
		assertThat(answer.at("/errors/0/extensions/classification").asString()).as(text).isEqualTo("UNAVAILABLE");
		assertThat(text).doesNotContain("Exception").doesNotContain("at io.").doesNotContain("MATCH ");
	}

	private static JsonNode data(String replica, @Nullable String key, String query, Map<String, Object> variables)
			throws Exception {
		JsonNode answer = graphQl(replica, key, query, variables);
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		return answer.path("data");
	}

	private static JsonNode graphQl(String replica, @Nullable String key, String query, Map<String, Object> variables)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replica + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(json.writeValueAsString(Map.of("query", query, "variables", variables))));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(response.body());
	}

	private static int status(String url) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static int port(String url) {
		return URI.create(url).getPort();
	}

	private static List<String> column(String cypher) {
		return driver.executableQuery(cypher)
			.execute()
			.records()
			.stream()
			.map((Record row) -> row.get("v").asString())
			.toList();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	private static List<String> strings(JsonNode array, String pointer) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.at(pointer).asString()));
		return values;
	}

}
