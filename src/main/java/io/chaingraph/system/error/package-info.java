/**
 * Errors as clients read them: the classified exceptions, the catalogue of messages in
 * English and Chinese ({@code ErrorMessage}, {@code ErrorText}), the request's language,
 * and the resolver that turns every exception into a GraphQL error without internals.
 */
@NullMarked
package io.chaingraph.system.error;

import org.jspecify.annotations.NullMarked;
