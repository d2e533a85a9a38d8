/**
 * Questions in words: a question in Chinese or English is read by a small intent grammar
 * over the shared linking of {@code io.chaingraph.text}, answered by the named query that
 * fits it, run through the service's own GraphQL engine, and returned with the reading
 * and the operation behind it.
 */
@NullMarked
package io.chaingraph.ask;

import org.jspecify.annotations.NullMarked;
