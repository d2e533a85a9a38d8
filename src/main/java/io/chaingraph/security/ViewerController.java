package io.chaingraph.security;

import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.viewer}, {@code Mutation.issueApiKey} and {@code Mutation.revokeApiKey}.
 */
@Controller
class ViewerController {

	private final ApiKeys keys;

	ViewerController(ApiKeys keys) {
		this.keys = keys;
	}

	record IssueApiKeyInput(String name, List<Role> roles, @Nullable String enterprise, @Nullable String department,
			@Nullable String expert) {

	}

	@QueryMapping
	Viewer viewer(@ContextValue(name = Viewer.CONTEXT_KEY, required = false) @Nullable Viewer viewer) {
		return (viewer != null) ? viewer : Viewer.ANONYMOUS;
	}

	@SchemaMapping(typeName = "Viewer", field = "roles")
	List<Role> roles(Viewer viewer) {
		return viewer.roles().stream().sorted().toList();
	}

	@MutationMapping
	ApiKeys.Issued issueApiKey(@Argument IssueApiKeyInput input,
			@ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		return this.keys.issue(input.name(),
				input.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(input.roles()),
				input.enterprise(), input.department(), input.expert(), viewer.name());
	}

	@MutationMapping
	RevokedApiKey revokeApiKey(@Argument String id, @ContextValue(name = Viewer.CONTEXT_KEY) Viewer viewer) {
		this.keys.revoke(id, viewer.name());
		return new RevokedApiKey(id);
	}

}
