// What the explorer's pages assume of their results beyond the fields they select, which the
// operations' validation cannot see: each function reads a result the way its page does, so a
// schema change that makes such a value nullable, or changes its type, fails tsc here.
import type {
  AskQuery,
  ChainMapQuery,
  ChallengeProposalsQuery,
  ChallengeQuery,
  ExpertsForQuery,
  ExploreConnectionQuery,
  PartyBuildingQuery,
  ProgrammeQuery,
} from './operations';

// pages/chain.js: the talent gap table prints each shortage with two decimals.
export function shortages(data: ChainMapQuery): string[] {
  return data.talentGaps.map((gap) => gap.shortage.toFixed(2));
}

// pages/chain.js: lanes are ordered by position and sized by their enterprises.
export function lanes(data: ChainMapQuery): number[] {
  return [...data.chainMap.segments].sort((a, b) => a.position - b.position).map((s) => s.enterprises.length);
}

// pages/experts.js: scores, components and link confidences are printed with fixed decimals.
export function scores(data: ExpertsForQuery): string[] {
  const result = data.expertsFor;
  const links = result.interpretation
    ? [...result.interpretation.technologies, ...result.interpretation.chains, ...result.interpretation.organisations]
    : [];
  return [
    ...result.matches.map((match) => match.score.toFixed(3)),
    ...result.matches.flatMap((match) => match.components.map((c) => (c.score * c.weight).toFixed(2))),
    ...links.map((link) => link.confidence.toFixed(2)),
  ];
}

// pages/challenge.js: the coverage matrix asks whether a member's id is among those covering.
export function covered(data: ChallengeProposalsQuery): boolean[] {
  return data.teamsFor.flatMap((team) =>
    team.members.flatMap((member) => team.coverage.map((entry) => entry.coveredBy.includes(member.expert.id))),
  );
}

// pages/challenge.js: applicants are typed teams and history typed status changes, so their own
// fields are read without a fragment, and edges carry their relationship's properties typed.
export function applications(data: ChallengeQuery): string[] {
  const challenge = data.challenge;
  if (!challenge) {
    return [];
  }
  const history = challenge.history.edges.map((edge) => `${edge.node.status ?? ''} ${edge.node.at ?? ''}`);
  const members = challenge.applicants.edges.flatMap((edge) =>
    edge.node.members.edges.map((member) => `${edge.status ?? ''} ${member.node.id} ${member.role ?? ''}`),
  );
  return [...history, ...members];
}

// pages/explore.js: a connection's relationships join node ids the path lists.
export function joins(data: ExploreConnectionQuery): string[] {
  return data.connection.flatMap((path) => path.relationships.map((r) => `${r.from}-${r.type}-${r.to}`));
}

// pages/programme.js: the consortia table counts members.
export function memberCounts(data: ProgrammeQuery): number[] {
  return data.consortia.edges.map((edge) => edge.node.members.totalCount);
}

// pages/party.js: the share is null for a chain without enterprises, and counts are numbers.
export function partyCounts(data: PartyBuildingQuery): string[] {
  const party = data.partyBuilding;
  const share = party.organizationShare === null || party.organizationShare === undefined
    ? '-' : (party.organizationShare * 100).toFixed(1);
  const flow = party.demands;
  return [share, ...[party.enterprises, party.enterprisesWithOrganization, flow.raised, flow.dispatched, flow.resolved].map(String)];
}

// ask.js: chips print each confidence as a percentage, the summary scores and shortages with fixed
// decimals, and a chip's × looks for its matched words in the question.
export function askFigures(data: AskQuery): string[] {
  const result = data.ask.result;
  return [
    ...data.ask.interpretation.entities.map((entity) => `${Math.round(entity.confidence * 100)}% ${entity.matched.length}`),
    ...(result?.expertsFor?.matches ?? []).map((match) => match.score.toFixed(3)),
    ...(result?.talentGaps ?? []).map((gap) => gap.shortage.toFixed(2)),
    ...data.ask.interpretation.filters.statuses,
  ];
}
