package io.chaingraph.importing;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes the CSV that {@link CsvReader} reads: a {@code null} field is left empty and
 * every other field is quoted, so that an empty string is written as {@code ""} and read
 * back as an empty string.
 */
final class CsvWriter {

	private static final CSVFormat FORMAT = CsvReader.FORMAT.builder().setRecordSeparator('\n').get();

	private final CSVPrinter out;

	CsvWriter(Writer out) throws IOException {
		this.out = new CSVPrinter(out, FORMAT);
	}

	void row(List<@Nullable String> fields) throws IOException {
		this.out.printRecord(fields);
	}

}
