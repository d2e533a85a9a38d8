package io.chaingraph.text;

import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.error.SystemErrors;
import io.chaingraph.system.graphql.TextValues;
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
	 * The first {@code maxChars} characters of the text as a query of its words; a
	 * BAD_REQUEST for text that is not valid UTF-16.
	 */
	public static String query(String text, int maxChars) {
		// An unpaired surrogate would reach Lucene as '?', a wildcard no escaping here
		// could see.
		TextValues.check(ErrorText.of(SystemErrors.SEARCH_TEXT), text, 0);
		String trimmed = text.strip();
		String head = (trimmed.length() > maxChars) ? trimmed.substring(0, cut(trimmed, maxChars)) : trimmed;
		String escaped = SPECIAL.matcher(head).replaceAll((match) -> Matcher.quoteReplacement("\\" + match.group()));
		return OPERATOR.matcher(escaped).replaceAll((match) -> match.group().toLowerCase(Locale.ROOT));
	}

	// Never between the two halves of a surrogate pair, which would leave one unpaired.
	private static int cut(String text, int maxChars) {
		return (maxChars > 0 && Character.isHighSurrogate(text.charAt(maxChars - 1))) ? maxChars - 1 : maxChars;
	}

}
