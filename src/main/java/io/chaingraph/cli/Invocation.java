package io.chaingraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One run of a verb: its arguments, where it prints, and the application it may start.
 *
 * @param application the application class, whose context a verb may start
 * @param args the arguments, the verb first
 * @param out where it prints
 */
public record Invocation(Class<?> application, String[] args, PrintStream out) {

	/**
	 * The value after an option such as {@code --name}, or null.
	 */
	public @Nullable String option(String name) {
		for (int i = 0; i < this.args.length - 1; i++) {
			if (this.args[i].equals(name)) {
				return this.args[i + 1];
			}
		}
		return null;
	}

	/**
	 * Whether a flag such as {@code --empty-store} is given.
	 */
	public boolean has(String flag) {
		return Arrays.asList(this.args).contains(flag);
	}

	/**
	 * The positional argument at {@code index}, a path.
	 */
	public Path path(int index) {
		if (this.args.length <= index || this.args[index].startsWith("--")) {
			throw new IllegalArgumentException(this.args[0] + " needs a directory");
		}
		return Path.of(this.args[index]);
	}

	/**
	 * A setting as the service reads it: the command line first ({@code --name=value}),
	 * then its environment variable.
	 */
	public String setting(String name, String variable, String fallback) {
		for (String arg : this.args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		String value = System.getenv(variable);
		return (value != null) ? value : fallback;
	}

	/**
	 * Runs a task in the service's context without its web server, the seed or a
	 * development key; the settings given as {@code --name=value} pass through.
	 */
	public int withContext(Task task) throws IOException {
		return withContext(this.args, task);
	}

	/**
	 * As {@link #withContext(Task)}, with these arguments' settings instead.
	 */
	public int withContext(String[] arguments, Task task) throws IOException {
		List<String> springArgs = new ArrayList<>(List.of("--chaingraph.seed.on-empty-start=false",
				"--spring.main.banner-mode=off", "--chaingraph.security.dev-key=false"));
		Arrays.stream(arguments).filter((arg) -> arg.startsWith("--") && arg.contains("=")).forEach(springArgs::add);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(this.application)
			.web(WebApplicationType.NONE)
			.run(springArgs.toArray(String[]::new))) {
			return task.run(context);
		}
	}

	/**
	 * Work in a started context.
	 */
	@FunctionalInterface
	public interface Task {

		/**
		 * Runs; returns the exit code.
		 */
		int run(ConfigurableApplicationContext context) throws IOException;

	}

}
