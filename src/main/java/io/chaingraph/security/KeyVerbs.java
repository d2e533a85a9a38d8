package io.chaingraph.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import io.chaingraph.cli.Invocation;
import io.chaingraph.cli.Verbs;

/**
 * The security package's command-line verbs ({@link io.chaingraph.cli.CommandLine}):
 * issuing and revoking API keys without a key, for whoever runs the jar on the store.
 *
 * <pre>
 * java -jar chain-graph.jar issue-key --name NAME --roles ROLE[,ROLE] [--enterprise ID] [--department ID] [--expert ID]
 * java -jar chain-graph.jar revoke-key --id ID
 * </pre>
 */
public final class KeyVerbs implements Verbs {

	@Override
	public List<Verb> verbs() {
		return List.of(new Verb("issue-key",
				"issue-key --name NAME --roles ROLE[,ROLE] [--enterprise ID] [--department ID] [--expert ID]",
				KeyVerbs::issue), new Verb("revoke-key", "revoke-key --id ID", KeyVerbs::revoke));
	}

	private static int issue(Invocation call) throws java.io.IOException {
		String name = call.option("--name");
		String roles = call.option("--roles");
		if (name == null || roles == null) {
			throw new IllegalArgumentException("issue-key needs --name NAME --roles ROLE[,ROLE]");
		}
		EnumSet<Role> set = EnumSet.noneOf(Role.class);
		for (String role : roles.split(",")) {
			set.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
		}
		return call.withContext((context) -> {
			ApiKeys.Issued issued = context.getBean(ApiKeys.class)
				.issue(name, set, call.option("--enterprise"), call.option("--department"), call.option("--expert"),
						"command line");
			call.out()
				.printf("Issued key %s for %s %s; it is shown only now:%n%s%n", issued.id(), name, set, issued.key());
			return 0;
		});
	}

	private static int revoke(Invocation call) throws java.io.IOException {
		String id = call.option("--id");
		if (id == null) {
			throw new IllegalArgumentException("revoke-key needs --id ID");
		}
		return call.withContext((context) -> {
			context.getBean(ApiKeys.class).revoke(id, "command line");
			call.out().printf("Revoked key %s%n", id);
			return 0;
		});
	}

}
