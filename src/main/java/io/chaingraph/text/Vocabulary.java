package io.chaingraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The graph's names as the linker compares them, with the indexes that make linking a
 * text cost a few hash look-ups per character: built once per version of the graph, never
 * scanned per request.
 */
final class Vocabulary {

	/** A name part or a name without its generic ending. */
	static final double PART = 0.85;

	/** A one-character name in running text: 钨 and 铜 are words as often as chains. */
	static final double SINGLE = 0.6;

	/** Through a character variant (江凤益 for 江风益). */
	static final double VARIANT = 0.9;

	/** One character off. */
	static final double FUZZY = 0.6;

	// Longer pieces of text are not names with a typo in them.
	static final int FUZZY_MAX = 24;

	private static final String SEPARATORS = "[、,，;；/／|()（）\\[\\]【】“”\"《》:：·・]+";

	/**
	 * A node as the vocabulary knows it.
	 *
	 * @param id its id
	 * @param label its label
	 * @param name its name
	 * @param nameEn its English name
	 * @param aliases its aliases
	 */
	record Named(String id, String label, String name, @Nullable String nameEn, List<String> aliases) {

	}

	/**
	 * One way of naming a node.
	 *
	 * @param node the node
	 * @param key the name folded
	 * @param exact the name folded without the variant table
	 * @param weight how surely the name means the node: 1 for a whole name, alias or
	 * English name, less for a part of one
	 * @param whole whether it is a whole name, alias or English name
	 */
	record Entry(Named node, String key, String exact, double weight, boolean whole) {

	}

	/**
	 * A piece of text that names a node.
	 *
	 * @param entry the name
	 * @param from where the piece starts in the original text
	 * @param to where it ends
	 * @param confidence how surely it means the node
	 * @param how EXACT, PART, VARIANT or FUZZY
	 */
	record Hit(Entry entry, int from, int to, double confidence, String how) {

	}

	private final Folding folding;

	private final Map<String, Named> nodes;

	private final Map<String, List<Entry>> byKey = new HashMap<>();

	// For each key's first two characters (or its only one), the lengths of the keys that
	// start with them, longest first: a text position is tried only at lengths that
	// exist.
	private final Map<String, int[]> lengthsByHead = new HashMap<>();

	// Each whole key with one character left out, for matches one edit away: the key, or
	// a String[] of them when several share a deletion (most do not; at scale 100 there
	// are hundreds of thousands of deletions, and a list for each would cost more than
	// the key).
	private final Map<String, Object> deletions = new HashMap<>();

	private final String[] sortedKeys;

	private final Map<String, List<String>> parents;

	private final Map<String, List<String>> children;

	private final Map<String, Set<String>> chainsOf;

	Vocabulary(Folding folding, Collection<Named> named, Map<String, List<String>> parents,
			Map<String, Set<String>> chainsOf) {
		this.folding = folding;
		this.nodes = new LinkedHashMap<>();
		this.parents = parents;
		this.chainsOf = chainsOf;
		this.children = new HashMap<>();
		parents.forEach((child, ps) -> ps
			.forEach((parent) -> this.children.computeIfAbsent(parent, (id) -> new ArrayList<>()).add(child)));
		Map<String, Set<Integer>> lengths = new HashMap<>();
		for (Named node : named) {
			this.nodes.put(node.id(), node);
			List<String> wholes = new ArrayList<>();
			wholes.add(node.name());
			if (node.nameEn() != null) {
				wholes.add(node.nameEn());
			}
			wholes.addAll(node.aliases());
			for (String whole : wholes) {
				add(node, whole, 1.0, true, lengths);
				for (String part : parts(whole)) {
					if (!part.isBlank() && part.strip().length() < whole.strip().length()) {
						add(node, part, PART, false, lengths);
					}
				}
			}
		}
		lengths.forEach((head, set) -> this.lengthsByHead.put(head,
				set.stream().sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray()));
		this.sortedKeys = this.byKey.keySet().toArray(String[]::new);
		Arrays.sort(this.sortedKeys);
	}

	/**
	 * The parts of a name: between separators, and on either side of a conjunction
	 * (永磁电机与电机驱动系统, Permanent-magnet motors and drive systems), where each side names a
	 * thing of its own. 和 is not one: it is also a character of names (晶和).
	 */
	static List<String> parts(String whole) {
		List<String> parts = new ArrayList<>();
		for (String part : whole.split(SEPARATORS)) {
			parts.add(part);
			String[] sides = part.split("与|\\s+and\\s+");
			if (sides.length > 1) {
				for (String side : sides) {
					if (side.strip().length() >= (latinWord(side) ? MIN_LATIN_PART : MIN_HAN_PART)) {
						parts.add(side);
					}
				}
			}
		}
		return parts;
	}

	private static final int MIN_HAN_PART = 2;

	private static final int MIN_LATIN_PART = 6;

	private static boolean latinWord(String text) {
		return text.chars().anyMatch((c) -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
	}

	private void add(Named node, String name, double weight, boolean whole, Map<String, Set<Integer>> lengths) {
		Folding.Folded folded = this.folding.fold(name);
		String key = folded.text();
		if (key.isEmpty()) {
			return;
		}
		put(new Entry(node, key, folded.exact(), weight, whole), lengths);
		for (String shorter : this.folding.withoutSuffixes(key)) {
			put(new Entry(node, shorter, shorter, Math.min(weight, PART), false), lengths);
		}
		if (whole && key.length() >= 3 && key.length() <= FUZZY_MAX) {
			for (int i = 0; i < key.length(); i++) {
				this.deletions.merge(key.substring(0, i) + key.substring(i + 1), key, Vocabulary::withKey);
			}
		}
	}

	private static Object withKey(Object known, Object key) {
		if (known instanceof String one) {
			return one.equals(key) ? one : new String[] { one, (String) key };
		}
		String[] many = (String[]) known;
		if (Arrays.asList(many).contains(key)) {
			return many;
		}
		String[] more = Arrays.copyOf(many, many.length + 1);
		more[many.length] = (String) key;
		return more;
	}

	private List<String> deleted(String key) {
		Object keys = this.deletions.get(key);
		if (keys == null) {
			return List.of();
		}
		return (keys instanceof String one) ? List.of(one) : Arrays.asList((String[]) keys);
	}

	private void put(Entry entry, Map<String, Set<Integer>> lengths) {
		List<Entry> entries = this.byKey.computeIfAbsent(entry.key(), (key) -> new ArrayList<>(1));
		for (int i = 0; i < entries.size(); i++) {
			Entry known = entries.get(i);
			if (known.node().id().equals(entry.node().id())) {
				if (entry.weight() > known.weight()) {
					entries.set(i, entry);
				}
				return;
			}
		}
		entries.add(entry);
		lengths.computeIfAbsent(head(entry.key()), (head) -> new HashSet<>()).add(entry.key().length());
	}

	private static String head(String key) {
		return key.substring(0, Math.min(2, key.length()));
	}

	@Nullable Named node(String id) {
		return this.nodes.get(id);
	}

	List<String> parents(String technology) {
		return this.parents.getOrDefault(technology, List.of());
	}

	List<String> children(String technology) {
		return this.children.getOrDefault(technology, List.of());
	}

	/**
	 * The chains a technology is a bottleneck of, directly or through a segment.
	 */
	Set<String> chainsOf(String technology) {
		return this.chainsOf.getOrDefault(technology, Set.of());
	}

	Folding.Folded fold(String text) {
		return this.folding.fold(text);
	}

	/**
	 * Every name occurring in the text, longest first: a shorter name inside a longer
	 * one's span is not a second hit ("钨" inside "钨材料技术").
	 */
	List<Hit> occurrences(Folding.Folded text) {
		return occurrences(text, null);
	}

	/**
	 * The names of nodes with these labels (all when null) occurring in the text, longest
	 * first: a name of another label takes no span from them.
	 */
	List<Hit> occurrences(Folding.Folded text, @Nullable Set<String> labels) {
		String folded = text.text();
		List<int[]> spans = new ArrayList<>();
		for (int i = 0; i < folded.length(); i++) {
			if (folded.charAt(i) == ' ' || !text.boundaryBefore(i)) {
				continue;
			}
			addSpans(folded, text, i, head(folded.substring(i, Math.min(folded.length(), i + 2))), labels, spans);
			if (i + 1 < folded.length()) {
				// Keys of one character live under their own head.
				addSpans(folded, text, i, folded.substring(i, i + 1), labels, spans);
			}
		}
		spans.sort(Comparator.<int[]>comparingInt((span) -> span[1] - span[0])
			.reversed()
			.thenComparingInt((span) -> span[0]));
		boolean[] taken = new boolean[folded.length()];
		List<Hit> hits = new ArrayList<>();
		for (int[] span : spans) {
			if (anyTaken(taken, span[0], span[1])) {
				continue;
			}
			Arrays.fill(taken, span[0], span[1], true);
			String key = folded.substring(span[0], span[1]);
			String exact = text.exact().substring(span[0], span[1]);
			for (Entry entry : this.byKey.get(key)) {
				if (!within(entry, labels)) {
					continue;
				}
				double confidence = entry.weight();
				String how = entry.whole() ? "EXACT" : "PART";
				if (!entry.exact().equals(exact)) {
					confidence *= VARIANT;
					how = "VARIANT";
				}
				if (key.length() == 1) {
					confidence = Math.min(confidence, SINGLE);
				}
				hits.add(new Hit(entry, text.from()[span[0]], text.to()[span[1] - 1], confidence, how));
			}
		}
		return hits;
	}

	static boolean within(Entry entry, @Nullable Set<String> labels) {
		return labels == null || labels.contains(entry.node().label());
	}

	private boolean anyWithin(String key, @Nullable Set<String> labels) {
		List<Entry> entries = this.byKey.get(key);
		if (entries == null) {
			return false;
		}
		for (Entry entry : entries) {
			if (within(entry, labels)) {
				return true;
			}
		}
		return false;
	}

	private void addSpans(String folded, Folding.Folded text, int at, String head, @Nullable Set<String> labels,
			List<int[]> spans) {
		int[] lengths = this.lengthsByHead.get(head);
		if (lengths == null) {
			return;
		}
		for (int length : lengths) {
			int end = at + length;
			if (end <= folded.length() && text.boundaryBefore(end) && anyWithin(folded.substring(at, end), labels)) {
				spans.add(new int[] { at, end });
			}
		}
	}

	private static boolean anyTaken(boolean[] taken, int from, int to) {
		for (int i = from; i < to; i++) {
			if (taken[i]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The names that are exactly this folded text: whole names, aliases and English
	 * names, and (at their lower weight) parts of names and names without their generic
	 * ending.
	 */
	List<Entry> exactly(String key) {
		return this.byKey.getOrDefault(key, List.of());
	}

	/**
	 * The names that start with this folded text, shortest first, at most {@code limit}
	 * of them.
	 */
	List<Entry> startingWith(String prefix, int limit) {
		int at = Arrays.binarySearch(this.sortedKeys, prefix);
		if (at < 0) {
			at = -at - 1;
		}
		TreeMap<Integer, List<Entry>> byLength = new TreeMap<>();
		int seen = 0;
		for (int i = at; i < this.sortedKeys.length && this.sortedKeys[i].startsWith(prefix); i++) {
			String key = this.sortedKeys[i];
			if (key.length() > prefix.length()) {
				byLength.computeIfAbsent(key.length(), (length) -> new ArrayList<>()).addAll(this.byKey.get(key));
			}
			// A prefix shared by thousands of names (合成) needs no more than enough.
			if (++seen > limit * 20) {
				break;
			}
		}
		List<Entry> entries = new ArrayList<>();
		byLength.values().forEach(entries::addAll);
		return entries;
	}

	/**
	 * The whole names one insertion, deletion or substitution away from this folded text,
	 * for names of at least three characters.
	 */
	List<Entry> oneEditFrom(String key) {
		if (key.length() < 3 || key.length() > FUZZY_MAX + 1) {
			return List.of();
		}
		Set<String> keys = new LinkedHashSet<>(deleted(key));
		for (int i = 0; i < key.length(); i++) {
			String shorter = key.substring(0, i) + key.substring(i + 1);
			if (shorter.length() >= 3 && this.byKey.containsKey(shorter)) {
				keys.add(shorter);
			}
			keys.addAll(deleted(shorter));
		}
		keys.remove(key);
		List<Entry> entries = new ArrayList<>();
		for (String near : keys) {
			if (Folding.withinOneEdit(key, near)) {
				this.byKey.get(near).stream().filter(Entry::whole).forEach(entries::add);
			}
		}
		return entries;
	}

	int size() {
		return this.nodes.size();
	}

}
