package io.chaingraph.graph;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An embedded row reads as the driver's records do: by key and index, with defaults for
 * missing or null values, and in column order.
 */
class RowRecordTests {

	@Test
	void readsAsADriverRecord() {
		Record row = RowRecord.of(List.of("id", "count", "names", "missing"),
				List.of(Values.value("chain_cu"), Values.value(3L), Values.value(List.of("铜", "copper")), Values.NULL));
		assertThat(row.keys()).containsExactly("id", "count", "names", "missing");
		assertThat(row.get("id").asString()).isEqualTo("chain_cu");
		assertThat(row.get(1).asLong()).isEqualTo(3L);
		assertThat(row.index("names")).isEqualTo(2);
		assertThat(row.get("names").asList(org.neo4j.driver.Value::asString)).containsExactly("铜", "copper");
		assertThat(row.get("nowhere").isNull()).isTrue();
		assertThat(row.get(9).isNull()).isTrue();
		assertThat(row.get("missing", "fallback")).isEqualTo("fallback");
		assertThat(row.get("count", 0L)).isEqualTo(3L);
		assertThat(row.containsKey("missing")).isTrue();
		assertThat(row.size()).isEqualTo(4);
		assertThat(row.asMap()).containsEntry("id", "chain_cu").containsEntry("count", 3L);
		assertThat(row.fields()).extracting((field) -> field.key()).containsExactly("id", "count", "names", "missing");
		assertThat(row.asMap((value) -> value.isNull() ? "∅" : value.toString())).containsEntry("missing", "∅");
		assertThat(row.asMap()).hasSize(4).containsEntry("missing", null);
		assertThatExceptionOfType(java.util.NoSuchElementException.class).isThrownBy(() -> row.index("nowhere"));
	}

}
