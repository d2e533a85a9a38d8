/**
 * Finding nodes: full-text search in Chinese and English, and connections between two
 * nodes.
 */
@NullMarked
package io.chaingraph.search;

import org.jspecify.annotations.NullMarked;
