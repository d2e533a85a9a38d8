package io.chaingraph.importing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

import io.chaingraph.audit.AuditTrail;
import io.chaingraph.graph.GraphWrites;
import io.chaingraph.security.Viewer;
import io.chaingraph.system.error.BadRequestException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;

/**
 * Import, export and seed through GraphQL.
 */
@Controller
class ImportController {

	/** How many exports this request has asked for, in its GraphQL context. */
	private static final String EXPORTS_IN_REQUEST = ImportController.class.getName() + ".exports";

	private final GraphImporter importer;

	private final GraphExporter exporter;

	private final SeedLoader seed;

	private final ImportJobs jobs;

	private final GraphWrites writes;

	private final ExportSlots slots;

	private final ExportProperties exports;

	ImportController(GraphImporter importer, GraphExporter exporter, SeedLoader seed, ImportJobs jobs,
			GraphWrites writes, ExportSlots slots, ExportProperties exports) {
		this.importer = importer;
		this.exporter = exporter;
		this.seed = seed;
		this.jobs = jobs;
		this.writes = writes;
		this.slots = slots;
		this.exports = exports;
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

	/**
	 * The export in the answer, for small graphs and single chains: bounded in size,
	 * since the whole answer is built in memory before it is sent; larger exports are
	 * downloaded from {@code GET /export}. The access policy has let only COORDINATOR and
	 * ADMIN keys this far.
	 */
	@QueryMapping
	List<CsvFile> exportGraph(@Argument @Nullable String chain, @ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer,
			GraphQLContext context) {
		// Aliases would run one export after another in one answer, each holding up to
		// the size limit until the whole answer is written, past every slot.
		if (context.computeIfAbsent(EXPORTS_IN_REQUEST, (key) -> new AtomicInteger()).incrementAndGet() > 1) {
			throw new BadRequestException(ImportErrors.EXPORT_ONCE_PER_REQUEST);
		}
		long limit = this.exports.graphqlMaxSize().toBytes();
		Map<String, String> files;
		// Without a key only when security is off, for the benchmark.
		try (ExportSlots.Slot slot = this.slots.acquire(Objects.requireNonNullElse(viewer.keyId(), ""))) {
			files = this.exporter.export(chain, limit, this.exports.timeout());
		}
		catch (GraphExporter.TooLarge ex) {
			throw new BadRequestException(ImportErrors.EXPORT_TOO_LARGE, text(this.exports.graphqlMaxSize()),
					(chain != null) ? "?chain=" + chain : "");
		}
		catch (GraphExporter.TimedOut ex) {
			throw new BadRequestException(ExportController.timedOut(this.exports));
		}
		return files.entrySet().stream().map((file) -> new CsvFile(file.getKey(), file.getValue())).toList();
	}

	private static String text(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + "MB";
		}
		return (bytes % 1024 == 0) ? (bytes / 1024) + "KB" : bytes + "B";
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
