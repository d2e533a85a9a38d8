package io.chaingraph.graph;

import java.util.Map;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

/**
 * Why a viewer may not read a root field, for reads answered without the root field's
 * data fetcher, which holds the same check ({@link OnePassReads}).
 */
public interface RootReadGuard {

	/**
	 * The error the root field's data fetcher would throw for this request, or null when
	 * it may be read.
	 * @param field the root field of Query
	 * @param arguments its arguments, coerced
	 * @param context the request's context, which holds the viewer
	 */
	@Nullable RuntimeException refusal(String field, Map<String, Object> arguments, GraphQLContext context);

}
