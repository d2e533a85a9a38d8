package io.chaingraph.system.error;

/**
 * The messages of the transport and the database's lifecycle.
 */
public enum SystemErrors implements ErrorMessage {

	DATABASE_UNAVAILABLE("The graph database is unavailable; try again shortly.", "图数据库暂时不可用，请稍后重试。"),

	INTERNAL("Internal error; reference {errorId}.", "服务内部错误；编号 {errorId}。"),

	READ_TIMED_OUT(
			"A read took too long and was stopped at its time limit (chaingraph.limits.read-timeout is {limit}); try again, or ask for fewer or narrower results if it keeps happening.",
			"读取用时过长，已在时限处停止（chaingraph.limits.read-timeout 为 {limit}）；请重试，若反复出现，请减少或缩小所查询的结果。"),

	QUERY_TOO_DEEP("Query depth {depth} exceeds the limit of {max} (chaingraph.limits.max-depth)",
			"查询深度 {depth} 超过了上限 {max}（chaingraph.limits.max-depth）"),

	QUERY_TOO_COMPLEX("Query complexity {complexity} exceeds the limit of {max} (chaingraph.limits.max-complexity)",
			"查询复杂度 {complexity} 超过了上限 {max}（chaingraph.limits.max-complexity）"),

	NAMED_OPERATION_TOO_MANY_FIELDS(
			"Operation '{operation}' has {fields} fields once its fragments are expanded, more than the limit of {max} (chaingraph.limits.max-fields)",
			"操作“{operation}”展开片段后有 {fields} 个字段，超过了上限 {max}（chaingraph.limits.max-fields）"),

	OPERATION_TOO_MANY_FIELDS(
			"The operation has {fields} fields once its fragments are expanded, more than the limit of {max} (chaingraph.limits.max-fields)",
			"该操作展开片段后有 {fields} 个字段，超过了上限 {max}（chaingraph.limits.max-fields）"),

	NAMED_OPERATION_TOO_MANY_SPREADS(
			"Operation '{operation}' spreads fragments {spreads} times once they are expanded, more than the limit of {max} (chaingraph.limits.max-fragment-spreads)",
			"操作“{operation}”展开后引用片段 {spreads} 次，超过了上限 {max}（chaingraph.limits.max-fragment-spreads）"),

	OPERATION_TOO_MANY_SPREADS(
			"The operation spreads fragments {spreads} times once they are expanded, more than the limit of {max} (chaingraph.limits.max-fragment-spreads)",
			"该操作展开后引用片段 {spreads} 次，超过了上限 {max}（chaingraph.limits.max-fragment-spreads）"),

	TOO_MANY_ALIASES("Query has {aliases} aliases, more than the limit of {max} (chaingraph.limits.max-aliases)",
			"查询有 {aliases} 个别名，超过了上限 {max}（chaingraph.limits.max-aliases）"),

	DOCUMENT_TOO_LONG("Query of {characters} characters exceeds the limit of {max} (chaingraph.limits.max-characters)",
			"查询有 {characters} 个字符，超过了上限 {max}（chaingraph.limits.max-characters）"),

	TOO_MANY_WHITESPACE_TOKENS(
			"Query has more whitespace tokens than the limit of {max} (chaingraph.limits.max-whitespace-tokens)",
			"查询的空白记号数超过了上限 {max}（chaingraph.limits.max-whitespace-tokens）"),

	TOO_MANY_TOKENS("Query has more tokens than the limit of {max} (chaingraph.limits.max-tokens)",
			"查询的记号数超过了上限 {max}（chaingraph.limits.max-tokens）"),

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
