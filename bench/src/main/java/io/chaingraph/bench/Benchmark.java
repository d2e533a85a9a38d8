package io.chaingraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.chaingraph.ChainGraphApplication;
import io.chaingraph.expert.RankingEvaluation;
import io.chaingraph.importing.GraphImporter;
import io.chaingraph.importing.ImportJob;
import io.chaingraph.importing.ProgrammeGenerator;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark's entry point. For each scale: generate the programme, start the service
 * in this JVM on a new store and import the files, stop it, start it again on the loaded
 * store (the cold start), then measure every named query over HTTP and as raw Cypher,
 * the ranking quality and, at one scale, a constant-arrival run. The service runs in
 * process so that the heap figures are its own; each scale gets its own store and its own
 * Spring context.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("java.awt.headless", "true");
		BenchOptions options = BenchOptions.fromSystemProperties();
		System.out.println("Chain Graph benchmark: " + options);
		double loadAtStart = loadAverage();
		// -Dbench.only=quality: only the text evaluation, a few minutes instead of the
		// whole run.
		if ("quality".equals(System.getProperty("bench.only", "").strip())) {
			Path work = Files.createTempDirectory("chaingraph-bench");
			try {
				TextEvaluation.run(options, work);
			}
			finally {
				delete(work);
			}
			System.out.println("Written to " + options.out().toAbsolutePath());
			System.exit(0);
		}
		// -Dbench.only=start: only the start of the jar, on an empty store and on restart.
		if ("start".equals(System.getProperty("bench.only", "").strip())) {
			Path work = Files.createTempDirectory("chaingraph-bench");
			try {
				JarStart.Result start = JarStart.measure(work);
				Report.Results results = Report.results(environment(options, loadAtStart), List.of(), null, null,
						List.of(), start);
				Report.write(results, options.out());
				System.out.println(Report.markdown(results));
			}
			finally {
				delete(work);
			}
			System.exit(0);
		}
		// -Dbench.only=peer: only the side-by-side run with the peer, each scale generated
		// and imported, without the rest of the measurements.
		if ("peer".equals(System.getProperty("bench.only", "").strip())) {
			peerOnly(options, loadAtStart);
			System.exit(0);
		}
		List<Report.ScaleResult> scales = new ArrayList<>();
		List<PeerBench.Result> peer = new ArrayList<>();
		ConstantArrival.Result arrival = null;
		Overhead.Result overhead = null;
		Path work = Files.createTempDirectory("chaingraph-bench");
		JarStart.Result start = null;
		try {
			// First, while the machine holds nothing of the benchmark's own.
			if (Boolean.parseBoolean(System.getProperty("bench.start", "true"))) {
				System.out.println("\nStart of the jar (empty store, then restart)");
				start = JarStart.measure(work);
			}
			for (int scale : options.scales()) {
				Run run = scale(scale, options, work);
				scales.add(run.result());
				arrival = (run.arrival() != null) ? run.arrival() : arrival;
				overhead = (run.overhead() != null) ? run.overhead() : overhead;
				if (run.peer() != null) {
					peer.add(run.peer());
				}
				// Written after every scale, so a long run that is stopped keeps what it
				// measured.
				Report.write(
						Report.results(environment(options, loadAtStart), scales, arrival, overhead, peer, start),
						options.out());
			}
			if (options.quality()) {
				TextEvaluation.run(options, work);
			}
		}
		finally {
			delete(work);
		}
		Report.Results results = Report.results(environment(options, loadAtStart), scales, arrival, overhead, peer,
				start);
		Report.write(results, options.out());
		System.out.println(Report.markdown(results));
		System.out.println("Written to " + options.out().toAbsolutePath());
		// Neo4j and the HTTP client leave non-daemon threads behind.
		System.exit(0);
	}

	private record Run(Report.ScaleResult result, ConstantArrival.@Nullable Result arrival,
			Overhead.@Nullable Result overhead, PeerBench.@Nullable Result peer) {

	}

	private record Loaded(ImportJob job, double generateSeconds, double importSeconds) {

	}

	private static Run scale(int scale, BenchOptions options, Path work) throws Exception {
		System.out.printf("%nScale %d%n", scale);
		Path files = work.resolve("scale-" + scale);
		Path store = work.resolve("store-" + scale);
		try (Heap heap = new Heap()) {
			Loaded loaded = load(scale, options, files, store);
			ImportJob job = loaded.job();
			double coldStart = coldStart(store, options);
			System.out.printf("  cold start of a new JVM to first answer: %.1f s%n", coldStart);
			Run run = measure(scale, store, options, job, loaded.generateSeconds(), loaded.importSeconds(), coldStart,
					heap);
			Overhead.Result overhead = null;
			if (scale == options.overheadScale()) {
				System.out.println("  security and limits, on and off in alternation:");
				overhead = Overhead.measure(scale, store, options);
			}
			PeerBench.Options peerOptions = PeerBench.Options.fromSystemProperties();
			// bench.peer=false: no service is started only to say the peer was skipped.
			PeerBench.Result peer = (peerOptions.enabled() && peerOptions.scales().contains(scale))
					? peer(scale, store, options, work) : null;
			return new Run(run.result(), run.arrival(), overhead, peer);
		}
		finally {
			delete(files);
			delete(store);
		}
	}

	// Generates the scale's files and imports them into a new store.
	private static Loaded load(int scale, BenchOptions options, Path files, Path store) throws Exception {
		long generating = System.nanoTime();
		ProgrammeGenerator.Summary generated = new ProgrammeGenerator(scale, options.seed()).write(files);
		double generateSeconds = seconds(System.nanoTime() - generating);
		System.out.printf("  generated %,d nodes, %,d relationships in %.1f s%n", generated.nodes(),
				generated.relationships(), generateSeconds);
		ImportJob job;
		try (ConfigurableApplicationContext service = start(store, options)) {
			job = service.getBean(GraphImporter.class).run(files);
		}
		if (job.status() != ImportJob.Status.DONE) {
			throw new IllegalStateException("Import of scale %d ended %s: %s".formatted(scale, job.status(),
					job.errors().isEmpty() ? job.failure() : job.errors().get(0)));
		}
		Instant finished = job.finishedAt();
		double importSeconds = seconds(
				Duration.between(job.startedAt(), (finished != null) ? finished : Instant.now()).toNanos());
		System.out.printf("  imported %,d nodes, %,d relationships in %.1f s: %,.0f relationships/s%n", job.nodes(),
				job.relationships(), importSeconds, job.relationships() / importSeconds);
		return new Loaded(job, generateSeconds, importSeconds);
	}

	/**
	 * The side-by-side run, on a service of its own on the loaded store: the wide list
	 * asks for 11,100 nodes, which the default complexity limit refuses, so this service
	 * runs with the limit raised ({@link PeerBench#SERVICE_ARGS}); checking the limit
	 * costs the same at any value.
	 */
	private static PeerBench.Result peer(int scale, Path store, BenchOptions options, Path work) throws Exception {
		System.out.println("  side by side with the peer:");
		try (ConfigurableApplicationContext service = start(store, options, PeerBench.SERVICE_ARGS)) {
			int port = port(service);
			firstAnswer(new GraphQlClient(port));
			return PeerBench.measure(scale, service, port, PeerBench.Options.fromSystemProperties(), work);
		}
	}

	private static void peerOnly(BenchOptions options, double loadAtStart) throws Exception {
		List<PeerBench.Result> peer = new ArrayList<>();
		Path work = Files.createTempDirectory("chaingraph-bench");
		JarStart.Result start = null;
		try {
			// First, while the machine holds nothing of the benchmark's own.
			if (Boolean.parseBoolean(System.getProperty("bench.start", "true"))) {
				System.out.println("\nStart of the jar (empty store, then restart)");
				start = JarStart.measure(work);
			}
			for (int scale : options.scales()) {
				System.out.printf("%nScale %d%n", scale);
				Path files = work.resolve("scale-" + scale);
				Path store = work.resolve("store-" + scale);
				try {
					load(scale, options, files, store);
					peer.add(peer(scale, store, options, work));
				}
				finally {
					delete(files);
					delete(store);
				}
				Report.write(Report.results(environment(options, loadAtStart), List.of(), null, null, peer),
						options.out());
			}
		}
		finally {
			delete(work);
		}
		System.out.println(Report.markdown(Report.results(environment(options, loadAtStart), List.of(), null, null, peer)));
		System.out.println("Written to " + options.out().toAbsolutePath());
	}

	private static Run measure(int scale, Path store, BenchOptions options, ImportJob job, double generateSeconds,
			double importSeconds, double coldStart, Heap heap) throws Exception {
		long started = System.nanoTime();
		try (ConfigurableApplicationContext service = start(store, options)) {
			int port = port(service);
			firstAnswer(new GraphQlClient(port));
			double inProcessStart = seconds(System.nanoTime() - started);
			System.out.printf("  start in this JVM to first answer: %.1f s%n", inProcessStart);
			QueryBench.Measured measured = QueryBench.measure(service, port, options);
			Report.Quality quality = options.quality() ? quality(service) : null;
			ConstantArrival.Result arrival = null;
			if (options.arrival() && scale == options.arrivalScale()) {
				System.out.printf("  constant arrival: %d req/s for %d s%n", options.arrivalRate(),
						options.arrivalSeconds());
				arrival = ConstantArrival.run(measured.queryList(), Workload.mix(), new GraphQlClient(port),
						options.arrivalRate(), options.arrivalSeconds(), options.seed());
				System.out.println("  " + arrival);
			}
			return new Run(new Report.ScaleResult(scale, "generated, seed " + options.seed(), job.nodes(),
					job.relationships(), generateSeconds, importSeconds, job.relationships() / importSeconds,
					coldStart, inProcessStart, heap.peakMb(), quality, measured.arguments(), measured.queries()), arrival,
					null, null);
		}
	}

	/**
	 * The service on a store of its own, with no seed and free ports, plus the
	 * {@code bench.service.args}.
	 */
	static ConfigurableApplicationContext start(Path store, BenchOptions options) {
		return start(store, options, List.of());
	}

	static ConfigurableApplicationContext start(Path store, BenchOptions options, List<String> extraArgs) {
		List<String> args = new ArrayList<>(serviceArgs(store, 0, options));
		args.addAll(extraArgs);
		return new SpringApplicationBuilder(ChainGraphApplication.class).run(args.toArray(String[]::new));
	}

	static List<String> serviceArgs(Path store, int port, BenchOptions options) {
		List<String> args = new ArrayList<>(List.of("--chaingraph.database.uri=",
				"--chaingraph.database.embedded.ephemeral=false",
				"--chaingraph.database.embedded.store-dir=" + store.toAbsolutePath(),
				"--chaingraph.database.embedded.bolt-port=0",
				// -Dbench.seeded=true loads the Jiangxi seed into each new store as well: the
				// text evaluation then asks its documents beside the seed's experts, as a
				// benchmark imported into the quick start's service would be.
				"--chaingraph.seed.on-empty-start=" + Boolean.getBoolean("bench.seeded"),
				"--server.port=" + port, "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				// What the service spent on each answer, beside what the client waited.
				"--chaingraph.server-timing=true"));
		args.addAll(options.serviceArgs());
		return args;
	}

	static int port(ApplicationContext service) {
		Integer port = service.getEnvironment().getProperty("local.server.port", Integer.class);
		if (port == null) {
			throw new IllegalStateException("The service has no HTTP port");
		}
		return port;
	}

	private static void firstAnswer(GraphQlClient client) throws InterruptedException {
		String body = GraphQlClient.body(Workload.FIRST_ANSWER, Map.of());
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			try {
				client.post(body);
				return;
			}
			catch (IOException ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("No answer within 2 minutes of start", ex);
				}
				Thread.sleep(10);
			}
		}
	}

	// A start that fails is reported as -1 and the scale goes on: its other figures are
	// still worth having.
	private static double coldStart(Path store, BenchOptions options) {
		try {
			return ColdStart.seconds(store, options);
		}
		catch (IOException | InterruptedException | IllegalStateException ex) {
			System.out.println("  cold start failed: " + ex);
			return -1;
		}
	}

	static Report.Quality quality(ApplicationContext service) {
		long started = System.nanoTime();
		RankingEvaluation.Quality quality = service.getBean(RankingEvaluation.class).evaluate();
		Report.Quality result = new Report.Quality(quality.technologies(), quality.map(), quality.precisionAt10(),
				quality.chanceMap(), seconds(System.nanoTime() - started));
		System.out.printf("  ranking quality over %d technologies: MAP %.3f, P@10 %.3f (chance %.3f) in %.1f s%n",
				result.technologies(), result.map(), result.precisionAt10(), result.chanceMap(), result.seconds());
		return result;
	}

	static Map<String, Object> environment(BenchOptions options, double loadAtStart) {
		Map<String, Object> environment = new LinkedHashMap<>();
		environment.put("date", Instant.now().toString());
		environment.put("cores", Runtime.getRuntime().availableProcessors());
		environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		environment.put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1048576);
		environment.put("requestsPerPoint", options.requests());
		environment.put("warmupPerQuery", options.warmup());
		environment.put("concurrency", options.concurrency());
		environment.put("serviceArgs", options.serviceArgs());
		// Other work on the machine shows in every figure: the load says how much there was.
		environment.put("loadAverageAtStart", loadAtStart);
		environment.put("loadAverageNow", loadAverage());
		return environment;
	}

	static double loadAverage() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(each);
			}
		}
	}

}
