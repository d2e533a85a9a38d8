package io.chaingraph.importing;

import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV, the dialect neo4j-admin import reads, with Commons CSV: an unquoted
 * empty field is {@code null} and a quoted empty field is the empty string
 * ({@link QuoteMode#ALL_NON_NULL}). The characters come decoded
 * ({@link ImportFile#open()}).
 * <p>
 * A field and a record are bounded in characters. The parser would read a quote that is
 * never closed to the end of the file, all of it into one field, so the characters it
 * takes for one record are counted as it takes them, and past the record's bound (plus
 * the parser's read-ahead) the reader stops with a {@link CsvFormatException} at the
 * record's line. A field over its bound is refused when its record has been read, which
 * the record's bound keeps small.
 */
final class CsvReader implements Closeable {

	/**
	 * The default bound of one field: several times the longest value the model lets a
	 * property hold (an abstract of 8,000 characters), with room for lists.
	 */
	static final int MAX_FIELD_LENGTH = 65_536;

	/** The default bound of one record, all its fields together. */
	static final int MAX_RECORD_LENGTH = 1 << 20;

	/** Shared with {@link CsvWriter}, so that what one writes the other reads back. */
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

	// Commons CSV reads ahead in blocks of this many characters.
	private static final int READ_AHEAD = 8192;

	private final Counted in;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final int maxField;

	private int recordLine = 1;

	CsvReader(Reader in) throws IOException {
		this(in, MAX_FIELD_LENGTH, MAX_RECORD_LENGTH);
	}

	/**
	 * @param maxField the most characters one field may hold
	 * @param maxRecord the most characters the fields of one record may hold together
	 */
	CsvReader(Reader in, int maxField, int maxRecord) throws IOException {
		this.in = new Counted(in, maxRecord);
		this.parser = CSVParser.builder().setReader(this.in).setFormat(FORMAT).get();
		this.records = this.parser.iterator();
		this.maxField = maxField;
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
		this.recordLine = Math.toIntExact(this.parser.getCurrentLineNumber() + 1);
		this.in.startRecord(this.recordLine);
		CSVRecord record;
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			record = this.records.next();
		}
		catch (UncheckedIOException ex) {
			throw refusal(ex.getCause());
		}
		List<@Nullable String> fields = new ArrayList<>(record.size());
		for (String field : record) {
			if (field != null && field.length() > this.maxField) {
				throw new CsvFormatException(
						"a field is longer than %d characters, the most a field may hold (chaingraph.import.max-field-length)"
							.formatted(this.maxField),
						this.recordLine);
			}
			fields.add(field);
		}
		return fields;
	}

	// The parser's syntax errors carry no type of their own, only their words, which name
	// the line and the position; they are passed on as they are, with a hint at the usual
	// cause.
	private IOException refusal(IOException cause) {
		if (cause instanceof CsvFormatException bound) {
			return bound;
		}
		if (cause instanceof CSVException syntax) {
			return new CsvFormatException(
					"not valid CSV: %s. Is a quote opened on this line and not closed, or followed by something other than a comma?"
						.formatted(syntax.getMessage()),
					this.recordLine);
		}
		return cause;
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
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

	/**
	 * Counts the characters the parser takes for the record it is reading, and stops it
	 * past the record's bound; drops a byte-order mark at the start.
	 */
	private static final class Counted extends FilterReader {

		private final long limit;

		private long taken;

		private int line = 1;

		private boolean started;

		Counted(Reader in, int maxRecord) {
			super(in);
			this.limit = (long) maxRecord + 2L * READ_AHEAD;
		}

		void startRecord(int line) {
			this.taken = 0;
			this.line = line;
		}

		@Override
		public int read() throws IOException {
			char[] one = new char[1];
			return (read(one, 0, 1) == -1) ? -1 : one[0];
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (!this.started && read > 0) {
				this.started = true;
				if (buffer[offset] == '\uFEFF') {
					System.arraycopy(buffer, offset + 1, buffer, offset, read - 1);
					read--;
					if (read == 0) {
						return read(buffer, offset, length);
					}
				}
			}
			if (read > 0) {
				this.taken += read;
				if (this.taken > this.limit) {
					throw new CsvFormatException(
							"the record is longer than %d characters, the most a record may hold (chaingraph.import.max-record-length); is a quote opened on this line not closed?"
								.formatted(this.limit - 2L * READ_AHEAD),
							this.line);
				}
			}
			return read;
		}

	}

}
