package io.chaingraph.graph;

/**
 * The node labels of the model, the allow-list from which Cypher text may take a label.
 */
public enum NodeLabel {

	Chain, Segment, Enterprise, Organization, University, Institute, Consortium, Expert, Technology, Publication,
	Challenge, Team, Achievement, PartyOrganization, Demand, Department, City

}
