package io.chaingraph.security;

import java.util.Arrays;
import java.util.Set;

import io.chaingraph.system.error.ErrorMessage;
import io.chaingraph.system.error.ForbiddenException;
import org.jspecify.annotations.Nullable;

/**
 * The holder of the request's API key, or an anonymous viewer. Mutations record
 * {@link #name()} as their actor.
 *
 * @param name the key's name, "anonymous" without a key
 * @param roles what the key may do
 * @param enterprise for an ENTERPRISE key, the enterprise it acts for
 * @param department for a DEPARTMENT key, the department it acts for
 * @param expert for an EXPERT key, the expert it acts for
 * @param keyId the key's id, null when anonymous
 */
public record Viewer(String name, Set<Role> roles, @Nullable String enterprise, @Nullable String department,
		@Nullable String expert, @Nullable String keyId) {

	/** The viewer of a request without a key. */
	public static final Viewer ANONYMOUS = new Viewer("anonymous", Set.of(), null, null, null, null);

	/** Where the viewer is kept in a request's GraphQL context. */
	public static final String CONTEXT_KEY = "viewer";

	/**
	 * The viewer a request's GraphQL context carries; anonymous when it carries none.
	 */
	public static Viewer of(graphql.GraphQLContext context) {
		Viewer viewer = context.get(CONTEXT_KEY);
		return (viewer != null) ? viewer : ANONYMOUS;
	}

	public boolean authenticated() {
		return this.keyId != null;
	}

	public boolean has(Role... any) {
		return this.roles.contains(Role.ADMIN) || Arrays.stream(any).anyMatch(this.roles::contains);
	}

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	/**
	 * Refuses, as FORBIDDEN, a request whose key is scoped to something else.
	 */
	public void require(boolean inScope, ErrorMessage message, @Nullable Object... arguments) {
		if (!inScope && !isAdmin()) {
			throw new ForbiddenException(message, arguments);
		}
	}

}
