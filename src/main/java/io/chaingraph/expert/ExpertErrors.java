package io.chaingraph.expert;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause when they ask for experts.
 */
enum ExpertErrors implements ErrorMessage {

	NEEDS_TECHNOLOGY_OR_QUERY("Give a chain, a technology, a query, or any of them together",
			"请给出一条产业链、一项技术或一个查询，也可以同时给出"),

	QUERY_TOO_LONG("Argument 'query' is longer than {max} characters", "参数 'query' 超过了 {max} 个字符"),

	TOO_MANY_INTERPRETED_TECHNOLOGIES("Argument 'interpretAs' names more than {max} technologies; got {count}",
			"参数 'interpretAs' 指定的技术超过 {max} 项；收到 {count} 项"),

	NO_CONFLICT_SUBJECT("No enterprise, organisation, consortium or challenge with id '{subject}'",
			"没有 id 为“{subject}”的企业、机构、创新联合体或揭榜任务");

	private final String english;

	private final String chinese;

	ExpertErrors(String english, String chinese) {
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
