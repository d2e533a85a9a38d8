package io.chaingraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.chaingraph.system.database.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ApplicationContext;

/**
 * The service side by side with the peer a team would pick instead of it,
 * {@code @neo4j/graphql} (pinned in {@code bench/peer/package.json}), on the same store:
 * the peer runs in a Node process of its own on the service's embedded Bolt port, with
 * the store's password, and its type definitions are written from the service's schema
 * ({@link PeerTypeDefs}). Each query's two answers are checked equal field by field
 * (relay wrappers removed), then both are measured by the same closed-loop client in a
 * Node process of its own ({@code bench/peer/lat.mjs}: fetch, keep-alive), in rounds
 * that alternate between the two so that the machine's drift falls on both.
 */
final class PeerBench {

	/**
	 * What the side-by-side run does, from {@code bench.peer.*} system properties.
	 *
	 * @param enabled whether to run it at all ({@code bench.peer})
	 * @param dir the peer's folder, with package.json, server.mjs and lat.mjs
	 * @param rounds alternating rounds per side, query and concurrency
	 * @param seconds length of one round
	 * @param warmupSeconds each side's warm-up per query, at the highest concurrency
	 * @param concurrency client connections
	 * @param scales the scales a whole run measures the peer at ({@code -Dbench.only=peer}
	 * measures it at every scale of {@code bench.scales})
	 */
	record Options(boolean enabled, Path dir, int rounds, int seconds, int warmupSeconds, List<Integer> concurrency,
			List<Integer> scales) {

		static Options fromSystemProperties() {
			return new Options(Boolean.parseBoolean(property("bench.peer", "true")),
					Path.of(property("bench.peer.dir", "bench/peer")), Integer.parseInt(property("bench.peer.rounds", "3")),
					Integer.parseInt(property("bench.peer.seconds", "4")),
					Integer.parseInt(property("bench.peer.warmup", "10")),
					ints(property("bench.peer.concurrency", "1,4")), ints(property("bench.peer.scales", "10,100")));
		}

		private static List<Integer> ints(String text) {
			return Arrays.stream(text.split(",")).map(String::strip).map(Integer::parseInt).toList();
		}

		private static String property(String name, String fallback) {
			String value = System.getProperty(name);
			return (value == null || value.isBlank()) ? fallback : value.strip();
		}

	}

	/**
	 * One side's figures at one concurrency, over all its rounds.
	 *
	 * @param requests requests answered
	 * @param errors requests that failed or carried errors
	 * @param reqPerSec requests over the rounds' total time
	 * @param p50 median of the rounds' median latencies, ms
	 */
	record Side(int requests, int errors, double reqPerSec, double p50) {

	}

	/**
	 * @param concurrency client connections
	 * @param service the service's figures
	 * @param peer the peer's
	 * @param ratio the service's req/s over the peer's
	 */
	record Point(int concurrency, Side service, Side peer, double ratio) {

	}

	/**
	 * One query's figures.
	 *
	 * @param name the query
	 * @param target the least ratio the issue asks for, 0 for none
	 * @param sameAnswer whether the two answers are equal field by field
	 * @param answer what the answer held, or where the two first differ
	 * @param points per concurrency
	 */
	record QueryResult(String name, double target, boolean sameAnswer, String answer, List<Point> points) {

	}

	/**
	 * @param scale the scale measured
	 * @param peer the peer and its version, as installed
	 * @param skipped why nothing was measured, or null
	 * @param rounds rounds per side
	 * @param seconds length of a round
	 * @param queries per query
	 */
	record Result(int scale, String peer, @Nullable String skipped, int rounds, int seconds,
			List<QueryResult> queries) {

	}

	/**
	 * One question in both dialects: the service's document (in {@link Workload}) with its
	 * variables, the peer's, and where each answer's list is.
	 */
	private record Query(String name, double target, String service, String serviceRoot, String peer, String peerRoot,
			Map<String, Object> variables) {

	}

	static final String NESTED_PEER = """
			query nested {
			  chains(limit: 50, sort: [{id: ASC}]) { id name
			    leaders(limit: 4, sort: [{id: ASC}]) { id name
			      experts(limit: 3, sort: [{id: ASC}]) { id name title } } }
			}""";

	static final String WIDE_PEER = """
			query wide {
			  enterprises(limit: 100, sort: [{id: ASC}]) { id name
			    experts(limit: 10, sort: [{id: ASC}]) { id name
			      expertise(limit: 10, sort: [{id: ASC}]) { id name } } }
			}""";

	static final String BY_ID_PEER = """
			query byId($id: ID!) {
			  experts(where: {id: {eq: $id}}) { id name title expertise(limit: 20, sort: [{id: ASC}]) { id name } }
			}""";

	static final String FILTERED_PEER = """
			query filtered($ownership: String!) {
			  enterprises(where: {ownership: {eq: $ownership}}, limit: 20, sort: [{id: ASC}]) { id name city chainLeader }
			}""";

	/**
	 * The side-by-side service's arguments: a complexity limit the wide list's 100 x 10 x
	 * 10 nodes pass (its complexity is 55,500).
	 */
	static final List<String> SERVICE_ARGS = List.of("--chaingraph.limits.max-complexity=100000");

	private static final String READY_PEER = "{ chains(limit: 1) { id } }";

	// Installed once per benchmark JVM: npm ci takes seconds and the lock file does not
	// change between scales.
	private static boolean installed;

	private PeerBench() {
	}

	static Result measure(int scale, ApplicationContext service, int port, Options options, Path work) {
		String missing = missingTools(options);
		if (missing != null) {
			System.out.println("  peer skipped: " + missing);
			return new Result(scale, "@neo4j/graphql", missing, options.rounds(), options.seconds(), List.of());
		}
		Path passwordFile = service.getBean(EmbeddedDatabase.class).passwordFile();
		if (passwordFile == null) {
			String why = "the service's Bolt is closed to other clients (CHAINGRAPH_BOLT_ENABLED=false)";
			System.out.println("  peer skipped: " + why);
			return new Result(scale, "@neo4j/graphql", why, options.rounds(), options.seconds(), List.of());
		}
		Process peer = null;
		Path log = work.resolve("peer-" + scale + ".log");
		String version = "@neo4j/graphql";
		try {
			install(options, work);
			version = "@neo4j/graphql " + installedVersion(options.dir());
			Path typeDefs = work.resolve("peer-typeDefs.graphql");
			TypeDefinitionRegistry schema = PeerTypeDefs.serviceSchema();
			Files.writeString(typeDefs, PeerTypeDefs.of(schema));
			int peerPort = freePort();
			peer = startPeer(options, service, passwordFile, typeDefs, peerPort, log);
			awaitPeer(peer, peerPort, log);
			System.out.printf("  peer %s on port %d%n", version, peerPort);
			List<QueryResult> results = new ArrayList<>();
			for (Query query : queries(service, schema)) {
				try {
					results.add(measure(query, port, peerPort, options, work));
				}
				catch (Exception ex) {
					// One query that fails does not cost the others their figures.
					System.out.printf("  peer %-14s failed: %s%n", query.name(), ex.getMessage());
					results.add(new QueryResult(query.name(), query.target(), false, "failed: " + ex.getMessage(),
							List.of()));
				}
			}
			return new Result(scale, version, null, options.rounds(), options.seconds(), results);
		}
		catch (Exception ex) {
			String why = "failed: " + ex.getMessage() + tail(log);
			System.out.println("  peer " + why);
			return new Result(scale, version, why, options.rounds(), options.seconds(), List.of());
		}
		finally {
			if (peer != null) {
				stop(peer);
			}
		}
	}

	private static List<Query> queries(ApplicationContext service, TypeDefinitionRegistry schema) {
		RawCypher cypher = new RawCypher(service);
		// The expert with most technologies, so that the by-id read is a full page of 20
		// where the graph has one.
		String expert = (String) cypher.rows("""
				MATCH (x:Expert)-[:EXPERT_IN]->(t:Technology)
				WITH x, count(t) AS technologies ORDER BY technologies DESC, x.id LIMIT 1
				RETURN x.id AS id""", Map.of()).get(0).get("id");
		return List.of(new Query("nested list", 2, Workload.NESTED, "chains", NESTED_PEER, "chains", Map.of()),
				new Query("wide list", 2, Workload.WIDE, "enterprises", WIDE_PEER, "enterprises", Map.of()),
				new Query("by id", 2.5, Workload.BY_ID, "expert", BY_ID_PEER, "experts", Map.of("id", expert)),
				new Query("filtered page", 0, Workload.filtered(ownershipType(schema)), "enterprises", FILTERED_PEER,
						"enterprises", Map.of("ownership", "PRIVATE")));
	}

	// The type of EnterpriseWhere.ownership: String before the schema typed closed value
	// sets, an enum after, whose value PRIVATE is sent as the same JSON text.
	static String ownershipType(TypeDefinitionRegistry schema) {
		return schema.getType("EnterpriseWhere")
			.filter(InputObjectTypeDefinition.class::isInstance)
			.map(InputObjectTypeDefinition.class::cast)
			.flatMap((where) -> where.getInputValueDefinitions()
				.stream()
				.filter((field) -> field.getName().equals("ownership"))
				.findFirst())
			.map(InputValueDefinition::getType)
			.filter(TypeName.class::isInstance)
			.map((type) -> ((TypeName) type).getName())
			.orElse("String");
	}

	private static QueryResult measure(Query query, int port, int peerPort, Options options, Path work)
			throws Exception {
		String serviceBody = GraphQlClient.body(query.service(), query.variables());
		String peerBody = GraphQlClient.body(query.peer(), query.variables());
		JsonNode mine = normalized(new GraphQlClient(port).post(serviceBody).get(query.serviceRoot()));
		JsonNode theirs = normalized(new GraphQlClient(peerPort).post(peerBody).get(query.peerRoot()));
		if (!mine.isArray()) {
			mine = JsonNodeFactory.instance.arrayNode().add(mine);
		}
		String difference = difference(mine, theirs, "");
		boolean same = difference == null;
		String answer = same ? describe(mine) : "differ at " + difference;
		Path serviceFile = work.resolve("peer-service-body.json");
		Path peerFile = work.resolve("peer-peer-body.json");
		Files.writeString(serviceFile, serviceBody);
		Files.writeString(peerFile, peerBody);
		String serviceUrl = "http://127.0.0.1:%d/graphql".formatted(port);
		String peerUrl = "http://127.0.0.1:%d/graphql".formatted(peerPort);
		int highest = options.concurrency().stream().mapToInt(Integer::intValue).max().orElse(1);
		lat(options, serviceUrl, serviceFile, highest, options.warmupSeconds());
		lat(options, peerUrl, peerFile, highest, options.warmupSeconds());
		List<Point> points = new ArrayList<>();
		for (int concurrency : options.concurrency()) {
			List<JsonNode> serviceRounds = new ArrayList<>();
			List<JsonNode> peerRounds = new ArrayList<>();
			for (int round = 0; round < options.rounds(); round++) {
				// Alternating which side goes first, so that neither always follows the
				// other's garbage.
				if (round % 2 == 0) {
					serviceRounds.add(lat(options, serviceUrl, serviceFile, concurrency, options.seconds()));
					peerRounds.add(lat(options, peerUrl, peerFile, concurrency, options.seconds()));
				}
				else {
					peerRounds.add(lat(options, peerUrl, peerFile, concurrency, options.seconds()));
					serviceRounds.add(lat(options, serviceUrl, serviceFile, concurrency, options.seconds()));
				}
			}
			Side mineSide = side(serviceRounds);
			Side theirSide = side(peerRounds);
			double ratio = (theirSide.reqPerSec() > 0) ? mineSide.reqPerSec() / theirSide.reqPerSec() : 0;
			points.add(new Point(concurrency, mineSide, theirSide, ratio));
			System.out.printf("  peer %-14s c=%-2d service %7.1f req/s p50 %6.2f ms | peer %7.1f req/s p50 %6.2f ms"
					+ " | %.2fx | errors %d/%d | same answer %s%n", query.name(), concurrency, mineSide.reqPerSec(),
					mineSide.p50(), theirSide.reqPerSec(), theirSide.p50(), ratio, mineSide.errors(), theirSide.errors(),
					same ? "yes" : "NO");
		}
		return new QueryResult(query.name(), query.target(), same, answer, points);
	}

	private static Side side(List<JsonNode> rounds) {
		int requests = 0;
		int errors = 0;
		double seconds = 0;
		double[] p50s = new double[rounds.size()];
		for (int i = 0; i < rounds.size(); i++) {
			JsonNode round = rounds.get(i);
			requests += round.get("requests").asInt();
			errors += round.get("errors").asInt();
			seconds += round.get("seconds").asDouble();
			p50s[i] = round.get("p50").asDouble();
		}
		return new Side(requests, errors, (seconds > 0) ? requests / seconds : 0, Overhead.median(p50s));
	}

	// One round of the closed-loop client, in a Node process of its own.
	private static JsonNode lat(Options options, String url, Path body, int concurrency, int seconds)
			throws IOException, InterruptedException {
		Process process = new ProcessBuilder("node", "lat.mjs", url, body.toAbsolutePath().toString(),
				String.valueOf(concurrency), String.valueOf(seconds))
			.directory(options.dir().toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IOException("The client (lat.mjs) failed: " + out);
		}
		return GraphQlClient.JSON.readTree(out.substring(out.lastIndexOf('\n') + 1));
	}

	/**
	 * The answer with the service's relay wrappers removed, a connection becoming the
	 * list of its nodes, so that it compares with the peer's plain lists.
	 */
	static JsonNode normalized(JsonNode node) {
		if (node.isObject()) {
			if (node.size() == 1 && node.has("edges")) {
				ArrayNode nodes = JsonNodeFactory.instance.arrayNode();
				node.get("edges").forEach((edge) -> nodes.add(normalized(edge.get("node"))));
				return nodes;
			}
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				copy.set(field.getKey(), normalized(field.getValue()));
			}
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			node.forEach((item) -> copy.add(normalized(item)));
			return copy;
		}
		return node;
	}

	/**
	 * The path of the first difference between two answers, field by field, or null when
	 * they are equal.
	 */
	static @Nullable String difference(JsonNode a, JsonNode b, String path) {
		if (a.isObject() && b.isObject()) {
			for (Map.Entry<String, JsonNode> field : a.properties()) {
				String inner = difference(field.getValue(), b.path(field.getKey()), path + "." + field.getKey());
				if (inner != null) {
					return inner;
				}
			}
			return (a.size() == b.size()) ? null : path + " (fields " + a.size() + " and " + b.size() + ")";
		}
		if (a.isArray() && b.isArray()) {
			if (a.size() != b.size()) {
				return path + " (" + a.size() + " and " + b.size() + " items)";
			}
			for (int i = 0; i < a.size(); i++) {
				String inner = difference(a.get(i), b.get(i), path + "[" + i + "]");
				if (inner != null) {
					return inner;
				}
			}
			return null;
		}
		return a.equals(b) ? null : path + " (" + abbreviate(a) + " and " + abbreviate(b) + ")";
	}

	// How many objects at each depth: an equal answer of nothing would prove nothing.
	static String describe(JsonNode answer) {
		Map<Integer, Integer> counts = new LinkedHashMap<>();
		count(answer, 0, counts);
		List<String> levels = new ArrayList<>();
		counts.forEach((depth, count) -> levels.add(String.valueOf(count)));
		return "objects by level " + String.join("/", levels);
	}

	private static void count(JsonNode node, int depth, Map<Integer, Integer> counts) {
		if (node.isArray()) {
			node.forEach((item) -> count(item, depth, counts));
		}
		else if (node.isObject()) {
			counts.merge(depth, 1, Integer::sum);
			for (Iterator<JsonNode> values = node.values().iterator(); values.hasNext();) {
				count(values.next(), depth + 1, counts);
			}
		}
	}

	private static String abbreviate(JsonNode node) {
		String text = node.toString();
		return (text.length() > 60) ? text.substring(0, 60) + "..." : text;
	}

	private static @Nullable String missingTools(Options options) {
		if (!options.enabled()) {
			return "bench.peer=false";
		}
		for (String tool : List.of("node", "npm")) {
			try {
				Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
					return tool + " --version failed";
				}
			}
			catch (IOException ex) {
				return tool + " is not on PATH";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "interrupted";
			}
		}
		if (!Files.isRegularFile(options.dir().resolve("package-lock.json"))) {
			return "no " + options.dir().resolve("package-lock.json") + " (bench.peer.dir)";
		}
		return null;
	}

	// npm ci: exactly the versions of the committed lock file.
	private static synchronized void install(Options options, Path work) throws IOException, InterruptedException {
		if (installed) {
			return;
		}
		Path log = work.resolve("npm-ci.log");
		System.out.println("  npm ci in " + options.dir());
		Process process = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(options.dir().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IOException("npm ci failed" + tail(log));
		}
		installed = true;
	}

	private static String installedVersion(Path dir) throws IOException {
		Path manifest = dir.resolve("node_modules/@neo4j/graphql/package.json");
		return GraphQlClient.JSON.readTree(Files.readString(manifest)).get("version").asString();
	}

	private static Process startPeer(Options options, ApplicationContext service, Path passwordFile, Path typeDefs,
			int port, Path log) throws IOException {
		ProcessBuilder builder = new ProcessBuilder("node", "server.mjs").directory(options.dir().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("BOLT", service.getBean(Neo4jConnectionDetails.class).getUri().toString());
		environment.put("NEO4J_USERNAME", "neo4j");
		// In the child's environment, not its command line, which other users can read.
		environment.put("NEO4J_PASSWORD", Files.readString(passwordFile, StandardCharsets.UTF_8).strip());
		environment.put("TYPEDEFS", typeDefs.toAbsolutePath().toString());
		environment.put("PORT", String.valueOf(port));
		return builder.start();
	}

	private static void awaitPeer(Process peer, int port, Path log) throws InterruptedException {
		GraphQlClient client = new GraphQlClient(port);
		String body = GraphQlClient.body(READY_PEER, Map.of());
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (true) {
			try {
				client.post(body);
				return;
			}
			catch (IOException ex) {
				if (!peer.isAlive()) {
					throw new IllegalStateException("The peer exited with " + peer.exitValue() + tail(log));
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The peer did not answer within 3 minutes" + tail(log), ex);
				}
				Thread.sleep(100);
			}
		}
	}

	private static void stop(Process peer) {
		peer.destroy();
		try {
			if (!peer.waitFor(20, TimeUnit.SECONDS)) {
				peer.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			peer.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static String tail(Path log) {
		try {
			if (!Files.exists(log)) {
				return "";
			}
			String text = Files.readString(log, StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? "" : " | " + text.substring(Math.max(0, text.length() - 600));
		}
		catch (IOException | UncheckedIOException ex) {
			return "";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
