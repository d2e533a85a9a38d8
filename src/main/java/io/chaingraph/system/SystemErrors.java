package io.chaingraph.system;

/**
 * The messages of the transport and the database's lifecycle.
 */
enum SystemErrors implements ErrorMessage {

	DATABASE_UNAVAILABLE("The graph database is unavailable; try again shortly.", "图数据库暂时不可用，请稍后重试。"),

	INTERNAL("Internal error; reference {errorId}.", "服务内部错误；编号 {errorId}。"),

	READ_TIMED_OUT(
			"A read took too long and was stopped at its time limit (chaingraph.limits.read-timeout is {limit}); try again, or ask for fewer or narrower results if it keeps happening.",
			"读取用时过长，已在时限处停止（chaingraph.limits.read-timeout 为 {limit}）；请重试，若反复出现，请减少或缩小所查询的结果。"),

	ARGUMENT("Argument '{argument}'", "参数 '{argument}'"),

	SEARCH_TEXT("The search text", "搜索文本"),

	UNPAIRED_SURROGATE("is not valid text: it holds an unpaired UTF-16 surrogate ({codeUnit}) at character {position}",
			"不是有效文本：第 {position} 个字符处有一个不成对的 UTF-16 代理项（{codeUnit}）"),

	TOO_LONG("is {length} characters long; at most {maxLength} are allowed", "长 {length} 个字符；最多允许 {maxLength} 个"),

	THE_VALUE("the value {problem}", "该值{problem}"),

	ELEMENT("element {element} {problem}", "第 {element} 个元素{problem}"),

	TEXT_FAULT("{what} {problem}", "{what}{problem}"),

	VALUE_FAULT("{what}: {problem}", "{what}：{problem}");

	private final String english;

	private final String chinese;

	SystemErrors(String english, String chinese) {
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
