package io.chaingraph.demand;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause with demands: raising one and the moves of its workflow.
 */
enum DemandErrors implements ErrorMessage {

	TECHNOLOGY_DEMAND_WITHOUT_TECHNOLOGY("A TECHNOLOGY demand names at least one technology in 'technologies'",
			"TECHNOLOGY（技术）类需求须在 'technologies' 中至少指定一项技术"),

	NO_CHAIN_COMMITTEE("No chain committee with id '{committee}'", "没有 id 为“{committee}”的产业链党委"),

	NO_DEMAND("No demand with id '{demand}'", "没有 id 为“{demand}”的需求"),

	DISPATCH_WITHOUT_TAKER("Dispatch to a department, or to experts for a technology demand", "请派单给一个部门；技术类需求也可派给专家"),

	EXPERTS_ONLY_FOR_TECHNOLOGY("Only a technology demand is dispatched to experts", "只有技术类需求才能派给专家"),

	NOT_DISPATCHED_TO("Demand '{demand}' was not dispatched to '{taker}'", "需求“{demand}”没有派给“{taker}”"),

	RESOLVES_ONLY_DEPARTMENT("This key resolves only demands its department '{department}' accepted",
			"此密钥只能办结其部门“{department}”接单的需求"),

	RESOLVES_ONLY_EXPERT("This key resolves only demands its expert '{expert}' accepted", "此密钥只能办结其专家“{expert}”接单的需求"),

	RESOLVES_ONLY_DEPARTMENT_OR_EXPERT(
			"This key resolves only demands its department '{department}' or its expert '{expert}' accepted",
			"此密钥只能办结其部门“{department}”或其专家“{expert}”接单的需求"),

	ACTS_FOR_DEPARTMENT_ONLY("This key acts for department '{department}' only, not for '{taker}'",
			"此密钥只代表部门“{department}”，不代表“{taker}”"),

	ACTS_FOR_EXPERT_ONLY("This key acts for expert '{expert}' only, not for '{taker}'",
			"此密钥只代表专家“{expert}”，不代表“{taker}”"),

	ACTS_FOR_DEPARTMENT_OR_EXPERT_ONLY(
			"This key acts for department '{department}' or expert '{expert}' only, not for '{taker}'",
			"此密钥只代表部门“{department}”或专家“{expert}”，不代表“{taker}”"),

	ACTS_FOR_NO_TAKER("This key acts for no department or expert, so not for '{taker}'",
			"此密钥不代表任何部门或专家，因此不代表“{taker}”"),

	RAISES_ONLY_FOR_OWN_ENTERPRISE("This key raises demands for enterprise '{enterprise}' only, not for '{requested}'",
			"此密钥只能为企业“{enterprise}”提需求，不能为“{requested}”提"),

	DEMAND_NOT_RAISED("Demand '{demand}' is {status}; only a RAISED demand can be dispatched",
			"需求“{demand}”当前为 {status}；只有 RAISED（已点单）的需求才能派单"),

	DEMAND_NOT_DISPATCHED("Demand '{demand}' is {status}; only a DISPATCHED demand can be accepted",
			"需求“{demand}”当前为 {status}；只有 DISPATCHED（已派单）的需求才能接单"),

	DEMAND_NOT_ACCEPTED("Demand '{demand}' is {status}; only an ACCEPTED demand can be resolved",
			"需求“{demand}”当前为 {status}；只有 ACCEPTED（已接单）的需求才能办结"),

	ON_NO_CHAIN(
			"Demand '{demand}' is on no chain: the enterprise that raised it neither leads a chain nor works in a segment of one, so no chain committee dispatches it",
			"需求“{demand}”不在任何产业链上：提出它的企业既不是链主，也不在任何产业链环节中，因此没有产业链党委可以派单"),

	COMMITTEE_OF_OTHER_CHAIN(
			"Committee '{committee}' guides {guided}, but demand '{demand}' is on {chains}; only the committee of a demand's chain dispatches it",
			"党委“{committee}”指导的是 {guided}，而需求“{demand}”在 {chains} 上；只有需求所在产业链的党委才能派单");

	private final String english;

	private final String chinese;

	DemandErrors(String english, String chinese) {
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
