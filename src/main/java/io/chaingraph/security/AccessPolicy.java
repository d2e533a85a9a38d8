package io.chaingraph.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.system.ForbiddenException;
import io.chaingraph.system.UnauthorizedException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What each role may do, decided once per root field before its data fetcher runs, so a
 * refused mutation never starts a transaction. Every mutation must be named here: one
 * that is not is refused to everyone but ADMIN, and a test walks the schema to keep the
 * list complete.
 */
@Component
public class AccessPolicy extends SimplePerformantInstrumentation {

	private static final Set<Role> CURATE = EnumSet.of(Role.COORDINATOR);

	private static final Map<String, Set<Role>> MUTATIONS = Map.ofEntries(Map.entry("importGraph", CURATE),
			Map.entry("loadSeed", CURATE), Map.entry("createRelationship", CURATE),
			Map.entry("updateRelationship", CURATE), Map.entry("deleteRelationship", CURATE),
			Map.entry("postChallenge", EnumSet.of(Role.ORGANIZER)),
			Map.entry("applyToChallenge", EnumSet.of(Role.ORGANIZER, Role.ENTERPRISE)),
			Map.entry("shortlistTeams", EnumSet.of(Role.ORGANIZER)), Map.entry("fundTeams", EnumSet.of(Role.ORGANIZER)),
			Map.entry("awardChallenge", EnumSet.of(Role.ORGANIZER)),
			Map.entry("closeChallenge", EnumSet.of(Role.ORGANIZER)),
			Map.entry("raiseDemand", EnumSet.of(Role.ENTERPRISE)),
			Map.entry("dispatchDemand", EnumSet.of(Role.COORDINATOR)),
			Map.entry("acceptDemand", EnumSet.of(Role.DEPARTMENT)),
			Map.entry("resolveDemand", EnumSet.of(Role.DEPARTMENT)), Map.entry("issueApiKey", Set.of()),
			Map.entry("revokeApiKey", Set.of()));

	/** Queries that only some roles may run. */
	private static final Map<String, Set<Role>> RESTRICTED_QUERIES = Map.of("changes", CURATE);

	private final SecurityProperties properties;

	AccessPolicy(SecurityProperties properties) {
		this.properties = properties;
	}

	/**
	 * The roles besides ADMIN that may call a mutation; empty when only ADMIN may, or
	 * when the mutation is unknown.
	 */
	public static Set<Role> rolesFor(String mutation) {
		return Optional.ofNullable(MUTATIONS.get(mutation)).or(() -> curation(mutation)).orElse(Set.of());
	}

	/**
	 * Whether the policy names this mutation.
	 */
	public static boolean covers(String mutation) {
		return MUTATIONS.containsKey(mutation) || curation(mutation).isPresent();
	}

	private static Optional<Set<Role>> curation(String mutation) {
		for (String verb : new String[] { "create", "update", "delete" }) {
			if (mutation.startsWith(verb)
					&& NodeLabel.find(mutation.substring(verb.length())).filter(NodeLabel::isIdSpace).isPresent()) {
				return Optional.of(CURATE);
			}
		}
		return Optional.empty();
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, @Nullable InstrumentationState state) {
		DataFetchingEnvironment env = parameters.getEnvironment();
		// Called for every field of every answer: the cheapest test first, and no walk up
		// the path.
		if (!parameters.getExecutionStepInfo().getPath().getParent().isRootPath() || !this.properties.enabled()
				|| !(env.getParentType() instanceof GraphQLObjectType parent)) {
			return dataFetcher;
		}
		RuntimeException refusal = refusal(parent.getName(), env.getFieldDefinition().getName(),
				Viewer.of(env.getGraphQlContext()));
		if (refusal == null) {
			return dataFetcher;
		}
		// Thrown from the data fetcher, the refusal becomes a classified field error.
		return (refused) -> {
			throw refusal;
		};
	}

	@Nullable RuntimeException refusal(String operation, String field, Viewer viewer) {
		if (operation.equals("Mutation")) {
			return refusal(viewer, rolesFor(field), "mutation '%s'".formatted(field));
		}
		if (RESTRICTED_QUERIES.containsKey(field)) {
			return refusal(viewer, RESTRICTED_QUERIES.get(field), "query '%s'".formatted(field));
		}
		if (!viewer.authenticated() && !this.properties.anonymousReads() && !field.equals("viewer")
				&& !field.startsWith("__")) {
			return new UnauthorizedException(
					"Reading needs an API key here: send 'Authorization: Bearer <key>' (anonymous reads are off)");
		}
		return null;
	}

	private static @Nullable RuntimeException refusal(Viewer viewer, Set<Role> allowed, String what) {
		if (!viewer.authenticated()) {
			return new UnauthorizedException(
					"The %s needs an API key with one of the roles %s: send 'Authorization: Bearer <key>'"
						.formatted(what, names(allowed)));
		}
		if (!viewer.has(allowed.toArray(Role[]::new))) {
			return new ForbiddenException("The %s needs one of the roles %s; this key has %s".formatted(what,
					names(allowed), viewer.roles()));
		}
		return null;
	}

	private static String names(Set<Role> allowed) {
		Set<Role> all = EnumSet.of(Role.ADMIN);
		all.addAll(allowed);
		return all.toString();
	}

}
