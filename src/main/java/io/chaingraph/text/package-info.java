/**
 * Text linked to the graph's vocabulary: one step that reads free text as the
 * technologies, chains and organisations it names, shared by expert matching and search.
 */
@NullMarked
package io.chaingraph.text;

import org.jspecify.annotations.NullMarked;
