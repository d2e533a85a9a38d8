package io.chaingraph.cli;

import java.io.IOException;
import java.util.List;

/**
 * The command-line verbs of one concept package, registered with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.chaingraph.cli.Verbs}):
 * they are found before any Spring context exists, since most of them start one of their
 * own.
 */
public interface Verbs {

	/**
	 * The verbs.
	 */
	List<Verb> verbs();

	/**
	 * One verb.
	 *
	 * @param name what follows {@code java -jar chain-graph.jar}
	 * @param usage its forms, for the usage line
	 * @param action what it does; returns the process exit code
	 */
	record Verb(String name, String usage, Action action) {

	}

	/**
	 * What a verb does.
	 */
	@FunctionalInterface
	interface Action {

		/**
		 * Runs the verb; returns the process exit code. An
		 * {@link IllegalArgumentException} is a mistake in the arguments: the line prints
		 * it with the usage and exits with 2.
		 */
		int run(Invocation invocation) throws IOException;

	}

}
