package io.chaingraph.ask;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause with a question.
 */
enum AskErrors implements ErrorMessage {

	EMPTY_QUESTION("Argument 'question' is empty", "参数 'question' 为空"),

	TOO_MANY_CHOICES("Argument 'entities' holds {count} choices; at most {max} are taken",
			"参数 'entities' 含 {count} 个选择；最多 {max} 个"),

	ROLE_TWICE("Role {role} is chosen more than once in 'entities'; choose one node per role",
			"'entities' 中角色 {role} 被选择了多次；每个角色只能选一个节点"),

	ROLE_NOT_CHOOSABLE("Role {role} is no argument of any query and cannot be chosen", "角色 {role} 不是任何查询的参数，不能选择"),

	NO_CHOSEN_NODE("No node with id '{id}', chosen for role {role}", "没有 id 为“{id}”的节点（为角色 {role} 选择）"),

	WRONG_LABEL("Node '{id}' is a {label} and cannot fill role {role}, which takes: {labels}",
			"节点“{id}”是 {label}，不能担任角色 {role}；该角色只接受：{labels}"),

	ROLE_NOT_TAKEN("The question asks for {type}, which takes no node for role {role}; it takes: {roles}",
			"该问题属于 {type}，不接受角色 {role} 的节点；它接受：{roles}"),

	CHOICE_WITHOUT_TYPE(
			"Role {role} was chosen, but what the question asks was not understood, so no role can be filled; reword the question first",
			"选择了角色 {role}，但没有读懂问题要问什么，因此无法填入任何角色；请先改写问题");

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
