package io.chaingraph.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.chaingraph.graph.NodeLabel;
import io.chaingraph.security.Viewer;
import io.chaingraph.system.error.ForbiddenException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The demand mutations, recorded as made by the request's API key. An ENTERPRISE key
 * raises demands for its own enterprise only; a DEPARTMENT key takes only what was sent
 * to its department, and an EXPERT key only what was sent to its expert, and each
 * resolves only what it took.
 */
@Controller
class DemandController {

	private final DemandWorkflow workflow;

	DemandController(DemandWorkflow workflow) {
		this.workflow = workflow;
	}

	record RaiseDemandInput(String enterprise, String kind, String name, @Nullable String description,
			List<String> technologies) {

	}

	/**
	 * What a step of the demand workflow answers.
	 *
	 * @param demand the demand, with its new status, as every read serves nodes
	 */
	record DemandPayload(Map<String, Object> demand) {

	}

	@MutationMapping
	DemandPayload raiseDemand(@Argument RaiseDemandInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		viewer.require(input.enterprise().equals(viewer.enterprise()), DemandErrors.RAISES_ONLY_FOR_OWN_ENTERPRISE,
				viewer.enterprise(), input.enterprise());
		return new DemandPayload(this.workflow.raise(input.enterprise(), input.kind(), input.name(),
				input.description(), input.technologies(), viewer.name()));
	}

	@MutationMapping
	DemandPayload dispatchDemand(@Argument String demand, @Argument String committee,
			@Argument @Nullable String department, @Argument @Nullable List<String> experts,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		return new DemandPayload(this.workflow.dispatch(demand, committee, department, experts, viewer.name()));
	}

	// The argument is named department for both kinds of taker.
	@MutationMapping
	DemandPayload acceptDemand(@Argument String demand, @Argument String department,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		if (viewer.isAdmin()) {
			return new DemandPayload(this.workflow.accept(demand, department, null, viewer.name()));
		}
		List<DemandWorkflow.Taker> scope = scope(viewer);
		DemandWorkflow.Taker taker = scope.stream()
			.filter((candidate) -> candidate.id().equals(department))
			.findFirst()
			.orElseThrow(() -> DemandWorkflow.outOfScope(scope, DemandErrors.ACTS_FOR_DEPARTMENT_ONLY,
					DemandErrors.ACTS_FOR_EXPERT_ONLY, DemandErrors.ACTS_FOR_DEPARTMENT_OR_EXPERT_ONLY, department));
		return new DemandPayload(this.workflow.accept(demand, department, taker.label(), viewer.name()));
	}

	@MutationMapping
	DemandPayload resolveDemand(@Argument String demand, @Argument @Nullable String note,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		return new DemandPayload(
				this.workflow.resolve(demand, note, viewer.isAdmin() ? null : scope(viewer), viewer.name()));
	}

	// What a DEPARTMENT or EXPERT key acts for; the policy lets no other key but ADMIN
	// through.
	private static List<DemandWorkflow.Taker> scope(Viewer viewer) {
		List<DemandWorkflow.Taker> scope = new ArrayList<>();
		if (viewer.department() != null) {
			scope.add(new DemandWorkflow.Taker(NodeLabel.Department, viewer.department()));
		}
		if (viewer.expert() != null) {
			scope.add(new DemandWorkflow.Taker(NodeLabel.Expert, viewer.expert()));
		}
		return scope;
	}

}
