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
		Map<String, Object> params = (ids != null) ? Map.of("ids", ids) : Map.of();
		OpenFiles files = new OpenFiles(sink);
		// Four statements, whatever the number of labels and types: each costs a plan,
		// and a
		// cold database plans slowly. Auto-commit: a retried callback would write rows
		// twice.
		try (Session session = this.driver.session(SessionConfig.builder().withFetchSize(2000).build())) {
			String nodeFilter = (ids != null) ? " AND n.id IN $ids" : "";
			Map<NodeLabel, Set<String>> nodeKeys = new TreeMap<>();
			session
				.run("MATCH (n) WHERE n.id IS NOT NULL%s RETURN DISTINCT labels(n) AS labels, keys(n) AS keys"
					.formatted(nodeFilter), params)
				.forEachRemaining((row) -> {
					NodeLabel label = primary(row.get("labels").asList(Value::asString));
					if (label != null) {
						nodeKeys.computeIfAbsent(label, (key) -> new TreeSet<>())
							.addAll(row.get("keys").asList(Value::asString));
					}
				});
			Result result = session.run(
					"MATCH (n) WHERE n.id IS NOT NULL%s RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id"
						.formatted(nodeFilter),
					params);
			while (result.hasNext()) {
				Record row = result.next();
				List<String> labels = row.get("labels").asList(Value::asString);
				NodeLabel label = primary(labels);
				if (label == null) {
					continue;
				}
				List<String> columns = files.nodes(label, nodeKeys.get(label));
				Map<String, Object> props = row.get("props").asMap();
				List<@Nullable String> fields = new ArrayList<>();
				fields.add(row.get("id").asString());
				columns.forEach((name) -> fields.add(format(props.get(name))));
				fields.add(labelField(label, labels));
				files.write("nodes/%s.csv".formatted(label.name()), fields);
			}
			String relFilter = (ids != null) ? " WHERE a.id IN $ids AND b.id IN $ids" : "";
			Map<String, Set<String>> relKeys = new TreeMap<>();
			session.run(
					"MATCH (a)-[r]->(b)%s RETURN DISTINCT type(r) AS type, labels(a) AS a, labels(b) AS b, keys(r) AS keys"
						.formatted(relFilter),
					params)
				.forEachRemaining((row) -> {
					String file = relationshipFile(row.get("type").asString(), row.get("a").asList(Value::asString),
							row.get("b").asList(Value::asString));
					if (file != null) {
						relKeys.computeIfAbsent(file, (key) -> new TreeSet<>())
							.addAll(row.get("keys").asList(Value::asString));
					}
				});
			Result relationships = session.run(
					("MATCH (a)-[r]->(b)%s RETURN type(r) AS type, a.id AS s, labels(a) AS a, b.id AS e, "
							+ "labels(b) AS b, properties(r) AS props ORDER BY type, s, e")
						.formatted(relFilter),
					params);
			while (relationships.hasNext()) {
				Record row = relationships.next();
				String type = row.get("type").asString();
				String file = relationshipFile(type, row.get("a").asList(Value::asString),
						row.get("b").asList(Value::asString));
				if (file == null) {
					continue;
				}
				List<String> columns = files.relationships(file, RelType.valueOf(type), relKeys.get(file));
				Map<String, Object> props = row.get("props").asMap();
				List<@Nullable String> fields = new ArrayList<>(
						List.of(row.get("s").asString(), row.get("e").asString(), type));
				columns.forEach((name) -> fields.add(format(props.get(name))));
				files.write(file, fields);
			}
		}
		finally {
			files.close();
		}
		logger.info("Exported %d file(s)%s".formatted(files.count(), (chain != null) ? " for chain " + chain : ""));
		return files.count();
	}

	private List<String> neighbourhood(String chain) {
		try (Session session = this.driver.session()) {
			List<Record> rows = session.executeRead(
					(tx) -> tx.run(this.queries.get("chain-neighbourhood"), Values.parameters("chain", chain)).list());
			List<String> ids = rows.isEmpty() ? List.of() : rows.get(0).get("ids").asList(Value::asString);
			if (!ids.contains(chain)) {
				throw new NotFoundException("No chain with id '%s'".formatted(chain));
			}
			return ids;
		}
	}

	/**
	 * The export's open files, each created with its header on its first row.
	 */
	private static final class OpenFiles {

		private final Sink sink;

		private final Map<String, Writer> writers = new LinkedHashMap<>();

		private final Map<String, CsvWriter> csv = new LinkedHashMap<>();

		private final Map<String, List<String>> columns = new LinkedHashMap<>();

		OpenFiles(Sink sink) {
			this.sink = sink;
		}

		List<String> nodes(NodeLabel label, Set<String> keys) {
			String file = "nodes/%s.csv".formatted(label.name());
			return this.columns.computeIfAbsent(file, (name) -> {
				List<String> names = GraphExporter.columns(label.properties(), keys, label.name());
				List<@Nullable String> header = new ArrayList<>();
				header.add("id:ID(%s)".formatted(label.name()));
				names.forEach((column) -> header.add(column + ":" + ValueType.of(label.properties().get(column))));
				header.add(":LABEL");
				open(name, header);
				return names;
			});
		}

		List<String> relationships(String file, RelType type, Set<String> keys) {
			return this.columns.computeIfAbsent(file, (name) -> {
				List<String> names = GraphExporter.columns(type.properties(), keys, type.name());
				String[] parts = name.substring("relationships/".length(), name.length() - 4).split("-");
				List<@Nullable String> header = new ArrayList<>(
						List.of(":START_ID(%s)".formatted(parts[1]), ":END_ID(%s)".formatted(parts[2]), ":TYPE"));
				names.forEach((column) -> header.add(column + ":" + ValueType.of(type.properties().get(column))));
				open(name, header);
				return names;
			});
		}

		private void open(String file, List<@Nullable String> header) {
			try {
				Writer writer = this.sink.open(file);
				this.writers.put(file, writer);
				this.csv.put(file, new CsvWriter(writer));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			write(file, header);
		}

		void write(String file, List<@Nullable String> fields) {
			try {
				this.csv.get(file).row(fields);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		int count() {
			return this.writers.size();
		}

		void close() throws IOException {
			for (Writer writer : this.writers.values()) {
				writer.close();
			}
		}

	}

	private static @Nullable String relationshipFile(String type, List<String> start, List<String> end) {
		NodeLabel from = primary(start);
		NodeLabel to = primary(end);
		if (from == null || to == null || RelType.find(type).isEmpty()) {
			return null;
		}
		return "relationships/%s-%s-%s.csv".formatted(type, from.name(), to.name());
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

}
