// Party building on one chain: what the graph counts (organisations, enterprises with one, pairings,
// demands) and, apart, what the sources report, each figure with its sources and their kind.
// Text from the data sits in elements marked translate="no"; everything else comes from i18n.js.
import { nodes, preload, run } from '../api.js';
import { detailsButton } from '../details.js';
import { field, h, select, table } from '../dom.js';
import { language, nm, t } from '../i18n.js';

preload('ChainOptions', 'PartyBuilding');

const DEFAULT_CHAIN = 'chain_furniture';

export async function render(container, params, { navigate }) {
	const chains = nodes((await run('ChainOptions')).chains);
	const chainId = params.get('chain') || DEFAULT_CHAIN;
	// Party building is a pilot programme: the picker offers the pilot chains, and the chain in
	// the address when it is another one.
	const offered = chains.filter((chain) => chain.pilot || chain.id === chainId);
	const picker = select(offered.map((chain) => [chain.id, nm(chain)]), chainId,
		{ id: 'party-chain', translate: 'no', onchange: (event) => navigate({ chain: event.target.value }) });
	container.append(h('h2', {}, t('partyTitle')),
		h('form', { class: 'filters', onsubmit: (event) => event.preventDefault() }, field('chooseChain', picker)));
	let party;
	try {
		party = (await run('PartyBuilding', { chain: chainId })).partyBuilding;
	}
	catch (error) {
		// An unknown chain in the address keeps the picker, so another can be chosen.
		if (error.classification !== 'NOT_FOUND') {
			throw error;
		}
		container.append(h('p', { class: 'message error', role: 'alert' }, t('partyUnknownChain'), data(chainId)));
		return;
	}
	const chain = party.chain;
	container.append(
		h('p', { class: 'party-links' }, h('a', { href: link('chain', chain.id), onclick: (event) => {
			event.preventDefault();
			navigate({ page: 'chain', chain: chain.id });
		} }, t('partyChainMapLink'), ': ', data(nm(chain)))),
		formation(chain),
		h('section', { class: 'party-counted', id: 'party-counted', 'aria-labelledby': 'party-counted-h' },
			h('h3', { id: 'party-counted-h' }, t('partyCounted')), h('p', { class: 'hint' }, t('partyCountedHint')),
			organisations(party), enterprises(party), members(party), pairings(party), demands(party)),
		h('section', { class: 'party-reported', id: 'party-reported', 'aria-labelledby': 'party-reported-h' },
			h('h3', { id: 'party-reported-h' }, t('partyReported')), h('p', { class: 'hint' }, t('partyReportedHint')),
			figures(party.reportedFigures, 'party-figures', t('partyNoFigures')),
			h('h4', {}, t('partyProvince')), figures(party.provinceFigures, 'party-province', t('partyNoFigures'))));
}

function link(page, chain) {
	return `?page=${page}&chain=${encodeURIComponent(chain)}${language() === 'en' ? '&lang=en' : ''}`;
}

/** Text taken from the data, not from the label tables: marked so that no one translates it. */
function data(text) {
	return h('span', { translate: 'no' }, text);
}

function none(text) {
	return h('p', { class: 'message empty' }, text);
}

function formation(chain) {
	const leaders = nodes(chain.leaders);
	return h('section', { class: 'party-formation', id: 'party-formation', 'aria-labelledby': 'party-formation-h' },
		h('h3', { id: 'party-formation-h' }, t('partyFormation'), chain.formation ? `: ${t(chain.formation)}` : ''),
		h('p', {}, chain.formation ? t(`partyFormation_${chain.formation}`) : t('partyFormationNone')),
		leaders.length ? h('p', {}, t('partyLeaders'), joined(leaders.map((leader) => data(nm(leader))))) : null);
}

function joined(parts) {
	const separator = language() === 'en' ? ', ' : '、';
	return parts.flatMap((part, index) => (index ? [separator, part] : [part]));
}

function organisations(party) {
	const row = (labelKey, list, emptyKey) => h('div', { class: 'party-org' }, h('h5', {}, t(labelKey)),
		list.length ? h('ul', {}, list.map((organisation) => h('li', { dataset: { id: organisation.id } },
			data(nm(organisation)), detailsButton(organisation), ' ', sourcesOf(nodes(organisation.sources))))) : none(t(emptyKey)));
	return h('div', { class: 'party-orgs', id: 'party-orgs' }, h('h4', {}, t('partyOrganisations')),
		row('partyGuidanceCommittee', party.guidanceCommittees, 'partyNoneRecorded'),
		row('partyChainCommittee', party.chainCommittees, 'partyNoneRecorded'),
		row('partyGuidanceStations', party.guidanceStations, 'partyNoGuidanceStations'));
}

function card(key, value, stat) {
	return h('li', { class: 'card', dataset: { stat } }, h('span', { class: 'value' }, value), h('span', { class: 'label' }, t(key)));
}

function enterprises(party) {
	const share = party.organizationShare === null ? '–'
		: `${(party.organizationShare * 100).toLocaleString(language() === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 1 })}%`;
	return h('div', {}, h('ul', { class: 'cards', id: 'party-coverage' },
		card('partyEnterprises', party.enterprises, 'enterprises'),
		card('partyWithOrganisation', party.enterprisesWithOrganization, 'withOrganization'),
		card('partyShare', share, 'share')),
	h('p', { class: 'hint' }, t('partyEnterprisesHint')));
}

function yesNo(value) {
	return value ? t('yes') : t('no');
}

function hostName(host) {
	const label = (host.labels || []).find((name) => name === 'Enterprise' || name === 'Team');
	return h('span', {}, data(nm(host)), label ? ` (${t(`partyLabel_${label}`)})` : '', detailsButton(host));
}

function members(party) {
	const list = party.memberOrganizations;
	return h('div', { id: 'party-members' }, h('h4', {}, t('partyMembers')),
		list.length ? table([t('partyOrganisations'), t('partyHost'), t('partyHostOnChain'), t('partyLinked')], list.map((member) => [
			[data(nm(member.organization)), detailsButton(member.organization)], joined(member.hosts.map(hostName)), yesNo(member.hostOnChain), yesNo(member.linkedByChainCommittee),
		]), { class: 'data' }) : none(t('partyNoMembers')));
}

function pairings(party) {
	return h('div', { id: 'party-pairings' }, h('h4', {}, t('partyPairings')),
		party.pairings.length ? h('ul', {}, party.pairings.map((pairing) => h('li', {},
			data(nm(pairing.from)), detailsButton(pairing.from), ` ${t('partyPairedWith')} `, data(nm(pairing.to)), detailsButton(pairing.to),
			pairing.since ? ` (${t('partySince')} ${pairing.since})` : ''))) : none(t('partyNoPairings')));
}

function demands(party) {
	const flow = party.demands;
	const synthetic = flow.items.some((item) => item.demand.synthetic);
	return h('div', { id: 'party-demands' }, h('h4', {}, t('partyDemands')),
		h('ul', { class: 'cards' }, card('partyRaised', flow.raised, 'raised'), card('partyDispatched', flow.dispatched, 'dispatched'),
			card('partyAccepted', flow.accepted, 'accepted'), card('partyResolved', flow.resolved, 'resolved')),
		flow.items.length ? table([t('partyDemand'), t('kind'), t('status'), t('partyRaisedOnChain'), t('partyDispatchedHere')],
			flow.items.map(({ demand, raisedOnChain, dispatchedByChainCommittee }) => [
				h('span', {}, data(nm(demand)), detailsButton(demand), demand.synthetic ? h('small', { class: 'synthetic' }, ` (${t('partySynthetic')})`) : ''),
				demand.kind ? t(demand.kind) : '', demand.status ? t(demand.status) : '', yesNo(raisedOnChain), yesNo(dispatchedByChainCommittee),
			]), { class: 'data compact' }) : none(t('partyNoDemands')),
		synthetic ? h('p', { class: 'hint' }, t('partySyntheticHint')) : null);
}

function figureValue(figure) {
	if (figure.value === null || figure.value === undefined) {
		return '';
	}
	const value = Number(figure.value).toLocaleString(language() === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 3 });
	if (figure.unit === 'rank') {
		return t('partyRankValue').replace('{n}', value);
	}
	return figure.unit ? `${value} ${t(`partyUnit_${figure.unit}`)}` : value;
}

function figures(list, id, emptyText) {
	if (!list.length) {
		return none(emptyText);
	}
	return table([t('partyFigure'), t('partyValue'), t('partyYear'), t('partySubject'), t('partySources')], list.map((figure) => [
		data(nm(figure)), h('span', { class: 'figure-value' }, figureValue(figure)), figure.year ?? '',
		joined(nodes(figure.subjects).map((subject) => data(nm(subject)))), sourcesOf(nodes(figure.sources)),
	]), { class: 'data reported-figures', id });
}

/**
 * A record's sources with their kind: a link where the address is known and not spam, the
 * outlet's name otherwise, and a mirror marked as a copy of the outlet it re-hosts.
 */
function sourcesOf(sources) {
	if (!sources.length) {
		return h('span', { class: 'hint' }, t('partyNoSource'));
	}
	return h('ul', { class: 'party-sources' }, sources.map((source) => {
		const kind = source.kind || 'UNKNOWN';
		const outlet = source.kind === 'MIRROR' ? [t('mirrorOf'), ' ', source.outlet ? data(source.outlet) : t('unknownOutlet')]
			: [data(source.outlet || nm(source))];
		const title = source.url && kind !== 'SPAM_REMOVED'
			? h('a', { href: source.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, outlet) : h('span', {}, outlet);
		return h('li', { class: 'source', dataset: { kind } }, h('span', { class: `source-kind ${kind}` }, t(`source_${kind}`)), ' ', title);
	}));
}
