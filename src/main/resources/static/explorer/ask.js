// The question box of the first screen: a question in words goes to Query.ask, and the answer shows
// how it was read (type, entities as chips, filters), a short summary of the result, the page of the
// explorer that shows it in full, and the same operation in GraphiQL. The question lives in the URL
// (?ask=...), so that an answer can be shared and a changed question is a new view in the history; so
// do the nodes chosen in place of what the words linked (&choose=TECHNOLOGY:tech_x,CHAIN:chain_y).
import { ApiError, nodes, run } from './api.js';
import { typeName } from './details.js';
import { errorBox, h } from './dom.js';
import { labelOf } from './graph.js';
import { language, nm, t } from './i18n.js';

const SHOWN = 5;

// Each figure a count can ask for (StatisticsMeasure): its label and the field of ProgrammeStatistics.
const MEASURES = {
	CHAINS: ['chains', 'chains'], PILOT_CHAINS: ['pilotChains', 'pilotChains'], KEY_CHAINS: ['keyChains', 'keyChains'],
	CONSORTIA: ['consortia', 'consortia'], ENTERPRISES: ['enterprises', 'enterprises'],
	CHAIN_LEADERS: ['chainLeaders', 'chainLeaders'], INSTITUTES: ['institutes', 'institutes'],
	UNIVERSITIES: ['universities', 'universities'], EXPERTS: ['expertsCount', 'experts'],
	ACADEMICIANS: ['academicians', 'academicians'], TECHNOLOGIES: ['technologies', 'technologies'],
	BOTTLENECKS: ['bottlenecks', 'bottlenecks'], CHALLENGES_BY_STATUS: ['challengesByStatus', 'challengesByStatus'],
	DEMANDS_BY_STATUS: ['demandsByStatus', 'demandsByStatus'],
};

// The kinds of node search may offer for each role that can be chosen: the labels Query.ask takes
// for it. null is every kind (a connection's ends); MENTIONED fills no argument and is not here.
const CHOOSABLE = {
	CHAIN: ['CHAIN'], TECHNOLOGY: ['TECHNOLOGY'], CHALLENGE: ['CHALLENGE'], ENTERPRISE: ['ENTERPRISE'],
	CONSORTIUM: ['CONSORTIUM'], EXCLUDED: ['ENTERPRISE', 'UNIVERSITY', 'INSTITUTE', 'CONSORTIUM', 'CHALLENGE'],
	CITY: ['CITY'], FROM: null, TO: null,
};

/** The choices of the URL, choose=ROLE:id,ROLE:id, as Query.ask's entities. */
function choicesOf(params) {
	return (params.get('choose') || '').split(',').map((pair) => {
		const at = pair.indexOf(':');
		return { role: pair.slice(0, at).trim(), id: pair.slice(at + 1).trim() };
	}).filter((choice) => choice.role && choice.id);
}

/** The URL's choose parameter for these choices; null, which navigate() drops, for none. */
function chooseParam(choices) {
	return choices.map((choice) => `${choice.role}:${choice.id}`).join(',') || null;
}

/** The box and, when the URL carries a question, its answer; never throws, so the page still renders. */
export async function askBox(params, { navigate }) {
	const question = (params.get('ask') || '').trim();
	const choices = choicesOf(params);
	const input = h('input', { type: 'search', id: 'ask-question', name: 'ask', value: question, maxlength: 500,
		placeholder: t('askPlaceholder'), 'aria-describedby': 'ask-hint' });
	const form = h('form', { class: 'ask-form', role: 'search', onsubmit: (event) => {
		event.preventDefault();
		const asked = input.value.trim();
		// Choices belong to the words they were made on: new words start without them.
		if (asked) {
			navigate({ ask: asked, choose: null });
		}
	} }, h('label', { for: 'ask-question' }, t('askLabel')), h('div', { class: 'ask-row' }, input,
		h('button', { type: 'submit', id: 'ask-submit' }, t('askSubmit'))),
	h('p', { class: 'hint', id: 'ask-hint' }, t('askTry'),
		[t('askExample1'), t('askExample2')].flatMap((example, index) => [index ? t('listSeparator') : '',
			h('button', { type: 'button', class: 'link ask-example', onclick: () => navigate({ ask: example, choose: null }) }, h('span', { class: 'nm' }, example))])));
	const box = h('section', { class: 'ask-box', 'aria-labelledby': 'ask-h' }, h('h3', { id: 'ask-h', class: 'sr' }, t('askLabel')), form);
	if (!question) {
		return box;
	}
	try {
		const data = await run('Ask', { question, language: language() === 'en' ? 'EN' : 'ZH',
			entities: choices.length ? choices : null });
		box.append(answerPanel(question, choices, data.ask, navigate));
	}
	catch (error) {
		if (!(error instanceof ApiError)) {
			console.warn(error);
		}
		box.append(errorBox(error));
	}
	return box;
}

function answerPanel(question, choices, answer, navigate) {
	const reading = answer.interpretation;
	const panel = h('div', { class: 'ask-answer', id: 'ask-answer', dataset: { status: answer.status, type: reading.type || '' } });
	panel.append(h('p', { class: 'ask-type' }, t('askTypeLabel'),
		h('strong', { id: 'ask-type', dataset: { type: reading.type || '' } }, reading.type ? t(`askType_${reading.type}`) : t('askTypeUnknown'))));
	// An ambiguous question's nodes are in its alternatives: "nothing recognised" would mislead.
	const ambiguous = answer.status === 'AMBIGUOUS' && !reading.entities.length;
	if (!ambiguous) {
		panel.append(chips(question, choices, reading.entities, navigate));
	}
	panel.append(filterList(reading));
	if (answer.status === 'AMBIGUOUS') {
		panel.append(h('p', { class: 'message' }, t('askAmbiguous')),
			h('ul', { class: 'ask-alternatives', id: 'ask-alternatives' }, answer.alternatives.map((alternative) => {
				// A reading is taken by choosing its own nodes for their roles: the same words asked again,
				// answered here with their chips, so the choice can still be changed or undone.
				const own = alternative.entities.filter((entity) => entity.role !== 'MENTIONED'
					&& !reading.entities.some((shared) => shared.id === entity.id && shared.role === entity.role));
				const chosen = [...choices.filter((choice) => !own.some((entity) => entity.role === choice.role)),
					...own.map((entity) => ({ role: entity.role, id: entity.id }))];
				return h('li', {}, h('button', { type: 'button', class: 'ask-reading', dataset: { ids: own.map((entity) => entity.id).join(',') },
					onclick: () => navigate({ ask: question, choose: chooseParam(chosen) }) },
				h('span', { class: 'nm' }, alternative.meaning)), ' ', graphiqlLink(alternative.operation));
			})));
		return panel;
	}
	if (answer.status === 'NOT_UNDERSTOOD') {
		panel.append(h('p', { class: 'message', id: 'ask-message' }, t('askNotUnderstood'), h('span', { class: 'nm' }, answer.message)));
		if (answer.example) {
			panel.append(h('p', {}, t('askExampleLabel'), h('button', { type: 'button', class: 'link', id: 'ask-example',
				onclick: () => navigate({ ask: answer.example, choose: null }) }, h('span', { class: 'nm' }, answer.example))));
		}
		return panel;
	}
	if (answer.errors.length) {
		panel.append(h('p', { class: 'message error', role: 'alert' }, t('askErrors'), h('span', { class: 'nm' }, answer.errors.join(' '))));
	}
	panel.append(h('div', { class: 'ask-summary', id: 'ask-summary' }, summary(answer.result || {}, reading.filters)));
	const target = pageFor(reading.type, reading.entities, reading.filters, answer.result);
	panel.append(h('p', { class: 'ask-links' }, target ? pageLink(target, navigate) : null,
		answer.operation ? graphiqlLink(answer.operation) : null));
	return panel;
}

/**
 * One chip per linked entity. Its × asks again without the words it was read from (and, for a chosen
 * node, without the choice); its "change" control, for a role that can be chosen, asks again with
 * another node in that role and the same words.
 */
function chips(question, choices, entities, navigate) {
	if (!entities.length) {
		return h('p', { class: 'hint' }, t('askNoEntities'));
	}
	return h('ul', { class: 'ask-chips', id: 'ask-chips', 'aria-label': t('askEntities') }, entities.map((entity) => {
		const chosen = entity.how === 'CHOSEN';
		const others = choices.filter((choice) => choice.role !== entity.role);
		const without = entity.matched ? withoutWords(question, entity.matched) : '';
		// Said without the words themselves, which may be Latin (LED) in a Chinese page: the chip shows them.
		const tip = t(chosen ? 'askRemoveChosenTip' : 'askRemoveTip');
		const remove = chosen ? () => navigate({ ask: without || question, choose: chooseParam(others) })
			: () => navigate({ ask: without });
		const words = chosen ? h('span', { class: 'ask-matched ask-chosen' }, entity.matched ? [t('askChosenFor'), h('span', { class: 'nm' }, entity.matched)] : t('askChosen'))
			: h('span', { class: 'ask-matched' }, t('askMatched'), h('span', { class: 'nm' }, entity.matched));
		return h('li', { class: 'ask-chip', dataset: { id: entity.id, role: entity.role, how: entity.how || '' } },
			h('span', { class: 'ask-role' }, t(`askRole_${entity.role}`)),
			h('span', { class: 'nm ask-name' }, nm(entity)),
			words,
			h('span', { class: 'ask-confidence' }, `${Math.round(entity.confidence * 100)}%`),
			entity.role in CHOOSABLE ? changeControl(entity, others, navigate) : null,
			h('button', { type: 'button', class: 'ask-remove', title: tip, 'aria-label': tip, disabled: !chosen && !without,
				onclick: remove }, '×'));
	}));
}

/**
 * A button that opens a small search for another node of the kinds the chip's role takes; choosing a
 * hit asks the same words again with it in that role. Escape closes it and gives the focus back.
 */
function changeControl(entity, others, navigate) {
	const id = `ask-change-${entity.role}`;
	const tip = t('askChangeTip').replace('{role}', t(`askRole_${entity.role}`));
	const input = h('input', { type: 'search', id: `${id}-text`, class: 'ask-change-text', maxlength: 100, autocomplete: 'off',
		placeholder: t('askChangePlaceholder') });
	const hits = h('ul', { class: 'ask-change-hits', id: `${id}-hits`, 'aria-live': 'polite' });
	const panel = h('div', { class: 'ask-change-panel', id, hidden: true },
		h('label', { for: input.id }, t('askChangeLabel').replace('{role}', t(`askRole_${entity.role}`))), input, hits);
	const button = h('button', { type: 'button', class: 'ask-change', title: tip, 'aria-label': tip, 'aria-expanded': 'false',
		'aria-controls': id }, t('askChange'));
	const close = () => {
		panel.hidden = true;
		button.setAttribute('aria-expanded', 'false');
		button.focus();
	};
	const choose = (node) => navigate({ choose: chooseParam([...others, { role: entity.role, id: node.id }]) });
	button.addEventListener('click', () => {
		panel.hidden = !panel.hidden;
		button.setAttribute('aria-expanded', String(!panel.hidden));
		if (!panel.hidden) {
			input.focus();
		}
	});
	panel.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			close();
		}
	});
	let found = [];
	let asked = 0;
	let timer = null;
	// Only the last text typed is shown: an earlier, slower answer must not replace a later one.
	const search = async () => {
		const text = input.value.trim();
		const mine = ++asked;
		if (!text) {
			found = [];
			hits.replaceChildren();
			return;
		}
		try {
			const answer = await run('ExploreSearch', { text, types: CHOOSABLE[entity.role], first: 8 });
			if (mine !== asked) {
				return;
			}
			found = answer.search.map((hit) => hit.node).filter((node) => node.id !== entity.id);
			hits.replaceChildren(...(found.length ? found.map((node) => h('li', {},
				h('button', { type: 'button', class: 'link ask-change-hit', dataset: { id: node.id }, onclick: () => choose(node) },
					h('span', { class: 'nm' }, nm(node))), ' ', h('span', { class: 'type' }, typeName(labelOf(node)))))
				: [h('li', { class: 'message empty' }, t('nothing'))]));
		}
		catch (error) {
			if (!(error instanceof ApiError)) {
				console.warn(error);
			}
			if (mine === asked) {
				hits.replaceChildren(h('li', {}, errorBox(error)));
			}
		}
	};
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(search, 250);
	});
	// Enter takes the first hit, as a search box's Enter is expected to.
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') {
			event.preventDefault();
			if (found.length) {
				choose(found[0]);
			}
		}
	});
	return [button, panel];
}

/**
 * The question without the words an entity was read from, or '' when they cannot be found. Each
 * character is compared without case and width (the linker matches that way); traditional
 * characters the linker read as simplified ones are not found, and the chip's × is then disabled.
 */
function withoutWords(question, matched) {
	const fold = (text) => text.normalize('NFKC').toLowerCase();
	const words = fold(matched);
	const chars = [...question];
	for (let start = 0; start < chars.length; start++) {
		let read = '';
		for (let end = start; end < chars.length && read.length < words.length; end++) {
			read += fold(chars[end]);
			if (read === words) {
				return [...chars.slice(0, start), ' ', ...chars.slice(end + 1)].join('').replace(/\s+/g, ' ').trim();
			}
		}
	}
	return '';
}

function filterList(reading) {
	const filters = reading.filters;
	// The nodes a filter names are among the entities, with their names.
	const named = (id) => {
		const entity = reading.entities.find((candidate) => candidate.id === id);
		return h('span', { class: 'nm' }, entity ? nm(entity) : id);
	};
	const read = [];
	if (filters.academicianOnly) {
		read.push(t('askAcademicianOnly'));
	}
	if (filters.excludeConflictsWith) {
		read.push(h('span', {}, t('askExcludes'), named(filters.excludeConflictsWith)));
	}
	if (filters.city) {
		// Only expertsFor takes a city; for the other questions it is read but not applied.
		read.push(h('span', { class: 'ask-city' }, t(reading.type === 'EXPERTS' ? 'askCity' : 'askCityNotApplied'), named(filters.city)));
	}
	if (filters.first) {
		read.push(t('askFirst').replace('{n}', filters.first));
	}
	if (filters.statuses.length) {
		read.push(t('askStatuses') + filters.statuses.map((status) => t(status)).join(t('listSeparator')));
	}
	if (filters.measure) {
		read.push(h('span', {}, t('askMeasure'), h('span', { class: 'nm' }, t(MEASURES[filters.measure][0]))));
	}
	return h('p', { class: 'ask-filters', id: 'ask-filters' }, t('askFilters'),
		read.length ? read.flatMap((item, index) => [index ? t('listSeparator') : '', item]) : t('askNoFilters'));
}

const name = (node) => h('span', { class: 'nm' }, nm(node));

function list(items, render) {
	return items.length ? h('ol', { class: 'ask-list' }, items.slice(0, SHOWN).map((item) => h('li', {}, render(item))))
		: h('p', { class: 'message empty' }, t('nothing'));
}

// A count, or counts by status (challengesByStatus): "OPEN 3, CLOSED 1".
function figureText(value) {
	return Array.isArray(value) ? value.map((row) => `${t(row.status)} ${row.count}`).join(t('listSeparator')) : String(value);
}

function figures(pairs) {
	return h('dl', { class: 'facts' }, pairs.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
}

/** The first few rows of the result, whichever field holds it. */
function summary(result, filters) {
	if (result.expertsFor) {
		return list(result.expertsFor.matches, (match) => [name(match.expert), match.expert.academician ? [' ', h('span', { class: 'badge' }, t('askAcademician'))] : '',
			' ', h('span', { class: 'score' }, match.score.toFixed(3))]);
	}
	if (result.teamsFor) {
		return list(result.teamsFor, (team) => team.members.flatMap((member, index) => [index ? t('listSeparator') : '', name(member.expert)]));
	}
	if (result.chainMap) {
		return [figures([['segment', result.chainMap.segments.length], ['gaps', result.chainMap.gaps.length]]),
			list(result.chainMap.gaps, (gap) => name(gap.segment))];
	}
	if (result.talentGaps) {
		return list(result.talentGaps, (gap) => [name(gap.technology), ' ', h('span', { class: 'score' }, `${t('shortage')} ${gap.shortage.toFixed(2)}`)]);
	}
	if (result.connection) {
		return list(result.connection, (path) => path.nodes.flatMap((node, index) => [index ? ' → ' : '', name(node)]));
	}
	if (result.chain) {
		const leaders = nodes(result.chain.leaders);
		return leaders.length ? [h('h4', {}, t('leader')), list(leaders, name)] : [h('h4', {}, t('consortia')), list(nodes(result.chain.consortia), name)];
	}
	if (result.consortium) {
		return figures([['consortia', name(result.consortium)], ['members', result.consortium.members.totalCount]]);
	}
	if (result.statistics) {
		const stats = result.statistics;
		// The figure asked for comes first, on its own: "how many academicians" is answered by one number.
		const asked = filters.measure && MEASURES[filters.measure];
		const headline = asked && h('p', { class: 'ask-figure', id: 'ask-figure', dataset: { measure: filters.measure } },
			t(asked[0]), t('askFigureIs'), h('strong', {}, figureText(stats[asked[1]])));
		return [headline, figures([['chains', stats.chains], ['consortia', stats.consortia], ['enterprises', stats.enterprises],
			['expertsCount', stats.experts], ['academicians', stats.academicians], ['technologies', stats.technologies],
			['bottlenecks', stats.bottlenecks]])];
	}
	for (const field of ['challenges', 'demands']) {
		if (result[field]) {
			return [h('p', {}, t('askTotal').replace('{n}', result[field].totalCount)),
				list(nodes(result[field]), (node) => [name(node), ' ', t(node.status)])];
		}
	}
	if (result.partyBuilding) {
		return figures([['enterprises', result.partyBuilding.enterprises], ['askWithOrganization', result.partyBuilding.enterprisesWithOrganization]]);
	}
	return h('p', { class: 'message empty' }, t('nothing'));
}

/** The explorer page that shows this kind of answer in full, as navigate() changes; null when none fits. */
function pageFor(type, entities, filters, result) {
	const id = (role) => (entities.find((entity) => entity.role === role) || {}).id || null;
	const ref = (role) => {
		const entity = entities.find((candidate) => candidate.role === role);
		return entity ? `${entity.label}:${entity.id}` : null;
	};
	const chain = id('CHAIN');
	switch (type) {
		case 'EXPERTS':
			// expertsFor refuses a chain without a technology or a text: then the page opens on its form.
			return { page: 'experts', chain, technology: id('TECHNOLOGY'), academicianOnly: filters.academicianOnly,
				exclude: filters.excludeConflictsWith, run: Boolean(id('TECHNOLOGY')) };
		case 'TEAMS':
			return id('CHALLENGE') ? { page: 'challenge', challenge: id('CHALLENGE') } : null;
		case 'CHALLENGES': {
			const first = result && result.challenges ? nodes(result.challenges)[0] : null;
			return { page: 'challenge', challenge: first ? first.id : null };
		}
		case 'CONNECTION':
			return ref('FROM') && ref('TO') ? { page: 'explore', from: ref('FROM'), to: ref('TO') } : null;
		case 'PARTY_BUILDING':
			return chain ? { page: 'party', chain } : null;
		case 'DEMANDS':
			return { page: 'demands' };
		case 'CONSORTIA':
			return chain ? { page: 'chain', chain } : (ref('CONSORTIUM') ? { page: 'explore', open: ref('CONSORTIUM') } : null);
		default:
			// Chain map, gaps, talent gaps, leaders and a chain's figures are all on the chain page.
			return chain ? { page: 'chain', chain } : null;
	}
}

function pageLink(target, navigate) {
	const query = new URLSearchParams();
	Object.entries(target).forEach(([key, value]) => {
		if (value !== null && value !== undefined && value !== false && value !== '') {
			query.set(key, value === true ? 'true' : value);
		}
	});
	if (language() === 'en') {
		query.set('lang', 'en');
	}
	return h('a', { href: `?${query}`, id: 'ask-open', class: 'ask-open', onclick: (event) => {
		event.preventDefault();
		navigate(target);
	} }, t('askOpenPage'), ' ', t(target.page));
}

/** GraphiQL with the document and its variables in the editors (graphiql/page.js reads them from the URL). */
function graphiqlLink(operation) {
	const query = new URLSearchParams({ path: '/graphql', wsPath: '/graphql-ws', query: operation.document,
		variables: operation.variables });
	return h('a', { href: `/graphiql?${query}`, class: 'ask-graphiql', target: '_blank', rel: 'noopener' },
		t('askGraphiqlBefore'), h('span', { translate: 'no' }, 'GraphiQL'), t('askGraphiqlAfter'));
}
