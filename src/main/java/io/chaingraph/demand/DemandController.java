package io.chaingraph.demand;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.chaingraph.graph.GraphReads;
import io.chaingraph.security.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The demand mutations, recorded as made by the request's API key. An ENTERPRISE key
 * raises demands for its own enterprise only, and a DEPARTMENT key takes and resolves
 * only what was sent to its department.
 */
@Controller
class DemandController {

	private final DemandWorkflow workflow;

	private final GraphReads reads;

	DemandController(DemandWorkflow workflow, GraphReads reads) {
		this.workflow = workflow;
		this.reads = reads;
	}

	record RaiseDemandInput(String enterprise, String kind, String name, @Nullable String description,
			List<String> technologies) {

	}

	@MutationMapping
	Map<String, Object> raiseDemand(@Argument RaiseDemandInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		viewer.require(input.enterprise().equals(viewer.enterprise()),
				"This key raises demands for enterprise '%s' only, not for '%s'".formatted(viewer.enterprise(),
						input.enterprise()));
		return Map.of("demand", this.workflow.raise(input.enterprise(), input.kind(), input.name(), input.description(),
				input.technologies(), viewer.name()));
	}

	@MutationMapping
	Map<String, Object> dispatchDemand(@Argument String demand, @Argument String committee,
			@Argument @Nullable String department, @Argument @Nullable List<String> experts,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		return Map.of("demand", this.workflow.dispatch(demand, committee, department, experts, viewer.name()));
	}

	@MutationMapping
	Map<String, Object> acceptDemand(@Argument String demand, @Argument String department,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		viewer.require(department.equals(viewer.department()),
				"This key acts for department '%s' only, not for '%s'".formatted(viewer.department(), department));
		return Map.of("demand", this.workflow.accept(demand, department, viewer.name()));
	}

	@MutationMapping
	Map<String, Object> resolveDemand(@Argument String demand, @Argument @Nullable String note,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		viewer.require(
				viewer.department() != null && !this.reads
					.read("MATCH (:Department {id: $department})-[:ACCEPTED]->(d:Demand {id: $demand}) RETURN d.id",
							Map.of("department", viewer.department(), "demand", demand))
					.isEmpty(),
				"This key resolves only demands its department '%s' accepted".formatted(viewer.department()));
		return Map.of("demand", this.workflow.resolve(demand, note, viewer.name()));
	}

}
