package io.chaingraph.text;

import org.jspecify.annotations.Nullable;

/**
 * A node that a text was linked to.
 *
 * @param id the node's id
 * @param label its label
 * @param name its name
 * @param nameEn its English name
 * @param confidence how surely the text means it, between 0 and 1
 * @param matched the words of the text it came from
 * @param how EXACT (a whole name, alias or English name), PART (a part of one, or one
 * without its generic ending such as 技术), VARIANT (through a character variant), FUZZY
 * (one character off), FULL_TEXT (the full-text index, for words no name covers),
 * TAXONOMY (broader or narrower than a linked technology), BOTTLENECK (a chain that a
 * linked technology is a bottleneck of) or GIVEN (named by the caller)
 */
public record Link(String id, String label, String name, @Nullable String nameEn, double confidence, String matched,
		String how) {

}
