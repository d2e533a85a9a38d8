package io.chaingraph.ask;

import org.jspecify.annotations.Nullable;

/**
 * A node the question was linked to, and the part it plays in the question.
 *
 * @param id the node's id
 * @param label its label
 * @param name its name
 * @param nameEn its English name
 * @param matched the words of the question it came from; for a chosen node, those of the
 * node it replaced, or empty
 * @param confidence how surely the words mean it, between 0 and 1
 * @param how how the words were linked (the shared linker's EXACT, PART, VARIANT, FUZZY,
 * BOTTLENECK for a chain implied by a named technology, or CHOSEN for a node the asker
 * chose)
 * @param role the argument it fills
 */
record AskEntity(String id, String label, String name, @Nullable String nameEn, String matched, double confidence,
		String how, Role role) {

	/** The {@code how} of a node the asker chose, which no linking of words produces. */
	static final String CHOSEN = "CHOSEN";

	/**
	 * The argument an entity fills.
	 */
	enum Role {

		CHAIN, TECHNOLOGY, CHALLENGE, ENTERPRISE, CONSORTIUM, FROM, TO, EXCLUDED, CITY, MENTIONED

	}

	AskEntity as(Role other) {
		return new AskEntity(this.id, this.label, this.name, this.nameEn, this.matched, this.confidence, this.how,
				other);
	}

}
