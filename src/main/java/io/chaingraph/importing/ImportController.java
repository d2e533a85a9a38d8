package io.chaingraph.importing;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
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

	ImportController(GraphImporter importer, GraphExporter exporter, SeedLoader seed, ImportJobs jobs) {
		this.importer = importer;
		this.exporter = exporter;
		this.seed = seed;
		this.jobs = jobs;
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
	ImportGraphPayload importGraph(@Argument ImportGraphInput input) {
		List<ImportFile> files = input.files()
			.stream()
			.map((file) -> ImportFile.ofText(file.name(), file.content()))
			.toList();
		return new ImportGraphPayload(this.importer.run("request", files));
	}

	@MutationMapping
	ImportGraphPayload loadSeed() {
		return new ImportGraphPayload(this.seed.load());
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
