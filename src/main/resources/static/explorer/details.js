// The details panel of any node, opened from every picture and list: its type, names, properties
// in the reader's language, its sources with their kind, and its neighbours grouped by relationship
// type and direction (Query.neighbourGroups: each group's count and its first few). A neighbour
// opens in the panel in turn; Escape or the close button shuts it and gives focus back to what
// opened it. One panel for the whole page, outside the page's own content, so a page need only call
// openDetails.
import { preload, run } from './api.js';
import { errorBox, h } from './dom.js';
import { labelOf } from './graph.js';
import { language, nm, t } from './i18n.js';

preload('NodeDetails', 'NeighbourGroup');

/** Neighbours listed per group at first; "more" asks for up to 50 of one group. */
const FIRST = 5;
const MORE = 50;

/**
 * The properties shown, in this order, each with how its value reads: text (data, kept as written),
 * an enum (a word of the table, dtv_<property>_<VALUE> or an older key), a yes/no, a number, a
 * date, a time or a list. The names are the operation's, where its aliases tell the kinds apart.
 */
const PROPERTIES = [
	['title', 'text'], ['titleEn', 'text'], ['academician', 'enum'], ['formation', 'enum'], ['pilot', 'bool'],
	['keyChain', 'bool'], ['position', 'number'], ['components', 'list'], ['ownership', 'enum'],
	['chainLeader', 'bool'], ['specialisedSme', 'bool'], ['historical', 'bool'], ['city', 'text'], ['district', 'text'],
	['kind', 'text'], ['departmentKind', 'text'], ['colleges', 'list'], ['founded', 'text'], ['technologyKind', 'enum'],
	['publicationKind', 'enum'], ['year', 'year'], ['venue', 'text'], ['mode', 'enum'], ['challengeStatus', 'enum'],
	['budget', 'money'], ['deadline', 'date'], ['maxPartners', 'number'], ['requireCoverage', 'bool'],
	['postedAt', 'time'], ['achievementKind', 'enum'], ['partyKind', 'enum'], ['secretaryName', 'text'],
	['demandKind', 'enum'], ['demandStatus', 'enum'], ['raisedAt', 'time'], ['dispatchedAt', 'time'],
	['acceptedAt', 'time'], ['resolvedAt', 'time'], ['value', 'number'], ['unit', 'text'], ['scope', 'enum'],
	['sourceKind', 'enum'], ['outlet', 'text'], ['what', 'text'], ['url', 'url'], ['workflowStatus', 'enum'],
	['at', 'time'], ['actor', 'actor'], ['note', 'text'], ['adminCode', 'text'], ['platePrefix', 'text'],
	['aliases', 'list'], ['description', 'text'], ['abstract', 'text'], ['abstractEn', 'text'],
	['confidence', 'enum'], ['notes', 'text'], ['id', 'text'],
];

/** Older keys of the table that already name a value, tried after dtv_<property>_<VALUE>. */
const OLDER_KEYS = {
	academician: 'evAcademician_', publicationKind: 'xpKind_', achievementKind: 'xpAchievement_', partyKind: 'partyKind_',
	confidence: 'xpConfidence_', sourceKind: 'source_', formation: '', mode: '', challengeStatus: '', demandKind: '',
	demandStatus: '', workflowStatus: '',
};

let panel;
let opener;
let navigateTo;
const trail = [];

function known(key) {
	const word = t(key);
	return word === key ? null : word;
}

/** A node type in the page's language: Expert → 专家. */
export function typeName(kind) {
	return known(`evType_${kind}`) || kind;
}

/** The heading of a group: what the neighbours are to this node, read from its side. */
export function groupName(relationship, direction) {
	return known(`dt${direction === 'IN' ? 'In' : 'Out'}_${relationship}`) || known(`lwRel_${relationship}`) || relationship;
}

/**
 * Opens the panel on the node with this id. navigate is the page's, for the links that leave the
 * panel; focus returns on close to what had it.
 */
export function openDetails(id, { navigate } = {}) {
	if (navigate) {
		navigateTo = navigate;
	}
	if (!panel || panel.hidden) {
		opener = document.activeElement;
		trail.length = 0;
	}
	trail.push(id);
	return show(id);
}

/** Shuts the panel, if open, and gives focus back to what opened it. */
export function closeDetails({ restoreFocus = true } = {}) {
	if (!panel || panel.hidden) {
		return;
	}
	panel.hidden = true;
	panel.replaceChildren();
	delete panel.dataset.node;
	trail.length = 0;
	if (restoreFocus && opener && opener.isConnected && typeof opener.focus === 'function') {
		opener.focus();
	}
	opener = null;
}

/** A small button that opens a node's details, for lists and the text beside a picture. */
export function detailsButton(node, navigate) {
	// It follows the name it opens, so its own words need not repeat the name (data in an
	// attribute would be read as interface text).
	return h('button', { type: 'button', class: 'linkish details-open', dataset: { details: node.id }, title: t('dtOpen'),
		onclick: () => openDetails(node.id, { navigate }) }, t('dtOpenShort'));
}

function ensurePanel() {
	if (!panel) {
		panel = h('aside', { id: 'details-panel', class: 'details-panel', role: 'dialog', 'aria-modal': 'false',
			'aria-labelledby': 'details-name', tabindex: '-1', hidden: true });
		document.body.append(panel);
		document.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && !panel.hidden) {
				event.preventDefault();
				closeDetails();
			}
		});
	}
	return panel;
}

async function show(id) {
	const box = ensurePanel();
	box.hidden = false;
	box.dataset.node = id;
	box.dataset.ready = 'false';
	box.setAttribute('aria-busy', 'true');
	box.replaceChildren(head(null), h('p', { class: 'hint', id: 'details-name' }, t('loading')));
	box.focus();
	let data;
	try {
		data = await run('NodeDetails', { id, first: FIRST });
	}
	catch (error) {
		if (box.dataset.node === id) {
			box.replaceChildren(head(null), h('h2', { id: 'details-name', class: 'nm' }, id), error.classification === 'NOT_FOUND'
				? h('p', { class: 'message empty' }, t('dtNotFound')) : errorBox(error));
			box.dataset.ready = 'true';
			box.removeAttribute('aria-busy');
		}
		return;
	}
	if (box.dataset.node !== id) {
		return;
	}
	const node = data.node;
	box.replaceChildren(...[head(node), names(node), links(node), properties(node),
		neighbours(node, data.neighbourGroups.filter((group) => !(group.relationship === 'SOURCED_FROM' && group.direction === 'OUT'))),
		sources(data.sources)]
		.flat(Infinity).filter(Boolean));
	box.dataset.kind = labelOf(node);
	box.dataset.ready = 'true';
	box.removeAttribute('aria-busy');
	box.querySelector('.details-close').focus();
}

function head(node) {
	return h('div', { class: 'details-head' },
		trail.length > 1 ? h('button', { type: 'button', class: 'details-back', onclick: () => {
			trail.pop();
			show(trail[trail.length - 1]);
		} }, t('dtBack')) : '',
		node ? h('span', { class: 'details-type', dataset: { kind: labelOf(node) } }, typeName(labelOf(node))) : '',
		h('button', { type: 'button', class: 'details-close', 'aria-label': t('dtClose'), title: t('dtClose'), onclick: () => closeDetails() }, '×'));
}

function names(node) {
	const other = language() === 'en' ? node.name : node.nameEn;
	return [h('h2', { id: 'details-name' }, h('span', { class: 'nm' }, nm(node)),
		node.synthetic ? [' ', h('span', { class: 'badge synthetic', title: t('evSyntheticTip') }, t('evSynthetic'))] : ''),
	other && other !== nm(node) ? h('p', { class: 'other-name nm', id: 'details-other-name' }, other) : '',
	node.synthetic ? h('p', { class: 'message synthetic-note', id: 'details-synthetic' }, t('evSyntheticTip')) : ''];
}

function hrefOf(changes) {
	const query = new URLSearchParams(changes);
	if (language() === 'en') {
		query.set('lang', 'en');
	}
	return `?${query}`;
}

function leave(changes) {
	return (event) => {
		if (event.ctrlKey || event.metaKey || event.shiftKey) {
			return;
		}
		event.preventDefault();
		closeDetails({ restoreFocus: false });
		// The shell's navigate, asked for on use: app.js imports this module.
		(navigateTo ? Promise.resolve(navigateTo) : import('./app.js').then((app) => app.navigate)).then((go) => go(changes));
	};
}

/** The node's own page where it has one, and the explore page opened on it. */
function links(node) {
	const kind = labelOf(node);
	const own = { Expert: ['dtProfile', { page: 'expert', id: node.id }], Chain: ['dtChainPage', { page: 'chain', chain: node.id }],
		Challenge: ['dtChallengePage', { page: 'challenge', challenge: node.id }] }[kind];
	const explore = { page: 'explore', open: `${kind}:${node.id}` };
	return h('p', { class: 'details-links' },
		own ? [h('a', { href: hrefOf(own[1]), id: 'details-own-page', onclick: leave(own[1]) }, t(own[0])), ' '] : '',
		h('a', { href: hrefOf(explore), id: 'details-explore', onclick: leave(explore) }, t('dtExplore')));
}

function properties(node) {
	const label = labelOf(node);
	const rows = PROPERTIES.filter(([name]) => node[name] !== null && node[name] !== undefined && node[name] !== ''
		&& !(Array.isArray(node[name]) && !node[name].length))
		.map(([name, kind]) => {
			// An expert's title is a job title, a publication's its heading.
			const key = name === 'title' && label === 'Publication' ? 'dt_headline' : `dt_${name}`;
			return [h('dt', {}, known(key) || name), h('dd', { dataset: { property: name } }, value(name, kind, node[name]))];
		});
	return h('dl', { class: 'facts details-properties', id: 'details-properties' }, rows);
}

function enumWord(name, raw) {
	const older = OLDER_KEYS[name];
	return known(`dtv_${name}_${raw}`) || (older !== undefined ? known(`${older}${raw}`) : null) || raw;
}

function value(name, kind, raw) {
	switch (kind) {
		case 'enum':
			return h('span', { class: 'enum', dataset: { value: raw } }, enumWord(name, raw));
		case 'bool':
			return raw ? t('yes') : t('no');
		case 'number':
			return h('span', { class: 'nm' }, Number(raw).toLocaleString(language() === 'en' ? 'en-GB' : 'zh-CN'));
		case 'money':
			return [h('span', { class: 'nm' }, Number(raw).toLocaleString(language() === 'en' ? 'en-GB' : 'zh-CN')), ` ${t('dtYuan')}`];
		case 'year':
			return h('span', { class: 'nm' }, String(raw));
		case 'date':
			return h('span', { class: 'nm' }, String(raw).slice(0, 10));
		case 'time':
			return h('span', { class: 'nm' }, when(raw));
		case 'list':
			return h('span', { class: 'nm' }, raw.join(t('listSeparator')));
		case 'url':
			return h('span', { class: 'nm url' }, String(raw));
		case 'actor':
			return ['seed', 'system'].includes(raw) ? t(`actor_${raw}`) : h('span', { class: 'nm' }, raw);
		default:
			return h('span', { class: 'nm' }, String(raw));
	}
}

/** A time to the minute in Beijing time, as the challenge page writes them. */
function when(at) {
	const date = new Date(String(at).replace(/(\.\d{3})\d+/, '$1'));
	if (Number.isNaN(date.getTime())) {
		return String(at);
	}
	return `${date.toLocaleString(language() === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric',
		month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })} ${t('beijingTime')}`;
}

// Where the record comes from, with what kind of page each is; a link removed as spam is named,
// not linked.
function sources(group) {
	const items = group.length ? group[0].nodes : [];
	return h('section', { class: 'details-sources', 'aria-labelledby': 'details-sources-h' },
		h('h3', { id: 'details-sources-h' }, t('dtSources'), items.length ? ` (${group[0].totalCount})` : ''),
		items.length ? h('ul', { class: 'sources', id: 'details-source-list' }, items.map((source) => {
			const kind = source.kind || 'UNKNOWN';
			// A mirror re-hosts another outlet's article: named as its copy, as explore names it.
			const name = kind === 'MIRROR'
				? [`${t('mirrorOf')} `, source.outlet ? h('span', { class: 'nm' }, source.outlet) : t('unknownOutlet')]
				: h('span', { class: 'nm' }, source.outlet || nm(source));
			return h('li', { dataset: { kind } },
				h('span', { class: `source-kind ${kind}` }, t(`source_${kind}`)), ' ',
				source.url && kind !== 'SPAM_REMOVED'
					? h('a', { href: source.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, name)
					: h('span', { class: 'no-link' }, name),
				source.what ? h('span', { class: 'what nm' }, ` — ${source.what}`) : '');
		})) : h('p', { class: 'hint none' }, t('dtNoSources')));
}

function neighbours(node, groups) {
	return h('section', { class: 'details-neighbours', 'aria-labelledby': 'details-neighbours-h' },
		h('h3', { id: 'details-neighbours-h' }, t('dtNeighbours')),
		groups.length ? groups.map((group) => groupSection(node, group)) : h('p', { class: 'hint none' }, t('dtNoNeighbours')));
}

function groupSection(node, group) {
	const list = h('ul', { class: 'details-list' });
	const section = h('section', { class: 'details-group', dataset: { relationship: group.relationship, direction: group.direction } },
		h('h4', {}, groupName(group.relationship, group.direction), h('span', { class: 'count' }, ` (${group.totalCount})`)), list);
	const fill = (shown) => {
		list.replaceChildren(...shown.nodes.map((neighbour) => h('li', {},
			h('button', { type: 'button', class: 'linkish details-neighbour', dataset: { node: neighbour.id },
				onclick: () => openDetails(neighbour.id) }, h('span', { class: 'nm' }, nm(neighbour))),
			' ', h('span', { class: 'type' }, typeName(labelOf(neighbour))),
			neighbour.synthetic ? [' ', h('span', { class: 'badge synthetic', title: t('evSyntheticTip') }, t('evSynthetic'))] : '')));
		section.querySelector('.details-more')?.remove();
		const hidden = shown.totalCount - shown.nodes.length;
		if (hidden <= 0) {
			return;
		}
		if (shown.nodes.length < Math.min(MORE, shown.totalCount)) {
			section.append(h('button', { type: 'button', class: 'linkish details-more', onclick: async (event) => {
				event.target.disabled = true;
				try {
					const more = (await run('NeighbourGroup', { id: node.id, relationship: group.relationship, direction: group.direction })).neighbourGroups;
					fill(more[0] || shown);
				}
				catch (error) {
					section.append(errorBox(error));
				}
			} }, t('dtMore').replace('{n}', String(hidden))));
		}
		else {
			const explore = { page: 'explore', open: `${labelOf(node)}:${node.id}` };
			section.append(h('p', { class: 'hint details-more' }, t('dtMoreInExplore').replace('{n}', String(hidden)), ' ',
				h('a', { href: hrefOf(explore), onclick: leave(explore) }, t('dtExplore'))));
		}
	};
	fill(group);
	return section;
}
