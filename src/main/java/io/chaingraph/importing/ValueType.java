package io.chaingraph.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.chaingraph.graph.PropertyKind;

/**
 * A column type of the neo4j-admin import format ({@code int}, {@code string[]}, ...):
 * how to read a field of that type, and how to write a value back.
 *
 * @param base the element type, lower case
 * @param array whether the field holds a {@code ;}-separated array
 */
record ValueType(String base, boolean array) {

	static final char ARRAY_DELIMITER = ';';

	private static final List<String> INTEGERS = List.of("int", "long", "short", "byte");

	private static final List<String> FLOATS = List.of("float", "double");

	private static final List<String> KNOWN = List.of("int", "long", "short", "byte", "float", "double", "boolean",
			"string", "char", "date", "datetime", "localdatetime");

	static final DateTimeFormatter DATETIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	static ValueType parse(String spec) {
		String lower = spec.toLowerCase(Locale.ROOT);
		boolean array = lower.endsWith("[]");
		String base = array ? lower.substring(0, lower.length() - 2) : lower;
		if (!KNOWN.contains(base)) {
			throw new IllegalArgumentException(
					"unknown type '%s'; expected one of %s, optionally with []".formatted(spec, KNOWN));
		}
		return new ValueType(base, array);
	}

	static ValueType of(PropertyKind kind) {
		return switch (kind) {
			case STRING -> new ValueType("string", false);
			case INTEGER -> new ValueType("long", false);
			case FLOAT -> new ValueType("double", false);
			case BOOLEAN -> new ValueType("boolean", false);
			case DATE -> new ValueType("date", false);
			case DATETIME -> new ValueType("datetime", false);
			case STRING_LIST -> new ValueType("string", true);
		};
	}

	/**
	 * The model's kind for values of this type, the kind a property must have to take
	 * them.
	 */
	PropertyKind kind() {
		if (this.array) {
			return this.base.equals("string") ? PropertyKind.STRING_LIST : null;
		}
		if (INTEGERS.contains(this.base)) {
			return PropertyKind.INTEGER;
		}
		if (FLOATS.contains(this.base)) {
			return PropertyKind.FLOAT;
		}
		return switch (this.base) {
			case "boolean" -> PropertyKind.BOOLEAN;
			case "date" -> PropertyKind.DATE;
			case "datetime", "localdatetime" -> PropertyKind.DATETIME;
			default -> PropertyKind.STRING;
		};
	}

	Object read(String field) {
		if (!this.array) {
			return readOne(field);
		}
		List<Object> values = new ArrayList<>();
		for (String element : field.split(String.valueOf(ARRAY_DELIMITER), -1)) {
			values.add(readOne(element));
		}
		return values;
	}

	private Object readOne(String field) {
		try {
			if (INTEGERS.contains(this.base)) {
				return Long.parseLong(field.strip());
			}
			if (FLOATS.contains(this.base)) {
				double value = Double.parseDouble(field.strip());
				if (!Double.isFinite(value)) {
					throw new NumberFormatException();
				}
				return value;
			}
			return switch (this.base) {
				case "boolean" -> readBoolean(field.strip());
				case "date" -> LocalDate.parse(field.strip());
				case "datetime", "localdatetime" -> readDateTime(field.strip());
				default -> field;
			};
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw new IllegalArgumentException("'%s' is not a valid %s".formatted(abbreviate(field), this.base));
		}
	}

	private static Boolean readBoolean(String field) {
		if (field.equalsIgnoreCase("true")) {
			return Boolean.TRUE;
		}
		if (field.equalsIgnoreCase("false")) {
			return Boolean.FALSE;
		}
		throw new IllegalArgumentException("'%s' is not a valid boolean (true or false)".formatted(abbreviate(field)));
	}

	private static ZonedDateTime readDateTime(String field) {
		TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(field, ZonedDateTime::from,
				LocalDateTime::from);
		return (parsed instanceof ZonedDateTime zoned) ? zoned : ((LocalDateTime) parsed).atZone(ZoneOffset.UTC);
	}

	/**
	 * Writes a value read from the graph the way this type reads it back.
	 */
	static String write(Object value) {
		if (value instanceof List<?> list) {
			return String.join(String.valueOf(ARRAY_DELIMITER), list.stream().map(ValueType::write).toList());
		}
		if (value instanceof ZonedDateTime zoned) {
			return DATETIME.format(zoned.toOffsetDateTime());
		}
		if (value instanceof OffsetDateTime offset) {
			return DATETIME.format(offset);
		}
		if (value instanceof Object[] array) {
			return write(Arrays.asList(array));
		}
		return String.valueOf(value);
	}

	@Override
	public String toString() {
		return this.base + (this.array ? "[]" : "");
	}

	private static String abbreviate(String field) {
		return (field.length() > 40) ? field.substring(0, 40) + "…" : field;
	}

}
