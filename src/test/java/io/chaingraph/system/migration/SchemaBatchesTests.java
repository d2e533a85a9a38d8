package io.chaingraph.system.migration;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which statements of a schema file share a transaction: consecutive creations of indexes
 * and constraints; drops, data changes, checks and batched statements run alone.
 */
class SchemaBatchesTests {

	@Test
	void shouldRunConsecutiveCreationsTogetherAndEverythingElseAlone() {
		String constraint = "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE";
		String index = "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)";
		String fulltext = "create fulltext index c if not exists for (n:C) on each [n.name]";
		String drop = "DROP INDEX c IF EXISTS";
		String data = "MATCH (n:A) WHERE NOT n:Node CALL (n) { SET n:Node } IN TRANSACTIONS OF 10000 ROWS";
		String check = "MATCH (n:Node) RETURN 'x' AS refusal";
		String last = "CREATE CONSTRAINT d IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE";

		assertThat(SchemaMigrations.batches(List.of(constraint, index, drop, fulltext, index, data, check, last)))
			.containsExactly(List.of(constraint, index), List.of(drop), List.of(fulltext, index), List.of(data),
					List.of(check), List.of(last));
	}

	@Test
	void shouldNotTakeADataStatementThatCreatesNodesForASchemaCommand() {
		String create = "CREATE (:Chain {id: 'x'})";
		String index = "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)";

		assertThat(SchemaMigrations.batches(List.of(index, create, index))).containsExactly(List.of(index),
				List.of(create), List.of(index));
	}

}
