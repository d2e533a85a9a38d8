package io.chaingraph.graph;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflows' state machines and the model's declarations say the same thing: the
 * value sets of the status properties are the statuses the flows reach, and what the
 * flows own is what the model flags as workflow state.
 */
class StatusFlowTests {

	@Test
	void theModelsStatusSetsAreTheStatusesTheFlowsReach() {
		assertThat(StatusFlow.CHALLENGE.statuses()).containsExactlyInAnyOrderElementsOf(ModelValues.CHALLENGE_STATUSES);
		assertThat(StatusFlow.DEMAND.statuses()).containsExactlyInAnyOrderElementsOf(ModelValues.DEMAND_STATUSES);
		assertThat(NodeLabel.Challenge.rule("status").values())
			.containsExactlyElementsOf(ModelValues.CHALLENGE_STATUSES);
		assertThat(NodeLabel.Demand.rule("status").values()).containsExactlyElementsOf(ModelValues.DEMAND_STATUSES);
		assertThat(RelType.APPLIED_TO.rule("status").values())
			.containsExactlyElementsOf(StatusFlow.APPLICATION_STATUSES);
	}

	@Test
	void everyStatusAndTimestampOfAFlowIsFlaggedWorkflowStateInTheModel() {
		for (StatusFlow flow : StatusFlow.values()) {
			Set<String> owned = new java.util.HashSet<>(flow.timestampProperties());
			owned.add("status");
			for (String property : owned) {
				assertThat(flow.label().rule(property).workflowOwned()).as(flow.label() + "." + property).isTrue();
			}
		}
		for (RelType type : RelType.values()) {
			for (PropertyRule rule : type.rules().values()) {
				if (rule.workflowOwned()) {
					assertThat(StatusFlow.ownsRelationship(type)).as(type.name()).isTrue();
				}
			}
		}
	}

}
