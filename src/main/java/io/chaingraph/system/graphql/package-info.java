/**
 * The GraphQL transport and its limits: HTTP GET and POST, subscriptions over HTTP and
 * WebSocket, GraphiQL from the jar, document size, depth, expansion and cost limits, the
 * document cache, operation metrics and Server-Timing.
 */
@NullMarked
package io.chaingraph.system.graphql;

import org.jspecify.annotations.NullMarked;
