package io.chaingraph.graph;

import java.util.List;
import java.util.stream.Stream;

/**
 * Value sets and ranges that more than one declaration of {@link NodeLabel} and
 * {@link RelType} uses. The statuses are those the workflows move through (challenge and
 * demand packages); a status a workflow gains is added here, or it cannot be imported.
 */
public final class ModelValues {

	/** How well the sources support a record. */
	public static final List<String> CONFIDENCE = List.of("high", "medium", "low");

	/**
	 * A challenge's statuses: OPEN → SHORTLISTING → (FUNDED for a horse race) → AWARDED →
	 * CLOSED.
	 */
	public static final List<String> CHALLENGE_STATUSES = List.of("OPEN", "SHORTLISTING", "FUNDED", "AWARDED",
			"CLOSED");

	/** A demand's statuses: RAISED → DISPATCHED → ACCEPTED → RESOLVED. */
	public static final List<String> DEMAND_STATUSES = List.of("RAISED", "DISPATCHED", "ACCEPTED", "RESOLVED");

	/** A team's application to a challenge, as the challenge's moves set it. */
	public static final List<String> APPLICATION_STATUSES = List.of("APPLIED", "SHORTLISTED", "FUNDED", "AWARDED",
			"DECLINED");

	/** The statuses a workflow step may record: a challenge's or a demand's. */
	public static final List<String> STATUSES = Stream.concat(CHALLENGE_STATUSES.stream(), DEMAND_STATUSES.stream())
		.toList();

	/**
	 * Years of publications, achievements and figures: plausible ones, so that a typo
	 * such as 20255 or 202 is refused. The sources' years run from 2015 to 2025.
	 */
	public static final PropertyRule.Range YEARS = PropertyRule.range(1900, 2100);

	/** Levels of expertise and severities of bottlenecks: 1 (least) to 5 (most). */
	public static final PropertyRule.Range ONE_TO_FIVE = PropertyRule.range(1, 5);

	private ModelValues() {
	}

}
