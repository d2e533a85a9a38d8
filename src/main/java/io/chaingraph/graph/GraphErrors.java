package io.chaingraph.graph;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors of the model's checks and of the generic read engine, and the not-found
 * errors every concept shares.
 */
public enum GraphErrors implements ErrorMessage {

	NO_NODE("No node with id '{id}'", "没有 id 为“{id}”的节点"),

	NO_NODE_OF_LABEL("No {label} with id '{id}'", "没有 id 为“{id}”的 {label}"),

	NO_CHAIN("No chain with id '{chain}'", "没有 id 为“{chain}”的产业链"),

	NO_TECHNOLOGY("No technology with id '{technology}'", "没有 id 为“{technology}”的技术"),

	NO_CITY("No city with id '{city}'", "没有 id 为“{city}”的城市"),

	NO_ENTERPRISE("No enterprise with id '{enterprise}'", "没有 id 为“{enterprise}”的企业"),

	NO_DEPARTMENT("No department with id '{department}'", "没有 id 为“{department}”的部门"),

	NO_EXPERT("No expert with id '{expert}'", "没有 id 为“{expert}”的专家"),

	ID_TAKEN("Id '{id}' is already taken by {holder}; ids are unique across the graph, so {wanted} cannot have it",
			"id“{id}”已被一个 {holder} 占用；id 在整个图中唯一，因此 {wanted} 不能使用它"),

	A_LABEL("a {label}", "{label}"),

	AN_LABEL("an {label}", "{label}"),

	NOT_A_FILTER("'{filter}' is not a filter of {label}", "“{filter}”不是 {label} 的筛选条件"),

	NOT_AN_ISO_DATE("'{filter}' must be an ISO-8601 date such as 2026-12-31; got '{value}'",
			"“{filter}”须为 ISO-8601 日期，如 2026-12-31；收到的是“{value}”"),

	NOT_AN_ISO_DATE_TIME("'{filter}' must be an ISO-8601 date and time such as 2026-12-31T08:00:00Z; got '{value}'",
			"“{filter}”须为 ISO-8601 日期时间，如 2026-12-31T08:00:00Z；收到的是“{value}”"),

	NO_OUTGOING_RELATIONSHIP("{label} nodes have no outgoing {relationship} relationship",
			"{label} 节点没有出向的 {relationship} 关系"),

	NO_INCOMING_RELATIONSHIP("{label} nodes have no incoming {relationship} relationship",
			"{label} 节点没有入向的 {relationship} 关系"),

	NO_TAXONOMY("withNarrower needs a relationship to nodes with a taxonomy; {relationship} reaches none",
			"withNarrower 需要指向有分类体系的节点的关系；{relationship} 指向的节点没有"),

	RELATED_FILTER_WITHOUT_ID("A related filter on {relationship} needs id or ids", "{relationship} 上的关联筛选需要 id 或 ids"),

	TOO_MANY_IDS("Argument 'ids' takes at most {max} ids; got {count}", "参数 'ids' 最多接受 {max} 个 id；收到 {count} 个"),

	PAGE_SIZE("Argument '{argument}' must be between 0 and {max}; got {size}",
			"参数 '{argument}' 须在 0 到 {max} 之间；收到的是 {size}"),

	NOT_AN_ORDERING("'{field}' is not an ordering of {label}", "“{field}”不是 {label} 的排序字段"),

	NOT_A_CURSOR("Argument '{argument}' is not a cursor this service gave out: '{cursor}'",
			"参数 '{argument}' 不是本服务给出的游标：“{cursor}”"),

	FIRST_AND_LAST("Arguments 'first' and 'last' cannot both be given; got first: {first}, last: {last}",
			"参数 'first' 和 'last' 不能同时给出；收到 first: {first}，last: {last}"),

	COLUMN("{column}", "{column}"),

	PROPERTY_OF("Property '{property}' of {owner}", "{owner} 的属性 '{property}'"),

	WRONG_KIND("{what} must be {kind}; got '{value}'", "{what}须为{kind}；收到的是“{value}”"),

	KIND_TEXT("text", "文本"),

	KIND_INTEGER("an integer", "整数"),

	KIND_FLOAT("a finite number", "有限数值"),

	KIND_BOOLEAN("true or false", "true 或 false"),

	KIND_DATE("an ISO-8601 date (2026-01-31)", "ISO-8601 日期（2026-01-31）"),

	KIND_DATETIME("an ISO-8601 date-time with an offset (2026-01-31T09:00:00Z)",
			"带时区偏移的 ISO-8601 日期时间（2026-01-31T09:00:00Z）"),

	KIND_STRING_LIST("a list of strings (as JSON: [\"a\",\"b\"])", "字符串列表（JSON 写法：[\"a\",\"b\"]）"),

	NOT_AN_ID(
			"{what} must be 1 to 128 letters, digits, '_', '.', ':' or '-', starting with a letter or digit; got '{value}'",
			"{what}须为 1 到 128 个字母、数字、'_'、'.'、':' 或 '-'，并以字母或数字开头；收到的是“{value}”"),

	BLANK("{what} must not be blank", "{what}不能为空"),

	NOT_ONE_OF("{what} must be one of {values}; got '{value}'", "{what}须为 {values} 之一；收到的是“{value}”"),

	BELOW_MINIMUM("{what} must be at least {min}; got {value}", "{what}须至少为 {min}；收到的是 {value}"),

	OUT_OF_RANGE("{what} must be between {min} and {max}; got {value}", "{what}须在 {min} 到 {max} 之间；收到的是 {value}"),

	VALUE_PROBLEM("{what}: {problem}", "{what}：{problem}"),

	REQUIRED("{what} is required", "{what}是必填项"),

	REQUIRED_NOT_REMOVABLE("{what} is required; it cannot be removed", "{what}是必填项，不能删除");

	private final String english;

	private final String chinese;

	GraphErrors(String english, String chinese) {
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
