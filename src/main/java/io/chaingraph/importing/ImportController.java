package io.chaingraph.importing;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.chaingraph.graph.AuditTrail;
import io.chaingraph.graph.GraphWrites;
import io.chaingraph.security.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Import, export and seed through GraphQL.
 */
@Controller
class ImportController {

	private final GraphImporter importer;

	private final GraphExporter exporter;

	private final SeedLoader seed;

	private final ImportJobs jobs;

	private final GraphWrites writes;

	ImportController(GraphImporter importer, GraphExporter exporter, SeedLoader seed, ImportJobs jobs,
			GraphWrites writes) {
		this.importer = importer;
		this.exporter = exporter;
		this.seed = seed;
		this.jobs = jobs;
		this.writes = writes;
	}

	record CsvFile(String name, String content) {

	}

	record ImportGraphInput(List<CsvFile> files) {

	}

	record ImportGraphPayload(ImportJob job) {

	}

	@QueryMapping
	@Nullable ImportJob importJob(@Argument String id) {
		return this.jobs.find(id).orElse(null);
	}

	@QueryMapping
	List<ImportJob> importJobs() {
		return this.jobs.all();
	}

	@QueryMapping
	List<CsvFile> exportGraph(@Argument @Nullable String chain) {
		Map<String, String> files = this.exporter.export(chain);
		return files.entrySet().stream().map((file) -> new CsvFile(file.getKey(), file.getValue())).toList();
	}

	@MutationMapping
	ImportGraphPayload importGraph(@Argument ImportGraphInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		List<ImportFile> files = input.files()
			.stream()
			.map((file) -> ImportFile.ofText(file.name(), file.content()))
			.toList();
		return new ImportGraphPayload(audited(this.importer.run("request", files), "importGraph", viewer));
	}

	@MutationMapping
	ImportGraphPayload loadSeed(@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		return new ImportGraphPayload(audited(this.seed.load(), "loadSeed", viewer));
	}

	// An import writes in many transactions, so it is recorded once, when it has ended,
	// by what it did rather than by every id it touched.
	private ImportJob audited(ImportJob job, String operation, Viewer viewer) {
		Map<String, Object> after = new java.util.HashMap<>();
		after.put("job", job.id());
		after.put("status", job.status().name());
		after.put("nodes", job.nodes());
		after.put("relationships", job.relationships());
		after.put("errors", job.errorCount());
		this.writes.write((tx) -> {
			AuditTrail.record(tx, viewer.name(), operation, "import", List.of(), Map.of(), after);
			return null;
		});
		return job;
	}

	@SchemaMapping(typeName = "ImportJob")
	String startedAt(ImportJob job) {
		return job.startedAt().toString();
	}

	@SchemaMapping(typeName = "ImportJob")
	@Nullable String finishedAt(ImportJob job) {
		return (job.finishedAt() != null) ? job.finishedAt().toString() : null;
	}

}
