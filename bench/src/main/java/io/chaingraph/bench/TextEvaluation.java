package io.chaingraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.chaingraph.expert.ExpertRanking;
import io.chaingraph.importing.GraphImporter;
import io.chaingraph.importing.ImportJob;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The text evaluation: expertsFor asked with a held-out paper's text, on a generated
 * document network whose relevant experts are known by construction ({@link TopicCorpus}),
 * imported through the service's own import, with no declared expertise in the graph.
 * Reports MAP, P@10, nDCG@10 and recall@100 per corpus size for the service's ranking
 * and the three baselines of {@link TextBaselines} on the same queries. Written to
 * {@code text-quality.json} and {@code text-quality.md}.
 */
final class TextEvaluation {

	static final String JSON_FILE = "text-quality.json";

	static final String MARKDOWN_FILE = "text-quality.md";

	static final int RANKED = 100;

	/**
	 * A corpus size.
	 */
	record Size(String name, int authors, int documents, int topics, int queries) {

	}

	static final List<Size> SIZES = List.of(new Size("public-benchmark size", 700, 1600, 30, 100),
			new Size("4x", 2800, 6400, 120, 100));

	record Scores(double map, double precisionAt10, double ndcgAt10, double recallAt100, double msPerQuery) {

	}

	record SizeResult(Size size, long seed, int documentsImported, double meanRelevant, Map<String, Scores> methods) {

	}

	static List<SizeResult> run(BenchOptions options, Path work) throws Exception {
		List<SizeResult> results = new ArrayList<>();
		for (Size size : SIZES) {
			results.add(run(size, options, work));
			write(results, options.out());
		}
		return results;
	}

	static SizeResult run(Size size, BenchOptions options, Path work) throws Exception {
		System.out.printf("%nText evaluation, %s: %d authors, %d documents, %d topics, %d queries%n", size.name(),
				size.authors(), size.documents(), size.topics(), size.queries());
		TopicCorpus corpus = new TopicCorpus(size.authors(), size.documents(), size.topics(), size.queries(),
				options.seed());
		Path files = work.resolve("topics-" + size.authors());
		Path store = work.resolve("topics-store-" + size.authors());
		corpus.write(files);
		Map<String, Scores> methods = new LinkedHashMap<>();
		// Quality, not speed, is measured here: on a loaded machine a cold statement can
		// pass the 2 s read timeout that bounds a user's query.
		try (ConfigurableApplicationContext service = Benchmark.start(store, options,
				List.of("--chaingraph.limits.read-timeout=60s"))) {
			ImportJob job = service.getBean(GraphImporter.class).run(files);
			if (job.status() != ImportJob.Status.DONE) {
				throw new IllegalStateException("Import of the topic corpus ended %s: %s".formatted(job.status(),
						job.errors().isEmpty() ? job.failure() : job.errors().get(0)));
			}
			// The full-text indexes fill in the background after an import; a query
			// waits for them, beyond the service's read timeout.
			try (var session = service.getBean(org.neo4j.driver.Driver.class).session()) {
				session.run("CALL db.awaitIndexes(600)").consume();
			}
			ExpertRanking ranking = service.getBean(ExpertRanking.class);
			// The first ranking builds the index: not a query's time.
			ranking.rank(null, null, corpus.queries.get(0).document().text(), false, null, RANKED);
			methods.put("service (expertsFor)",
					evaluate(corpus, (text) -> ranking.rank(null, null, text, false, null, RANKED)
						.matches()
						.stream()
						.map((match) -> (String) match.expert().get("id"))
						.toList()));
		}
		finally {
			Benchmark.delete(files);
			Benchmark.delete(store);
		}
		TextBaselines baselines = new TextBaselines(corpus.documents);
		methods.put("TF-IDF profile", evaluate(corpus, (text) -> baselines.tfidfProfile(text, RANKED)));
		methods.put("voting (CombSUM of BM25)", evaluate(corpus, (text) -> baselines.voting(text, RANKED)));
		methods.put("personalised PageRank", evaluate(corpus, (text) -> baselines.pageRank(text, RANKED)));
		double relevant = corpus.queries.stream().mapToInt((query) -> query.relevant().size()).average().orElse(0);
		SizeResult result = new SizeResult(size, options.seed(), corpus.documents.size(), relevant, methods);
		methods.forEach((name, scores) -> System.out.printf(
				"  %-28s MAP %.3f  P@10 %.3f  nDCG@10 %.3f  recall@100 %.3f  (%.1f ms a query)%n", name, scores.map(),
				scores.precisionAt10(), scores.ndcgAt10(), scores.recallAt100(), scores.msPerQuery()));
		return result;
	}

	static Scores evaluate(TopicCorpus corpus, Function<String, List<String>> method) {
		double map = 0;
		double p10 = 0;
		double ndcg = 0;
		double recall = 0;
		long started = System.nanoTime();
		for (TopicCorpus.Query query : corpus.queries) {
			List<String> ranked = method.apply(query.document().text());
			Set<String> relevant = query.relevant();
			map += RankingMetrics.averagePrecision(ranked, relevant);
			p10 += RankingMetrics.precisionAt(10, ranked, relevant);
			ndcg += RankingMetrics.ndcgAt(10, ranked, relevant);
			recall += RankingMetrics.recallAt(RANKED, ranked, relevant);
		}
		int n = Math.max(1, corpus.queries.size());
		return new Scores(map / n, p10 / n, ndcg / n, recall / n, (System.nanoTime() - started) / 1e6 / n);
	}

	static void write(List<SizeResult> results, Path dir) throws IOException {
		Files.createDirectories(dir);
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(dir.resolve(JSON_FILE), json.writeValueAsString(results));
		Files.writeString(dir.resolve(MARKDOWN_FILE), markdown(results));
	}

	static String markdown(List<SizeResult> results) {
		StringBuilder md = new StringBuilder("# Text evaluation: expertsFor(query: <paper text>)\n\n");
		md.append("Generated topic corpora (bench/README.md, \"The text evaluation\"), imported through the service's ")
			.append("import, no declared expertise; each query is a held-out paper's title and abstract, its relevant ")
			.append("experts the authors labelled with its topic.\n\n");
		for (SizeResult result : results) {
			Size size = result.size();
			md.append("## %s: %d authors, %d documents imported, %d topics, %d queries, %.1f relevant experts a query (seed %d)\n\n"
				.formatted(size.name(), size.authors(), result.documentsImported(), size.topics(), size.queries(),
						result.meanRelevant(), result.seed()));
			md.append("| method | MAP | P@10 | nDCG@10 | recall@100 | ms a query |\n|---|---|---|---|---|---|\n");
			result.methods()
				.forEach((name, scores) -> md.append("| %s | %.3f | %.3f | %.3f | %.3f | %.1f |\n".formatted(name,
						scores.map(), scores.precisionAt10(), scores.ndcgAt10(), scores.recallAt100(),
						scores.msPerQuery())));
			Scores service = result.methods().get("service (expertsFor)");
			Scores pageRank = result.methods().get("personalised PageRank");
			if (service != null && pageRank != null && pageRank.map() > 0) {
				double gain = service.map() / pageRank.map() - 1;
				md.append("\nService MAP against PageRank alone: %+.1f %% (target +20 %%: %s)\n\n".formatted(100 * gain,
						(gain >= 0.2) ? "met" : "NOT met"));
			}
		}
		return md.toString();
	}

}
