package io.chaingraph.system.migration;

import org.springframework.context.ApplicationEvent;

/**
 * Published once the schema files are applied, so that work needing the constraints, such
 * as loading the seed, can start.
 */
public class SchemaReadyEvent extends ApplicationEvent {

	private final boolean embedded;

	SchemaReadyEvent(Object source, boolean embedded) {
		super(source);
		this.embedded = embedded;
	}

	/**
	 * Whether the database is the embedded one.
	 */
	public boolean embedded() {
		return this.embedded;
	}

}
