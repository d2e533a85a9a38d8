package io.chaingraph.system.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Points Spring's Neo4j driver at the right database: the embedded one, started here, or
 * the external server named by {@code NEO4J_URI}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Configuration(proxyBeanMethods = false)
	@Conditional(EmbeddedModeCondition.class)
	static class Embedded {

		// EmbeddedDatabaseStarter registered the database. The driver depends on it
		// through this
		// bean, so Spring closes the driver before the database.
		@Bean
		Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedDatabase database) {
			return new Connection(database.boltUri(), database.authToken());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(ExternalModeCondition.class)
	static class External {

		@Bean
		Neo4jConnectionDetails neo4jConnectionDetails(DatabaseProperties properties) {
			AuthToken auth = properties.password().isEmpty() ? AuthTokens.none()
					: AuthTokens.basic(properties.username(), properties.password());
			return new Connection(URI.create(properties.uri()), auth);
		}

	}

	private record Connection(URI uri, AuthToken auth) implements Neo4jConnectionDetails {

		@Override
		public URI getUri() {
			return this.uri;
		}

		@Override
		public AuthToken getAuthToken() {
			return this.auth;
		}

	}

}
