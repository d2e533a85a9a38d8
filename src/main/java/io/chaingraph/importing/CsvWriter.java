package io.chaingraph.importing;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes the CSV that {@link CsvReader} reads: a {@code null} field is left empty, a
 * field that needs it is quoted, and an empty string is written as {@code ""} so it stays
 * an empty string.
 */
final class CsvWriter {

	private final Writer out;

	CsvWriter(Writer out) {
		this.out = out;
	}

	void row(List<@Nullable String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				this.out.write(',');
			}
			String field = fields.get(i);
			if (field != null) {
				this.out.write(quoteIfNeeded(field));
			}
		}
		this.out.write('\n');
	}

	private static String quoteIfNeeded(String field) {
		boolean quote = field.isEmpty() || field.indexOf(',') >= 0 || field.indexOf('"') >= 0
				|| field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
		return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
	}

}
