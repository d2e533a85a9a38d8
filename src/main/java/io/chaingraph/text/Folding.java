package io.chaingraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How text and names are compared: NFKC (full-width letters, digits and spaces become
 * their usual forms), lower case, the character variants of
 * {@code model/name-variants.txt} read as one, and every run of spaces and punctuation
 * folded to one space between two Latin words and to nothing elsewhere, so "硅衬底 LED" and
 * "硅衬底LED" are the same text and "GaN-on-Si" reads as "gan on si". Each folded character
 * remembers where it came from, so a match can name the words it matched.
 */
final class Folding {

	static final String VARIANTS = "model/name-variants.txt";

	static final String SUFFIXES = "model/name-suffixes.txt";

	static final String PREFIXES = "model/name-prefixes.txt";

	private final Map<Character, Character> variants;

	private final List<String> suffixes;

	private final List<String> prefixes;

	Folding(Map<Character, Character> variants, List<String> suffixes, List<String> prefixes) {
		this.variants = variants;
		this.suffixes = suffixes;
		this.prefixes = prefixes;
	}

	/**
	 * The folding the service uses, from its resource files.
	 */
	static Folding standard() {
		Map<Character, Character> pairs = new HashMap<>();
		for (String line : lines(VARIANTS)) {
			String[] parts = line.split("\\s+");
			if (parts.length == 2 && parts[0].length() == 1 && parts[1].length() == 1) {
				pairs.put(parts[0].charAt(0), parts[1].charAt(0));
			}
		}
		// 鳳 is read as 凤, which is read as 风: resolve chains once so that folding is
		// one look-up and folding twice changes nothing.
		Map<Character, Character> resolved = new HashMap<>();
		for (Character from : pairs.keySet()) {
			Character to = pairs.get(from);
			for (int i = 0; i < 8 && pairs.containsKey(to); i++) {
				to = pairs.get(to);
			}
			resolved.put(from, to);
		}
		Folding plain = new Folding(resolved, List.of(), List.of());
		List<String> suffixes = lines(SUFFIXES).stream().map((suffix) -> plain.fold(suffix).text()).toList();
		List<String> prefixes = lines(PREFIXES).stream().map((prefix) -> plain.fold(prefix).text()).toList();
		return new Folding(resolved, suffixes, prefixes);
	}

	private static List<String> lines(String resource) {
		InputStream in = Folding.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("No resource " + resource);
		}
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					lines.add(trimmed);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	/**
	 * Text as compared, with each character's span in the original text.
	 *
	 * @param text the folded text
	 * @param exact the same text folded without the variant table, to tell an exact match
	 * from one through a variant
	 * @param from where each folded character starts in the original
	 * @param to where it ends
	 */
	record Folded(String text, String exact, int[] from, int[] to) {

		int length() {
			return this.text.length();
		}

		/**
		 * Whether the folded text has a word boundary before index {@code at}: Latin
		 * words match whole, Chinese text anywhere.
		 */
		boolean boundaryBefore(int at) {
			if (at <= 0 || at >= this.text.length()) {
				return true;
			}
			return !(isWordChar(this.text.charAt(at - 1)) && isWordChar(this.text.charAt(at)));
		}

	}

	Folded fold(String original) {
		StringBuilder text = new StringBuilder(original.length());
		StringBuilder exact = new StringBuilder(original.length());
		int[] from = new int[original.length() * 2 + 4];
		int[] to = new int[original.length() * 2 + 4];
		boolean gap = false;
		int i = 0;
		while (i < original.length()) {
			int codePoint = original.codePointAt(i);
			int next = i + Character.charCount(codePoint);
			// ASCII and the unified ideographs are their own NFKC form: most of any name.
			String compatible = (codePoint < 0x80 || (codePoint >= 0x4E00 && codePoint <= 0x9FFF))
					? Character.toString(codePoint)
					: Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
			for (int k = 0; k < compatible.length(); k++) {
				char c = Character.toLowerCase(compatible.charAt(k));
				if (!Character.isLetterOrDigit(c)) {
					gap = true;
					continue;
				}
				if (gap && text.length() > 0 && isWordChar(text.charAt(text.length() - 1)) && isWordChar(c)) {
					if (text.length() + 1 >= from.length) {
						from = java.util.Arrays.copyOf(from, from.length * 2);
						to = java.util.Arrays.copyOf(to, to.length * 2);
					}
					from[text.length()] = i;
					to[text.length()] = i;
					text.append(' ');
					exact.append(' ');
				}
				gap = false;
				if (text.length() + 1 >= from.length) {
					from = java.util.Arrays.copyOf(from, from.length * 2);
					to = java.util.Arrays.copyOf(to, to.length * 2);
				}
				from[text.length()] = i;
				to[text.length()] = next;
				exact.append(c);
				text.append(this.variants.getOrDefault(c, c));
			}
			i = next;
		}
		return new Folded(text.toString(), exact.toString(), java.util.Arrays.copyOf(from, text.length()),
				java.util.Arrays.copyOf(to, text.length()));
	}

	/**
	 * The shorter forms a folded name is also known by: without a generic ending such as
	 * 技术 or "technology", without a generic beginning such as 江西 (and then without its
	 * ending too), and an English name without its plural "s" (the photovoltaic chain for
	 * Photovoltaics); each at least two characters long.
	 */
	List<String> withoutSuffixes(String folded) {
		List<String> shorter = new ArrayList<>(endings(folded));
		for (String prefix : this.prefixes) {
			if (folded.length() <= prefix.length() || !folded.startsWith(prefix)) {
				continue;
			}
			if (isWordChar(prefix.charAt(prefix.length() - 1)) && isWordChar(folded.charAt(prefix.length()))) {
				continue;
			}
			String rest = folded.substring(prefix.length()).strip();
			if (rest.length() >= 2) {
				shorter.add(rest);
				shorter.addAll(endings(rest));
			}
			break;
		}
		int last = folded.length() - 1;
		if (last >= 4 && folded.charAt(last) == 's' && folded.charAt(last - 1) != 's'
				&& isWordChar(folded.charAt(last - 1)) && isWordChar(folded.charAt(last - 2))
				&& isWordChar(folded.charAt(last - 3))) {
			shorter.add(folded.substring(0, last));
		}
		return shorter;
	}

	private List<String> endings(String folded) {
		List<String> shorter = new ArrayList<>();
		for (String suffix : this.suffixes) {
			int at = folded.length() - suffix.length();
			if (at <= 0 || !folded.endsWith(suffix)) {
				continue;
			}
			// "biotechnology" does not end with the word "technology".
			if (isWordChar(suffix.charAt(0)) && isWordChar(folded.charAt(at - 1))) {
				continue;
			}
			String rest = folded.substring(0, at).strip();
			if (rest.length() >= 2) {
				shorter.add(rest);
			}
		}
		return shorter;
	}

	/**
	 * Latin (and other alphabetic) letters and digits, which form words separated by
	 * spaces; Chinese, Japanese and Korean characters do not.
	 */
	static boolean isWordChar(char c) {
		if (!Character.isLetterOrDigit(c)) {
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
				&& script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL;
	}

	/**
	 * Whether two folded strings are at most one insertion, deletion or substitution
	 * apart.
	 */
	static boolean withinOneEdit(String a, String b) {
		int la = a.length();
		int lb = b.length();
		if (Math.abs(la - lb) > 1) {
			return false;
		}
		if (la > lb) {
			return withinOneEdit(b, a);
		}
		int i = 0;
		while (i < la && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (i == la) {
			return true;
		}
		return (la == lb) ? a.substring(i + 1).equals(b.substring(i + 1)) : a.substring(i).equals(b.substring(i + 1));
	}

}
