package io.chaingraph.graph;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The workflows' state machines, declared once: the statuses a challenge or a demand goes
 * through, the moves between them, the node timestamp each status sets, the states of a
 * team's application that each challenge status allows, and the parts of the model that
 * only workflow moves write. {@code ChallengeWorkflow} and {@code DemandWorkflow} make
 * the moves; curation refuses what this says the workflows own, and the importer checks
 * an imported history against it.
 * <p>
 * An open competition (揭榜挂帅) goes OPEN → SHORTLISTING → AWARDED → CLOSED; a horse race
 * (赛马) goes OPEN → SHORTLISTING → FUNDED → AWARDED → CLOSED; any challenge not yet closed
 * may be closed. A demand goes RAISED → DISPATCHED → ACCEPTED → RESOLVED.
 */
public enum StatusFlow {

	CHALLENGE(NodeLabel.Challenge, "OPEN", Map.of("OPEN", "postedAt")) {
		@Override
		public Set<String> next(String from, @Nullable String mode) {
			boolean race = "HORSE_RACE".equals(mode);
			boolean competition = "OPEN_COMPETITION".equals(mode);
			return switch (from) {
				case "OPEN" -> Set.of("SHORTLISTING", "CLOSED");
				case "SHORTLISTING" ->
					race ? Set.of("FUNDED", "CLOSED") : competition ? Set.of("AWARDED", "CLOSED") : Set.of("CLOSED");
				case "FUNDED" -> race ? Set.of("AWARDED", "CLOSED") : Set.of("CLOSED");
				case "AWARDED" -> Set.of("CLOSED");
				default -> Set.of();
			};
		}
	},

	DEMAND(NodeLabel.Demand, "RAISED", Map.of("RAISED", "raisedAt", "DISPATCHED", "dispatchedAt", "ACCEPTED",
			"acceptedAt", "RESOLVED", "resolvedAt")) {
		@Override
		public Set<String> next(String from, @Nullable String mode) {
			return switch (from) {
				case "RAISED" -> Set.of("DISPATCHED");
				case "DISPATCHED" -> Set.of("ACCEPTED");
				case "ACCEPTED" -> Set.of("RESOLVED");
				default -> Set.of();
			};
		}
	};

	/** The statuses of a team's application ({@code APPLIED_TO.status}). */
	public static final Set<String> APPLICATION_STATUSES = Collections
		.unmodifiableSet(new LinkedHashSet<>(ModelValues.APPLICATION_STATUSES));

	/**
	 * How far a node's timestamp may lie from the {@code at} of the change it belongs to.
	 * Workflows before this declaration took the two from separate clock readings in one
	 * transaction, so a store they wrote differs by milliseconds; {@link GraphWrites} now
	 * writes both from one reading.
	 */
	public static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(1);

	/**
	 * The relationship types only workflow moves write, with the moves that write them.
	 * POSTED and RAISED say who posted a challenge or raised a demand, which decides who
	 * may act on it; APPLIED_TO carries the application's status; DISPATCHED,
	 * DISPATCHED_TO and ACCEPTED are the demand's moves; HAS_STATUS_CHANGE is the
	 * history.
	 */
	private static final Map<RelType, String> OWNED_RELATIONSHIPS = owned();

	private final NodeLabel label;

	private final String initial;

	private final Map<String, String> timestamps;

	StatusFlow(NodeLabel label, String initial, Map<String, String> timestamps) {
		this.label = label;
		this.initial = initial;
		this.timestamps = timestamps;
	}

	/** The label whose nodes follow this flow. */
	public NodeLabel label() {
		return this.label;
	}

	/** The status a node starts in, recorded as the first change of its history. */
	public String initial() {
		return this.initial;
	}

	/**
	 * The statuses reachable in one move from {@code from}; a challenge's moves depend on
	 * its {@code mode} (OPEN_COMPETITION or HORSE_RACE).
	 */
	public abstract Set<String> next(String from, @Nullable String mode);

	/** Every status of the flow, in the order a node may reach them. */
	public Set<String> statuses() {
		Set<String> all = new LinkedHashSet<>();
		all.add(this.initial);
		for (int size = 0; size != all.size();) {
			size = all.size();
			for (String status : List.copyOf(all)) {
				all.addAll(next(status, "OPEN_COMPETITION"));
				all.addAll(next(status, "HORSE_RACE"));
			}
		}
		return all;
	}

	/** The node property that holds when it reached {@code status}, or null for none. */
	public @Nullable String timestampOf(String status) {
		return this.timestamps.get(status);
	}

	/** The node properties that hold when a status was reached. */
	public Set<String> timestampProperties() {
		return Set.copyOf(this.timestamps.values());
	}

	/** The flow the nodes of a label follow, if any. */
	public static Optional<StatusFlow> of(NodeLabel label) {
		for (StatusFlow flow : values()) {
			if (flow.label == label) {
				return Optional.of(flow);
			}
		}
		return Optional.empty();
	}

	/**
	 * The application statuses a challenge in {@code status} may have among its teams.
	 * Teams apply only while it is OPEN; shortlisting makes every application SHORTLISTED
	 * or DECLINED, funding every shortlisted one FUNDED or DECLINED, awarding one AWARDED
	 * and the rest DECLINED. Closing changes no application, so a CLOSED challenge keeps
	 * what the status before allowed: {@code before} is that status, null when unknown.
	 */
	public static Set<String> applicationStatuses(String status, @Nullable String before) {
		return switch (status) {
			case "OPEN" -> Set.of("APPLIED");
			case "SHORTLISTING" -> Set.of("SHORTLISTED", "DECLINED");
			case "FUNDED" -> Set.of("FUNDED", "DECLINED");
			case "AWARDED" -> Set.of("AWARDED", "DECLINED");
			case "CLOSED" ->
				(before != null && !before.equals("CLOSED")) ? applicationStatuses(before, null) : APPLICATION_STATUSES;
			default -> Set.of();
		};
	}

	/**
	 * Whether only workflow moves write this node property: a challenge's or demand's
	 * status and the timestamps of its statuses, and every property of a
	 * {@code StatusChange}.
	 */
	public static boolean ownsProperty(NodeLabel label, String property) {
		PropertyRule rule = label.rule(property);
		return label == NodeLabel.StatusChange || (rule != null && rule.workflowOwned());
	}

	/** Whether only workflow moves write this relationship property. */
	public static boolean ownsProperty(RelType type, String property) {
		return ownsRelationship(type);
	}

	/** Whether only workflow moves create, change or delete nodes of this label. */
	public static boolean ownsNodes(NodeLabel label) {
		return label == NodeLabel.StatusChange;
	}

	/**
	 * Whether only workflow moves create, change or delete relationships of this type.
	 */
	public static boolean ownsRelationship(RelType type) {
		return OWNED_RELATIONSHIPS.containsKey(type);
	}

	/** The moves that write a workflow-owned relationship type, for messages. */
	public static String writtenBy(RelType type) {
		return OWNED_RELATIONSHIPS.getOrDefault(type, "");
	}

	/** The workflow-owned relationship types, in the model's order. */
	public static Set<RelType> ownedRelationships() {
		return OWNED_RELATIONSHIPS.keySet();
	}

	/**
	 * The moves that write a status, for messages: what a client should call instead.
	 */
	public String moves() {
		return (this == CHALLENGE) ? "postChallenge, shortlistTeams, fundTeams, awardChallenge and closeChallenge"
				: "raiseDemand, dispatchDemand, acceptDemand and resolveDemand";
	}

	private static Map<RelType, String> owned() {
		Map<RelType, String> owned = new EnumMap<>(RelType.class);
		owned.put(RelType.POSTED, "postChallenge");
		owned.put(RelType.APPLIED_TO, "applyToChallenge, shortlistTeams, fundTeams and awardChallenge");
		owned.put(RelType.RAISED, "raiseDemand");
		owned.put(RelType.DISPATCHED, "dispatchDemand");
		owned.put(RelType.ACCEPTED, "acceptDemand");
		owned.put(RelType.HAS_STATUS_CHANGE, "the challenge and demand workflow moves");
		owned.put(RelType.DISPATCHED_TO, "dispatchDemand");
		return Collections.unmodifiableMap(new LinkedHashMap<>(owned));
	}

}
