package io.chaingraph.curation;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause when they curate nodes and relationships.
 */
enum CurationErrors implements ErrorMessage {

	CREATED_BY_WORKFLOW(
			"A {label} is created by {mutation}, which records its status and history; curation may change its other properties",
			"{label} 由 {mutation} 创建，它会记录状态和历史；数据维护只能修改其其他属性"),

	NODE_EXISTS_DIFFERENT(
			"A {label} with id '{id}' exists with other values for {properties}; change it with update{label}",
			"id 为“{id}”的 {label} 已存在，且 {properties} 的值不同；请用 update{label} 修改它"),

	ID_CANNOT_CHANGE("A node's id cannot change; create a new node instead", "节点的 id 不能修改；请改为新建一个节点"),

	NODE_HAS_RELATIONSHIPS(
			"{label} '{id}' has {count} relationship(s); delete them first, or pass detach: true to delete them with it",
			"{label}“{id}”有 {count} 个关系；请先删除这些关系，或传入 detach: true 将其一并删除"),

	NODE_IN_WORKFLOW(
			"{label} '{id}' takes part in a challenge's or demand's workflow ({relationships}); those relationships are workflow state, deleted only with their challenge or demand",
			"{label}“{id}”参与了揭榜任务或需求的流程（{relationships}）；这些关系属于流程状态，只能随其揭榜任务或需求一并删除"),

	PROPERTY_IS_WORKFLOW_STATE("Property '{property}' of {label} is workflow state; only {mutations} write it",
			"{label} 的属性 '{property}' 属于流程状态；只有 {mutations} 可以写入"),

	NO_CURATABLE_PROPERTY("{label} has no property '{property}' that curation may set",
			"{label} 没有可由数据维护设置的属性 '{property}'"),

	RELATIONSHIP_EXISTS_DIFFERENT(
			"{type} from '{from}' to '{to}' exists with other values for {properties}; change it with updateRelationship",
			"从“{from}”到“{to}”的 {type} 关系已存在，且 {properties} 的值不同；请用 updateRelationship 修改它"),

	NO_RELATIONSHIP("No {type} from '{from}' to '{to}'", "没有从“{from}”到“{to}”的 {type} 关系"),

	NO_START_NODE("No node with id '{id}' that {type} may start at ({labels})",
			"没有 id 为“{id}”、且可作为 {type} 关系起点的节点（{labels}）"),

	NO_END_NODE("No node with id '{id}' that {type} may end at ({labels})",
			"没有 id 为“{id}”、且可作为 {type} 关系终点的节点（{labels}）"),

	RELATIONSHIP_IS_WORKFLOW_STATE(
			"{type} is workflow state; only {mutations} write it, and it is deleted with its challenge or demand",
			"{type} 关系属于流程状态；只有 {mutations} 可以写入，并随其揭榜任务或需求一并删除"),

	NO_RELATIONSHIP_PROPERTY("{type} has no property '{property}'; it has {properties}",
			"{type} 关系没有属性 '{property}'；它的属性有 {properties}"),

	PROPERTY_TWICE("Property '{property}' is given twice", "属性 '{property}' 给出了两次");

	private final String english;

	private final String chinese;

	CurationErrors(String english, String chinese) {
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
