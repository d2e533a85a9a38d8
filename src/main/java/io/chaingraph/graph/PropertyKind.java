package io.chaingraph.graph;

/**
 * The value kinds a property of the model can hold, each matching Neo4j's own types.
 */
public enum PropertyKind {

	STRING, INTEGER, FLOAT, BOOLEAN, DATE, DATETIME, STRING_LIST

}
