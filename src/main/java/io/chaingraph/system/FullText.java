package io.chaingraph.system;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User text made safe for Lucene's query parser: every special character and operator is
 * escaped, so the text means only its own words and cannot fail to parse.
 */
public final class FullText {

	private static final Pattern SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

	private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

	private FullText() {
	}

	/**
	 * The first {@code maxChars} characters of the text as a query of its words.
	 */
	public static String query(String text, int maxChars) {
		String trimmed = text.strip();
		String head = (trimmed.length() > maxChars) ? trimmed.substring(0, maxChars) : trimmed;
		String escaped = SPECIAL.matcher(head).replaceAll((match) -> Matcher.quoteReplacement("\\" + match.group()));
		return OPERATOR.matcher(escaped).replaceAll((match) -> match.group().toLowerCase(Locale.ROOT));
	}

}
