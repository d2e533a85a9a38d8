package io.chaingraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.chaingraph.ask.AskEntity.Role;
import io.chaingraph.ask.Cues.Cue;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.text.Link;
import io.chaingraph.text.QueryInterpretation;
import io.chaingraph.text.TextLinker;
import org.jspecify.annotations.Nullable;

/**
 * Reads a question from what the shared linker found in it and from the intent grammar's
 * words in the rest: the question type from the words, each entity's role from its label
 * and the type, the filters from the words around them. Pure: the linking and the chains'
 * kinds come in, a reading goes out, so the grammar is tested without the graph.
 * <p>
 * Words linked to a node take no part in the grammar (合成院士 is a name, not a cue), and a
 * linked word shared by several nodes of one label as a part of their names (揭榜挂帅 in
 * every open-competition challenge's title) is a word, not a name. Where a role could be
 * filled by nodes that the words name equally well (航空, a key chain and a pilot chain),
 * the reading is AMBIGUOUS with one alternative for each, unless a word tells them apart
 * (重点, pilot) or the question type does (party building is about the pilot chains).
 * <p>
 * Nodes the asker chose for roles come in with the linking: each takes its role in place
 * of what the words linked (an ambiguity on that role is then settled), or fills a role
 * the words left empty. The type still comes from the words, and a role that type takes
 * no node for is refused rather than ignored, so that a choice never silently does
 * nothing.
 */
final class QuestionReader {

	/** Links less sure than this are not read as the question naming the node. */
	static final double MIN_CONFIDENCE = 0.5;

	/** Separates linked words from the rest, so that no cue spans a name. */
	private static final char BLANK = '丨';

	private static final String NUMBER = "(\\d{1,3}|[一二两三四五六七八九十]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|"
			+ "eleven|twelve|fifteen|twenty)";

	private static final List<Pattern> COUNTS = List.of(Pattern.compile("前\\s*" + NUMBER),
			Pattern.compile("\\b(?:top|first|best)\\s+" + NUMBER + "\\b"),
			Pattern.compile(NUMBER + "\\s*(?:位|个|名|家|支|条|项|人|组)"),
			Pattern.compile("\\b" + NUMBER + "\\s+(?:\\w+\\s+)?(?:experts?|academicians?|teams?|proposals?|paths?|"
					+ "gaps?|challenges?|demands?|people|candidates|specialists?|scientists?|researchers?|"
					+ "technologies|bottlenecks?)\\b"));

	private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20));

	private static final int MAX_FIRST = 100;

	// A whole name through a character variant links at 0.9; a part of one at less.
	private static final double WHOLE_VARIANT = 0.89;

	/**
	 * What the reader needs to know of a chain beyond its name: KEY for a key chain of
	 * the '1269' plan, PILOT for a party-building pilot chain, null otherwise.
	 */
	interface ChainKinds extends Function<String, @Nullable String> {

	}

	private QuestionReader() {
	}

	/**
	 * A span of the question and the nodes it was linked to, best first.
	 */
	private record Span(String words, int at, List<Link> links) {

		double best() {
			return this.links.get(0).confidence();
		}

		List<Link> of(String label) {
			return this.links.stream().filter((link) -> link.label().equals(label)).toList();
		}

		boolean has(String label) {
			return this.links.stream().anyMatch((link) -> link.label().equals(label));
		}

	}

	static Reading read(String question, @Nullable Language asked, QueryInterpretation linked, ChainKinds kinds) {
		return read(question, asked, linked, kinds, List.of());
	}

	/**
	 * The reading with the asker's choices: entities with the role they fill, checked
	 * against the graph already (they exist and their label fits the role), their
	 * {@code matched} still empty.
	 * @throws BadRequestException when the type was not understood or takes no node for a
	 * chosen role
	 */
	static Reading read(String question, @Nullable Language asked, QueryInterpretation linked, ChainKinds kinds,
			List<AskEntity> chosen) {
		List<Span> spans = spans(question, linked);
		String blanked = blanked(question, spans);
		Cues.Found found = Cues.find(TextLinker.fold(blanked));
		Language language = (asked != null) ? asked : language(blanked);
		QuestionType type = type(found, spans);
		List<Link> implied = implied(linked);
		if (type == null && !chosen.isEmpty()) {
			throw new BadRequestException(AskErrors.CHOICE_WITHOUT_TYPE, chosen.get(0).role());
		}
		if (type == null) {
			List<AskEntity> mentioned = spans.stream()
				.map((span) -> entity(span.links().get(0), Role.MENTIONED))
				.toList();
			return notUnderstood(null, mentioned, AskFilters.NONE, language, found, spans);
		}
		refuseUntaken(type, chosen);
		Roles roles = chosen(type, roles(type, spans, implied, found), chosen);
		AskFilters filters = filters(type, found, blanked, roles);
		List<List<AskEntity>> choices = choices(type, roles, found, kinds);
		if (choices.size() > 1) {
			return ambiguous(type, choices, filters, language, kinds);
		}
		List<AskEntity> entities = choices.get(0);
		AskOperation operation = Operations.of(type, entities, filters);
		if (operation == null) {
			return notUnderstood(type, entities, filters, language, found, spans);
		}
		return new Reading(Reading.Status.ANSWERED, type, entities, filters, language, operation, List.of(),
				Messages.answered(type, entities, filters, language), null);
	}

	// The linked words of the question, each with the nodes it names; generic parts of
	// names dropped.
	private static List<Span> spans(String question, QueryInterpretation linked) {
		List<Link> all = new ArrayList<>();
		linked.namedTechnologies().stream().filter((link) -> !link.how().equals("FULL_TEXT")).forEach(all::add);
		linked.chains().stream().filter((link) -> !implied(link)).forEach(all::add);
		all.addAll(linked.organisations());
		all.addAll(linked.experts());
		all.addAll(linked.cities());
		all.addAll(linked.challenges());
		Map<String, List<Link>> byWords = new LinkedHashMap<>();
		for (Link link : all) {
			if (link.confidence() >= MIN_CONFIDENCE && !link.matched().isBlank()) {
				byWords.computeIfAbsent(link.matched(), (words) -> new ArrayList<>()).add(link);
			}
		}
		List<Span> spans = new ArrayList<>();
		byWords.forEach((words, links) -> {
			List<Link> kept = links.stream().filter((link) -> !generic(link, links)).toList();
			if (!kept.isEmpty()) {
				List<Link> sorted = kept.stream()
					.sorted(Comparator.comparingDouble(Link::confidence).reversed().thenComparing(Link::id))
					.toList();
				spans.add(new Span(words, question.indexOf(words), sorted));
			}
		});
		spans.sort(Comparator.comparingInt(Span::at));
		return spans;
	}

	private static boolean generic(Link link, List<Link> sameWords) {
		if (!partOfName(link)) {
			return false;
		}
		// 卡脖子 in 关键单体与特种硅材料(卡脖子) is a part of one name, and the question's word
		// for bottlenecks.
		if (Cues.isCueWord(TextLinker.fold(link.matched()))) {
			return true;
		}
		long shared = sameWords.stream()
			.filter((other) -> other.label().equals(link.label()) && partOfName(other))
			.count();
		return shared >= 3 || (shared >= 2 && link.label().equals("Challenge"));
	}

	// A part of a name, also through a variant (揭榜掛帥), which the linker's confidence
	// tells from a whole name through a variant.
	private static boolean partOfName(Link link) {
		return link.how().equals("PART") || (link.how().equals("VARIANT") && link.confidence() < WHOLE_VARIANT);
	}

	private static boolean implied(Link chain) {
		return chain.how().equals("BOTTLENECK") || chain.how().equals("SEGMENT");
	}

	private static List<Link> implied(QueryInterpretation linked) {
		return linked.chains().stream().filter(QuestionReader::implied).toList();
	}

	private static String blanked(String question, List<Span> spans) {
		StringBuilder text = new StringBuilder(question);
		for (Span span : spans) {
			for (int at = question.indexOf(span.words()); at >= 0; at = question.indexOf(span.words(), at + 1)) {
				for (int i = at; i < at + span.words().length(); i++) {
					text.setCharAt(i, BLANK);
				}
			}
		}
		return text.toString();
	}

	private static Language language(String blanked) {
		long han = blanked.codePoints()
			.filter((c) -> c != BLANK && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
			.count();
		long latin = blanked.codePoints().filter((c) -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')).count();
		// A Chinese character says about as much as a short English word.
		return (han * 4 >= latin && han > 0) ? Language.ZH : Language.EN;
	}

	/**
	 * The question type from the grammar's words, in an order where the more specific
	 * word wins: 人才缺口 over 缺, 多少院士 over 院士, 专家委员会 over 专家.
	 */
	private static @Nullable QuestionType type(Cues.Found found, List<Span> named) {
		boolean challenge = named.stream().anyMatch((span) -> span.has("Challenge"));
		boolean technology = named.stream().anyMatch((span) -> span.links().get(0).label().equals("Technology"));
		boolean consortium = named.stream().anyMatch((span) -> span.has("Consortium"));
		if (found.has(Cue.PARTY)) {
			return QuestionType.PARTY_BUILDING;
		}
		// 缺什么样的人才: a lack (缺) of talent (人才) anywhere in the question, not only as one
		// word.
		if (found.has(Cue.TALENT_GAP) || (found.has(Cue.GAP) && found.words().contains("人才"))) {
			return QuestionType.TALENT_GAPS;
		}
		if (found.has(Cue.COUNT) && !(technology && found.has(Cue.EXPERT))) {
			return QuestionType.STATISTICS;
		}
		// Who takes a named challenge (这个榜谁来揭) asks for teams.
		if (challenge && (found.has(Cue.TEAM)
				|| (found.has(Cue.CHALLENGE) && (found.has(Cue.EXPERT) || found.has(Cue.WHO))))) {
			return QuestionType.TEAMS;
		}
		if (found.has(Cue.DEMAND)) {
			return QuestionType.DEMANDS;
		}
		if (found.has(Cue.CONNECTION) && named.size() >= 2) {
			return QuestionType.CONNECTION;
		}
		if (found.has(Cue.LEADER)) {
			return QuestionType.CHAIN_LEADERS;
		}
		// An advisory committee is a consortium's; "advise on" a technology asks for
		// experts.
		if (found.has(Cue.CONSORTIUM) || (found.has(Cue.ADVISER) && (consortium || !technology))) {
			return QuestionType.CONSORTIA;
		}
		if (found.has(Cue.CHALLENGE)) {
			return QuestionType.CHALLENGES;
		}
		if (found.has(Cue.GAP)) {
			return QuestionType.CHAIN_MAP;
		}
		// Who, about a technology and nothing else (硅衬底LED领域谁比较厉害), asks for experts.
		if (found.has(Cue.EXPERT) || found.has(Cue.ACADEMICIAN) || (found.has(Cue.WHO) && technology)) {
			return QuestionType.EXPERTS;
		}
		if (found.has(Cue.TEAM)) {
			return QuestionType.TEAMS;
		}
		if (found.has(Cue.CONNECTION)) {
			return QuestionType.CONNECTION;
		}
		return null;
	}

	/**
	 * For each role, the nodes that could fill it (equally good ones, before telling them
	 * apart), and the other linked nodes.
	 */
	private record Roles(Map<Role, List<AskEntity>> candidates, List<AskEntity> others) {

	}

	private static Roles roles(QuestionType type, List<Span> spans, List<Link> implied, Cues.Found found) {
		Map<Role, List<AskEntity>> candidates = new LinkedHashMap<>();
		List<AskEntity> others = new ArrayList<>();
		List<Span> open = new ArrayList<>(spans);
		switch (type) {
			case EXPERTS -> {
				// A span naming both a chain and a technology is the chain when the
				// question
				// says chain (产业链, chain), else the technology.
				String preferred = found.has(Cue.CHAIN) ? "Chain" : "Technology";
				for (Span span : List.copyOf(open)) {
					String label = bestOf(span, List.of("Chain", "Technology"), preferred);
					if (label != null) {
						Role role = label.equals("Chain") ? Role.CHAIN : Role.TECHNOLOGY;
						if (!candidates.containsKey(role)) {
							candidates.put(role, tied(span, label, role));
							open.remove(span);
						}
					}
				}
				if (found.has(Cue.EXCLUDE)) {
					take(open, candidates, Role.EXCLUDED,
							List.of("Enterprise", "University", "Institute", "Consortium", "Challenge"));
				}
			}
			case TEAMS -> take(open, candidates, Role.CHALLENGE, List.of("Challenge"));
			case CONNECTION -> {
				List<Span> ends = List.copyOf(open);
				if (ends.size() >= 2) {
					candidates.put(Role.FROM, tied(ends.get(0), ends.get(0).links().get(0).label(), Role.FROM));
					candidates.put(Role.TO, tied(ends.get(1), ends.get(1).links().get(0).label(), Role.TO));
					open.remove(ends.get(0));
					open.remove(ends.get(1));
				}
			}
			case CONSORTIA, STATISTICS -> {
				take(open, candidates, Role.CONSORTIUM, List.of("Consortium"));
				take(open, candidates, Role.CHAIN, List.of("Chain"));
			}
			case DEMANDS -> {
				take(open, candidates, Role.ENTERPRISE, List.of("Enterprise"));
				if (!candidates.containsKey(Role.ENTERPRISE)) {
					take(open, candidates, Role.CHAIN, List.of("Chain"));
				}
			}
			default -> take(open, candidates, Role.CHAIN, List.of("Chain"));
		}
		boolean wantsChain = switch (type) {
			case CHAIN_MAP, CHAIN_LEADERS, PARTY_BUILDING, CHALLENGES, TALENT_GAPS -> true;
			case CONSORTIA -> !candidates.containsKey(Role.CONSORTIUM);
			default -> false;
		};
		if (wantsChain && !candidates.containsKey(Role.CHAIN) && !implied.isEmpty()) {
			// The chain a named technology is a bottleneck of.
			double best = implied.get(0).confidence();
			candidates.put(Role.CHAIN,
					implied.stream()
						.filter((link) -> link.confidence() == best)
						.map((link) -> entity(link, Role.CHAIN))
						.toList());
		}
		for (Span span : open) {
			List<Link> cities = span.of("City");
			others
				.add(cities.isEmpty() ? entity(span.links().get(0), Role.MENTIONED) : entity(cities.get(0), Role.CITY));
		}
		return new Roles(candidates, others);
	}

	/**
	 * The roles a question type fills, as {@link #roles} reads them from the words: the
	 * roles a choice may fill. A city is read for every type (and noted when no query
	 * takes it).
	 */
	static Set<Role> takes(QuestionType type) {
		return switch (type) {
			case EXPERTS -> EnumSet.of(Role.CHAIN, Role.TECHNOLOGY, Role.EXCLUDED, Role.CITY);
			case TEAMS -> EnumSet.of(Role.CHALLENGE, Role.CITY);
			case CONNECTION -> EnumSet.of(Role.FROM, Role.TO, Role.CITY);
			case CONSORTIA, STATISTICS -> EnumSet.of(Role.CONSORTIUM, Role.CHAIN, Role.CITY);
			case DEMANDS -> EnumSet.of(Role.ENTERPRISE, Role.CHAIN, Role.CITY);
			case CHAIN_MAP, TALENT_GAPS, CHAIN_LEADERS, CHALLENGES, PARTY_BUILDING -> EnumSet.of(Role.CHAIN, Role.CITY);
		};
	}

	private static void refuseUntaken(QuestionType type, List<AskEntity> chosen) {
		Set<Role> taken = takes(type);
		for (AskEntity choice : chosen) {
			if (!taken.contains(choice.role())) {
				String roles = taken.stream().map(Role::name).collect(Collectors.joining(", "));
				throw new BadRequestException(AskErrors.ROLE_NOT_TAKEN, type, choice.role(), roles);
			}
		}
	}

	// Each choice in place of what the words linked for its role, with their words as
	// the words it replaced; a city is among the others, as the words' city is.
	private static Roles chosen(QuestionType type, Roles read, List<AskEntity> chosen) {
		if (chosen.isEmpty()) {
			return read;
		}
		Map<Role, List<AskEntity>> candidates = new LinkedHashMap<>(read.candidates());
		List<AskEntity> others = new ArrayList<>(read.others());
		for (AskEntity choice : chosen) {
			boolean city = choice.role() == Role.CITY;
			List<AskEntity> replaced = city ? others.stream().filter((entity) -> entity.role() == Role.CITY).toList()
					: candidates.getOrDefault(choice.role(), List.of());
			AskEntity entity = new AskEntity(choice.id(), choice.label(), choice.name(), choice.nameEn(),
					replaced.isEmpty() ? "" : replaced.get(0).matched(), choice.confidence(), choice.how(),
					choice.role());
			if (city) {
				others.removeAll(replaced);
				others.add(entity);
			}
			else {
				candidates.put(choice.role(), List.of(entity));
			}
		}
		// A consortium or an enterprise the words named would win over a chosen chain
		// (Operations asks for it first), and the choice would change nothing: the chain
		// was chosen to be asked about, so the words' node is only mentioned.
		Role over = switch (type) {
			case CONSORTIA -> Role.CONSORTIUM;
			case DEMANDS -> Role.ENTERPRISE;
			default -> null;
		};
		boolean chainChosen = chosen.stream().anyMatch((choice) -> choice.role() == Role.CHAIN);
		boolean overChosen = chosen.stream().anyMatch((choice) -> choice.role() == over);
		if (over != null && chainChosen && !overChosen && candidates.containsKey(over)) {
			candidates.remove(over).forEach((entity) -> others.add(entity.as(Role.MENTIONED)));
		}
		return new Roles(candidates, others);
	}

	private static @Nullable String bestOf(Span span, List<String> labels, String preferred) {
		double best = -1;
		String label = null;
		for (Link link : span.links()) {
			if (!labels.contains(link.label())) {
				continue;
			}
			boolean better = link.confidence() > best || (link.confidence() == best && link.label().equals(preferred));
			if (better) {
				best = link.confidence();
				label = link.label();
			}
		}
		return label;
	}

	private static void take(List<Span> open, Map<Role, List<AskEntity>> candidates, Role role, List<String> labels) {
		Span chosen = null;
		String label = null;
		for (Span span : open) {
			String best = bestOf(span, labels, labels.get(0));
			if (best != null
					&& (chosen == null || span.of(best).get(0).confidence() > chosen.of(label).get(0).confidence())) {
				chosen = span;
				label = best;
			}
		}
		if (chosen != null) {
			candidates.put(role, tied(chosen, label, role));
			open.remove(chosen);
		}
	}

	private static List<AskEntity> tied(Span span, String label, Role role) {
		List<Link> links = span.of(label);
		double best = links.get(0).confidence();
		return links.stream().filter((link) -> link.confidence() == best).map((link) -> entity(link, role)).toList();
	}

	private static AskEntity entity(Link link, Role role) {
		return new AskEntity(link.id(), link.label(), link.name(), link.nameEn(), link.matched(), link.confidence(),
				link.how(), role);
	}

	private static AskFilters filters(QuestionType type, Cues.Found found, String blanked, Roles roles) {
		boolean academicians = found.has(Cue.ACADEMICIAN) && type == QuestionType.EXPERTS;
		String excluded = first(roles.candidates().get(Role.EXCLUDED));
		String city = roles.others()
			.stream()
			.filter((entity) -> entity.role() == Role.CITY)
			.map(AskEntity::id)
			.findFirst()
			.orElse(null);
		Integer first = switch (type) {
			case EXPERTS, TEAMS, TALENT_GAPS, CHALLENGES, DEMANDS -> count(blanked);
			default -> null;
		};
		List<String> statuses = switch (type) {
			case CHALLENGES -> found.has(Cue.ALL) ? List.of() : List.of("OPEN");
			case DEMANDS -> demandStatuses(found);
			default -> List.of();
		};
		StatisticsMeasure measure = (type == QuestionType.STATISTICS) ? measure(found) : null;
		return new AskFilters(academicians, excluded, city, first, statuses, measure);
	}

	private static @Nullable String first(@Nullable List<AskEntity> entities) {
		return (entities == null || entities.isEmpty()) ? null : entities.get(0).id();
	}

	private static List<String> demandStatuses(Cues.Found found) {
		if (found.has(Cue.UNRESOLVED)) {
			return List.of("RAISED", "DISPATCHED", "ACCEPTED");
		}
		if (found.has(Cue.RESOLVED)) {
			return List.of("RESOLVED");
		}
		if (found.has(Cue.ACCEPTED)) {
			return List.of("ACCEPTED");
		}
		if (found.has(Cue.DISPATCHED)) {
			return List.of("DISPATCHED");
		}
		return List.of();
	}

	/**
	 * The figure a count asks for: the one named nearest after the count word (多少院士, how
	 * many academicians), else nearest before it (院士有多少).
	 */
	private static @Nullable StatisticsMeasure measure(Cues.Found found) {
		Map<Cue, StatisticsMeasure> figures = new LinkedHashMap<>();
		figures.put(Cue.ACADEMICIAN, StatisticsMeasure.ACADEMICIANS);
		figures.put(Cue.LEADER, StatisticsMeasure.CHAIN_LEADERS);
		figures.put(Cue.CONSORTIUM, StatisticsMeasure.CONSORTIA);
		figures.put(Cue.UNIVERSITY, StatisticsMeasure.UNIVERSITIES);
		figures.put(Cue.INSTITUTE, StatisticsMeasure.INSTITUTES);
		figures.put(Cue.ENTERPRISE, StatisticsMeasure.ENTERPRISES);
		figures.put(Cue.EXPERT, StatisticsMeasure.EXPERTS);
		figures.put(Cue.BOTTLENECK, StatisticsMeasure.BOTTLENECKS);
		figures.put(Cue.CHALLENGE, StatisticsMeasure.CHALLENGES_BY_STATUS);
		figures.put(Cue.DEMAND, StatisticsMeasure.DEMANDS_BY_STATUS);
		figures.put(Cue.PILOT_CHAIN, StatisticsMeasure.PILOT_CHAINS);
		figures.put(Cue.KEY_CHAIN, StatisticsMeasure.KEY_CHAINS);
		figures.put(Cue.TECHNOLOGY, StatisticsMeasure.TECHNOLOGIES);
		figures.put(Cue.CHAIN, StatisticsMeasure.CHAINS);
		int count = found.where(Cue.COUNT);
		StatisticsMeasure after = null;
		int afterAt = Integer.MAX_VALUE;
		StatisticsMeasure before = null;
		int beforeAt = -1;
		for (Map.Entry<Cue, StatisticsMeasure> figure : figures.entrySet()) {
			int at = found.where(figure.getKey());
			if (at < 0) {
				continue;
			}
			// 院士 is also an expert word; the academicians come first at the same place.
			// 产业链 before the count word is the scope (钨产业链统计), not the figure.
			if (at >= count && at < afterAt) {
				after = figure.getValue();
				afterAt = at;
			}
			else if (at < count && at > beforeAt && figure.getKey() != Cue.CHAIN) {
				before = figure.getValue();
				beforeAt = at;
			}
		}
		return (after != null) ? after : before;
	}

	static @Nullable Integer count(String blanked) {
		String text = blanked.toLowerCase(java.util.Locale.ROOT);
		for (Pattern pattern : COUNTS) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				Integer value = number(matcher.group(1));
				if (value != null && value > 0 && value <= MAX_FIRST) {
					return value;
				}
			}
		}
		return null;
	}

	private static @Nullable Integer number(String text) {
		if (text.chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(text);
		}
		if (WORD_NUMBERS.containsKey(text)) {
			return WORD_NUMBERS.get(text);
		}
		String digits = "一二三四五六七八九";
		int value = 0;
		int unit = 0;
		for (char c : text.toCharArray()) {
			if (c == '十') {
				value += ((unit == 0) ? 1 : unit) * 10;
				unit = 0;
			}
			else if (c == '两') {
				unit = 2;
			}
			else if (digits.indexOf(c) >= 0) {
				unit = digits.indexOf(c) + 1;
			}
			else {
				return null;
			}
		}
		return value + unit;
	}

	/**
	 * The readings to choose from: one, or one for each node an ambiguous role could be.
	 */
	private static List<List<AskEntity>> choices(QuestionType type, Roles roles, Cues.Found found, ChainKinds kinds) {
		List<List<AskEntity>> readings = new ArrayList<>();
		readings.add(new ArrayList<>());
		for (Map.Entry<Role, List<AskEntity>> role : roles.candidates().entrySet()) {
			List<AskEntity> options = told(role.getValue(), type, found, kinds);
			List<List<AskEntity>> next = new ArrayList<>();
			for (List<AskEntity> reading : readings) {
				for (AskEntity option : options) {
					List<AskEntity> extended = new ArrayList<>(reading);
					extended.add(option);
					next.add(extended);
				}
			}
			readings = next;
		}
		for (List<AskEntity> reading : readings) {
			reading.addAll(roles.others());
		}
		return readings;
	}

	// Chains the words name equally well, told apart by a word or the question type.
	private static List<AskEntity> told(List<AskEntity> options, QuestionType type, Cues.Found found,
			ChainKinds kinds) {
		if (options.size() < 2 || !options.get(0).label().equals("Chain")) {
			return options;
		}
		String kind = null;
		if (found.has(Cue.KEY_CHAIN)) {
			kind = "KEY";
		}
		else if (found.has(Cue.PILOT_CHAIN) || type == QuestionType.PARTY_BUILDING) {
			kind = "PILOT";
		}
		if (kind == null) {
			return options;
		}
		String wanted = kind;
		List<AskEntity> kept = options.stream().filter((option) -> wanted.equals(kinds.apply(option.id()))).toList();
		return kept.isEmpty() ? options : kept;
	}

	private static Reading ambiguous(QuestionType type, List<List<AskEntity>> choices, AskFilters filters,
			Language language, ChainKinds kinds) {
		List<Reading.Alternative> alternatives = new ArrayList<>();
		List<AskEntity> differing = new ArrayList<>();
		for (List<AskEntity> entities : choices) {
			AskOperation operation = Operations.of(type, entities, filters);
			if (operation == null) {
				continue;
			}
			List<AskEntity> own = entities.stream()
				.filter((entity) -> choices.stream().anyMatch((other) -> !other.contains(entity)))
				.toList();
			differing.addAll(own);
			alternatives.add(new Reading.Alternative(Messages.meaning(own, language, kinds), entities, operation));
		}
		List<AskEntity> shared = choices.get(0)
			.stream()
			.filter((entity) -> choices.stream().allMatch((other) -> other.contains(entity)))
			.toList();
		return new Reading(Reading.Status.AMBIGUOUS, type, shared, filters, language, null, alternatives,
				Messages.ambiguous(differing, language), null);
	}

	private static Reading notUnderstood(@Nullable QuestionType type, List<AskEntity> entities, AskFilters filters,
			Language language, Cues.Found found, List<Span> spans) {
		String chain = spans.stream()
			.filter((span) -> span.has("Chain"))
			.map((span) -> span.of("Chain").get(0))
			.map((link) -> (language == Language.EN) ? Objects.requireNonNullElse(link.nameEn(), link.name())
					: link.name())
			.findFirst()
			.orElse(null);
		return new Reading(Reading.Status.NOT_UNDERSTOOD, type, entities, filters, language, null, List.of(),
				Messages.notUnderstood(type, entities, found.words(), language),
				Messages.example(type, chain, language));
	}

}
