/**
 * Who is asking: API keys, the roles they carry, and what each role may do through
 * GraphQL.
 */
@NullMarked
package io.chaingraph.security;

import org.jspecify.annotations.NullMarked;
