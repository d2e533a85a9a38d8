package io.chaingraph.demand;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The demand mutations. Until requests carry an authenticated user, changes are recorded
 * as made by "anonymous".
 */
@Controller
class DemandController {

	static final String ACTOR = "anonymous";

	private final DemandWorkflow workflow;

	DemandController(DemandWorkflow workflow) {
		this.workflow = workflow;
	}

	record RaiseDemandInput(String enterprise, String kind, String name, @Nullable String description,
			List<String> technologies) {

	}

	@MutationMapping
	Map<String, Object> raiseDemand(@Argument RaiseDemandInput input) {
		return Map.of("demand", this.workflow.raise(input.enterprise(), input.kind(), input.name(), input.description(),
				input.technologies(), ACTOR));
	}

	@MutationMapping
	Map<String, Object> dispatchDemand(@Argument String demand, @Argument String committee,
			@Argument @Nullable String department, @Argument @Nullable List<String> experts) {
		return Map.of("demand", this.workflow.dispatch(demand, committee, department, experts, ACTOR));
	}

	@MutationMapping
	Map<String, Object> acceptDemand(@Argument String demand, @Argument String department) {
		return Map.of("demand", this.workflow.accept(demand, department, ACTOR));
	}

	@MutationMapping
	Map<String, Object> resolveDemand(@Argument String demand, @Argument @Nullable String note) {
		return Map.of("demand", this.workflow.resolve(demand, note, ACTOR));
	}

}
