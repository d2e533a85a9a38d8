package io.chaingraph.ask;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause with a question.
 */
enum AskErrors implements ErrorMessage {

	EMPTY_QUESTION("Argument 'question' is empty", "参数 'question' 为空");

	private final String english;

	private final String chinese;

	AskErrors(String english, String chinese) {
		this.english = english;
		this.chinese = chinese;
	}

	@Override
	public String english() {
		return this.english;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
