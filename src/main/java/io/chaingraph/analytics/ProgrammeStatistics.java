package io.chaingraph.analytics;

/**
 * Figures about the programme, each counted in the graph when it is asked for.
 */
record ProgrammeStatistics() {

}
