package io.chaingraph.system;

import io.chaingraph.ChainGraphApplication;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode against a real Neo4j server in a container: no embedded database starts,
 * the schema files are applied to the server and GraphQL answers from it. Skipped where
 * no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@AutoConfigureHttpGraphQlTester
class ExternalDatabaseIT {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("chaingraph-it");

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		registry.add("chaingraph.database.uri", neo4j::getBoltUrl);
		registry.add("chaingraph.database.username", () -> "neo4j");
		registry.add("chaingraph.database.password", neo4j::getAdminPassword);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldServeFromExternalServerWithoutEmbeddedDatabase() {
		assertThat(this.context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
		this.graphQl.documentName("statistics")
			.execute()
			.path("statistics.nodeCounts[0].label")
			.entity(String.class)
			.isEqualTo("Chain");
	}

}
