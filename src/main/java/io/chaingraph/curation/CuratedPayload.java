package io.chaingraph.curation;

import java.util.Map;
import java.util.function.BiFunction;

import io.chaingraph.graph.NodeLabel;

/**
 * What {@code create<Label>} and {@code update<Label>} answer: the node as it is now, in
 * the field named after its label, and whether the request changed it. One record per
 * {@code Curated<Label>Payload} type, since the field's name differs by label and schema
 * inspection maps fields to record components by name.
 */
sealed interface CuratedPayload {

	boolean changed();

	/**
	 * The payload record of a curated label and how to make one; a label curation serves
	 * without a record here fails the start.
	 */
	static Kind<?> of(NodeLabel label) {
		return switch (label) {
			case Chain -> new Kind<>(CuratedChainPayload.class, CuratedChainPayload::new);
			case Segment -> new Kind<>(CuratedSegmentPayload.class, CuratedSegmentPayload::new);
			case Enterprise -> new Kind<>(CuratedEnterprisePayload.class, CuratedEnterprisePayload::new);
			case University -> new Kind<>(CuratedUniversityPayload.class, CuratedUniversityPayload::new);
			case Institute -> new Kind<>(CuratedInstitutePayload.class, CuratedInstitutePayload::new);
			case Consortium -> new Kind<>(CuratedConsortiumPayload.class, CuratedConsortiumPayload::new);
			case Expert -> new Kind<>(CuratedExpertPayload.class, CuratedExpertPayload::new);
			case Technology -> new Kind<>(CuratedTechnologyPayload.class, CuratedTechnologyPayload::new);
			case Publication -> new Kind<>(CuratedPublicationPayload.class, CuratedPublicationPayload::new);
			case Challenge -> new Kind<>(CuratedChallengePayload.class, CuratedChallengePayload::new);
			case Team -> new Kind<>(CuratedTeamPayload.class, CuratedTeamPayload::new);
			case Achievement -> new Kind<>(CuratedAchievementPayload.class, CuratedAchievementPayload::new);
			case PartyOrganization ->
				new Kind<>(CuratedPartyOrganizationPayload.class, CuratedPartyOrganizationPayload::new);
			case Demand -> new Kind<>(CuratedDemandPayload.class, CuratedDemandPayload::new);
			case Department -> new Kind<>(CuratedDepartmentPayload.class, CuratedDepartmentPayload::new);
			case City -> new Kind<>(CuratedCityPayload.class, CuratedCityPayload::new);
			case ReportedFigure -> new Kind<>(CuratedReportedFigurePayload.class, CuratedReportedFigurePayload::new);
			case Source -> new Kind<>(CuratedSourcePayload.class, CuratedSourcePayload::new);
			default -> throw new IllegalArgumentException("No curation payload for " + label);
		};
	}

	/**
	 * A label's payload record.
	 *
	 * @param <P> the record
	 * @param type its class, for schema inspection
	 * @param make makes one from the node and whether it changed
	 */
	record Kind<P extends CuratedPayload>(Class<P> type, BiFunction<Map<String, Object>, Boolean, P> make) {

		P of(NodeCuration.Result result) {
			return this.make.apply(result.node(), result.changed());
		}

	}

	/**
	 * What {@code createChain} and {@code updateChain} answer.
	 */
	record CuratedChainPayload(Map<String, Object> chain, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createSegment} and {@code updateSegment} answer.
	 */
	record CuratedSegmentPayload(Map<String, Object> segment, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createEnterprise} and {@code updateEnterprise} answer.
	 */
	record CuratedEnterprisePayload(Map<String, Object> enterprise, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createUniversity} and {@code updateUniversity} answer.
	 */
	record CuratedUniversityPayload(Map<String, Object> university, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createInstitute} and {@code updateInstitute} answer.
	 */
	record CuratedInstitutePayload(Map<String, Object> institute, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createConsortium} and {@code updateConsortium} answer.
	 */
	record CuratedConsortiumPayload(Map<String, Object> consortium, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createExpert} and {@code updateExpert} answer.
	 */
	record CuratedExpertPayload(Map<String, Object> expert, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createTechnology} and {@code updateTechnology} answer.
	 */
	record CuratedTechnologyPayload(Map<String, Object> technology, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createPublication} and {@code updatePublication} answer.
	 */
	record CuratedPublicationPayload(Map<String, Object> publication, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code updateChallenge} answers.
	 */
	record CuratedChallengePayload(Map<String, Object> challenge, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createTeam} and {@code updateTeam} answer.
	 */
	record CuratedTeamPayload(Map<String, Object> team, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createAchievement} and {@code updateAchievement} answer.
	 */
	record CuratedAchievementPayload(Map<String, Object> achievement, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createPartyOrganization} and {@code updatePartyOrganization} answer.
	 */
	record CuratedPartyOrganizationPayload(Map<String, Object> partyOrganization,
			boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code updateDemand} answers.
	 */
	record CuratedDemandPayload(Map<String, Object> demand, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createDepartment} and {@code updateDepartment} answer.
	 */
	record CuratedDepartmentPayload(Map<String, Object> department, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createCity} and {@code updateCity} answer.
	 */
	record CuratedCityPayload(Map<String, Object> city, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createReportedFigure} and {@code updateReportedFigure} answer.
	 */
	record CuratedReportedFigurePayload(Map<String, Object> reportedFigure, boolean changed) implements CuratedPayload {

	}

	/**
	 * What {@code createSource} and {@code updateSource} answer.
	 */
	record CuratedSourcePayload(Map<String, Object> source, boolean changed) implements CuratedPayload {

	}

}
