package io.chaingraph.ask;

import java.util.List;
import java.util.Map;

import io.chaingraph.ask.AskEntity.Role;

/**
 * A node the asker chose for a role, in place of what the words linked.
 *
 * @param role the role it fills
 * @param id the chosen node's id
 */
record AskChoice(Role role, String id) {

	/** Enough for every role at once; more is a client gone wrong, not a question. */
	static final int MAX_CHOICES = 10;

	/**
	 * The labels a node may have to fill each role: the labels of the operation's
	 * argument. FROM and TO take any node, as connection does; MENTIONED is no argument
	 * and takes none.
	 */
	private static final Map<Role, List<String>> LABELS = Map.of(Role.CHAIN, List.of("Chain"), Role.TECHNOLOGY,
			List.of("Technology"), Role.CHALLENGE, List.of("Challenge"), Role.ENTERPRISE, List.of("Enterprise"),
			Role.CONSORTIUM, List.of("Consortium"), Role.EXCLUDED,
			List.of("Enterprise", "University", "Institute", "Consortium", "Challenge"), Role.CITY, List.of("City"));

	static boolean choosable(Role role) {
		return role != Role.MENTIONED;
	}

	/** Whether a node of this label can fill the role. */
	static boolean fits(Role role, String label) {
		if (role == Role.FROM || role == Role.TO) {
			return true;
		}
		return LABELS.getOrDefault(role, List.of()).contains(label);
	}

	/** The labels the role takes, for the message that refuses another. */
	static String labels(Role role) {
		return String.join(", ", LABELS.getOrDefault(role, List.of()));
	}

}
