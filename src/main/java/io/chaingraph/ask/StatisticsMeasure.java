package io.chaingraph.ask;

/**
 * A figure of {@code ProgrammeStatistics} a count can ask for, named after the field that
 * holds it, so that a client reads the figure without a table of its own.
 */
enum StatisticsMeasure {

	CHAINS("chains"), PILOT_CHAINS("pilotChains"), KEY_CHAINS("keyChains"), CONSORTIA("consortia"),
	ENTERPRISES("enterprises"), CHAIN_LEADERS("chainLeaders"), INSTITUTES("institutes"), UNIVERSITIES("universities"),
	EXPERTS("experts"), ACADEMICIANS("academicians"), TECHNOLOGIES("technologies"), BOTTLENECKS("bottlenecks"),
	CHALLENGES_BY_STATUS("challengesByStatus"), DEMANDS_BY_STATUS("demandsByStatus");

	private final String field;

	StatisticsMeasure(String field) {
		this.field = field;
	}

	/** The field of ProgrammeStatistics that holds the figure. */
	String field() {
		return this.field;
	}

}
