package io.chaingraph.audit;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause when they read the audit trail.
 */
enum AuditErrors implements ErrorMessage {

	NOT_AN_OFFSET_DATE_TIME("Argument 'since' is not an ISO-8601 date-time with an offset: {since}",
			"参数 'since' 不是带时区偏移的 ISO-8601 日期时间：{since}");

	private final String english;

	private final String chinese;

	AuditErrors(String english, String chinese) {
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
