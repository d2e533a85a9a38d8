package io.chaingraph.system.error;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An error message with its arguments, not yet in a language: rendered for each request
 * in the language it asked for, and given to clients as a code and named arguments they
 * can write their own text from. An argument may itself be an {@code ErrorText} (the
 * field a message is about, "Argument 'budget'"), written in the same language.
 */
public final class ErrorText {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

	private final ErrorMessage message;

	private final Map<String, @Nullable Object> arguments;

	private ErrorText(ErrorMessage message, Map<String, @Nullable Object> arguments) {
		this.message = message;
		this.arguments = arguments;
	}

	/**
	 * The message with its arguments, in the order the English template names them.
	 * @throws IllegalArgumentException when the count of values is not the count of
	 * placeholders, a mistake of the call site
	 */
	public static ErrorText of(ErrorMessage message, @Nullable Object... values) {
		List<String> names = placeholders(message.english());
		if (names.size() != values.length) {
			throw new IllegalArgumentException(
					"%s takes %d arguments %s; got %d".formatted(message.name(), names.size(), names, values.length));
		}
		Map<String, @Nullable Object> arguments = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			arguments.put(names.get(i), values[i]);
		}
		return new ErrorText(message, arguments);
	}

	/**
	 * The message again from the arguments a response carries, for an error written in
	 * English before the request's language was known.
	 */
	public static ErrorText ofArguments(ErrorMessage message, Map<String, ?> arguments) {
		return of(message, placeholders(message.english()).stream().map(arguments::get).toArray());
	}

	/** The distinct placeholders of a template, in the order they first appear. */
	public static List<String> placeholders(String template) {
		List<String> names = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			if (!names.contains(matcher.group(1))) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	public String code() {
		return this.message.name();
	}

	/**
	 * The arguments as JSON values: strings, numbers and booleans as they are, lists of
	 * them as lists, anything else as its text.
	 */
	public Map<String, Object> arguments() {
		Map<String, Object> json = new LinkedHashMap<>();
		this.arguments.forEach((name, value) -> json.put(name, json(value)));
		return json;
	}

	/**
	 * What a client reads besides the message: the error's code and its arguments, to
	 * write a message of its own or to tell errors apart without reading text.
	 */
	public Map<String, Object> extensions() {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", code());
		extensions.put("arguments", arguments());
		return extensions;
	}

	public String render(Language language) {
		Matcher matcher = PLACEHOLDER.matcher(this.message.template(language));
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = this.arguments.containsKey(name) ? text(this.arguments.get(name), language)
					: matcher.group();
			matcher.appendReplacement(text, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(text);
		return text.toString();
	}

	// A part of a message (the field it is about, a kind of value) is written in the
	// message's language too.
	private static String text(@Nullable Object value, Language language) {
		return (value instanceof ErrorText part) ? part.render(language) : String.valueOf(value);
	}

	private static Object json(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof ErrorText part) {
			// A part names what it is about by its arguments: "Argument 'budget'" is
			// budget.
			Map<String, Object> arguments = part.arguments();
			if (arguments.isEmpty()) {
				return part.code();
			}
			return (arguments.size() == 1) ? arguments.values().iterator().next() : arguments;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(ErrorText::json).toList();
		}
		return String.valueOf(value);
	}

}
