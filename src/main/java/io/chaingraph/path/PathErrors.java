package io.chaingraph.path;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause with connection questions.
 */
enum PathErrors implements ErrorMessage {

	CONNECTION_OVER_BUDGET(
			"The connection search ran over its time limit of {budgetMs} ms (chaingraph.connection.time-budget, doubled for a search's first run) and was stopped; try again, or lower maxHops or restrict it with via if it keeps happening",
			"关联路径搜索超过了 {budgetMs} 毫秒的时限（chaingraph.connection.time-budget，首次搜索加倍）而被停止；请重试，若反复出现，请降低 maxHops 或用 via 加以限定"),

	MAX_HOPS_RANGE("Argument 'maxHops' must be between 1 and {max}; got {maxHops}",
			"参数 'maxHops' 须在 1 到 {max} 之间；收到的是 {maxHops}"),

	PATHS_RANGE("Argument 'first' must be between 1 and 10; got {first}", "参数 'first' 须在 1 到 10 之间；收到的是 {first}");

	private final String english;

	private final String chinese;

	PathErrors(String english, String chinese) {
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
