/**
 * The benchmark: latency, throughput, import speed and ranking quality of the service at
 * several scales, against the same answers computed with Cypher over Bolt. Not part of
 * the service jar: it compiles with the tests (bench/README.md).
 */
@NullMarked
package io.chaingraph.bench;

import org.jspecify.annotations.NullMarked;
