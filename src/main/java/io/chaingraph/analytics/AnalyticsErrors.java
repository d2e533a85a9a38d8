package io.chaingraph.analytics;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause with statistics.
 */
enum AnalyticsErrors implements ErrorMessage {

	NO_CONSORTIUM_SERVING_A_CHAIN("No consortium with id '{consortium}' serving a chain",
			"没有 id 为“{consortium}”且服务于产业链的创新联合体");

	private final String english;

	private final String chinese;

	AnalyticsErrors(String english, String chinese) {
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
