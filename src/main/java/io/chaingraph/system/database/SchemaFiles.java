package io.chaingraph.system.database;

/**
 * Where the versioned schema files are. The migrations apply them; a seeded store's
 * archive is fingerprinted by them, so that a first start never unpacks a store built for
 * other files.
 */
public final class SchemaFiles {

	/** The setting that moves them. */
	public static final String LOCATION_PROPERTY = "chaingraph.schema.location";

	/** Where they are unless moved. */
	public static final String DEFAULT_LOCATION = "classpath*:cypher/schema/";

	/** Their names: a version, two underscores, a description. */
	public static final String FILES = "V*__*.cypher";

	private SchemaFiles() {
	}

}
