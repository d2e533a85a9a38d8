package io.chaingraph.text;

/**
 * A node whose name a search text matches as a name.
 *
 * @param id the node's id
 * @param label its label
 * @param tier EXACT (the text is a whole name, alias or English name, also through a
 * character variant), PREFIX (a name starts with it) or FUZZY (one character off)
 * @param closeness within the tier, between 0 and 1: how much of the name the text is
 */
public record NameMatch(String id, String label, String tier, double closeness) {

}
