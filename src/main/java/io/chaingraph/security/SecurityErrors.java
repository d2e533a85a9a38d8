package io.chaingraph.security;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors of keys and of the access policy.
 */
enum SecurityErrors implements ErrorMessage {

	KEY_NOT_VALID(
			"The API key is not valid, or was revoked; send 'Authorization: Bearer <key>' with a current key, or no Authorization header to read anonymously",
			"API 密钥无效或已被吊销；请用有效的密钥发送 'Authorization: Bearer <key>'，或不带 Authorization 请求头以匿名读取"),

	KEYS_UNAVAILABLE("The graph database is unavailable; try again shortly.", "图数据库暂时不可用，请稍后重试。"),

	KEY_UNCHECKED("The graph database is unavailable, so the API key could not be checked; subscribe again shortly.",
			"图数据库暂时不可用，无法核验 API 密钥；请稍后重新订阅。"),

	KEY_NO_LONGER_VALID(
			"The API key this WebSocket connected with is no longer valid (revoked?); connect again with a current key",
			"此 WebSocket 连接时使用的 API 密钥已失效（可能已被吊销）；请用有效的密钥重新连接"),

	READING_NEEDS_KEY("Reading needs an API key here: send 'Authorization: Bearer <key>' (anonymous reads are off)",
			"此服务读取数据需要 API 密钥：请发送 'Authorization: Bearer <key>'（匿名读取已关闭）"),

	MUTATION_NEEDS_KEY(
			"The mutation '{field}' needs an API key with one of the roles {roles}: send 'Authorization: Bearer <key>'",
			"变更操作“{field}”需要具有以下角色之一的 API 密钥：{roles}；请发送 'Authorization: Bearer <key>'"),

	MUTATION_NEEDS_ROLE("The mutation '{field}' needs one of the roles {roles}; this key has {keyRoles}",
			"变更操作“{field}”需要以下角色之一：{roles}；此密钥的角色为 {keyRoles}"),

	QUERY_NEEDS_KEY(
			"The query '{field}' needs an API key with one of the roles {roles}: send 'Authorization: Bearer <key>'",
			"查询“{field}”需要具有以下角色之一的 API 密钥：{roles}；请发送 'Authorization: Bearer <key>'"),

	QUERY_NEEDS_ROLE("The query '{field}' needs one of the roles {roles}; this key has {keyRoles}",
			"查询“{field}”需要以下角色之一：{roles}；此密钥的角色为 {keyRoles}"),

	ACTOR_FILTER_NEEDS_KEY(
			"The filter or ordering of statusChanges by actor needs an API key with one of the roles {roles}: send 'Authorization: Bearer <key>'",
			"按操作者筛选或排序 statusChanges 需要具有以下角色之一的 API 密钥：{roles}；请发送 'Authorization: Bearer <key>'"),

	ACTOR_FILTER_NEEDS_ROLE(
			"The filter or ordering of statusChanges by actor needs one of the roles {roles}; this key has {keyRoles}",
			"按操作者筛选或排序 statusChanges 需要以下角色之一：{roles}；此密钥的角色为 {keyRoles}"),

	KEY_NEEDS_NAME_AND_ROLE("A key needs a name and at least one role", "密钥需要一个名称和至少一个角色"),

	ENTERPRISE_KEY_SCOPE("An ENTERPRISE key needs 'enterprise', and only an ENTERPRISE key takes it",
			"ENTERPRISE（企业）密钥必须给出 'enterprise'，且只有 ENTERPRISE 密钥可以给出它"),

	DEPARTMENT_KEY_SCOPE("A DEPARTMENT key needs 'department', and only a DEPARTMENT key takes it",
			"DEPARTMENT（部门）密钥必须给出 'department'，且只有 DEPARTMENT 密钥可以给出它"),

	EXPERT_KEY_SCOPE("An EXPERT key needs 'expert', and only an EXPERT key takes it",
			"EXPERT（专家）密钥必须给出 'expert'，且只有 EXPERT 密钥可以给出它"),

	NO_API_KEY("No API key with id '{key}'", "没有 id 为“{key}”的 API 密钥");

	private final String english;

	private final String chinese;

	SecurityErrors(String english, String chinese) {
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
