/**
 * The database: the embedded Neo4j's lifecycle (start, Bolt, its password, shutdown) or a
 * server's driver, read time limits, the seeded store a first start unpacks, the Cypher
 * files, and how database failures are classified.
 */
@NullMarked
package io.chaingraph.system.database;

import org.jspecify.annotations.NullMarked;
