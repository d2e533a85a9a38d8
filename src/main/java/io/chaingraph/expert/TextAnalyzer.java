package io.chaingraph.expert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Chinese and English text into the terms the publication retrieval model counts.
 * Latin words are lower-cased, stop words dropped, and plurals folded by the S-stemmer
 * (Harman 1991: only -ies, -es, -s, so that "systems" meets "system" without the
 * over-stemming of Porter's rules on technical words). Chinese has no spaces, so a run of
 * CJK characters is cut at stop words and split into overlapping bigrams, the unit that
 * works best for Chinese retrieval without a dictionary; a piece of one character left
 * between two cuts stays as a unigram. Stop words are read from
 * {@code model/stopwords-en.txt} and {@code model/stopwords-zh.txt}.
 */
final class TextAnalyzer {

	private static final Set<String> ENGLISH = words("/model/stopwords-en.txt");

	private static final Set<String> CHINESE = words("/model/stopwords-zh.txt");

	private static final int LONGEST_CHINESE = CHINESE.stream().mapToInt(String::length).max().orElse(1);

	private TextAnalyzer() {
	}

	/**
	 * The terms of the text in order, repeated as often as they occur.
	 */
	static List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (i < length) {
			int c = text.codePointAt(i);
			if (cjk(c)) {
				int end = i;
				while (end < length && cjk(text.codePointAt(end))) {
					end += Character.charCount(text.codePointAt(end));
				}
				chinese(text.substring(i, end), terms);
				i = end;
			}
			else if (Character.isLetterOrDigit(c)) {
				int end = i;
				while (end < length && !cjk(text.codePointAt(end))
						&& Character.isLetterOrDigit(text.codePointAt(end))) {
					end += Character.charCount(text.codePointAt(end));
				}
				latin(text.substring(i, end), terms);
				i = end;
			}
			else {
				i += Character.charCount(c);
			}
		}
		return terms;
	}

	private static void latin(String word, List<String> terms) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.length() < 2 || ENGLISH.contains(lower)) {
			return;
		}
		String stem = stem(lower);
		if (!ENGLISH.contains(stem)) {
			terms.add(stem);
		}
	}

	/**
	 * Harman's S-stemmer.
	 */
	static String stem(String word) {
		int n = word.length();
		if (n > 4 && word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
			return word.substring(0, n - 3) + "y";
		}
		if (n > 3 && word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
			return word.substring(0, n - 1);
		}
		if (n > 3 && word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
			return word.substring(0, n - 1);
		}
		return word;
	}

	private static void chinese(String run, List<String> terms) {
		int start = 0;
		int i = 0;
		while (i < run.length()) {
			int stop = stopAt(run, i);
			if (stop > 0) {
				bigrams(run.substring(start, i), terms);
				i += stop;
				start = i;
			}
			else {
				i += Character.charCount(run.codePointAt(i));
			}
		}
		bigrams(run.substring(start), terms);
	}

	// The length of the longest stop word at this position, 0 for none.
	private static int stopAt(String run, int at) {
		for (int length = Math.min(LONGEST_CHINESE, run.length() - at); length > 0; length--) {
			if (CHINESE.contains(run.substring(at, at + length))) {
				return length;
			}
		}
		return 0;
	}

	private static void bigrams(String piece, List<String> terms) {
		int[] chars = piece.codePoints().toArray();
		if (chars.length == 1) {
			terms.add(piece);
		}
		for (int i = 0; i + 1 < chars.length; i++) {
			terms.add(new String(chars, i, 2));
		}
	}

	static boolean cjk(int c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

	private static Set<String> words(String resource) {
		Set<String> words = new HashSet<>();
		try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
