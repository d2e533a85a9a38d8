package io.chaingraph.system.database;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Where the graph lives: an external Neo4j server when {@code uri} is set, otherwise a
 * Neo4j database embedded in this process.
 *
 * @param uri Bolt or routing URI of an external server; blank selects embedded mode
 * @param username user name for the external server
 * @param password password for the external server
 * @param embedded settings of the embedded database
 */
@ConfigurationProperties("chaingraph.database")
record DatabaseProperties(@DefaultValue("") String uri, @DefaultValue("neo4j") String username,
		@DefaultValue("") String password, @DefaultValue Embedded embedded) {

	boolean isEmbedded() {
		return !StringUtils.hasText(this.uri);
	}

	/**
	 * @param storeDir directory of the store, created when missing
	 * @param ephemeral whether to use a new temporary store, deleted at shutdown, instead
	 * of {@code storeDir}: for tests and benchmarks
	 * @param boltAddress interface the Bolt connector listens on
	 * @param boltPort Bolt port; 0 picks a free one
	 * @param pageCache page cache size
	 * @param boltEnabled whether other clients (cypher-shell, Neo4j Browser) may connect
	 * over Bolt with the password in the store's {@code neo4j-password} file; when off,
	 * the connector listens on a loopback port named nowhere, with a password only this
	 * process knows, for the service's own driver
	 * @param boltWebSocketOrigins page origins allowed to use Bolt over WebSocket (Neo4j
	 * Browser), compared exactly; empty refuses every WebSocket upgrade
	 * @param seedStore the seeded database an empty store starts from
	 * ({@link SeedStore}); blank: {@code seed-store.zip} beside the jar, when there is
	 * one
	 */
	record Embedded(@DefaultValue("./data") Path storeDir, @DefaultValue("false") boolean ephemeral,
			@DefaultValue("127.0.0.1") String boltAddress, @DefaultValue("7687") int boltPort,
			@DefaultValue("256MB") DataSize pageCache, @DefaultValue("true") boolean boltEnabled,
			@DefaultValue List<String> boltWebSocketOrigins, @DefaultValue("") String seedStore) {

	}

}
