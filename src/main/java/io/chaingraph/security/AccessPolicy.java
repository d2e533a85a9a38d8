package io.chaingraph.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.chaingraph.graph.RootReadGuard;
import io.chaingraph.system.error.ForbiddenException;
import io.chaingraph.system.error.UnauthorizedException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each role may do, decided for each root field before its data fetcher runs, so a
 * refused mutation never starts a transaction. The rules are declared in the schema, next
 * to the field they guard, with the {@code @access(roles: [...])} directive; this class
 * reads them when the schema is built. A mutation without the directive is refused to
 * everyone but ADMIN, and a test walks the schema to keep every mutation declared.
 */
@Configuration(proxyBeanMethods = false)
public class AccessPolicy implements RootReadGuard {

	private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

	static final String DIRECTIVE = "access";

	/**
	 * The query that reaches StatusChange.actor through its filter and ordering too: they
	 * are guarded as the field is.
	 */
	private static final String KEY_NAME_QUERY = "statusChanges";

	private static final FieldCoordinates KEY_NAME = FieldCoordinates.coordinates("StatusChange", "actor");

	/**
	 * The roles each guarded field declares, filled as the schema is built: the other
	 * doors (GET /export) ask by field name.
	 */
	private final Map<FieldCoordinates, Set<Role>> declared = new ConcurrentHashMap<>();

	private final SecurityProperties properties;

	AccessPolicy(SecurityProperties properties) {
		this.properties = properties;
	}

	/**
	 * The roles besides ADMIN that a field's {@code @access} directive lets through;
	 * empty when the directive is absent or names none.
	 */
	public static Optional<Set<Role>> declaredRoles(GraphQLFieldDefinition field) {
		GraphQLAppliedDirective access = field.getAppliedDirective(DIRECTIVE);
		if (access == null) {
			return Optional.empty();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (access.getArgument("roles").getValue() instanceof Iterable<?> names) {
			names.forEach((name) -> roles.add(Role.valueOf(String.valueOf(name))));
		}
		return Optional.of(roles);
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
				if (!(context.getParentNode() instanceof GraphQLObjectType parent)) {
					return TraversalControl.CONTINUE;
				}
				FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
				Optional<Set<Role>> roles = declaredRoles(field);
				roles.ifPresent((allowed) -> AccessPolicy.this.declared.put(coordinates, allowed));
				if (!AccessPolicy.this.properties.enabled()) {
					return TraversalControl.CONTINUE;
				}
				GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
				if (ROOTS.contains(parent.getName())) {
					registry.dataFetcher(coordinates,
							checked(parent.getName(), field.getName(), registry.getDataFetcher(coordinates, field)));
				}
				else if (roles.isPresent()) {
					// Below the root, a guarded field is answered as null to other
					// viewers
					// rather than refused: StatusChange.actor, an API key's name, says
					// who
					// holds the key, while the rest of a workflow history stays public.
					registry.dataFetcher(coordinates, hidden(roles.get(), registry.getDataFetcher(coordinates, field)));
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
	private @Nullable RuntimeException keyNameRefusal(Viewer viewer, @Nullable Map<String, Object> where,
			@Nullable List<Map<String, Object>> orderBy) {
		boolean byActor = (where != null && (where.get("actor") != null || where.get("actor_in") != null))
				|| (orderBy != null
						&& orderBy.stream().anyMatch((order) -> "actor".equals(String.valueOf(order.get("field")))));
		return byActor ? refusal(viewer, this.declared.getOrDefault(KEY_NAME, Set.of()),
				SecurityErrors.ACTOR_FILTER_NEEDS_KEY, SecurityErrors.ACTOR_FILTER_NEEDS_ROLE) : null;
	}

	/**
	 * Why the viewer may not call this root field ({@code operation} is Query, Mutation
	 * or Subscription), as the UNAUTHORIZED or FORBIDDEN exception to throw; null when it
	 * may. For doors besides GraphQL that serve what a field serves, so that they are
	 * locked the same way.
	 */
	public @Nullable RuntimeException refusal(String operation, String field, Viewer viewer) {
		Set<Role> roles = this.declared.get(FieldCoordinates.coordinates(operation, field));
		if (operation.equals("Mutation")) {
			return refusal(viewer, (roles != null) ? roles : Set.of(), SecurityErrors.MUTATION_NEEDS_KEY,
					SecurityErrors.MUTATION_NEEDS_ROLE, field);
		}
		if (roles != null) {
			return refusal(viewer, roles, SecurityErrors.QUERY_NEEDS_KEY, SecurityErrors.QUERY_NEEDS_ROLE, field);
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
