package io.chaingraph.importing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV, the dialect neo4j-admin import reads: comma-separated, fields
 * quoted with {@code "} when they hold commas, quotes or line breaks, quotes doubled
 * inside. The characters come decoded ({@link ImportFile#open()}).
 * <p>
 * A field and a record are bounded in characters: a quote that is never closed would
 * otherwise swallow the rest of the file into one field, and a field larger than any
 * property can hold would be read whole before any check could refuse it. Past either
 * bound the reader stops with a {@link CsvFormatException} at the record's line, having
 * read no further than the bound.
 */
final class CsvReader implements Closeable {

	/**
	 * The default bound of one field: several times the longest value the model lets a
	 * property hold (an abstract of 8,000 characters), with room for lists.
	 */
	static final int MAX_FIELD_LENGTH = 65_536;

	/** The default bound of one record, all its fields together. */
	static final int MAX_RECORD_LENGTH = 1 << 20;

	private final Reader in;

	private final int maxField;

	private final int maxRecord;

	private int recordLength;

	private int line = 1;

	private int recordLine = 1;

	CsvReader(Reader in) {
		this(in, MAX_FIELD_LENGTH, MAX_RECORD_LENGTH);
	}

	/**
	 * @param maxField the most characters one field may hold
	 * @param maxRecord the most characters the fields of one record may hold together
	 */
	CsvReader(Reader in, int maxField, int maxRecord) {
		this.in = new BufferedReader(in, 1 << 16);
		this.maxField = maxField;
		this.maxRecord = maxRecord;
	}

	/**
	 * The line on which the record last returned starts, counting from 1.
	 */
	int recordLine() {
		return this.recordLine;
	}

	/**
	 * The next record's fields, or {@code null} at the end of the input. An unquoted
	 * empty field is {@code null}, a quoted empty field is the empty string.
	 */
	@Nullable List<@Nullable String> next() throws IOException {
		int c = read();
		if (c == '\uFEFF' && this.line == 1) {
			c = read();
		}
		if (c == -1) {
			return null;
		}
		this.recordLine = this.line;
		this.recordLength = 0;
		List<@Nullable String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			if (quoted) {
				if (c == -1) {
					throw new CsvFormatException("a quoted field is not closed before the end of the file",
							this.recordLine);
				}
				if (c == '"') {
					int next = read();
					if (next == '"') {
						append(field, '"', true);
					}
					else {
						quoted = false;
						c = next;
						continue;
					}
				}
				else {
					if (c == '\n') {
						this.line++;
					}
					append(field, (char) c, true);
				}
			}
			else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',' || c == '\n' || c == -1) {
				fields.add((field.isEmpty() && !wasQuoted) ? null : field.toString());
				field.setLength(0);
				wasQuoted = false;
				if (c != ',') {
					if (c == '\n') {
						this.line++;
					}
					return fields;
				}
			}
			else if (c == '\r') {
				int next = read();
				if (next != '\n') {
					append(field, '\r', false);
				}
				c = next;
				continue;
			}
			else if (wasQuoted) {
				throw new CsvFormatException("unexpected character after a closing quote", this.line);
			}
			else {
				append(field, (char) c, false);
			}
			c = read();
		}
	}

	private void append(StringBuilder field, char c, boolean quoted) throws CsvFormatException {
		if (field.length() >= this.maxField) {
			throw new CsvFormatException(quoted
					? "a quoted field is longer than %d characters, the most a field may hold (chaingraph.import.max-field-length); is a quote opened on this line not closed?"
						.formatted(this.maxField)
					: "a field is longer than %d characters, the most a field may hold (chaingraph.import.max-field-length)"
						.formatted(this.maxField),
					this.recordLine);
		}
		if (++this.recordLength > this.maxRecord) {
			throw new CsvFormatException(
					"the record is longer than %d characters, the most a record may hold (chaingraph.import.max-record-length)"
						.formatted(this.maxRecord),
					this.recordLine);
		}
		field.append(c);
	}

	private int read() throws IOException {
		return this.in.read();
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	/**
	 * The text is not valid CSV.
	 */
	static final class CsvFormatException extends IOException {

		private final int line;

		CsvFormatException(String message, int line) {
			super(message);
			this.line = line;
		}

		int line() {
			return this.line;
		}

	}

}
