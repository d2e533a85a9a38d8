package io.chaingraph.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.TestKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys, their scope, and the HTTP rules around them: a bad or revoked key is refused
 * before GraphQL, a scoped key acts only for its own party, and only configured origins
 * pass CORS.
 */
@ChainGraphTest
class SecurityTests {

	private static final String RAISE = """
			mutation ($enterprise: ID!) {
			  raiseDemand(input: {enterprise: $enterprise, kind: LAND, name: "用地需求（测试）", technologies: []}) {
			    demand { id status }
			  }
			}""";

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Autowired
	org.neo4j.driver.Driver driver;

	@org.junit.jupiter.api.AfterEach
	void removeTestDemands() {
		new io.chaingraph.GraphAssertions(this.driver).run("""
				MATCH (d:Demand) WHERE d.id STARTS WITH 'demand_'
				OPTIONAL MATCH (d)-[:HAS_STATUS_CHANGE]->(s)
				DETACH DELETE d, s""");
	}

	@Test
	void aKeyThatIsWrongOrRevokedIsRefusedWith401BeforeGraphQl() {
		post("{ viewer { name } }", "cg_000000000000_" + "x".repeat(43)).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED");
		ApiKeys.Issued issued = this.keys.issue("revoked in a test", EnumSet.of(Role.VIEWER), null, null, null, "test");
		post("{ viewer { name roles } }", issued.key()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.viewer.name")
			.isEqualTo("revoked in a test");
		TestKeys.admin(this.graphQl, this.keys)
			.document("mutation ($id: ID!) { revokeApiKey(id: $id) { id } }")
			.variable("id", issued.id())
			.execute()
			.path("revokeApiKey.id")
			.entity(String.class)
			.isEqualTo(issued.id());
		post("{ viewer { name } }", issued.key()).expectStatus().isUnauthorized();
	}

	@Test
	void anAdminIssuesKeysThatCarryTheirRolesAndScope() {
		HttpGraphQlTester.Response issued = TestKeys.admin(this.graphQl, this.keys).document("""
				mutation { issueApiKey(input: {name: "amec desk", roles: [ENTERPRISE], enterprise: "ent_amec_nc"}) {
				  id key viewer { authenticated roles enterprise } } }""").execute();
		String key = issued.path("issueApiKey.key").entity(String.class).get();
		assertThat(key).matches("cg_[a-z0-9]{12}_[A-Za-z0-9_-]{43}");
		TestKeys.with(this.graphQl, key)
			.document("{ viewer { authenticated name roles enterprise } }")
			.execute()
			.path("viewer.roles")
			.entityList(String.class)
			.containsExactly("ENTERPRISE")
			.path("viewer.enterprise")
			.entity(String.class)
			.isEqualTo("ent_amec_nc");
		TestKeys.admin(this.graphQl, this.keys)
			.document("mutation { issueApiKey(input: {name: \"no scope\", roles: [ENTERPRISE]}) { id } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("An ENTERPRISE key needs 'enterprise'"));
	}

	@Test
	void anEnterpriseKeyRaisesDemandsForItsOwnEnterpriseOnly() {
		HttpGraphQlTester enterprise = TestKeys.with(this.graphQl,
				TestKeys.key(this.keys, EnumSet.of(Role.ENTERPRISE), "ent_amec_nc", null));
		enterprise.document(RAISE)
			.variable("enterprise", "ent_amec_nc")
			.execute()
			.path("raiseDemand.demand.status")
			.entity(String.class)
			.isEqualTo("RAISED");
		enterprise.document(RAISE)
			.variable("enterprise", "ent_aoketai")
			.execute()
			.errors()
			.expect((error) -> error.getExtensions().get("classification").equals("FORBIDDEN")
					&& error.getMessage().contains("for enterprise 'ent_amec_nc' only"));
	}

	@Test
	void aDepartmentKeyTakesOnlyWhatWasSentToItsDepartment() {
		HttpGraphQlTester land = TestKeys.with(this.graphQl,
				TestKeys.key(this.keys, EnumSet.of(Role.DEPARTMENT), null, "syn_dept_land"));
		land.document(
				"mutation { acceptDemand(demand: \"syn_demand_11\", department: \"syn_dept_finance\") { demand { id } } }")
			.execute()
			.errors()
			.expect((error) -> error.getExtensions().get("classification").equals("FORBIDDEN"));
		land.document("mutation { resolveDemand(demand: \"syn_demand_11\", note: \"no\") { demand { id } } }")
			.execute()
			.errors()
			.expect((error) -> error.getExtensions().get("classification").equals("FORBIDDEN")
					&& error.getMessage().contains("only demands its department 'syn_dept_land' accepted"));
	}

	@Test
	void corsLetsConfiguredOriginsInAndAnswersTheirPreflight() {
		this.http.method(HttpMethod.OPTIONS)
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
					(headers) -> assertThat(headers.toLowerCase()).contains("authorization").contains("content-type"));
		this.http.method(HttpMethod.OPTIONS)
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void withAnonymousReadsOffOnlyTheViewerQueryAnswersWithoutAKey() {
		AccessPolicy policy = new AccessPolicy(
				new SecurityProperties(false, List.of(), false, true, Duration.ofSeconds(30)));
		assertThat(policy.refusal("Query", "chains", Viewer.ANONYMOUS))
			.isInstanceOf(io.chaingraph.system.error.UnauthorizedException.class);
		assertThat(policy.refusal("Query", "viewer", Viewer.ANONYMOUS)).isNull();
		assertThat(policy.refusal("Query", "chains",
				new Viewer("reader", java.util.Set.of(Role.VIEWER), null, null, null, "k1")))
			.isNull();
		assertThat(new AccessPolicy(new SecurityProperties(true, List.of(), false, true, Duration.ofSeconds(30)))
			.refusal("Query", "chains", Viewer.ANONYMOUS)).isNull();
	}

	@Test
	void externalModeHasNoDevelopmentKey() {
		ApiKeys external = new ApiKeys(null, null,
				new StaticListableBeanFactory().getBeanProvider(io.chaingraph.system.database.EmbeddedDatabase.class),
				new SecurityProperties(true, List.of(), true, true, Duration.ofSeconds(30)));
		assertThat(external.devKey()).isEmpty();
		assertThat(this.keys.devKey()).isPresent();
	}

	private WebTestClient.ResponseSpec post(String query, String key) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.headers((headers) -> headers.setBearerAuth(key))
			.bodyValue(Map.of("query", query))
			.exchange();
	}

}
