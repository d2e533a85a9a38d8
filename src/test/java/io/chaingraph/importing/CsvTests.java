package io.chaingraph.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The import files' CSV on its own, without a database: what the writer writes the reader
 * reads back, null apart from the empty string, and the reader's refusals name the
 * record's line and read no further than its bounds.
 */
class CsvTests {

	@Test
	void whatIsWrittenIsReadBackWithNullApartFromTheEmptyString() throws IOException {
		List<List<@Nullable String>> rows = List.of(Arrays.asList("id:ID(City)", "name", "nameEn"),
				Arrays.asList("city_a", "", null), Arrays.asList("city_b", "甲, \"乙\"", "two\nlines\r\nand CR"),
				Arrays.asList(null, "a;b", " spaced "));
		StringWriter text = new StringWriter();
		CsvWriter writer = new CsvWriter(text);
		for (List<@Nullable String> row : rows) {
			writer.row(row);
		}

		assertThat(text.toString()).startsWith("\"id:ID(City)\",\"name\",\"nameEn\"\n\"city_a\",\"\",\n");
		assertThat(read(text.toString())).isEqualTo(rows);
	}

	@Test
	void eachRecordKnowsTheLineItStartsOnAcrossQuotedLineBreaks() throws IOException {
		try (CsvReader csv = new CsvReader(new StringReader("a,b\n1,\"x\ny\nz\"\n2,w\r\n3,v\n"))) {
			List<Integer> lines = new ArrayList<>();
			while (csv.next() != null) {
				lines.add(csv.recordLine());
			}
			assertThat(lines).containsExactly(1, 2, 5, 6);
		}
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstField() throws IOException {
		assertThat(read("\uFEFFid,name\nx,y\n")).containsExactly(List.of("id", "name"), List.of("x", "y"));
	}

	@Test
	void anUnclosedQuoteAndACharacterAfterAClosingQuoteAreRefusedAtTheirRecordsLine() {
		assertThatExceptionOfType(CsvReader.CsvFormatException.class)
			.isThrownBy(() -> read("a,b\n1,2\n3,\"open\n4,5\n"))
			.withMessageContaining("EOF reached before encapsulated token finished")
			.withMessageContaining("Is a quote opened on this line and not closed")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
		assertThatExceptionOfType(CsvReader.CsvFormatException.class).isThrownBy(() -> read("a,b\n\"1\"x,2\n"))
			.withMessageContaining("Invalid character between encapsulated token and delimiter")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2));
	}

	@Test
	void aFieldOverItsBoundIsRefusedAtItsLine() {
		assertThatExceptionOfType(CsvReader.CsvFormatException.class)
			.isThrownBy(() -> read("a,b\n1,2\n3," + "x".repeat(101) + "\n", 100, 10_000))
			.withMessage("a field is longer than 100 characters, the most a field may hold"
					+ " (chaingraph.import.max-field-length)")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
	}

	@Test
	void anUnclosedQuoteStopsTheReaderNearTheRecordsBoundNotAtTheEndOfTheFile() {
		Endless file = new Endless("a,b\n1,2\n3,\"open\n", "x,y,z\n");

		assertThatExceptionOfType(CsvReader.CsvFormatException.class).isThrownBy(() -> {
			try (CsvReader csv = new CsvReader(file, 1000, 100_000)) {
				while (csv.next() != null) {
					// reading until refused
				}
			}
		})
			.withMessageContaining("the record is longer than 100000 characters")
			.withMessageContaining("is a quote opened on this line not closed?")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
		assertThat(file.read).isLessThan(200_000);
	}

	private static List<List<@Nullable String>> read(String text) throws IOException {
		return read(text, CsvReader.MAX_FIELD_LENGTH, CsvReader.MAX_RECORD_LENGTH);
	}

	private static List<List<@Nullable String>> read(String text, int maxField, int maxRecord) throws IOException {
		List<List<@Nullable String>> rows = new ArrayList<>();
		try (CsvReader csv = new CsvReader(new StringReader(text), maxField, maxRecord)) {
			for (List<@Nullable String> row = csv.next(); row != null; row = csv.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

	/** A head, then one line repeated without end; counts what was read. */
	private static final class Endless extends Reader {

		private final String head;

		private final String line;

		long read;

		Endless(String head, String line) {
			this.head = head;
			this.line = line;
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
			for (int i = 0; i < length; i++) {
				long at = this.read++;
				buffer[offset + i] = (at < this.head.length()) ? this.head.charAt((int) at)
						: this.line.charAt((int) ((at - this.head.length()) % this.line.length()));
			}
			return length;
		}

		@Override
		public void close() {
		}

	}

}
