package io.chaingraph.ask;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.text.TextLinker;

/**
 * The intent grammar's words, for each language: the question words, verbs and nouns that
 * say what a question asks (院士, 缺, 路径, who leads, how many). Every table is read in every
 * question, so a question mixing the languages reads as either would. The words are
 * folded as the linker folds names, so 誰領導 reads as 谁领导; English words of seven letters
 * or more also match one letter off (acadmician).
 */
final class Cues {

	enum Cue {

		ACADEMICIAN, EXPERT, TEAM, TALENT_GAP, GAP, CONNECTION, LEADER, CONSORTIUM, ADVISER, COUNT, CHALLENGE, DEMAND,
		PARTY, WHO, EXCLUDE, KEY_CHAIN, PILOT_CHAIN, ALL, RESOLVED, UNRESOLVED, DISPATCHED, ACCEPTED,
		// Figures a count may ask for.
		ENTERPRISE, UNIVERSITY, INSTITUTE, TECHNOLOGY, BOTTLENECK, CHAIN

	}

	// Phrases of the English tables, which list words separated by spaces.
	private static final List<String> PHRASES = List.of("academy members", "academy member", "who is able", "who could",
			"who can", "advise on", "know about", "knows about", "skilled in", "work on", "form a team", "talent gaps",
			"talent gap", "talent shortages", "talent shortage", "shortage of experts", "shortage of talent",
			"short of experts", "short of talent", "lack experts", "lacks experts", "lacking experts",
			"too few experts", "not enough experts", "chain leaders", "chain leader", "how many", "number of",
			"how much", "open calls", "open call", "horse races", "horse race", "call for solutions", "party building",
			"party organisations", "party organizations", "party organisation", "party organization", "party committee",
			"other than", "not from", "leave out", "no one from", "key chains", "key chain", "pilot chain", "not yet",
			"in progress", "member enterprises", "choke points", "choke point", "industrial chain", "industry chain");

	private static final Map<Cue, String> ZH = new EnumMap<>(Cue.class);

	private static final Map<Cue, String> EN = new EnumMap<>(Cue.class);

	static {
		ZH.put(Cue.ACADEMICIAN, "院士 两院院士 科学院院士 工程院院士");
		ZH.put(Cue.EXPERT, "专家 院士 学者 教授 科学家 研究员 工程师 人才 谁能 谁可以 谁会 谁懂 能帮 帮助 帮忙 攻关 突破 解决 擅长 懂 支持 指导 权威 高手 大牛");
		ZH.put(Cue.TEAM, "团队 组队 队伍 组建 联队 班子");
		ZH.put(Cue.TALENT_GAP, "人才缺口 人才短缺 人才紧缺 紧缺人才 缺人才 缺少人才 缺人 缺专家 缺少专家 专家不足 人才不足 缺乏人才 缺乏专家");
		ZH.put(Cue.GAP, "缺 短板 薄弱 空白 断点 断链 补链 强链 延链 图谱 地图 全景 上下游 环节 布局 结构 分布 薄弱环节");
		ZH.put(Cue.CONNECTION, "联系 关系 关联 连接 连起来 路径 认识 引荐 介绍 搭桥 牵线 打通 有什么关系 怎么联系");
		ZH.put(Cue.LEADER, "链主 龙头 牵头 领头 领导 领衔 带头 主导 引领 领军");
		ZH.put(Cue.CONSORTIUM, "联合体 创新联合体 联盟 共同体");
		ZH.put(Cue.ADVISER, "顾问 咨询 专家委员会 委员会 专委会 智库");
		ZH.put(Cue.COUNT, "多少 几个 几家 几位 几所 几条 几名 几项 几支 数量 总数 统计 数字 规模 有几");
		ZH.put(Cue.CHALLENGE, "揭榜挂帅 揭榜 挂帅 赛马 榜单 张榜 发榜 挑战 榜 课题");
		ZH.put(Cue.DEMAND, "需求 诉求 点单 派单 接单 工单 难题清单");
		ZH.put(Cue.PARTY, "党建 党组织 党委 党支部 支部 党员 党 红色");
		ZH.put(Cue.WHO, "谁 哪些人 什么人 哪位 哪些单位");
		ZH.put(Cue.EXCLUDE, "排除 回避 除了 除外 不包括 不包含 不含 不要 去掉 利益冲突 冲突 避开 剔除");
		ZH.put(Cue.KEY_CHAIN, "重点 1269 重点产业链 十二条");
		ZH.put(Cue.PILOT_CHAIN, "试点 党建试点");
		ZH.put(Cue.ALL, "所有 全部 历史 一切 全体");
		ZH.put(Cue.RESOLVED, "已解决 已经解决 解决了 已完成 已经完成 完成了 办结 已办结 已处理 已经处理 处理完");
		ZH.put(Cue.UNRESOLVED, "未解决 没解决 待解决 待处理 未完成 没完成 进行中 未办结 还没 尚未");
		ZH.put(Cue.DISPATCHED, "已派单 派单了 已派");
		ZH.put(Cue.ACCEPTED, "已接单 接单了 已接");
		ZH.put(Cue.ENTERPRISE, "企业 公司 厂 家企业");
		ZH.put(Cue.UNIVERSITY, "高校 大学 院校 学院");
		ZH.put(Cue.INSTITUTE, "研究院 研究所 科研院所 院所 机构");
		ZH.put(Cue.TECHNOLOGY, "技术");
		ZH.put(Cue.BOTTLENECK, "卡脖子 瓶颈 关键共性");
		ZH.put(Cue.CHAIN, "产业链 链条");
		EN.put(Cue.ACADEMICIAN, "academician academicians academy member academy members");
		EN.put(Cue.EXPERT,
				"expert experts academician academicians specialist specialists scientist scientists researcher "
						+ "researchers professor professors engineer engineers talent who can who could who is able "
						+ "help helps helping solve solves advise on know about knows about skilled in work on");
		EN.put(Cue.TEAM, "team teams squad squads form a team assemble");
		EN.put(Cue.TALENT_GAP, "talent gap talent gaps talent shortage talent shortages shortage of experts "
				+ "shortage of talent short of experts short of talent lack experts lacks experts lacking experts "
				+ "understaffed too few experts not enough experts");
		EN.put(Cue.GAP, "gap gaps missing weak weakest weakness weaknesses lacking lack lacks thin map segments "
				+ "segment upstream downstream structure overview layout hole holes");
		EN.put(Cue.CONNECTION, "connect connected connects connection connections link linked links path paths "
				+ "related relationship relation relate between introduce introduction route tie ties");
		EN.put(Cue.LEADER,
				"lead leads leader leaders leading heads head anchor anchors chain leader chain leaders " + "drives");
		EN.put(Cue.CONSORTIUM, "consortium consortia consortiums alliance alliances");
		EN.put(Cue.ADVISER, "advise advises advising adviser advisers advisor advisors advisory committee");
		EN.put(Cue.COUNT, "how many number of count counts statistics stats figures how much total totals");
		EN.put(Cue.CHALLENGE, "challenge challenges competition competitions open call open calls horse race "
				+ "horse races tender tenders call for solutions");
		EN.put(Cue.DEMAND, "demand demands request requests");
		EN.put(Cue.PARTY, "party building party party organisation party organization party committee "
				+ "party organisations party organizations cpc");
		EN.put(Cue.WHO, "who whom which people anyone somebody someone");
		EN.put(Cue.EXCLUDE, "exclude excluding excludes except conflict conflicts conflicted without other than "
				+ "not from avoid avoiding leave out no one from");
		EN.put(Cue.KEY_CHAIN, "key chain key chains key 1269 priority");
		EN.put(Cue.PILOT_CHAIN, "pilot pilot chain");
		EN.put(Cue.ALL, "all every ever past");
		EN.put(Cue.RESOLVED, "resolved done closed finished solved");
		EN.put(Cue.UNRESOLVED, "unresolved pending outstanding open unsolved not yet in progress");
		EN.put(Cue.DISPATCHED, "dispatched");
		EN.put(Cue.ACCEPTED, "accepted");
		EN.put(Cue.ENTERPRISE, "enterprise enterprises company companies firm firms member enterprises");
		EN.put(Cue.UNIVERSITY, "university universities college colleges");
		EN.put(Cue.INSTITUTE, "institute institutes");
		EN.put(Cue.TECHNOLOGY, "technology technologies");
		EN.put(Cue.BOTTLENECK, "bottleneck bottlenecks choke point choke points");
		EN.put(Cue.CHAIN, "chain chains industrial chain industry chain");
	}

	/** The Chinese words, folded, longest first within each cue. */
	private static final Map<Cue, List<String>> ZH_WORDS = folded(ZH, true);

	/** The English words and phrases, folded. */
	private static final Map<Cue, List<String>> EN_WORDS = folded(EN, false);

	private static final int FUZZY_LENGTH = 7;

	private Cues() {
	}

	private static Map<Cue, List<String>> folded(Map<Cue, String> table, boolean chinese) {
		Map<Cue, List<String>> words = new EnumMap<>(Cue.class);
		table.forEach((cue, list) -> {
			List<String> forms = new ArrayList<>();
			if (chinese) {
				for (String word : list.split(" ")) {
					forms.add(TextLinker.fold(word));
				}
			}
			else {
				// Phrases are listed word by word: a known phrase is the longest run of
				// words that reads as one entry.
				forms.addAll(phrases(list));
			}
			forms.sort((a, b) -> b.length() - a.length());
			words.put(cue, List.copyOf(new LinkedHashSet<>(forms)));
		});
		return words;
	}

	// Known phrases are kept whole, the other words one by one.
	private static List<String> phrases(String list) {
		List<String> phrases = new ArrayList<>();
		for (String phrase : PHRASES) {
			if ((" " + list + " ").contains(" " + phrase + " ")) {
				phrases.add(phrase);
				list = (" " + list + " ").replace(" " + phrase + " ", " ").strip();
			}
		}
		for (String word : list.split(" ")) {
			if (!word.isBlank()) {
				phrases.add(word);
			}
		}
		return phrases;
	}

	/**
	 * The cues of a folded question, and the words that gave them.
	 *
	 * @param cues what the words say
	 * @param words the words, for saying what was understood
	 */
	record Found(Set<Cue> cues, List<String> words, Map<Cue, Integer> at) {

		boolean has(Cue cue) {
			return this.cues.contains(cue);
		}

		/**
		 * Where the first word of a cue is in the folded question, or -1.
		 */
		int where(Cue cue) {
			return this.at.getOrDefault(cue, -1);
		}

	}

	static Found find(String folded) {
		// 哪几位 asks which, not how many.
		String text = folded.replace("哪几", "哪些");
		Set<Cue> cues = EnumSet.noneOf(Cue.class);
		Set<String> words = new LinkedHashSet<>();
		Map<Cue, Integer> at = new EnumMap<>(Cue.class);
		String[] textWords = latinWords(text);
		for (Map<Cue, List<String>> table : List.of(ZH_WORDS, EN_WORDS)) {
			for (Map.Entry<Cue, List<String>> entry : table.entrySet()) {
				for (String word : entry.getValue()) {
					int where = indexOf(text, word);
					if (where < 0 && table == EN_WORDS) {
						where = nearWord(text, textWords, word);
					}
					if (!word.isEmpty() && where >= 0) {
						cues.add(entry.getKey());
						words.add(word);
						at.merge(entry.getKey(), where, Math::min);
					}
				}
			}
		}
		return new Found(cues, List.copyOf(words), at);
	}

	/**
	 * Whether the folded text holds the word: anywhere for Chinese, as whole words for
	 * Latin letters.
	 */
	/**
	 * Whether folded words are, as a whole, one of the grammar's words (卡脖子, 技术): such
	 * words are the question's, even where they are also a part of some node's name.
	 */
	static boolean isCueWord(String folded) {
		for (Map<Cue, List<String>> table : List.of(ZH_WORDS, EN_WORDS)) {
			for (List<String> words : table.values()) {
				if (words.contains(folded)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean contains(String text, String word) {
		return indexOf(text, word) >= 0;
	}

	private static int indexOf(String text, String word) {
		if (word.isEmpty()) {
			return -1;
		}
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			int end = at + word.length();
			boolean before = at == 0 || !latin(word.charAt(0)) || !latin(text.charAt(at - 1));
			boolean after = end == text.length() || !latin(word.charAt(word.length() - 1)) || !latin(text.charAt(end));
			if (before && after) {
				return at;
			}
		}
		return -1;
	}

	private static String[] latinWords(String text) {
		return text.replaceAll("[^a-z0-9]+", " ").strip().split(" ");
	}

	// Where a word of the text one letter off the cue is, or -1.
	private static int nearWord(String text, String[] words, String cue) {
		if (cue.length() < FUZZY_LENGTH || cue.indexOf(' ') >= 0) {
			return -1;
		}
		for (String word : words) {
			if (word.length() >= FUZZY_LENGTH - 1 && oneEdit(word, cue)) {
				return indexOf(text, word);
			}
		}
		return -1;
	}

	static boolean latin(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	/**
	 * At most one insertion, deletion, substitution or swap of neighbours apart.
	 */
	static boolean oneEdit(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		if (a.length() > b.length()) {
			return oneEdit(b, a);
		}
		int i = 0;
		while (i < a.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (a.length() == b.length()) {
			if (a.substring(i + 1).equals(b.substring(i + 1))) {
				return true;
			}
			return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.substring(i + 2).equals(b.substring(i + 2));
		}
		return a.substring(i).equals(b.substring(i + 1));
	}

}
