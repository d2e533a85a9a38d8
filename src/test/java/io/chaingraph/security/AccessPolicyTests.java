package io.chaingraph.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.chaingraph.ChainGraphTest;
import io.chaingraph.TestKeys;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation of the schema, tried anonymously and with a key of every role: the
 * policy lets exactly the roles its {@code @access} directive names through, and a
 * refused call changes nothing.
 */
@ChainGraphTest
class AccessPolicyTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	WebTestClient http;

	@Autowired
	ApiKeys keys;

	@Autowired
	Driver driver;

	@org.junit.jupiter.api.AfterEach
	void removeProbes() {
		new io.chaingraph.GraphAssertions(this.driver).run("MATCH (n) WHERE n.id = 'policy_probe' DETACH DELETE n");
	}

	@Test
	void everyMutationOfTheSchemaDeclaresWhoMayCallIt() {
		assertThat(mutations()).isNotEmpty()
			.allSatisfy((field) -> assertThat(AccessPolicy.declaredRoles(field)).as(field.getName()).isPresent());
	}

	@Test
	void onlyTheRolesThePolicyNamesGetThroughAndRefusalsChangeNothing() {
		Map<String, String> viewers = new LinkedHashMap<>();
		viewers.put("anonymous", null);
		for (Role role : Role.values()) {
			viewers.put(role.name(),
					TestKeys.key(this.keys, EnumSet.of(role), (role == Role.ENTERPRISE) ? "ent_amec_nc" : null,
							(role == Role.DEPARTMENT) ? departmentId() : null,
							(role == Role.EXPERT) ? "person_jiang_fengyi" : null));
		}
		List<String> failures = new ArrayList<>();
		int refused = 0;
		for (GraphQLFieldDefinition mutation : mutations()) {
			String document = probe(mutation);
			Set<Role> allowed = EnumSet.of(Role.ADMIN);
			allowed.addAll(AccessPolicy.declaredRoles(mutation).orElseThrow());
			for (Map.Entry<String, String> viewer : viewers.entrySet()) {
				boolean shouldPass = viewer.getValue() != null && allowed.contains(Role.valueOf(viewer.getKey()));
				String before = shouldPass ? null : fingerprint();
				Map<String, Object> response = post(document, viewer.getValue());
				String classification = policyRefusal(response);
				if (shouldPass && classification != null) {
					failures.add(mutation.getName() + " refused to " + viewer.getKey() + ": " + response);
				}
				if (!shouldPass) {
					refused++;
					String expected = (viewer.getValue() == null) ? "UNAUTHORIZED" : "FORBIDDEN";
					if (!expected.equals(classification)) {
						failures.add(mutation.getName() + " not refused (" + expected + ") to " + viewer.getKey() + ": "
								+ response);
					}
					else if (!before.equals(fingerprint())) {
						failures.add(mutation.getName() + " refused to " + viewer.getKey() + " changed the graph");
					}
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(refused).isGreaterThan(300);
	}

	private List<GraphQLFieldDefinition> mutations() {
		return this.graphQlSource.schema().getMutationType().getFieldDefinitions();
	}

	private String departmentId() {
		return this.driver.executableQuery("MATCH (d:Department) RETURN d.id AS id ORDER BY id LIMIT 1")
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();
	}

	// Everything the graph holds, counted: a refused mutation must leave it as it was.
	private String fingerprint() {
		return this.driver.executableQuery("""
				CALL () { MATCH (n) RETURN count(n) AS nodes }
				CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
				CALL () { MATCH (k:ApiKey) WHERE k.revokedAt IS NOT NULL RETURN count(k) AS revoked }
				RETURN nodes + ':' + relationships + ':' + revoked AS fingerprint""")
			.execute()
			.records()
			.get(0)
			.get("fingerprint")
			.asString();
	}

	// The classification of a refusal by the policy or by a key's scope, or null.
	@SuppressWarnings("unchecked")
	private static String policyRefusal(Map<String, Object> response) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
		if (errors == null) {
			return null;
		}
		return errors.stream()
			.filter((error) -> String.valueOf(error.get("message")).startsWith("The mutation"))
			.map((error) -> (String) ((Map<String, Object>) error.get("extensions")).get("classification"))
			.findFirst()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> post(String document, String key) {
		return this.http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).headers((headers) -> {
			if (key != null) {
				headers.setBearerAuth(key);
			}
		})
			.bodyValue(Map.of("query", document))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	// A call with every required argument filled with a made-up value of its type, and
	// __typename as the only selection.
	private static String probe(GraphQLFieldDefinition mutation) {
		String arguments = mutation.getArguments()
			.stream()
			.filter((argument) -> GraphQLTypeUtil.isNonNull(argument.getType()))
			.map((argument) -> argument.getName() + ": " + value(argument.getType()))
			.collect(Collectors.joining(", "));
		GraphQLType returned = GraphQLTypeUtil.unwrapAll(mutation.getType());
		String selection = (returned instanceof GraphQLObjectType) ? " { __typename }" : "";
		return "mutation { %s%s%s }".formatted(mutation.getName(), arguments.isEmpty() ? "" : "(" + arguments + ")",
				selection);
	}

	private static String value(GraphQLInputType type) {
		if (type instanceof GraphQLNonNull nonNull) {
			return value((GraphQLInputType) nonNull.getWrappedType());
		}
		if (type instanceof GraphQLList list) {
			return "[" + value((GraphQLInputType) list.getWrappedType()) + "]";
		}
		if (type instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(0).getName();
		}
		if (type instanceof GraphQLInputObjectType object) {
			return object.getFieldDefinitions()
				.stream()
				.filter((field) -> GraphQLTypeUtil.isNonNull(field.getType()))
				.map((GraphQLInputObjectField field) -> field.getName() + ": " + value(field.getType()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		return switch (((GraphQLNamedType) type).getName()) {
			case "Int" -> "1";
			case "Float" -> "1.0";
			case "Boolean" -> "false";
			default -> "\"policy_probe\"";
		};
	}

}
