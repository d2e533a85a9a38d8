package io.chaingraph.system.graphql;

import io.chaingraph.system.error.ErrorKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.graph.GraphReads;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A read that runs past its timeout is stopped by the database itself, and its failure is
 * recognised as a timeout, which the API answers as a TIMEOUT rather than an internal
 * error or a BAD_REQUEST.
 */
@ChainGraphTest
class ReadTimeoutsTests {

	@Autowired
	GraphReads reads;

	@Autowired
	ReadTimeouts timeouts;

	@Test
	void shouldStopReadAtItsTimeoutAndRecogniseIt() {
		long started = System.nanoTime();
		Throwable failure = catchThrowable(
				() -> this.reads.read("UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n",
						Map.of(), Duration.ofMillis(300)));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(failure).isNotNull();
		assertThat(ReadTimeouts.isTimeout(failure)).as("recognised as a timeout: %s", failure).isTrue();
		assertThat(took).isLessThan(Duration.ofSeconds(15));
		assertThat(this.reads.read("RETURN 1 AS one", Map.of()).get(0).get("one").asInt()).isEqualTo(1);
	}

	@Test
	void shouldAnswerTimeoutAsTimeoutNotAsBadRequest() {
		Throwable failure = catchThrowable(
				() -> this.reads.read("UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n",
						Map.of(), Duration.ofMillis(300)));
		DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(Field.newField("statistics").build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(ResultPath.rootPath().segment("statistics"))
				.build())
			.build();

		List<GraphQLError> errors = this.timeouts.resolveException(failure, env).block();

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorKind.TIMEOUT);
			assertThat(error.getMessage()).contains("took too long", "chaingraph.limits.read-timeout")
				.doesNotContainIgnoringCase("bad request");
			assertThat(error.getPath()).containsExactly("statistics");
		});
	}

}
