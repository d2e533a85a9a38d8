package io.chaingraph.ask;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a question was read as, before anything runs.
 *
 * @param status ANSWERED (one reading, with its operation), AMBIGUOUS (see alternatives)
 * or NOT_UNDERSTOOD
 * @param type what it asks; null when that was not understood
 * @param entities the nodes it was linked to, with their roles
 * @param filters the conditions read from its words
 * @param language the language of the question, or the one asked for
 * @param operation the named query that answers it; null unless ANSWERED
 * @param alternatives the readings to choose from when AMBIGUOUS, each with its operation
 * @param message what was understood, or what is missing, in the question's language
 * @param example a question that works, when it was not understood
 */
record Reading(Status status, @Nullable QuestionType type, List<AskEntity> entities, AskFilters filters,
		Language language, @Nullable AskOperation operation, List<Alternative> alternatives, String message,
		@Nullable String example) {

	enum Status {

		ANSWERED, AMBIGUOUS, NOT_UNDERSTOOD

	}

	/**
	 * One way to read an ambiguous question.
	 *
	 * @param meaning what this reading takes the ambiguous words for
	 * @param entities its entities
	 * @param operation the query it would run
	 */
	record Alternative(String meaning, List<AskEntity> entities, AskOperation operation) {

	}

}
