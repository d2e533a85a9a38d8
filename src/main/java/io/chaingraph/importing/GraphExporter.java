package io.chaingraph.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.PropertyKind;
import io.chaingraph.graph.RelType;
import io.chaingraph.system.CypherQueries;
import io.chaingraph.system.NotFoundException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.stereotype.Component;

/**
 * Writes the graph, or one chain's neighbourhood, in the import format: one file per id
 * space under {@code nodes/}, one per relationship type and pair of ends under
 * {@code relationships/}, rows sorted by id, columns in the model's order. The same graph
 * always gives the same bytes, so export, import into an empty database and export again
 * gives identical files.
 */
@Component
public class GraphExporter {

	private static final Log logger = LogFactory.getLog(GraphExporter.class);

	private final Driver driver;

	private final CypherQueries queries;

	GraphExporter(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/**
	 * Where exported files go.
	 */
	interface Sink {

		Writer open(String name) throws IOException;

	}

	/**
	 * Exports into a folder; returns the number of files written.
	 */
	public int export(Path dir, @Nullable String chain) throws IOException {
		Files.createDirectories(dir);
		return export(chain, (name) -> {
			Path file = dir.resolve(name);
			Files.createDirectories(file.getParent());
			return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		});
	}

	/**
	 * Exports into memory: file name to content, in name order.
	 */
	public Map<String, String> export(@Nullable String chain) {
		Map<String, StringWriter> files = new TreeMap<>();
		try {
			export(chain, (name) -> files.computeIfAbsent(name, (key) -> new StringWriter()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> contents = new LinkedHashMap<>();
		files.forEach((name, writer) -> contents.put(name, writer.toString()));
		return contents;
	}

	int export(@Nullable String chain, Sink sink) throws IOException {
		List<String> ids = (chain != null) ? neighbourhood(chain) : null;
		int files = 0;
		try (Session session = this.driver.session(SessionConfig.builder().withFetchSize(2000).build())) {
			for (NodeLabel label : NodeLabel.values()) {
				if (label.isIdSpace()) {
					files += exportNodes(session, label, ids, sink);
				}
			}
			for (RelType type : RelType.values()) {
				files += exportRelationships(session, type, ids, sink);
			}
		}
		logger.info("Exported %d file(s)%s".formatted(files, (chain != null) ? " for chain " + chain : ""));
		return files;
	}

	private List<String> neighbourhood(String chain) {
		try (Session session = this.driver.session()) {
			List<Record> rows = session.executeRead(
					(tx) -> tx.run(this.queries.get("chain-neighbourhood"), Values.parameters("chain", chain)).list());
			if (rows.isEmpty()) {
				throw new NotFoundException("No chain with id '%s'".formatted(chain));
			}
			return rows.get(0).get("ids").asList(Value::asString);
		}
	}

	private int exportNodes(Session session, NodeLabel label, @Nullable List<String> ids, Sink sink)
			throws IOException {
		String filter = (ids != null) ? " WHERE n.id IN $ids" : "";
		Map<String, Object> params = (ids != null) ? Map.of("ids", ids) : Map.of();
		List<String> keys = session.executeRead((tx) -> tx
			.run("MATCH (n:`%s`)%s UNWIND keys(n) AS key RETURN DISTINCT key".formatted(label.name(), filter), params)
			.list((row) -> row.get("key").asString()));
		Set<String> present = new TreeSet<>(keys);
		if (present.isEmpty()) {
			return 0;
		}
		List<String> columns = columns(label.properties(), present, label.name());
		List<@Nullable String> header = new ArrayList<>();
		header.add("id:ID(%s)".formatted(label.name()));
		columns.forEach((name) -> header.add(name + ":" + ValueType.of(label.properties().get(name))));
		header.add(":LABEL");
		try (Writer writer = sink.open("nodes/%s.csv".formatted(label.name()))) {
			CsvWriter csv = new CsvWriter(writer);
			csv.row(header);
			session.executeRead((tx) -> {
				Result result = tx
					.run("MATCH (n:`%s`)%s RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id"
						.formatted(label.name(), filter), params);
				while (result.hasNext()) {
					Record row = result.next();
					Map<String, Object> props = row.get("props").asMap();
					List<@Nullable String> fields = new ArrayList<>();
					fields.add(row.get("id").asString());
					columns.forEach((name) -> fields.add(format(props.get(name))));
					fields.add(labelField(label, row.get("labels").asList(Value::asString)));
					write(csv, fields);
				}
				return null;
			});
		}
		return 1;
	}

	private int exportRelationships(Session session, RelType type, @Nullable List<String> ids, Sink sink)
			throws IOException {
		String filter = (ids != null) ? " WHERE a.id IN $ids AND b.id IN $ids" : "";
		Map<String, Object> params = (ids != null) ? Map.of("ids", ids) : Map.of();
		Map<String, Bucket> buckets = new TreeMap<>();
		session.executeRead((tx) -> {
			tx.run("MATCH (a)-[r:`%s`]->(b)%s RETURN DISTINCT labels(a) AS a, labels(b) AS b, keys(r) AS keys"
				.formatted(type.name(), filter), params).forEachRemaining((row) -> {
					NodeLabel start = primary(row.get("a").asList(Value::asString));
					NodeLabel end = primary(row.get("b").asList(Value::asString));
					if (start != null && end != null) {
						buckets.computeIfAbsent(start + "-" + end, (key) -> new Bucket(start, end, new TreeSet<>()))
							.keys()
							.addAll(row.get("keys").asList(Value::asString));
					}
				});
			return null;
		});
		Map<String, CsvWriter> writers = new LinkedHashMap<>();
		Map<String, List<String>> columns = new LinkedHashMap<>();
		List<Writer> open = new ArrayList<>();
		try {
			for (Map.Entry<String, Bucket> entry : buckets.entrySet()) {
				Bucket bucket = entry.getValue();
				List<String> names = columns(type.properties(), bucket.keys(), type.name());
				Writer writer = sink
					.open("relationships/%s-%s-%s.csv".formatted(type.name(), bucket.start(), bucket.end()));
				open.add(writer);
				CsvWriter csv = new CsvWriter(writer);
				List<@Nullable String> header = new ArrayList<>(List.of(":START_ID(%s)".formatted(bucket.start()),
						":END_ID(%s)".formatted(bucket.end()), ":TYPE"));
				names.forEach((name) -> header.add(name + ":" + ValueType.of(type.properties().get(name))));
				csv.row(header);
				writers.put(entry.getKey(), csv);
				columns.put(entry.getKey(), names);
			}
			if (!writers.isEmpty()) {
				session.executeRead((tx) -> {
					Result result = tx.run(("MATCH (a)-[r:`%s`]->(b)%s RETURN a.id AS s, labels(a) AS a, b.id AS e, "
							+ "labels(b) AS b, properties(r) AS props ORDER BY s, e")
						.formatted(type.name(), filter), params);
					while (result.hasNext()) {
						Record row = result.next();
						String key = primary(row.get("a").asList(Value::asString)) + "-"
								+ primary(row.get("b").asList(Value::asString));
						CsvWriter csv = writers.get(key);
						if (csv == null) {
							continue;
						}
						Map<String, Object> props = row.get("props").asMap();
						List<@Nullable String> fields = new ArrayList<>(
								List.of(row.get("s").asString(), row.get("e").asString(), type.name()));
						columns.get(key).forEach((name) -> fields.add(format(props.get(name))));
						write(csv, fields);
					}
					return null;
				});
			}
		}
		finally {
			for (Writer writer : open) {
				writer.close();
			}
		}
		return writers.size();
	}

	private record Bucket(NodeLabel start, NodeLabel end, Set<String> keys) {

	}

	private static List<String> columns(Map<String, PropertyKind> model, Set<String> present, String owner) {
		List<String> unknown = present.stream().filter((key) -> !model.containsKey(key)).toList();
		if (!unknown.isEmpty()) {
			logger.warn("Not exported: properties %s of %s are not in the model".formatted(unknown, owner));
		}
		return model.keySet().stream().filter((key) -> present.contains(key) && !key.equals("id")).toList();
	}

	private static @Nullable NodeLabel primary(List<String> labels) {
		for (NodeLabel label : NodeLabel.values()) {
			if (label.isIdSpace() && labels.contains(label.name())) {
				return label;
			}
		}
		return null;
	}

	private static String labelField(NodeLabel primary, List<String> labels) {
		List<String> names = new ArrayList<>();
		names.add(primary.name());
		labels.stream()
			.filter((name) -> !name.equals(primary.name()))
			.sorted(Comparator.naturalOrder())
			.forEach(names::add);
		return String.join(";", names);
	}

	private static @Nullable String format(@Nullable Object value) {
		return (value != null) ? ValueType.write(value) : null;
	}

	private static void write(CsvWriter csv, List<@Nullable String> fields) {
		try {
			csv.row(fields);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
