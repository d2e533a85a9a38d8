package io.chaingraph.challenge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.chaingraph.system.error.BadRequestException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * A challenge posted again under an id that exists: the same posting answers the
 * challenge as it is, as a create of a node with the same values does; any other value is
 * refused naming what differs, so that a re-post never looks as if it had changed the
 * challenge. Values the workflow has filled in since (status, history, teams) are not
 * part of the posting.
 */
final class ChallengeRepost {

	private ChallengeRepost() {
	}

	static void requireSame(TransactionContext tx, String id, ChallengeWorkflow.Posting posting, Object deadline) {
		Record row = tx.run("""
				MATCH (c:Challenge {id: $id})
				RETURN c.name AS name, c.nameEn AS nameEn, c.description AS description, c.budget AS budget,
				       c.deadline AS deadline, c.mode AS mode, c.maxPartners AS maxPartners,
				       c.requireCoverage AS requireCoverage,
				       [(p)-[:POSTED]->(c) | p.id] AS posters, [(c)-[:ON_CHAIN]->(chain:Chain) | chain.id] AS chains,
				       [(c)-[:TARGETS]->(t:Technology) | t.id] AS technologies""", Map.of("id", id)).single();
		List<String> different = new ArrayList<>();
		differs(different, "name", row.get("name").asString(null), posting.name());
		differs(different, "nameEn", row.get("nameEn").asString(null), posting.nameEn());
		differs(different, "description", row.get("description").asString(null), posting.description());
		differs(different, "poster", row.get("posters").asList(Value::asString), List.of(posting.poster()));
		differs(different, "technologies", new HashSet<>(row.get("technologies").asList(Value::asString)),
				new HashSet<>(posting.technologies()));
		differs(different, "chain", row.get("chains").asList(Value::asString), List.of(posting.chain()));
		differs(different, "budget", row.get("budget").isNull() ? null : row.get("budget").asLong(), posting.budget());
		differs(different, "deadline", row.get("deadline").isNull() ? null : row.get("deadline").asObject().toString(),
				deadline.toString());
		differs(different, "mode", row.get("mode").asString(null), posting.mode());
		// The workflow reads a missing maxPartners or requireCoverage as its default.
		differs(different, "maxPartners", row.get("maxPartners").asInt(4), posting.maxPartners());
		differs(different, "requireCoverage", row.get("requireCoverage").asBoolean(true), posting.requireCoverage());
		if (!different.isEmpty()) {
			throw new BadRequestException(ChallengeErrors.REPOST_DIFFERS, id, different);
		}
	}

	private static void differs(List<String> different, String field, Object stored, Object posted) {
		if (!Objects.equals(stored, posted)) {
			different.add(field);
		}
	}

}
