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
 */
final class CsvReader implements Closeable {

	private final Reader in;

	private int line = 1;

	private int recordLine = 1;

	CsvReader(Reader in) {
		this.in = new BufferedReader(in, 1 << 16);
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
						field.append('"');
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
					field.append((char) c);
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
					field.append('\r');
				}
				c = next;
				continue;
			}
			else if (wasQuoted) {
				throw new CsvFormatException("unexpected character after a closing quote", this.line);
			}
			else {
				field.append((char) c);
			}
			c = read();
		}
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
