package io.chaingraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.chaingraph.ChainGraphApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verbs the concept packages register are found, and mistakes in their arguments exit
 * with 2 and the usage before any context starts.
 */
class CommandLineTests {

	@Test
	void everyPackagesVerbsAreFound() {
		for (String verb : new String[] { "import", "export", "seed", "seed-store", "generate", "issue-key",
				"revoke-key" }) {
			assertThat(CommandLine.handles(new String[] { verb })).as(verb).isTrue();
		}
		assertThat(CommandLine.handles(new String[] { "--server.port=0" })).isFalse();
		assertThat(CommandLine.handles(new String[0])).isFalse();
		assertThat(CommandLine.usage()).contains("import --empty-store DIR", "issue-key --name NAME",
				"revoke-key --id ID", "generate --scale N");
	}

	@Test
	void mistakesInTheArgumentsExitWithTwoAndTheUsage() {
		assertThat(run("issue-key", "--name", "robot")).startsWith("2\nerror: issue-key needs --name NAME --roles")
			.contains("usage: ");
		assertThat(run("issue-key", "--name", "robot", "--roles", "POPE")).startsWith("2\nerror: ");
		assertThat(run("revoke-key")).startsWith("2\nerror: revoke-key needs --id ID");
		assertThat(run("generate")).startsWith("2\nerror: generate needs --scale N");
		assertThat(run("seed-store")).startsWith("2\nerror: seed-store needs a file");
	}

	private static String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = CommandLine.run(ChainGraphApplication.class, args,
				new PrintStream(out, true, StandardCharsets.UTF_8));
		return exit + "\n" + out.toString(StandardCharsets.UTF_8);
	}

}
