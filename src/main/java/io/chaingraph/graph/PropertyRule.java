package io.chaingraph.graph;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.ErrorText;
import io.chaingraph.system.graphql.TextValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the model allows one property to hold, as {@link NodeLabel} and {@link RelType}
 * declare it: its kind, the most characters of its text, a numeric range, a closed set of
 * values or a format, whether every node or relationship must have it, and whether only
 * the workflows write it. The one check of a value before any write: curation, import
 * (and so the seed) and the workflows' arguments all convert and validate through
 * {@link #convert}, so the same fault gets the same message wherever it comes in, only
 * the name of the field ("Property 'level' of EXPERT_IN", "Argument 'budget'") differing.
 *
 * @param owner the label or relationship type
 * @param name the property
 * @param kind its kind
 * @param maxLength the most characters of its text (each element of a list), 0 when it
 * holds none
 * @param min the smallest number it takes, or null
 * @param max the largest number it takes, or null
 * @param values the values it takes, in declared order; empty when it is open
 * @param format the pattern its text follows, or null
 * @param required whether every node (or relationship) must have it, and with text that
 * is not blank
 * @param workflowOwned whether only the workflows' moves write it
 */
public record PropertyRule(String owner, String name, PropertyKind kind, int maxLength, @Nullable Long min,
		@Nullable Long max, List<String> values, @Nullable Format format, boolean required, boolean workflowOwned) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The property must be present, and its text not blank. */
	public static final Flag REQUIRED = Flag.REQUIRED;

	/** Only the workflows write the property; curation and import do not. */
	public static final Flag WORKFLOW_OWNED = Flag.WORKFLOW_OWNED;

	/**
	 * Ids of every label, whether imported, curated or given to a workflow: what the
	 * seed, the generator and imported data use, so that an imported node can also be
	 * updated.
	 */
	public static final Format ID_FORMAT = new Format(Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,127}"),
			"1 to 128 letters, digits, '_', '.', ':' or '-', starting with a letter or digit");

	public PropertyRule {
		values = List.copyOf(values);
	}

	/** Numbers from {@code min} to {@code max}, both included. */
	public static Range range(long min, long max) {
		return new Range(min, max);
	}

	/** Numbers of at least {@code min}. */
	public static Range atLeast(long min) {
		return new Range(min, null);
	}

	/** One of these values, and no other. */
	public static OneOf oneOf(String... values) {
		return new OneOf(List.of(values));
	}

	/** One of these values, and no other. */
	public static OneOf oneOf(List<String> values) {
		return new OneOf(values);
	}

	/**
	 * The property as messages name it: "Property 'level' of EXPERT_IN".
	 */
	public ErrorText what() {
		return ErrorText.of(GraphErrors.PROPERTY_OF, this.name, this.owner);
	}

	/**
	 * The value as Neo4j stores it, or a BAD_REQUEST whose message names {@link #what}.
	 */
	public @Nullable Object check(@Nullable Object value) {
		return check(what(), value);
	}

	/**
	 * The value as Neo4j stores it, or a BAD_REQUEST whose message names the field as the
	 * caller knows it, such as "Argument 'budget'".
	 */
	public @Nullable Object check(ErrorText what, @Nullable Object value) {
		Checked checked = convert(what, value);
		if (checked.fault() != null) {
			throw new BadRequestException(checked.fault());
		}
		return checked.value();
	}

	/**
	 * Converts a value to what Neo4j stores (a client's JSON value, text to parse, or a
	 * value an import has read) and checks it against the rule, in this order: kind,
	 * format, text (valid, not too long), not blank when required, value set, range. A
	 * null value passes: whether it may be missing is {@link #missing}'s question.
	 */
	public Checked convert(ErrorText what, @Nullable Object value) {
		if (value == null) {
			return new Checked(null, null);
		}
		Object stored;
		try {
			stored = stored(value);
		}
		catch (ClassCastException | NumberFormatException | DateTimeParseException ex) {
			return Checked.fault(kindFault(what, value));
		}
		// A format bounds the length itself (an id's is 1 to 128 characters): it is the
		// one message for any text that does not follow it.
		if (this.format != null && stored instanceof String given && !this.format.pattern().matcher(given).matches()) {
			return Checked.fault(ErrorText.of(GraphErrors.NOT_AN_ID, what, abbreviate(given)));
		}
		ErrorText text = TextValues.valueProblem(stored, this.maxLength);
		if (text != null) {
			return Checked.fault(ErrorText.of(GraphErrors.VALUE_PROBLEM, what, text));
		}
		ErrorText fault = fault(what, stored);
		return (fault != null) ? Checked.fault(fault) : new Checked(stored, null);
	}

	/**
	 * The message for a value of the wrong kind, such as text that is not a number.
	 */
	public ErrorText kindFault(ErrorText what, Object given) {
		return ErrorText.of(GraphErrors.WRONG_KIND, what, describe(this.kind), abbreviate(String.valueOf(given)));
	}

	/**
	 * The message for a required property that is missing, or null when it may be.
	 */
	public @Nullable ErrorText missing(ErrorText what) {
		return this.required ? ErrorText.of(GraphErrors.REQUIRED, what) : null;
	}

	/**
	 * The message for a required property that a change would remove, or null when it may
	 * be removed.
	 */
	public @Nullable ErrorText removed(ErrorText what) {
		return this.required ? ErrorText.of(GraphErrors.REQUIRED_NOT_REMOVABLE, what) : null;
	}

	/**
	 * The one id check, for an id that is not a node's own property: a relationship's
	 * ends in an import, a workflow's argument. A BAD_REQUEST naming {@code what}.
	 */
	public static String checkId(ErrorText what, @Nullable Object id) {
		ErrorText fault = idFault(what, id);
		if (fault != null) {
			throw new BadRequestException(fault);
		}
		return (String) id;
	}

	/** {@link #checkId}'s message, or null for a valid id. */
	public static @Nullable ErrorText idFault(ErrorText what, @Nullable Object id) {
		if (!(id instanceof String text) || !ID_FORMAT.pattern().matcher(text).matches()) {
			return ErrorText.of(GraphErrors.NOT_AN_ID, what, abbreviate(String.valueOf(id)));
		}
		return null;
	}

	private @Nullable ErrorText fault(ErrorText what, Object stored) {
		if (this.required && stored instanceof String text && text.isBlank()) {
			return ErrorText.of(GraphErrors.BLANK, what);
		}
		if (!this.values.isEmpty() && !this.values.contains(stored)) {
			return ErrorText.of(GraphErrors.NOT_ONE_OF, what, new TreeSet<>(this.values),
					abbreviate(String.valueOf(stored)));
		}
		if (stored instanceof Number number && !inRange(number)) {
			if (this.max == null) {
				return ErrorText.of(GraphErrors.BELOW_MINIMUM, what, this.min, number);
			}
			return ErrorText.of(GraphErrors.OUT_OF_RANGE, what, this.min, this.max, number);
		}
		return null;
	}

	private boolean inRange(Number number) {
		double value = number.doubleValue();
		return (this.min == null || value >= this.min) && (this.max == null || value <= this.max);
	}

	private Object stored(Object value) {
		return switch (this.kind) {
			case STRING -> (String) value;
			case INTEGER -> integer(value);
			case FLOAT -> {
				double number = (value instanceof Number given) ? given.doubleValue()
						: Double.parseDouble((String) value);
				if (!Double.isFinite(number)) {
					throw new NumberFormatException();
				}
				yield number;
			}
			case BOOLEAN -> (value instanceof Boolean bool) ? bool : parseBoolean((String) value);
			case DATE -> (value instanceof LocalDate date) ? date : LocalDate.parse((String) value);
			case DATETIME -> dateTime(value);
			case STRING_LIST -> stringList(value);
		};
	}

	private static long integer(Object value) {
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (number != Math.rint(number) || Math.abs(number) > Long.MAX_VALUE) {
				throw new NumberFormatException();
			}
		}
		return (value instanceof Number number) ? number.longValue() : Long.parseLong((String) value);
	}

	private static ZonedDateTime dateTime(Object value) {
		if (value instanceof ZonedDateTime zoned) {
			return zoned;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toZonedDateTime();
		}
		return OffsetDateTime.parse((String) value).toZonedDateTime();
	}

	private static boolean parseBoolean(String text) {
		if (!text.equals("true") && !text.equals("false")) {
			throw new ClassCastException();
		}
		return Boolean.parseBoolean(text);
	}

	@SuppressWarnings("unchecked")
	private static List<String> stringList(Object value) {
		if (value instanceof List<?> list) {
			list.forEach((item) -> {
				if (!(item instanceof String)) {
					throw new ClassCastException();
				}
			});
			return (List<String>) list;
		}
		return stringList(jsonList((String) value));
	}

	private static ErrorText describe(PropertyKind kind) {
		return ErrorText.of(switch (kind) {
			case STRING -> GraphErrors.KIND_TEXT;
			case INTEGER -> GraphErrors.KIND_INTEGER;
			case FLOAT -> GraphErrors.KIND_FLOAT;
			case BOOLEAN -> GraphErrors.KIND_BOOLEAN;
			case DATE -> GraphErrors.KIND_DATE;
			case DATETIME -> GraphErrors.KIND_DATETIME;
			case STRING_LIST -> GraphErrors.KIND_STRING_LIST;
		});
	}

	private static String abbreviate(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

	/**
	 * A value checked by {@link #convert}: the value to store, or what is wrong with it.
	 */
	public record Checked(@Nullable Object value, @Nullable ErrorText fault) {

		static Checked fault(ErrorText fault) {
			return new Checked(null, fault);
		}

	}

	/** A declaration's rule, written after the property's kind and maximum length. */
	public sealed interface Option permits Range, OneOf, Format, Flag {

	}

	/** Numbers from min to max, both included; a null bound is open. */
	public record Range(@Nullable Long min, @Nullable Long max) implements Option {

	}

	/** A closed value set, in the order the model declares it. */
	public record OneOf(List<String> values) implements Option {

	}

	/**
	 * A pattern text must match, and how messages describe it.
	 */
	public record Format(Pattern pattern, String description) implements Option {

	}

	/** A flag of a declaration. */
	public enum Flag implements Option {

		REQUIRED, WORKFLOW_OWNED

	}

	// A list property sent as JSON text (CSV import, curation): anything else is a
	// ClassCastException, which the callers report as the wrong kind of value.
	private static List<?> jsonList(String text) {
		try {
			return JSON.readValue(text, List.class);
		}
		catch (RuntimeException ex) {
			throw new ClassCastException("not a JSON list");
		}
	}

}
