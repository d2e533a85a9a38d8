/**
 * Start-up: what runs once the context is ready (warm-ups, the readiness line) and how a
 * failed start is explained. The sub-packages hold the other cross-cutting parts, each
 * with its own reason to change; none knows a concept package.
 */
@NullMarked
package io.chaingraph.system;

import org.jspecify.annotations.NullMarked;
