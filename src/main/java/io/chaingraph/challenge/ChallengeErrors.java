package io.chaingraph.challenge;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause with challenges: posting, applying, the workflow's moves, team
 * proposals.
 */
enum ChallengeErrors implements ErrorMessage {

	NO_TECHNOLOGIES("Argument 'technologies' must name at least one technology", "参数 'technologies' 至少要指定一项技术"),

	NO_POSTER("No enterprise or consortium with id '{poster}' to post it", "没有 id 为“{poster}”的企业或创新联合体可以发布它"),

	NO_MEMBER("No expert, enterprise, university or institute with id '{member}'", "没有 id 为“{member}”的专家、企业、高校或科研院所"),

	NO_CHALLENGE("No challenge with id '{challenge}'", "没有 id 为“{challenge}”的揭榜任务"),

	MEMBER_TWICE("A team lists the same member twice, or its lead also as a partner", "团队重复列出了同一成员，或把牵头方也列为合作方"),

	NOT_OPEN_FOR_APPLICATIONS("Challenge '{challenge}' is {status}; teams apply only while it is OPEN",
			"揭榜任务“{challenge}”当前为 {status}；只有在 OPEN（开放）状态时团队才能申请"),

	DEADLINE_PASSED("The deadline of challenge '{challenge}' was {deadline}",
			"揭榜任务“{challenge}”的截止日期是 {deadline}，已经过去"),

	TOO_MANY_PARTNERS("A team may have one lead and at most {maxPartners} partners; this one has {partners} partners",
			"一个团队只能有一个牵头方和至多 {maxPartners} 个合作方；该团队有 {partners} 个合作方"),

	TEAM_DOES_NOT_COVER(
			"The team does not cover the targeted technologies {uncovered}: no member, and no expert of a member organisation, knows them",
			"团队未覆盖目标技术 {uncovered}：没有成员、也没有成员单位的专家掌握这些技术"),

	HORSE_RACE_NOT_AWARDABLE("Challenge '{challenge}' is {status}; a horse race is awarded only when {awardable}",
			"揭榜任务“{challenge}”当前为 {status}；赛马只有在 {awardable} 状态时才能授予"),

	COMPETITION_NOT_AWARDABLE(
			"Challenge '{challenge}' is {status}; an open competition is awarded only when {awardable}",
			"揭榜任务“{challenge}”当前为 {status}；揭榜挂帅只有在 {awardable} 状态时才能授予"),

	WRONG_STATUS_FOR_MOVE("Challenge '{challenge}' is {status}; it can become {to} only from {from}",
			"揭榜任务“{challenge}”当前为 {status}；只有从 {from} 才能变为 {to}"),

	WRONG_MODE_FOR_MOVE("Challenge '{challenge}' is an {mode}; only a {required} becomes {to}",
			"揭榜任务“{challenge}”的方式是 {mode}；只有 {required} 才能变为 {to}"),

	TEAM_TWICE("Argument 'teams' names a team twice", "参数 'teams' 重复列出了同一个团队"),

	TEAM_COUNT("Argument 'teams' must name {min} to {max} teams; it names {count}",
			"参数 'teams' 须列出 {min} 到 {max} 个团队；实际列出 {count} 个"),

	TEAM_DID_NOT_APPLY("Team '{team}' did not apply to challenge '{challenge}'", "团队“{team}”没有申请揭榜任务“{challenge}”"),

	TEAM_WRONG_STATUS("Team '{team}' is {status}; it must be {required}", "团队“{team}”当前为 {status}；须为 {required}"),

	CLOSED_WHEN_OVERDUE(
			"Challenge '{challenge}' is CLOSED: its deadline {deadline} passed while it was OPEN, so the system closed it and no move acts on it",
			"揭榜任务“{challenge}”已关闭（CLOSED）：它在开放期间过了截止日期 {deadline}，系统已将其关闭，任何操作都不再作用于它"),

	DEADLINE_NOT_AFTER_TODAY("Argument 'deadline' must be after today ({today}); got '{deadline}'",
			"参数 'deadline'（截止日期）须晚于今天（{today}）；收到的是“{deadline}”"),

	TECHNOLOGY_NOT_ON_CHAIN(
			"Technology '{technology}' is not on chain '{chain}': neither it nor a technology it is part of is a bottleneck of the chain, its segments or its sub-chains",
			"技术“{technology}”不在产业链“{chain}”上：它本身及其所属的上级技术都不是该产业链、其环节或其子链的瓶颈技术"),

	POSTER_IN_TEAM("'{member}' posted challenge '{challenge}' and cannot be in a team applying to it",
			"“{member}”发布了揭榜任务“{challenge}”，不能加入申请该任务的团队"),

	POSTERS_PERSON_IN_TEAM(
			"'{member}' is one of the poster's people (through '{via}') and cannot be in a team applying to challenge '{challenge}'",
			"“{member}”是发布方的人员（经由“{via}”），不能加入申请揭榜任务“{challenge}”的团队"),

	SAME_TEAM_APPLIED(
			"A team applies once: team '{team}' with the same members already applied to challenge '{challenge}'",
			"一个团队只能申请一次：成员相同的团队“{team}”已经申请了揭榜任务“{challenge}”"),

	EXPERT_IN_COMPETING_TEAM(
			"Expert '{expert}' is already in team '{team}' of horse race '{challenge}'; a person may be in one competing team only",
			"专家“{expert}”已在赛马任务“{challenge}”的团队“{team}”中；一个人只能加入一个参赛团队"),

	EXPERT_CONFLICT(
			"Expert '{expert}' has a conflict of interest with challenge '{challenge}' ({reason}): {path}; a team applying to it may not include them",
			"专家“{expert}”与揭榜任务“{challenge}”存在利益冲突（{reason}）：{path}；申请该任务的团队不能包括该专家"),

	LEAD_NOT_OF_ENTERPRISE(
			"This key applies only for teams that enterprise '{enterprise}' leads, itself or through one of its experts; '{lead}' is not one of them",
			"此密钥只能为企业“{enterprise}”（本身或通过其专家）牵头的团队申请；“{lead}”不在其中"),

	KEY_OF_NO_ENTERPRISE("This key is bound to no enterprise and applies for no team", "此密钥未绑定企业，不能为任何团队申请"),

	REPOST_DIFFERS(
			"A Challenge with id '{challenge}' exists with other values for {properties}; post the new one under another id",
			"id 为“{challenge}”的揭榜任务已存在，且 {properties} 的值不同；请用另一个 id 发布新任务"),

	PROPOSAL_NOT_OPEN(
			"Challenge '{challenge}' is {status}; teams are proposed only for an OPEN challenge, which teams can still apply to",
			"揭榜任务“{challenge}”当前为 {status}；只为仍可申请的 OPEN（开放）任务推荐团队"),

	PROPOSAL_PAST_DEADLINE(
			"Challenge '{challenge}' is past its deadline {deadline}; teams are proposed only for an OPEN challenge before its deadline",
			"揭榜任务“{challenge}”已过截止日期 {deadline}；只为截止日期前的 OPEN（开放）任务推荐团队");

	private final String english;

	private final String chinese;

	ChallengeErrors(String english, String chinese) {
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
