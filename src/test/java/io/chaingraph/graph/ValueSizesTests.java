package io.chaingraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.GraphAssertions;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import io.chaingraph.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text too long for the model, or not valid UTF-16, is refused by every door that writes
 * (curation, import, workflows, key issuing) and by search, as a BAD_REQUEST naming the
 * field, its length and the limit, with nothing written. Text at the limit is accepted
 * and indexed whatever its script: the limits are safe in bytes.
 */
@ChainGraphTest
class ValueSizesTests {

	private static final String SUPPLEMENTARY = new String(Character.toChars(0x20000));

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	GraphAssertions graph;

	HttpGraphQlTester coordinator;

	HttpGraphQlTester admin;

	@BeforeEach
	void setUp() {
		this.graph = new GraphAssertions(this.driver);
		this.coordinator = TestKeys.as(this.graphQl, this.keys, Role.COORDINATOR);
		this.admin = TestKeys.admin(this.graphQl, this.keys);
	}

	@AfterEach
	void removeTestNodes() {
		this.graph.run("MATCH (n) WHERE n.id STARTS WITH 'vs_' DETACH DELETE n");
	}

	@Test
	void oversizedValuesAreRefusedByCurationNamingFieldLengthAndLimitAndWriteNothing() {
		long nodes = nodes();
		refused(this.coordinator, "createEnterprise", Map.of("input", Map.of("id", "vs_ent", "name", "企".repeat(8200))),
				"Property 'name' of Enterprise: the value is 8200 characters long; at most 200 are allowed");
		refused(this.coordinator, "createChain", Map.of("input", Map.of("id", "vs_chain", "name", "链".repeat(5000))),
				"Property 'name' of Chain: the value is 5000 characters long; at most 200 are allowed");
		refused(this.coordinator, "createSource",
				Map.of("input", Map.of("id", "vs_src", "name", "网页", "url", "https://example.org/" + "a".repeat(8980))),
				"Property 'url' of Source: the value is 9000 characters long; at most 2000 are allowed");
		refused(this.coordinator, "createEnterprise",
				Map.of("input", Map.of("id", "vs_ent", "name", "企业", "aliases", List.of("别名", "名".repeat(201)))),
				"Property 'aliases' of Enterprise: element 2 is 201 characters long; at most 200 are allowed");
		refused(this.coordinator, "createRelationship",
				Map.of("input",
						Map.of("type", "SUPPLIES", "from", "ent_zhaochi", "to", "ent_zhaochi", "properties",
								List.of(Map.of("key", "product", "value", "品".repeat(201))))),
				"Property 'product' of SUPPLIES: the value is 201 characters long; at most 200 are allowed");
		assertThat(nodes()).isEqualTo(nodes);
	}

	@Test
	void oversizedValuesAreRefusedByImportPerFileAndLineAndWriteNothing() {
		long nodes = nodes();
		String url = "https://example.org/" + "a".repeat(8980);
		GraphQlTester.Response response = execute(this.coordinator, "importGraph", Map.of("files", List.of(
				Map.of("name", "nodes/Enterprise.csv", "content",
						"id:ID(Enterprise),name\nvs_ent_ok,企业\nvs_ent,%s\n".formatted("企".repeat(8200))),
				Map.of("name", "nodes/Chain.csv", "content",
						"id:ID(Chain),name\nvs_chain,%s\n".formatted("链".repeat(5000))),
				Map.of("name", "nodes/Source.csv", "content", "id:ID(Source),name,url\nvs_src,网页,%s\n".formatted(url)),
				Map.of("name", "nodes/City.csv", "content",
						"id:ID(City),name,aliases:string[]\nvs_city,某市,甲;%s\n".formatted("乙".repeat(201))))));
		response.path("importGraph.job.status").entity(String.class).isEqualTo("REJECTED");
		List<Map<String, Object>> errors = errors(response);
		assertThat(errors).contains(
				error("nodes/Enterprise.csv", 3,
						"Property 'name' of Enterprise: the value is 8200 characters long; at most 200 are allowed"),
				error("nodes/Chain.csv", 2,
						"Property 'name' of Chain: the value is 5000 characters long; at most 200 are allowed"),
				error("nodes/Source.csv", 2,
						"Property 'url' of Source: the value is 9000 characters long; at most 2000 are allowed"),
				error("nodes/City.csv", 2,
						"Property 'aliases' of City: element 2 is 201 characters long; at most 200 are allowed"));
		assertThat(nodes()).isEqualTo(nodes);
	}

	@Test
	void aNameOfExactlyTheLimitIsAcceptedAndIndexedWhateverItsScript() {
		String chinese = "铜".repeat(200);
		// 200 characters, 400 UTF-16 units, 800 bytes of UTF-8.
		String supplementary = SUPPLEMENTARY.repeat(200);
		execute(this.coordinator, "createEnterprise", Map.of("input", Map.of("id", "vs_ent_cn", "name", chinese)))
			.path("createEnterprise.enterprise.name")
			.entity(String.class)
			.isEqualTo(chinese);
		execute(this.coordinator, "createEnterprise",
				Map.of("input", Map.of("id", "vs_ent_sup", "name", supplementary, "nameEn", supplementary)))
			.path("createEnterprise.enterprise.name")
			.entity(String.class)
			.isEqualTo(supplementary);
		// The range index on the url is the tightest: 2,000 characters of 4 bytes.
		String url = SUPPLEMENTARY.repeat(2000);
		execute(this.coordinator, "createSource", Map.of("input", Map.of("id", "vs_src_sup", "name", "网页", "url", url)))
			.path("createSource.source.url")
			.entity(String.class)
			.isEqualTo(url);
		assertThat(this.graph.count("MATCH (n:Enterprise {name: $name}) RETURN count(n) AS n", "name", chinese))
			.isOne();
		assertThat(this.graph.count("MATCH (n:Enterprise {nameEn: $name}) RETURN count(n) AS n", "name", supplementary))
			.isOne();
		assertThat(this.graph.count("MATCH (n:Source {url: $url}) RETURN count(n) AS n", "url", url)).isOne();
		assertThat(this.graph.count("""
				SHOW INDEXES YIELD name, state WHERE name IN ['enterprise_name', 'enterprise_name_en', 'source_url']
				  AND state = 'ONLINE' RETURN count(*) AS n""")).isEqualTo(3);
		// One character more is refused, counted in characters, not UTF-16 units.
		refused(this.coordinator, "createEnterprise",
				Map.of("input", Map.of("id", "vs_ent_long", "name", supplementary + SUPPLEMENTARY)),
				"the value is 201 characters long; at most 200 are allowed");
		refused(this.coordinator, "createSource",
				Map.of("input", Map.of("id", "vs_src_long", "name", "网页", "url", url + "a")),
				"the value is 2001 characters long; at most 2000 are allowed");
	}

	@Test
	void aKeyNameOverTheLimitIsRefusedAndAKeyWithTheLongestNameStillMutates() {
		long keys = this.graph.count("MATCH (k:ApiKey) RETURN count(k) AS n");
		refused(this.admin, "issueApiKey",
				Map.of("input", Map.of("name", "k".repeat(10_000), "roles", List.of("COORDINATOR"))),
				"Argument 'name' is 10000 characters long; at most 200 are allowed");
		assertThat(this.graph.count("MATCH (k:ApiKey) RETURN count(k) AS n")).isEqualTo(keys);
		// The name becomes the actor of every audit entry, which is range-indexed.
		String name = SUPPLEMENTARY.repeat(MaxLength.KEY_NAME);
		String key = execute(this.admin, "issueApiKey",
				Map.of("input", Map.of("name", name, "roles", List.of("COORDINATOR"))))
			.path("issueApiKey.key")
			.entity(String.class)
			.get();
		execute(TestKeys.with(this.graphQl, key), "createCity", Map.of("input", Map.of("id", "vs_city", "name", "长名市")))
			.path("createCity.city.id")
			.entity(String.class)
			.isEqualTo("vs_city");
		assertThat(this.graph.count("MATCH (a:AuditEntry {actor: $name, operation: 'createCity'}) RETURN count(a) AS n",
				"name", name))
			.isOne();
	}

	@Test
	void workflowsRefuseOversizedTextBeforeWriting() {
		long nodes = nodes();
		Map<String, Object> posting = new HashMap<>();
		posting.put("name", "揭".repeat(8200));
		posting.put("poster", "cons_led");
		posting.put("technologies", List.of("tech_led_micro"));
		posting.put("chain", "chain_led");
		posting.put("budget", 1_000_000);
		posting.put("deadline", "2099-12-31");
		posting.put("mode", "OPEN_COMPETITION");
		refused(this.admin, "postChallenge", Map.of("input", posting),
				"Argument 'name': the value is 8200 characters long; at most 200 are allowed");
		posting.put("name", "揭榜");
		posting.put("description", "述".repeat(4001));
		refused(this.admin, "postChallenge", Map.of("input", posting),
				"Argument 'description': the value is 4001 characters long; at most 4000 are allowed");
		refused(this.admin, "applyToChallenge",
				Map.of("input", Map.of("challenge", "vs_none", "lead", "vs_none", "teamName", "队".repeat(201))),
				"Argument 'teamName': the value is 201 characters long; at most 200 are allowed");
		refused(this.admin, "raiseDemand",
				Map.of("input",
						Map.of("enterprise", "ent_zhaochi", "kind", "TECHNOLOGY", "name", "需求", "description",
								"需".repeat(4001))),
				"Argument 'description': the value is 4001 characters long; at most 4000 are allowed");
		refused(this.admin, "resolveDemand", Map.of("demand", "vs_none", "note", "注".repeat(4001)),
				"Argument 'note': the value is 4001 characters long; at most 4000 are allowed");
		assertThat(nodes()).isEqualTo(nodes);
	}

	@Test
	void anUnpairedSurrogateIsRefusedBySearchAndExpertsFor() throws IOException {
		// JSON's \ud800 decodes to an unpaired surrogate; sent on, it became Lucene's '?'
		// wildcard and matched unrelated nodes.
		assertRefused(raw("search", "{\"text\": \"\\ud800\"}"), "Argument 'text' is not valid text");
		assertRefused(raw("search", "{\"text\": \"合金\\udc00\"}"), "unpaired UTF-16 surrogate");
		assertRefused(raw("expertsFor", "{\"query\": \"\\ud800\"}"), "Argument 'query' is not valid text");
	}

	@Test
	void anUnpairedSurrogateIsRefusedByCurationAndImport() throws IOException {
		long nodes = nodes();
		assertRefused(raw("createEnterprise", "{\"input\": {\"id\": \"vs_ent_s\", \"name\": \"企\\ud800业\"}}"),
				"Property 'name' of Enterprise: the value is not valid text: it holds an unpaired UTF-16 surrogate (\\ud800) at character 2");
		JsonNode imported = raw("importGraph",
				"{\"files\": [{\"name\": \"nodes/City.csv\", \"content\": \"id:ID(City),name\\nvs_city_s,某\\ud800市\\n\"}]}");
		assertThat(imported.at("/data/importGraph/job/status").asString()).isEqualTo("REJECTED");
		assertThat(imported.at("/data/importGraph/job/errors/0/file").asString()).isEqualTo("nodes/City.csv");
		assertThat(imported.at("/data/importGraph/job/errors/0/line").asInt()).isEqualTo(2);
		assertThat(imported.at("/data/importGraph/job/errors/0/reason").asString()).isEqualTo(
				"Property 'name' of City: the value is not valid text: it holds an unpaired UTF-16 surrogate (\\ud800) at character 2");
		assertThat(this.graph.count("MATCH (c:City) WHERE c.name CONTAINS '?' RETURN count(c) AS n")).isZero();
		assertThat(nodes()).isEqualTo(nodes);
	}

	private long nodes() {
		// An import, even a refused one, is in the audit trail.
		return this.graph.count("MATCH (n) WHERE NOT n:AuditEntry RETURN count(n) AS n");
	}

	private static Map<String, Object> error(String file, int line, String reason) {
		return Map.of("file", file, "line", line, "reason", reason);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(GraphQlTester.Response response) {
		return (List<Map<String, Object>>) (List<?>) response.path("importGraph.job.errors")
			.entityList(Map.class)
			.get();
	}

	private static GraphQlTester.Response execute(HttpGraphQlTester tester, String operation,
			Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester.documentName("valueSizes").operationName(operation);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private static void refused(HttpGraphQlTester tester, String operation, Map<String, Object> variables,
			String message) {
		execute(tester, operation, variables).errors()
			.satisfy((errors) -> assertThat(errors).hasSize(1).allSatisfy((error) -> {
				assertThat(error.getMessage()).contains(message);
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			}));
	}

	/**
	 * Posts an operation of the test document with variables written as JSON text, so
	 * that they can hold escapes a Java client would not send, such as \ud800.
	 */
	private JsonNode raw(String operation, String variables) throws IOException {
		ObjectNode body = json.createObjectNode();
		body.put("query",
				new ClassPathResource("graphql-test/valueSizes.graphql").getContentAsString(StandardCharsets.UTF_8));
		body.put("operationName", operation);
		String text = json.writeValueAsString(body);
		String request = text.substring(0, text.length() - 1) + ", \"variables\": " + variables + "}";
		String answer = this.http.post()
			.uri("/graphql")
			.headers((headers) -> headers.setBearerAuth(this.keys.devKey().orElseThrow().key()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return json.readTree(answer);
	}

	private static void assertRefused(JsonNode answer, String message) {
		assertThat(answer.at("/errors/0/extensions/classification").asString()).as(answer.toString())
			.isEqualTo("BAD_REQUEST");
		assertThat(answer.at("/errors/0/message").asString()).contains(message);
	}

}
