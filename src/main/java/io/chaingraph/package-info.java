/**
 * Chain Graph application root.
 */
@NullMarked
package io.chaingraph;

import org.jspecify.annotations.NullMarked;
