package io.chaingraph.ask;

import java.util.ArrayList;
import java.util.List;

import io.chaingraph.ask.AskEntity.Role;
import io.chaingraph.system.error.BadRequestException;
import io.chaingraph.text.Link;
import io.chaingraph.text.QueryInterpretation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The intent grammar without the graph: the linking comes in by hand.
 */
class QuestionReaderTests {

	private static final Link KEY_AVIATION = new Link("c1269_aviation", "Chain", "航空", "Aviation", 1.0, "航空", "EXACT");

	private static final Link PILOT_AVIATION = new Link("chain_aviation", "Chain", "航空", "Aviation", 1.0, "航空",
			"EXACT");

	private static final QuestionReader.ChainKinds KINDS = (id) -> id.startsWith("c1269_") ? "KEY" : "PILOT";

	private static QueryInterpretation linked(Link... links) {
		List<Link> technologies = new ArrayList<>();
		List<Link> chains = new ArrayList<>();
		List<Link> organisations = new ArrayList<>();
		List<Link> challenges = new ArrayList<>();
		for (Link link : links) {
			switch (link.label()) {
				case "Technology" -> technologies.add(link);
				case "Chain" -> chains.add(link);
				case "Challenge" -> challenges.add(link);
				default -> organisations.add(link);
			}
		}
		return new QueryInterpretation(technologies, chains, organisations, List.of(), List.of(), challenges, "");
	}

	@Test
	void twoChainsOfOneNameAreAlternativesNotAGuess() {
		Reading reading = QuestionReader.read("航空产业链还缺哪些环节？", null, linked(KEY_AVIATION, PILOT_AVIATION), KINDS);
		assertThat(reading.status()).isEqualTo(Reading.Status.AMBIGUOUS);
		assertThat(reading.type()).isEqualTo(QuestionType.CHAIN_MAP);
		assertThat(reading.operation()).isNull();
		assertThat(reading.alternatives()).extracting((alternative) -> alternative.operation().values().get("chain"))
			.containsExactlyInAnyOrder("c1269_aviation", "chain_aviation");
		assertThat(reading.alternatives()).extracting(Reading.Alternative::meaning)
			.anySatisfy((meaning) -> assertThat(meaning).contains("重点产业链"));
	}

	@Test
	void aWordOrTheQuestionTypeTellsTheChainsApart() {
		Reading key = QuestionReader.read("重点产业链航空的短板", null, linked(KEY_AVIATION, PILOT_AVIATION), KINDS);
		assertThat(key.operation().values()).containsEntry("chain", "c1269_aviation");
		Reading party = QuestionReader.read("航空产业链的党组织", null, linked(KEY_AVIATION, PILOT_AVIATION), KINDS);
		assertThat(party.type()).isEqualTo(QuestionType.PARTY_BUILDING);
		assertThat(party.operation().values()).containsEntry("chain", "chain_aviation");
	}

	@Test
	void theMoreSpecificWordDecidesTheType() {
		Link pv = new Link("chain_pv", "Chain", "光伏", "Photovoltaics", 1.0, "光伏", "EXACT");
		assertThat(QuestionReader.read("光伏产业链有多少院士？", null, linked(pv), KINDS).type())
			.isEqualTo(QuestionType.STATISTICS);
		assertThat(QuestionReader.read("光伏产业链有哪几位院士？", null, linked(pv), KINDS).type()).isEqualTo(QuestionType.EXPERTS);
		assertThat(QuestionReader.read("光伏产业链人才缺口", null, linked(pv), KINDS).type())
			.isEqualTo(QuestionType.TALENT_GAPS);
		assertThat(QuestionReader.read("光伏产业链还缺哪些环节", null, linked(pv), KINDS).type())
			.isEqualTo(QuestionType.CHAIN_MAP);
		assertThat(QuestionReader.read("光伏产业链专家委员会", null, linked(pv), KINDS).type()).isEqualTo(QuestionType.CONSORTIA);
	}

	@Test
	void aWordSharedByManyChallengeNamesIsACueNotAChallenge() {
		List<Link> parts = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			parts.add(new Link("syn_challenge_0" + i, "Challenge", "揭榜挂帅：" + i, null, 0.85, "揭榜挂帅", "PART"));
		}
		parts.add(new Link("chain_copper", "Chain", "铜", "Copper", 0.6, "铜", "EXACT"));
		Reading reading = QuestionReader.read("铜产业链有哪些揭榜挂帅项目？", null, linked(parts.toArray(Link[]::new)), KINDS);
		assertThat(reading.type()).isEqualTo(QuestionType.CHALLENGES);
		assertThat(reading.filters().statuses()).containsExactly("OPEN");
		assertThat(reading.operation().values()).containsKey("where");
	}

	@Test
	void countsAreReadInEitherLanguageButNotFromNames() {
		assertThat(QuestionReader.count("前十名专家")).isEqualTo(10);
		assertThat(QuestionReader.count("推荐两位院士")).isEqualTo(2);
		assertThat(QuestionReader.count("top 5 experts")).isEqualTo(5);
		assertThat(QuestionReader.count("three specialists")).isEqualTo(3);
		assertThat(QuestionReader.count("1269重点产业链")).isNull();
	}

	@Test
	void englishCuesMatchWholeWordsAndOneLetterOff() {
		assertThat(Cues.find("how many acadmicians").cues()).contains(Cues.Cue.COUNT, Cues.Cue.ACADEMICIAN);
		assertThat(Cues.find("leaderboard").cues()).doesNotContain(Cues.Cue.LEADER);
		assertThat(Cues.find("哪几位院士").cues()).doesNotContain(Cues.Cue.COUNT);
	}

	@Test
	void aQuestionWithoutItsNodeIsNotUnderstoodWithAnExample() {
		Reading reading = QuestionReader.read("Who leads it?", null, linked(), KINDS);
		assertThat(reading.status()).isEqualTo(Reading.Status.NOT_UNDERSTOOD);
		assertThat(reading.type()).isEqualTo(QuestionType.CHAIN_LEADERS);
		assertThat(reading.language()).isEqualTo(Language.EN);
		assertThat(reading.example()).startsWith("Who leads the");
	}

	private static final Link LED = new Link("chain_led", "Chain", "半导体照明", "Semiconductor lighting", 1.0, "半导体照明",
			"EXACT");

	private static final Link SI_LED = new Link("tech_led_si_substrate", "Technology", "硅衬底LED技术",
			"Silicon-substrate LED technology", 1.0, "硅衬底LED技术", "EXACT");

	private static AskEntity chosen(String id, String label, Role role) {
		return new AskEntity(id, label, id + " name", null, "", 1.0, AskEntity.CHOSEN, role);
	}

	@Test // issue 19
	void aChosenNodeTakesItsRoleInPlaceOfTheLinkedOneWithTheWordsItReplaced() {
		Reading reading = QuestionReader.read("哪些院士能帮助半导体照明产业链突破硅衬底LED技术？", null, linked(LED, SI_LED), KINDS,
				List.of(chosen("tech_led_micro", "Technology", Role.TECHNOLOGY)));
		assertThat(reading.status()).isEqualTo(Reading.Status.ANSWERED);
		assertThat(reading.type()).isEqualTo(QuestionType.EXPERTS);
		assertThat(reading.entities()).filteredOn((entity) -> entity.role() == Role.TECHNOLOGY)
			.singleElement()
			.satisfies((entity) -> {
				assertThat(entity.id()).isEqualTo("tech_led_micro");
				assertThat(entity.matched()).isEqualTo("硅衬底LED技术");
				assertThat(entity.how()).isEqualTo("CHOSEN");
			});
		assertThat(reading.operation().values()).containsEntry("technology", "tech_led_micro")
			.containsEntry("chain", "chain_led")
			.containsEntry("academicianOnly", true);
	}

	@Test // issue 19
	void choosingTheAmbiguousRoleAnswersTheQuestion() {
		Reading reading = QuestionReader.read("航空产业链还缺哪些环节？", null, linked(KEY_AVIATION, PILOT_AVIATION), KINDS,
				List.of(chosen("chain_aviation", "Chain", Role.CHAIN)));
		assertThat(reading.status()).isEqualTo(Reading.Status.ANSWERED);
		assertThat(reading.alternatives()).isEmpty();
		assertThat(reading.operation().values()).containsEntry("chain", "chain_aviation");
		assertThat(reading.entities()).extracting(AskEntity::matched).containsExactly("航空");
	}

	@Test // issue 19
	void aChoiceFillsARoleTheWordsLeftEmptyWithNoWords() {
		Reading reading = QuestionReader.read("谁是链主", null, linked(), KINDS,
				List.of(chosen("chain_pv", "Chain", Role.CHAIN)));
		assertThat(reading.status()).isEqualTo(Reading.Status.ANSWERED);
		assertThat(reading.operation().values()).containsEntry("chain", "chain_pv");
		assertThat(reading.entities()).singleElement().satisfies((entity) -> assertThat(entity.matched()).isEmpty());
		Reading excluding = QuestionReader.read("哪些院士能帮助半导体照明产业链突破硅衬底LED技术？", null, linked(LED, SI_LED), KINDS,
				List.of(chosen("ent_jcc", "Enterprise", Role.EXCLUDED)));
		assertThat(excluding.filters().excludeConflictsWith()).isEqualTo("ent_jcc");
		assertThat(excluding.operation().values()).containsEntry("excludeConflictsWith", "ent_jcc");
	}

	@Test // issue 19: the words' consortium is asked first, so it would hide the chosen
			// chain
	void aChosenChainIsAskedAboutEvenWhereTheWordsNamedAConsortium() {
		Link consortium = new Link("cons_led", "Consortium", "半导体照明创新联合体", null, 1.0, "半导体照明创新联合体", "EXACT");
		Reading reading = QuestionReader.read("半导体照明创新联合体的顾问是谁？", null, linked(consortium), KINDS,
				List.of(chosen("chain_pv", "Chain", Role.CHAIN)));
		assertThat(reading.type()).isEqualTo(QuestionType.CONSORTIA);
		assertThat(reading.operation().name()).isEqualTo("AskChainConsortia");
		assertThat(reading.operation().values()).containsEntry("chain", "chain_pv");
		assertThat(reading.entities()).filteredOn((entity) -> entity.id().equals("cons_led"))
			.extracting(AskEntity::role)
			.containsExactly(Role.MENTIONED);
	}

	@Test // issue 19
	void aRoleTheTypeTakesNoNodeForIsRefusedAndSoIsAnyWhenTheTypeIsNotUnderstood() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> QuestionReader.read("哪些院士能帮助半导体照明产业链突破硅衬底LED技术？", null, linked(LED, SI_LED), KINDS,
					List.of(chosen("syn_challenge_01", "Challenge", Role.CHALLENGE))))
			.satisfies((refused) -> assertThat(refused.getMessage()).contains("EXPERTS", "CHALLENGE"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> QuestionReader.read("半导体照明", null, linked(LED), KINDS,
					List.of(chosen("chain_pv", "Chain", Role.CHAIN))))
			.satisfies((refused) -> assertThat(refused.getMessage()).contains("not understood"));
	}

	@Test // issue 19
	void eachRoleTakesTheLabelsOfItsArgument() {
		assertThat(AskChoice.fits(Role.TECHNOLOGY, "Technology")).isTrue();
		assertThat(AskChoice.fits(Role.TECHNOLOGY, "Chain")).isFalse();
		assertThat(AskChoice.fits(Role.EXCLUDED, "University")).isTrue();
		assertThat(AskChoice.fits(Role.EXCLUDED, "Technology")).isFalse();
		assertThat(AskChoice.fits(Role.FROM, "Publication")).isTrue();
		assertThat(AskChoice.fits(Role.CITY, "City")).isTrue();
		assertThat(AskChoice.choosable(Role.MENTIONED)).isFalse();
		for (QuestionType type : QuestionType.values()) {
			assertThat(QuestionReader.takes(type)).as(type.name()).doesNotContain(Role.MENTIONED).contains(Role.CITY);
		}
	}

}
