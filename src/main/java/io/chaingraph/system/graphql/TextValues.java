package io.chaingraph.system.graphql;

import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.error.Language;
import io.chaingraph.system.error.SystemErrors;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The one check of user text before it is written or searched: it must be valid UTF-16
 * (no unpaired surrogate) and no longer than its limit, counted in Unicode characters
 * (code points). An unpaired surrogate cannot be encoded as UTF-8; the driver would send
 * it as {@code ?}, which is a stored character nobody typed and a wildcard in a full-text
 * query. The limits themselves belong to the model ({@code graph/}).
 */
public final class TextValues {

	private TextValues() {
	}

	/**
	 * The field a message is about when it is an argument: "Argument 'name'".
	 */
	public static ErrorText argument(String name) {
		return ErrorText.of(SystemErrors.ARGUMENT, name);
	}

	/**
	 * What is wrong with the text, as the end of a sentence about it ("is 8200 characters
	 * long; ..."), in English, or {@code null} when it is fine.
	 * @param maxLength the most characters allowed, or 0 for no length limit
	 */
	public static @Nullable String problem(String text, int maxLength) {
		ErrorText problem = textProblem(text, maxLength);
		return (problem != null) ? problem.render(Language.EN) : null;
	}

	/** {@link #problem}, not yet in a language. */
	public static @Nullable ErrorText textProblem(String text, int maxLength) {
		int at = unpairedSurrogate(text);
		if (at >= 0) {
			return ErrorText.of(SystemErrors.UNPAIRED_SURROGATE, "\\u%04x".formatted((int) text.charAt(at)),
					text.codePointCount(0, at) + 1);
		}
		if (maxLength > 0 && text.length() > maxLength) {
			int length = text.codePointCount(0, text.length());
			if (length > maxLength) {
				return ErrorText.of(SystemErrors.TOO_LONG, length, maxLength);
			}
		}
		return null;
	}

	/**
	 * A BAD_REQUEST naming {@code what} when the text is invalid or too long.
	 * @param what the field, such as {@link #argument argument("name")}
	 */
	public static void check(ErrorText what, @Nullable String text, int maxLength) {
		if (text == null) {
			return;
		}
		ErrorText problem = textProblem(text, maxLength);
		if (problem != null) {
			throw new BadRequestException(SystemErrors.TEXT_FAULT, what, problem);
		}
	}

	/**
	 * {@link #check} for a property value: a string, or each string of a list (the limit
	 * applies to every element). Other values pass.
	 */
	public static void checkValue(ErrorText what, @Nullable Object value, int maxLength) {
		ErrorText problem = valueProblem(value, maxLength);
		if (problem != null) {
			throw new BadRequestException(SystemErrors.VALUE_FAULT, what, problem);
		}
	}

	/**
	 * What is wrong with a property value, as a sentence ("the value is ...", "element 2
	 * is ...") in English, or {@code null}.
	 */
	public static @Nullable String problemOfValue(@Nullable Object value, int maxLength) {
		ErrorText problem = valueProblem(value, maxLength);
		return (problem != null) ? problem.render(Language.EN) : null;
	}

	/** {@link #problemOfValue}, not yet in a language. */
	public static @Nullable ErrorText valueProblem(@Nullable Object value, int maxLength) {
		if (value instanceof String text) {
			ErrorText problem = textProblem(text, maxLength);
			return (problem != null) ? ErrorText.of(SystemErrors.THE_VALUE, problem) : null;
		}
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				ErrorText problem = (list.get(i) instanceof String element) ? textProblem(element, maxLength) : null;
				if (problem != null) {
					return ErrorText.of(SystemErrors.ELEMENT, i + 1, problem);
				}
			}
		}
		return null;
	}

	/**
	 * The index of the first unpaired surrogate, or -1.
	 */
	static int unpairedSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

}
