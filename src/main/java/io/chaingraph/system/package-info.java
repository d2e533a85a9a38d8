/**
 * Cross-cutting wiring: the embedded database, schema migrations, the GraphQL transport
 * and error handling. Knows no concept package.
 */
@NullMarked
package io.chaingraph.system;

import org.jspecify.annotations.NullMarked;
