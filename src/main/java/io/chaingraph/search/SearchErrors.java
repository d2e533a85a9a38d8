package io.chaingraph.search;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause with search questions.
 */
enum SearchErrors implements ErrorMessage {

	EMPTY_TEXT("Argument 'text' is empty", "参数 'text' 为空"),

	TEXT_TOO_LONG("Argument 'text' is longer than {max} characters", "参数 'text' 超过了 {max} 个字符");

	private final String english;

	private final String chinese;

	SearchErrors(String english, String chinese) {
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
