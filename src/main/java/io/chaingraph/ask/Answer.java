package io.chaingraph.ask;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A question, read and answered.
 *
 * @param status ANSWERED, AMBIGUOUS or NOT_UNDERSTOOD
 * @param interpretation how it was read
 * @param operation the operation that answered it
 * @param result that operation's typed result
 * @param alternatives the readings of an ambiguous question
 * @param message what was understood, in the question's language
 * @param example a question that works, when it was not understood
 * @param errors the messages of the operation's errors
 */
record Answer(Reading.Status status, Interpretation interpretation, @Nullable Operation operation,
		@Nullable AskResult result, List<Alternative> alternatives, String message, @Nullable String example,
		List<String> errors) {

	/**
	 * @param type what the question asks
	 * @param entities the nodes it names
	 * @param filters its conditions
	 * @param language the language it was read in
	 */
	record Interpretation(@Nullable QuestionType type, List<AskEntity> entities, AskFilters filters,
			Language language) {

	}

	/**
	 * @param name the operation's name
	 * @param field its root field
	 * @param document the document
	 * @param variables its variables as JSON
	 */
	record Operation(String name, String field, String document, String variables) {

	}

	/**
	 * @param meaning what this reading takes the ambiguous words for
	 * @param entities its nodes
	 * @param operation the operation it would run
	 */
	record Alternative(String meaning, List<AskEntity> entities, Operation operation) {

	}

}
