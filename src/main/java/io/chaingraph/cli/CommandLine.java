package io.chaingraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.system.error.NotFoundException;

/**
 * Runs a verb of the service jar instead of the server ({@code java -jar chain-graph.jar
 * import DIR}). Each concept package registers its own verbs ({@link Verbs}).
 */
public final class CommandLine {

	private static final Map<String, Verbs.Verb> VERBS = verbs();

	private CommandLine() {
	}

	private static Map<String, Verbs.Verb> verbs() {
		Map<String, Verbs.Verb> verbs = new LinkedHashMap<>();
		ServiceLoader.load(Verbs.class, Verbs.class.getClassLoader())
			.forEach((registered) -> registered.verbs().forEach((verb) -> {
				if (verbs.putIfAbsent(verb.name(), verb) != null) {
					throw new IllegalStateException("Two packages register the verb " + verb.name());
				}
			}));
		return verbs;
	}

	/**
	 * Whether the arguments name a verb.
	 */
	public static boolean handles(String[] args) {
		return args.length > 0 && VERBS.containsKey(args[0]);
	}

	/**
	 * The usage line: every verb's forms.
	 */
	static String usage() {
		return "usage: " + VERBS.values().stream().map(Verbs.Verb::usage).collect(Collectors.joining(" | "));
	}

	/**
	 * Runs the verb; returns the process exit code: 2 for a mistake in the arguments, or
	 * in what they name, after its message and the usage.
	 */
	public static int run(Class<?> application, String[] args, PrintStream out) {
		Verbs.Verb verb = VERBS.get(args[0]);
		try {
			return verb.action().run(new Invocation(application, args, out));
		}
		catch (IllegalArgumentException | IOException | BadRequestException | NotFoundException ex) {
			out.println("error: " + ex.getMessage());
			out.println(usage());
			return 2;
		}
	}

}
