/**
 * What places a node among its namesakes: an expert's employers and title, the consortia
 * of an enterprise or organisation, the chains of a segment. Ranked experts and search
 * hits carry it.
 */
@NullMarked
package io.chaingraph.affiliation;

import org.jspecify.annotations.NullMarked;
