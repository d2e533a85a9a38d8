package io.chaingraph.system.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationNamesTests {

	@Test
	void shouldGroupUnnamedOperationsAsAnonymous() {
		OperationNames names = new OperationNames(List.of());

		assertThat(names.tag(null)).isEqualTo(OperationNames.ANONYMOUS);
		assertThat(names.tag("")).isEqualTo(OperationNames.ANONYMOUS);
	}

	@Test
	void shouldKeepTheFirstOtherNamesThenCountTheRestAsOtherButAlwaysKeepKnownNames() {
		OperationNames names = new OperationNames(List.of("ExpertsFor"));
		for (int i = 0; i < OperationNames.MAX_OTHERS; i++) {
			assertThat(names.tag("Client" + i)).isEqualTo("Client" + i);
		}

		assertThat(names.tag("OneTooMany")).isEqualTo(OperationNames.OTHER);
		assertThat(names.tag("Client0")).isEqualTo("Client0");
		assertThat(names.tag("ExpertsFor")).isEqualTo("ExpertsFor");
	}

	@Test
	void shouldCountOverlongNamesAndNamesThatWouldPassForAGroupAsOther() {
		OperationNames names = new OperationNames(List.of());

		assertThat(names.tag("Q".repeat(OperationNames.MAX_LENGTH + 1))).isEqualTo(OperationNames.OTHER);
		assertThat(names.tag("anonymous")).isEqualTo(OperationNames.OTHER);
	}

}
