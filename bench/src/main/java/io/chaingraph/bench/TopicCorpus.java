package io.chaingraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated document network whose experts are known by construction, for the text
 * evaluation ({@link TextEvaluation}): a topic model. There are {@code topics} topics in
 * fields of three; each topic has its own words (80 of its own and 40 shared with its
 * field, Zipfian within the topic) over a vocabulary of synthetic words, and every
 * document also draws from generic words shared by all (Zipfian: the "software" and
 * "development" that prolific authors collect weak matches on) and from English stop
 * words. Authors have 1 to 3 topics, which are their labels, and a Zipfian productivity.
 * A document has a topic, a lead author with that topic, 0 to 3 co-authors (4 in 5 with
 * that topic, the rest anyone: co-authors not labelled with it), 85 % of its topic words
 * from its topic and the rest from another topic of its lead author, and cites up to 8
 * earlier documents, 4 in 5 of the same topic by preferential attachment. Every author
 * writes at least once in each of their topics. A third of the documents also have a
 * Chinese title and abstract, in synthetic two-character words that translate the
 * English ones word for word. Everything is marked synthetic; the authors are named
 * 合成专家-话题-n / Synthetic Topic Expert n.
 * <p>
 * {@code queries} documents, spread over the topics, are held out: they are not written
 * to the import files, so their text is a query the graph has not seen, and the relevant
 * experts for it are the authors labelled with its topic.
 */
final class TopicCorpus {

	private static final String[] STOP = { "the", "of", "and", "in", "to", "a", "for", "is", "on", "with", "by", "we",
			"this", "that", "are", "from", "as", "an", "be", "our", "which", "using", "paper", "these" };

	private static final String CONSONANTS = "bcdfghjklmnprstvz";

	private static final String VOWELS = "aeiou";

	// Content characters for the synthetic Chinese words (no stop characters among them).
	private static final String HAN = "材料结构系统控制信号网络模型算法数据图像光学电子器件工艺合金纤维能源储存转换催化反应"
			+ "界面薄膜晶体半导芯片封装测试精密加工制造装备传感检测识别优化调度预测评估安全可靠稳定"
			+ "高效低温高压复合纳米微观宏观力学热学声学磁性导电绝缘涂层表面颗粒粉末烧结铸造焊接切削";

	static final int VOCABULARY = 6000;

	static final int GENERIC = 300;

	record Author(String id, List<Integer> topics, double productivity) {

	}

	record Document(String id, int topic, List<String> authors, List<String> cites, String titleEn, String abstractEn,
			String title, String abstractText, int year) {

		String text() {
			return String.join(" ", this.titleEn, this.abstractEn, this.title, this.abstractText).strip();
		}

	}

	record Query(Document document, Set<String> relevant) {

	}

	final List<Author> authors = new ArrayList<>();

	/** The documents imported. */
	final List<Document> documents = new ArrayList<>();

	final List<Query> queries = new ArrayList<>();

	final int topics;

	private final Random random;

	private final String[] english = new String[VOCABULARY];

	private final String[] chinese = new String[VOCABULARY];

	private final int[][] topicWords;

	TopicCorpus(int authorCount, int documentCount, int topics, int queryCount, long seed) {
		this.topics = topics;
		this.random = new Random(seed);
		words();
		this.topicWords = new int[topics][];
		int[][] fieldWords = new int[(topics + 2) / 3][];
		for (int field = 0; field < fieldWords.length; field++) {
			fieldWords[field] = sample(40);
		}
		for (int topic = 0; topic < topics; topic++) {
			int[] own = sample(80);
			int[] words = new int[120];
			// Own and shared words interleaved, so that both have frequent ones.
			for (int i = 0; i < 120; i++) {
				words[i] = (i % 3 == 2) ? fieldWords[topic / 3][i / 3] : own[i - i / 3 - ((i % 3 == 2) ? 1 : 0)];
			}
			this.topicWords[topic] = words;
		}
		List<List<Author>> byTopic = new ArrayList<>();
		for (int topic = 0; topic < topics; topic++) {
			byTopic.add(new ArrayList<>());
		}
		for (int a = 0; a < authorCount; a++) {
			double draw = this.random.nextDouble();
			int count = (draw < 0.5) ? 1 : (draw < 0.85) ? 2 : 3;
			Set<Integer> mine = new LinkedHashSet<>();
			int first = this.random.nextInt(topics);
			mine.add(first);
			while (mine.size() < count) {
				// A second topic is in the same field half the time.
				mine.add(this.random.nextBoolean() ? (first / 3) * 3 + this.random.nextInt(3) % Math.max(1,
						Math.min(3, topics - (first / 3) * 3)) : this.random.nextInt(topics));
			}
			Author author = new Author("topic_expert_%05d".formatted(a), List.copyOf(mine),
					1 / Math.pow(1 + this.random.nextInt(authorCount), 0.8));
			this.authors.add(author);
			mine.forEach((topic) -> byTopic.get(topic).add(author));
		}
		List<Document> all = new ArrayList<>();
		Map<Integer, List<Integer>> topicDocs = new HashMap<>();
		List<Integer> citations = new ArrayList<>();
		for (int d = 0; d < documentCount + queryCount; d++) {
			int topic = this.random.nextInt(topics);
			while (byTopic.get(topic).isEmpty()) {
				topic = this.random.nextInt(topics);
			}
			Author lead = weighted(byTopic.get(topic));
			Set<String> authorIds = new LinkedHashSet<>(List.of(lead.id()));
			int coauthors = this.random.nextInt(4);
			for (int c = 0; c < coauthors; c++) {
				authorIds.add((this.random.nextDouble() < 0.8) ? weighted(byTopic.get(topic)).id()
						: this.authors.get(this.random.nextInt(this.authors.size())).id());
			}
			int other = lead.topics().get(this.random.nextInt(lead.topics().size()));
			List<String> cites = new ArrayList<>();
			int citeCount = (d == 0) ? 0 : this.random.nextInt(9);
			List<Integer> same = topicDocs.getOrDefault(topic, List.of());
			for (int c = 0; c < citeCount; c++) {
				int target;
				if (!same.isEmpty() && this.random.nextDouble() < 0.8) {
					target = preferential(same, citations);
				}
				else {
					target = this.random.nextInt(d);
				}
				String id = all.get(target).id();
				if (!cites.contains(id)) {
					cites.add(id);
					citations.set(target, citations.get(target) + 1);
				}
			}
			boolean withChinese = this.random.nextInt(3) == 0;
			int[] titleWords = words(topic, other, 6 + this.random.nextInt(7), 0.15);
			int[] abstractWords = words(topic, other, 80 + this.random.nextInt(121), 0.35);
			all.add(new Document("topic_pub_%06d".formatted(d), topic, new ArrayList<>(authorIds), cites,
					english(titleWords), english(abstractWords), withChinese ? chinese(titleWords) : "",
					withChinese ? chinese(abstractWords) : "", 2000 + d * 25 / (documentCount + queryCount)));
			topicDocs.computeIfAbsent(topic, (key) -> new ArrayList<>()).add(d);
			citations.add(0);
		}
		// The held-out documents: every k-th, so that they are spread over the topics and
		// the years.
		Set<String> heldOut = new HashSet<>();
		int step = Math.max(1, all.size() / Math.max(1, queryCount));
		for (int i = step / 2; i < all.size() && this.queries.size() < queryCount; i += step) {
			Document query = all.get(i);
			Set<String> relevant = new HashSet<>();
			byTopic.get(query.topic()).forEach((author) -> relevant.add(author.id()));
			this.queries.add(new Query(query, relevant));
			heldOut.add(query.id());
		}
		for (Document document : all) {
			if (!heldOut.contains(document.id())) {
				List<String> cites = new ArrayList<>(document.cites());
				cites.removeIf(heldOut::contains);
				this.documents.add(new Document(document.id(), document.topic(), document.authors(), cites,
						document.titleEn(), document.abstractEn(), document.title(), document.abstractText(),
						document.year()));
			}
		}
		// Every author writes at least once in each of their topics: when the draw left
		// one out, they join a document of that topic as a co-author.
		Map<String, Set<Integer>> written = new HashMap<>();
		for (Document document : this.documents) {
			document.authors().forEach((id) -> written.computeIfAbsent(id, (key) -> new HashSet<>()).add(document.topic()));
		}
		List<List<Document>> documentsByTopic = new ArrayList<>();
		for (int topic = 0; topic < topics; topic++) {
			documentsByTopic.add(new ArrayList<>());
		}
		this.documents.forEach((document) -> documentsByTopic.get(document.topic()).add(document));
		for (Author author : this.authors) {
			for (int topic : author.topics()) {
				List<Document> candidates = documentsByTopic.get(topic);
				if (!written.getOrDefault(author.id(), Set.of()).contains(topic) && !candidates.isEmpty()) {
					candidates.get(this.random.nextInt(candidates.size())).authors().add(author.id());
				}
			}
		}
	}

	private void words() {
		Set<String> seen = new HashSet<>(List.of(STOP));
		for (int i = 0; i < VOCABULARY; i++) {
			String word;
			do {
				StringBuilder builder = new StringBuilder();
				int syllables = 2 + this.random.nextInt(2);
				for (int s = 0; s < syllables; s++) {
					builder.append(CONSONANTS.charAt(this.random.nextInt(CONSONANTS.length())))
						.append(VOWELS.charAt(this.random.nextInt(VOWELS.length())));
				}
				if (this.random.nextBoolean()) {
					builder.append(CONSONANTS.charAt(this.random.nextInt(CONSONANTS.length())));
				}
				word = builder.toString();
			}
			while (!seen.add(word));
			this.english[i] = word;
		}
		Set<String> han = new HashSet<>();
		for (int i = 0; i < VOCABULARY; i++) {
			String word;
			do {
				word = "" + HAN.charAt(this.random.nextInt(HAN.length())) + HAN.charAt(this.random.nextInt(HAN.length()));
			}
			while (!han.add(word) && han.size() < HAN.length() * HAN.length());
			this.chinese[i] = word;
		}
	}

	// Distinct content words (not generic ones), for a topic.
	private int[] sample(int count) {
		Set<Integer> words = new LinkedHashSet<>();
		while (words.size() < count) {
			words.add(GENERIC + this.random.nextInt(VOCABULARY - GENERIC));
		}
		return words.stream().mapToInt(Integer::intValue).toArray();
	}

	// Word indices, -1 for a stop word: stop 30 %, generic (Zipfian) 30 % in abstracts
	// and less in titles, topic words otherwise (Zipfian within the topic, 85 % from the
	// document's topic).
	private int[] words(int topic, int other, int length, double generic) {
		int[] words = new int[length];
		for (int i = 0; i < length; i++) {
			double draw = this.random.nextDouble();
			if (draw < 0.3 * generic / 0.35) {
				words[i] = -1 - this.random.nextInt(STOP.length);
			}
			else if (draw < 0.3 * generic / 0.35 + generic) {
				words[i] = zipf(GENERIC);
			}
			else {
				int[] pool = this.topicWords[(this.random.nextDouble() < 0.85) ? topic : other];
				words[i] = pool[zipf(pool.length)];
			}
		}
		return words;
	}

	private int zipf(int n) {
		// Inverse of the continuous approximation of a Zipf law with exponent 1.
		return Math.min(n - 1, (int) Math.floor(Math.exp(this.random.nextDouble() * Math.log(n + 1)) - 1));
	}

	private Author weighted(List<Author> authors) {
		double total = authors.stream().mapToDouble(Author::productivity).sum();
		double draw = this.random.nextDouble() * total;
		for (Author author : authors) {
			draw -= author.productivity();
			if (draw <= 0) {
				return author;
			}
		}
		return authors.get(authors.size() - 1);
	}

	private int preferential(List<Integer> documents, List<Integer> citations) {
		double total = documents.stream().mapToDouble((d) -> citations.get(d) + 1).sum();
		double draw = this.random.nextDouble() * total;
		for (int d : documents) {
			draw -= citations.get(d) + 1;
			if (draw <= 0) {
				return d;
			}
		}
		return documents.get(documents.size() - 1);
	}

	private String english(int[] words) {
		StringBuilder text = new StringBuilder();
		for (int word : words) {
			text.append(text.isEmpty() ? "" : " ").append((word < 0) ? STOP[-1 - word] : this.english[word]);
		}
		return text.toString();
	}

	private String chinese(int[] words) {
		StringBuilder text = new StringBuilder();
		for (int word : words) {
			text.append((word < 0) ? ((word % 2 == 0) ? "的" : "和") : this.chinese[word]);
		}
		return text.toString();
	}

	/**
	 * Writes the import files: experts, publications, authorship and citations.
	 */
	void write(Path folder) throws IOException {
		Files.createDirectories(folder.resolve("nodes"));
		Files.createDirectories(folder.resolve("relationships"));
		try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("nodes/Expert.csv"), StandardCharsets.UTF_8)) {
			out.write("id:ID(Expert),name:string,nameEn:string,synthetic:boolean,:LABEL\n");
			for (int i = 0; i < this.authors.size(); i++) {
				line(out, this.authors.get(i).id(), "合成专家-话题-%05d".formatted(i),
						"Synthetic Topic Expert %05d".formatted(i), "true", "Expert");
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("nodes/Publication.csv"),
				StandardCharsets.UTF_8)) {
			out.write("id:ID(Publication),name:string,nameEn:string,title:string,titleEn:string,abstract:string,"
					+ "abstractEn:string,kind:string,synthetic:boolean,year:int,:LABEL\n");
			for (Document document : this.documents) {
				line(out, document.id(), document.title().isEmpty() ? document.titleEn() : document.title(),
						document.titleEn(), document.title(), document.titleEn(), document.abstractText(),
						document.abstractEn(), "PAPER", "true", String.valueOf(document.year()), "Publication");
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(
				folder.resolve("relationships/AUTHORED-Expert-Publication.csv"), StandardCharsets.UTF_8)) {
			out.write(":START_ID(Expert),:END_ID(Publication),:TYPE\n");
			for (Document document : this.documents) {
				for (String author : document.authors()) {
					line(out, author, document.id(), "AUTHORED");
				}
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(
				folder.resolve("relationships/CITES-Publication-Publication.csv"), StandardCharsets.UTF_8)) {
			out.write(":START_ID(Publication),:END_ID(Publication),:TYPE\n");
			for (Document document : this.documents) {
				for (String cited : document.cites()) {
					line(out, document.id(), cited, "CITES");
				}
			}
		}
	}

	private static void line(BufferedWriter out, String... fields) throws IOException {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			String field = fields[i];
			out.write(field.isEmpty() ? "" : "\"" + field.replace("\"", "\"\"") + "\"");
		}
		out.write('\n');
	}

}
