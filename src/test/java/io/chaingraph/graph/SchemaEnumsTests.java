package io.chaingraph.graph;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.chaingraph.ChainGraphTest;
import io.chaingraph.TestKeys;
import io.chaingraph.security.ApiKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed value sets of the hand-written schema are enums (issue 16): introspection
 * shows them, their values are the model's, and a value outside them is refused before
 * any resolver runs, with the values allowed.
 */
@ChainGraphTest
class SchemaEnumsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiKeys keys;

	@Test
	void introspectionShowsTheEnumOfEveryClosedValueSet() {
		Map<String, Map<String, Object>> types = types();
		assertThat(type(types, "PostChallengeInput", "mode")).isEqualTo("ChallengeMode");
		assertThat(type(types, "RaiseDemandInput", "kind")).isEqualTo("DemandKind");
		assertThat(type(types, "TeamProposal", "method")).isEqualTo("TeamProposalMethod");
		assertThat(type(types, "TeamMember", "role")).isEqualTo("MemberOfTeamRole");
		assertThat(type(types, "TeamTie", "tie")).isEqualTo("TeamTieKind");
		assertThat(type(types, "TextLink", "how")).isEqualTo("TextLinkHow");
		assertThat(type(types, "AnswerNote", "code")).isEqualTo("AnswerNoteCode");
		assertThat(type(types, "ScoreComponent", "name")).isEqualTo("ScoreComponentName");
		assertThat(type(types, "EvidencePath", "component")).isEqualTo("EvidenceComponent");
		assertThat(type(types, "ExpertExclusion", "reason")).isEqualTo("ConflictReason");
		assertThat(type(types, "PathRelationship", "role")).isEqualTo("RelationshipRole");
		assertThat(type(types, "ChallengeStatusCount", "status")).isEqualTo("ChallengeStatus");
		assertThat(type(types, "DemandStatusCount", "status")).isEqualTo("DemandStatus");
	}

	@Test
	void theEnumsOfModelValuesHoldExactlyTheModelsValues() {
		Map<String, Map<String, Object>> types = types();
		assertThat(values(types, "ChallengeMode")).isEqualTo(NodeLabel.Challenge.rule("mode").values());
		assertThat(values(types, "DemandKind")).isEqualTo(NodeLabel.Demand.rule("kind").values());
		assertThat(values(types, "ChallengeStatus")).isEqualTo(ModelValues.CHALLENGE_STATUSES);
		assertThat(values(types, "DemandStatus")).isEqualTo(ModelValues.DEMAND_STATUSES);
		assertThat(values(types, "MemberOfTeamRole")).isEqualTo(RelType.MEMBER_OF_TEAM.rule("role").values());
		assertThat(values(types, "RelationshipRole"))
			.containsExactlyInAnyOrderElementsOf(Stream.of(RelType.MEMBER_OF, RelType.ADVISES, RelType.MEMBER_OF_TEAM)
				.flatMap((type) -> type.rule("role").values().stream())
				.distinct()
				.toList());
		assertThat(values(types, "ScoreComponentName")).containsExactly("EXPERTISE", "EVIDENCE", "PROPAGATION", "CHAIN",
				"TRACK_RECORD");
	}

	@Test
	void aValueOutsideTheEnumIsRefusedNamingTheFieldAndTheValuesAllowed() {
		HttpGraphQlTester admin = TestKeys.admin(this.graphQl, this.keys);
		admin.documentName("postWithUnknownMode")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'input.mode' is not a valid 'ChallengeMode'",
						"'SPRINT' is not one of OPEN_COMPETITION, HORSE_RACE");
				assertThat(error.getMessage()).doesNotContain("EnumValue{", "Exception", "graphql.");
			}));
		admin.documentName("postWithQuotedMode")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getMessage()).contains("'input.mode' is not a valid 'ChallengeMode'",
						"without quotes, one of OPEN_COMPETITION, HORSE_RACE");
			}));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> types() {
		Map<String, Map<String, Object>> types = new java.util.HashMap<>();
		this.graphQl.documentName("enumFields")
			.execute()
			.path("__schema.types")
			.entityList(Map.class)
			.get()
			.forEach((type) -> types.put((String) type.get("name"), (Map<String, Object>) type));
		return types;
	}

	@SuppressWarnings("unchecked")
	private static String type(Map<String, Map<String, Object>> types, String owner, String field) {
		Map<String, Object> parent = types.get(owner);
		assertThat(parent).as(owner).isNotNull();
		Object fields = (parent.get("fields") != null) ? parent.get("fields") : parent.get("inputFields");
		Map<String, Object> type = (Map<String, Object>) ((List<Map<String, Object>>) fields).stream()
			.filter((entry) -> entry.get("name").equals(field))
			.findFirst()
			.orElseThrow()
			.get("type");
		while (type.get("name") == null) {
			type = (Map<String, Object>) type.get("ofType");
		}
		assertThat(type.get("kind")).as(owner + "." + field).isEqualTo("ENUM");
		return (String) type.get("name");
	}

	@SuppressWarnings("unchecked")
	private static List<String> values(Map<String, Map<String, Object>> types, String name) {
		List<Map<String, Object>> values = (List<Map<String, Object>>) types.get(name).get("enumValues");
		assertThat(values).as(name + " values documented")
			.allSatisfy((value) -> assertThat((String) value.get("description")).isNotBlank());
		return values.stream().map((value) -> (String) value.get("name")).toList();
	}

}
