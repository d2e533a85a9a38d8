package io.chaingraph.ask;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What an answer says in words, in the question's language, and the example questions
 * offered when one was not understood.
 */
final class Messages {

	private static final Map<QuestionType, String[]> TYPES = Map.ofEntries(
			Map.entry(QuestionType.EXPERTS, new String[] { "专家推荐", "experts" }),
			Map.entry(QuestionType.TEAMS, new String[] { "揭榜团队", "teams for a challenge" }),
			Map.entry(QuestionType.CHAIN_MAP, new String[] { "产业链图谱与缺失环节", "chain map and gaps" }),
			Map.entry(QuestionType.TALENT_GAPS, new String[] { "人才缺口", "talent gaps" }),
			Map.entry(QuestionType.CONNECTION, new String[] { "关联路径", "connection" }),
			Map.entry(QuestionType.CHAIN_LEADERS, new String[] { "链主企业", "chain leaders" }),
			Map.entry(QuestionType.CONSORTIA, new String[] { "创新联合体及顾问", "consortia and their advisers" }),
			Map.entry(QuestionType.STATISTICS, new String[] { "统计", "statistics" }),
			Map.entry(QuestionType.CHALLENGES, new String[] { "揭榜挂帅项目", "challenges" }),
			Map.entry(QuestionType.DEMANDS, new String[] { "企业需求", "demands" }),
			Map.entry(QuestionType.PARTY_BUILDING, new String[] { "党建情况", "party building" }));

	private static final Map<QuestionType, String[]> EXAMPLES = Map.ofEntries(
			Map.entry(QuestionType.EXPERTS,
					new String[] { "哪些院士能帮助%s产业链突破硅衬底LED技术？",
							"Which academicians can help the %s chain with silicon-substrate LED technology?" }),
			Map.entry(QuestionType.TEAMS,
					new String[] { "哪些团队适合揭榜“铜银合金微细线”赛马？",
							"Which teams could take the copper-silver alloy micro-wire horse race?" }),
			Map.entry(QuestionType.CHAIN_MAP,
					new String[] { "%s产业链还缺哪些环节？", "Which segments is the %s chain missing?" }),
			Map.entry(QuestionType.TALENT_GAPS,
					new String[] { "%s产业链哪些技术人才紧缺？", "Where is the %s chain short of experts?" }),
			Map.entry(QuestionType.CONNECTION,
					new String[] { "江铜和耐普矿机是怎么联系起来的？",
							"How are Jiangxi Copper and Naipu Mining Machinery connected?" }),
			Map.entry(QuestionType.CHAIN_LEADERS, new String[] { "谁是%s产业链的链主？", "Who leads the %s chain?" }),
			Map.entry(QuestionType.CONSORTIA,
					new String[] { "哪些创新联合体服务%s产业链，顾问是谁？",
							"Which consortia serve the %s chain and who advises them?" }),
			Map.entry(QuestionType.STATISTICS,
					new String[] { "%s产业链有多少院士？", "How many academicians does the %s chain have?" }),
			Map.entry(QuestionType.CHALLENGES,
					new String[] { "%s产业链有哪些揭榜挂帅项目？", "Which challenges are open on the %s chain?" }),
			Map.entry(QuestionType.DEMANDS,
					new String[] { "江西铜业的需求办得怎么样了？",
							"What demands has Jiangxi Copper raised, and where do they stand?" }),
			Map.entry(QuestionType.PARTY_BUILDING,
					new String[] { "%s产业链党建情况如何？", "What are the party-building figures of the %s chain?" }));

	private Messages() {
	}

	private static int at(Language language) {
		return (language == Language.ZH) ? 0 : 1;
	}

	static String type(QuestionType type, Language language) {
		return TYPES.get(type)[at(language)];
	}

	static String name(AskEntity entity, Language language) {
		return (language == Language.EN) ? Objects.requireNonNullElse(entity.nameEn(), entity.name()) : entity.name();
	}

	private static String names(List<AskEntity> entities, Language language) {
		return entities.stream()
			.map((entity) -> name(entity, language))
			.collect(Collectors.joining((language == Language.ZH) ? "、" : ", "));
	}

	static String answered(QuestionType type, List<AskEntity> entities, AskFilters filters, Language language) {
		String what = type(type, language);
		String who = names(entities, language);
		String note = "";
		// Only expertsFor takes a city; every other operation answers for all cities.
		if (filters.city() != null && type == QuestionType.EXPERTS) {
			note = (language == Language.ZH) ? "（仅限在该城市工作的专家）" : " (only experts who work in the city)";
		}
		else if (filters.city() != null) {
			note = (language == Language.ZH) ? "（城市条件未用于此查询）" : " (the city is not a condition of this query)";
		}
		if (language == Language.ZH) {
			return who.isEmpty() ? "按“%s”回答%s。".formatted(what, note) : "按“%s”回答：%s%s。".formatted(what, who, note);
		}
		return who.isEmpty() ? "Answered as %s%s.".formatted(what, note)
				: "Answered as %s: %s%s.".formatted(what, who, note);
	}

	static String meaning(List<AskEntity> own, Language language, QuestionReader.ChainKinds kinds) {
		return own.stream()
			.map((entity) -> described(entity, language, kinds.apply(entity.id())))
			.collect(Collectors.joining("; "));
	}

	private static String described(AskEntity entity, Language language, @Nullable String kind) {
		String what = switch ((kind != null) ? kind : "") {
			case "KEY" -> (language == Language.ZH) ? "重点产业链" : "key chain";
			case "PILOT" -> (language == Language.ZH) ? "党建试点产业链" : "party-building pilot chain";
			default -> entity.label();
		};
		return (language == Language.ZH) ? "%s（%s，%s）".formatted(entity.name(), what, entity.id())
				: "%s (%s, %s)".formatted(name(entity, language), what, entity.id());
	}

	static String ambiguous(List<AskEntity> differing, Language language) {
		String words = differing.stream().map(AskEntity::matched).distinct().collect(Collectors.joining("、"));
		return (language == Language.ZH) ? "“%s”可指多个对象，请选择其一。".formatted(words)
				: "\u201c%s\u201d may mean more than one thing: choose one.".formatted(words);
	}

	static String notUnderstood(@Nullable QuestionType type, List<AskEntity> entities, List<String> words,
			Language language) {
		String understood = names(entities, language);
		if (type != null) {
			String what = type(type, language);
			return (language == Language.ZH)
					? "这是“%s”问题，但缺少它需要的对象%s。".formatted(what, understood.isEmpty() ? "" : "（已识别：" + understood + "）")
					: "This asks for %s, but what it needs is missing%s.".formatted(what,
							understood.isEmpty() ? "" : " (understood: " + understood + ")");
		}
		String all = understood.isEmpty() ? String.join(", ", words)
				: (words.isEmpty() ? understood : understood + "; " + String.join(", ", words));
		return (language == Language.ZH) ? "没有读懂这个问题%s。".formatted(all.isEmpty() ? "" : "（已识别：" + all + "）")
				: "The question was not understood%s.".formatted(all.isEmpty() ? "" : " (understood: " + all + ")");
	}

	static String example(@Nullable QuestionType type, @Nullable String chain, Language language) {
		String[] pair = EXAMPLES.get((type != null) ? type : QuestionType.EXPERTS);
		String template = pair[at(language)];
		String name = (chain != null) ? chain : ((language == Language.ZH) ? "半导体照明" : "semiconductor lighting");
		return template.contains("%s") ? template.formatted(name) : template;
	}

}
