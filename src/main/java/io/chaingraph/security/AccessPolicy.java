package io.chaingraph.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.chaingraph.graph.NodeLabel;
import io.chaingraph.graph.RootReadGuard;
import io.chaingraph.system.ForbiddenException;
import io.chaingraph.system.UnauthorizedException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each role may do, decided for each root field before its data fetcher runs, so a
 * refused mutation never starts a transaction. Every mutation must be named here: one
 * that is not is refused to everyone but ADMIN, and a test walks the schema to keep the
 * list complete.
 */
@Configuration(proxyBeanMethods = false)
public class AccessPolicy implements RootReadGuard {

	private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

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
			Map.entry("acceptDemand", EnumSet.of(Role.DEPARTMENT, Role.EXPERT)),
			Map.entry("resolveDemand", EnumSet.of(Role.DEPARTMENT, Role.EXPERT)), Map.entry("issueApiKey", Set.of()),
			Map.entry("revokeApiKey", Set.of()));

	/**
	 * Queries that only some roles may run: the audit trail, the import jobs, whose
	 * errors quote the files the curators sent, and the export, the whole graph with its
	 * workflow actors in one answer (GET /export asks for it as this query too).
	 */
	private static final Map<String, Set<Role>> RESTRICTED_QUERIES = Map.of("changes", CURATE, "importJobs", CURATE,
			"importJob", CURATE, "exportGraph", CURATE);

	/**
	 * Fields that hold an API key's name, answered as null to other viewers: a key's name
	 * says who holds it ("ministry import robot"), which is for the curators only, while
	 * the rest of a workflow history stays public.
	 */
	private static final Map<FieldCoordinates, Set<Role>> KEY_NAMES = Map
		.of(FieldCoordinates.coordinates("StatusChange", "actor"), CURATE);

	/** The same names reached through a query's filter or ordering. */
	private static final String KEY_NAME_QUERY = "statusChanges";

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

	/**
	 * Wraps the data fetcher of every root field (of Query, Mutation and Subscription)
	 * with the policy's check, once, when the schema is built: the fields below the root
	 * pay nothing. Spring's own decorators wrap the fetchers the same way.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer accessPolicyCustomizer() {
		return (builder) -> builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
			@Override
			public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
					TraverserContext<GraphQLSchemaElement> context) {
				if (!AccessPolicy.this.properties.enabled()
						|| !(context.getParentNode() instanceof GraphQLObjectType parent)) {
					return TraversalControl.CONTINUE;
				}
				GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
				FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
				if (ROOTS.contains(parent.getName())) {
					registry.dataFetcher(coordinates,
							checked(parent.getName(), field.getName(), registry.getDataFetcher(coordinates, field)));
				}
				else if (KEY_NAMES.containsKey(coordinates)) {
					registry.dataFetcher(coordinates,
							hidden(KEY_NAMES.get(coordinates), registry.getDataFetcher(coordinates, field)));
				}
				return TraversalControl.CONTINUE;
			}
		}));
	}

	private DataFetcher<?> checked(String operation, String field, DataFetcher<?> fetcher) {
		return (env) -> {
			// Thrown from the data fetcher, the refusal becomes a classified field error.
			RuntimeException refusal = refusal(operation, field, env.getArguments(), env.getGraphQlContext());
			if (refusal != null) {
				throw refusal;
			}
			return fetcher.get(env);
		};
	}

	@Override
	public @Nullable RuntimeException refusal(String field, Map<String, Object> arguments, GraphQLContext context) {
		return this.properties.enabled() ? refusal("Query", field, arguments, context) : null;
	}

	private @Nullable RuntimeException refusal(String operation, String field, Map<String, Object> arguments,
			GraphQLContext context) {
		if (context.get(ViewerInterceptor.KEY_CHECK_FAILED) instanceof RuntimeException failure) {
			return failure;
		}
		if (Boolean.TRUE.equals(context.get(ViewerInterceptor.KEY_REFUSED))) {
			return new UnauthorizedException(SecurityErrors.KEY_NO_LONGER_VALID);
		}
		Viewer viewer = Viewer.of(context);
		RuntimeException refusal = refusal(operation, field, viewer);
		if (refusal == null && field.equals(KEY_NAME_QUERY)) {
			refusal = keyNameRefusal(viewer, where(arguments), orderBy(arguments));
		}
		return refusal;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> where(Map<String, Object> arguments) {
		return (Map<String, Object>) arguments.get("where");
	}

	@SuppressWarnings("unchecked")
	private static @Nullable List<Map<String, Object>> orderBy(Map<String, Object> arguments) {
		return (List<Map<String, Object>>) arguments.get("orderBy");
	}

	private static DataFetcher<?> hidden(Set<Role> allowed, DataFetcher<?> fetcher) {
		Role[] roles = allowed.toArray(Role[]::new);
		return (env) -> Viewer.of(env.getGraphQlContext()).has(roles) ? fetcher.get(env) : null;
	}

	/**
	 * Refuses a filter or ordering by actor to viewers who may not see actors: the answer
	 * would tell whether a key of a guessed name made a change.
	 */
	static @Nullable RuntimeException keyNameRefusal(Viewer viewer, @Nullable Map<String, Object> where,
			@Nullable List<Map<String, Object>> orderBy) {
		boolean byActor = (where != null && (where.get("actor") != null || where.get("actor_in") != null))
				|| (orderBy != null
						&& orderBy.stream().anyMatch((order) -> "actor".equals(String.valueOf(order.get("field")))));
		return byActor
				? refusal(viewer, CURATE, SecurityErrors.ACTOR_FILTER_NEEDS_KEY, SecurityErrors.ACTOR_FILTER_NEEDS_ROLE)
				: null;
	}

	/**
	 * Why the viewer may not call this root field ({@code operation} is Query, Mutation
	 * or Subscription), as the UNAUTHORIZED or FORBIDDEN exception to throw; null when it
	 * may. For doors besides GraphQL that serve what a field serves, so that they are
	 * locked the same way.
	 */
	public @Nullable RuntimeException refusal(String operation, String field, Viewer viewer) {
		if (operation.equals("Mutation")) {
			return refusal(viewer, rolesFor(field), SecurityErrors.MUTATION_NEEDS_KEY,
					SecurityErrors.MUTATION_NEEDS_ROLE, field);
		}
		if (RESTRICTED_QUERIES.containsKey(field)) {
			return refusal(viewer, RESTRICTED_QUERIES.get(field), SecurityErrors.QUERY_NEEDS_KEY,
					SecurityErrors.QUERY_NEEDS_ROLE, field);
		}
		if (!viewer.authenticated() && !this.properties.anonymousReads() && !field.equals("viewer")
				&& !field.startsWith("__")) {
			return new UnauthorizedException(SecurityErrors.READING_NEEDS_KEY);
		}
		return null;
	}

	// The field, if the messages name one, comes first in their arguments.
	private static @Nullable RuntimeException refusal(Viewer viewer, Set<Role> allowed, SecurityErrors noKey,
			SecurityErrors noRole, String... field) {
		if (!viewer.authenticated()) {
			return new UnauthorizedException(noKey, arguments(field, names(allowed)));
		}
		if (!viewer.has(allowed.toArray(Role[]::new))) {
			return new ForbiddenException(noRole, arguments(field, names(allowed), viewer.roles()));
		}
		return null;
	}

	private static Object[] arguments(String[] field, Object... more) {
		List<Object> all = new ArrayList<>(List.of(field));
		all.addAll(List.of(more));
		return all.toArray();
	}

	private static Set<Role> names(Set<Role> allowed) {
		Set<Role> all = EnumSet.of(Role.ADMIN);
		all.addAll(allowed);
		return all;
	}

}
