package io.chaingraph.analytics;

/**
 * How many nodes carry a label.
 *
 * @param label the label
 * @param count number of nodes with it
 */
record LabelCount(String label, long count) {

}
