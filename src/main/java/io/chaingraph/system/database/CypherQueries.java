package io.chaingraph.system.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The named read queries of {@code cypher/queries/}, each file a question the service
 * answers, loaded once.
 */
@Component
public class CypherQueries {

	private final Map<String, String> queries = new ConcurrentHashMap<>();

	/**
	 * The text of {@code cypher/queries/<name>.cypher}.
	 */
	public String get(String name) {
		return this.queries.computeIfAbsent(name, CypherQueries::load);
	}

	private static String load(String name) {
		try (InputStream in = new ClassPathResource("cypher/queries/" + name + ".cypher").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No query cypher/queries/" + name + ".cypher", ex);
		}
	}

}
