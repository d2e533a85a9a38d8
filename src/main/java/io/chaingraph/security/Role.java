package io.chaingraph.security;

/**
 * What a key's holder may do. Reads need VIEWER or any other role, or nothing when
 * anonymous reads are allowed; each mutation names the roles that may call it in
 * {@link AccessPolicy}. ADMIN may do everything.
 */
public enum Role {

	/** Reads the graph. */
	VIEWER,

	/** Curates nodes and relationships, imports data, dispatches demands. */
	COORDINATOR,

	/** Posts, shortlists, funds, awards and closes challenges. */
	ORGANIZER,

	/** Raises demands, and applies to challenges, for its own enterprise only. */
	ENTERPRISE,

	/** Accepts and resolves demands dispatched to its own department only. */
	DEPARTMENT,

	/** Accepts and resolves demands dispatched to its own expert only. */
	EXPERT,

	/** Everything, including issuing and revoking keys. */
	ADMIN

}
