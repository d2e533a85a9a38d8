// Explore: search, open a node, expand its neighbours step by step, and find the connection
// between two chosen nodes. Every field used is public; which relationship fields a node type has
// is read from the schema itself (introspection), so new relationships show up without a change here.
// Its operations are static documents in operations/ like every page's, but for one: a node's
// neighbourhood selects the relationship fields its type has, so that query is built here from
// the schema's own field names, and only its values (id, page sizes) are variables.
import { gql, preload, run } from '../api.js';
import { detailsButton, openDetails } from '../details.js';
import { emptyBox, errorBox, field, h } from '../dom.js';
import { GRAPH_STYLE, cytoscape, labelOf, wrapLabel } from '../graph.js';
import { nm, t } from '../i18n.js';

/** A word from the table, or null where the table has none (t() returns the key itself). */
function known(key) {
	const word = t(key);
	return word === key ? null : word;
}

/** A node type in the page's language: Expert → 专家. */
function typeName(label) {
	return known(`evType_${label}`) || label;
}

/** A relationship field in the page's language: leaders → 链主企业. */
function fieldName(name) {
	return known(`lwField_${name}`) || name;
}

/** A relationship type in the page's language: AFFILIATED_WITH → 任职于. */
function relationshipName(type) {
	return known(`lwRel_${type}`) || type;
}

preload('ExploreTypeFields', 'ExploreSearch', 'ExploreConnection');

const NODE = 'id name nameEn labels';
const PER_RELATIONSHIP = 8;
const PER_SOURCES = 20;
// As wide as GRAPH_STYLE lets a label be.
const LABEL_WIDTH = 110;
const relationshipFields = new Map();
const withSources = new Set();

/**
 * The relationship fields of a node type: those whose type is a connection (its name ends in
 * Connection) and that are paged with first and after. Null for a name that is not a type of the
 * schema, so that nothing taken from the address bar reaches a query's text.
 */
async function fieldsOf(type) {
	if (!relationshipFields.has(type)) {
		const found = /^[A-Z][A-Za-z]*$/.test(type) ? (await run('ExploreTypeFields', { name: type })).__type : null;
		const related = found && found.fields ? found.fields.filter(isRelationship) : [];
		if (related.some((f) => f.name === 'sources')) {
			withSources.add(type);
		}
		relationshipFields.set(type, found && found.fields ? related.filter((f) => f.name !== 'sources').map((f) => f.name) : null);
	}
	return relationshipFields.get(type);
}

function isRelationship(field) {
	const type = field.type.kind === 'NON_NULL' ? field.type.ofType : field.type;
	const args = new Set(field.args.map((arg) => arg.name));
	return type.kind === 'OBJECT' && type.name.endsWith('Connection') && args.has('first') && args.has('after');
}

/** A node and its neighbours, one page of each relationship: `Expert:exp_1` → { node, neighbours }. */
async function neighbourhood(ref) {
	const [type, id] = splitRef(ref);
	const fields = await fieldsOf(type);
	if (!fields) {
		return null;
	}
	const root = type.charAt(0).toLowerCase() + type.slice(1);
	const selection = fields.map((name) => `${name}(first: $first) { totalCount edges { node { ${NODE} } } }`).join('\n');
	// The pages a record was taken from are listed with it, not drawn as neighbours.
	const sources = withSources.has(type) ? `sources(first: $sources) { totalCount edges { node { ${NODE} url what kind outlet } } }` : '';
	// A variable the text does not use would make the query invalid.
	const declared = ['$id: ID!', fields.length ? '$first: Int' : '', sources ? '$sources: Int' : ''].filter(Boolean).join(', ');
	const data = await gql(`query ExploreNeighbourhood(${declared}) {
		node: ${root}(id: $id) { ${NODE} description ${selection} ${sources} } }`,
	{ id, first: fields.length ? PER_RELATIONSHIP : undefined, sources: sources ? PER_SOURCES : undefined });
	const node = data.node;
	if (!node) {
		return null;
	}
	// Typed edges name no relationship type: a neighbour is labelled with the field that reached it.
	const neighbours = fields.flatMap((name) => node[name].edges.map((edge) => ({ field: name, node: edge.node })));
	const hidden = fields.reduce((sum, name) => sum + node[name].totalCount - node[name].edges.length, 0);
	return { node, neighbours, hidden, sources: node.sources ? node.sources.edges.map((edge) => edge.node) : [] };
}

/**
 * One source: its outlet and kind. A mirror is marked as a copy of the outlet it re-hosts; a
 * source removed as spam keeps its outlet and what it said, and no link.
 */
function sourceItem(source) {
	const outlet = h('span', { class: 'nm' }, source.outlet || nm(source));
	const kind = h('span', { class: `source-kind ${source.kind || 'UNKNOWN'}` }, t(`source_${source.kind || 'UNKNOWN'}`));
	const label = source.kind === 'MIRROR' ? [`${t('mirrorOf')} `, source.outlet ? h('span', { class: 'nm' }, source.outlet) : t('unknownOutlet')] : outlet;
	const title = source.url && source.kind !== 'SPAM_REMOVED'
		? h('a', { href: source.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, label)
		: h('span', { class: 'no-link' }, label);
	return h('li', { class: 'source', dataset: { kind: source.kind || 'UNKNOWN' } }, kind, ' ', title,
		source.what ? h('span', { class: 'what nm' }, ` — ${source.what}`) : null);
}

function sourcesOf(sources) {
	if (!sources.length) {
		return null;
	}
	return h('details', { class: 'sources' }, h('summary', {}, `${t('sources')} (${sources.length})`),
		h('ul', {}, sources.map(sourceItem)));
}

function splitRef(ref) {
	const at = ref.indexOf(':');
	return [ref.slice(0, at), ref.slice(at + 1)];
}

function refOf(node) {
	return `${labelOf(node)}:${node.id}`;
}

export async function render(container, params, { navigate }) {
	const text = h('input', { type: 'search', id: 'explore-text', value: params.get('q') || '', size: 30, required: true });
	container.append(h('h2', {}, t('explore')), h('form', { class: 'filters', role: 'search', onsubmit: (event) => {
		event.preventDefault();
		navigate({ q: text.value.trim() });
	} }, field('searchText', text), h('button', { type: 'submit', id: 'explore-search' }, t('search'))));

	const opened = (params.get('open') || '').split(',').filter(Boolean);
	const hits = h('section', { class: 'side-col', 'aria-labelledby': 'hits-h' });
	const canvas = h('div', { class: 'graph explore', id: 'explore-graph', role: 'img', 'aria-label': t('explore') });
	const panel = h('div', { id: 'explore-panel' });
	container.append(h('div', { class: 'split explore-split' }, hits, h('section', { class: 'main-col' }, canvas, panel)));

	// Search, neighbourhoods and the connection are asked for at once: none waits for another.
	const searching = params.get('q')
		? searchInto(hits, params.get('q'), (hit) => navigate({ open: [...new Set([...opened, refOf(hit)])].join(',') }))
		: hits.append(h('p', { class: 'hint' }, t('lwHitKeyboard')));
	if (!params.get('q') && !opened.length) {
		panel.append(firstSteps(navigate));
	}
	const opening = Promise.all(opened.map((ref) => neighbourhood(ref).catch((error) => ({ error, ref })).then((result) => result || { missing: ref })));
	const connecting = params.get('from') && params.get('to') ? connect(params.get('from'), params.get('to')) : Promise.resolve([]);
	const [results, paths] = await Promise.all([opening, connecting, searching]);
	if (!opened.length) {
		canvas.hidden = true;
		return;
	}
	// A ref the graph does not know (a mistyped link) is said so in words, not with the service's message.
	results.filter((result) => result.missing || result.error).forEach((result) => panel.append(
		result.error && result.error.classification === 'NETWORK' ? errorBox(result.error) : unknownNode(result.missing || result.ref)));
	const found = results.filter((result) => !result.missing && !result.error);
	if (paths.error) {
		panel.append(paths.error.classification === 'NETWORK' ? errorBox(paths.error) : h('p', { class: 'message error', role: 'alert' }, t('lwNoConnection')));
	}
	else if (params.get('from') && params.get('to') && !paths.length) {
		panel.append(h('p', { class: 'message empty', id: 'no-path' }, t('noPath')));
	}
	else if (paths.length) {
		panel.append(pathsAsText(paths));
	}
	if (!found.length && !paths.length) {
		// Nothing to draw: the message above is the answer.
		canvas.hidden = true;
		return;
	}
	panel.append(openedList(found, params, navigate, opened));
	await draw(canvas, found, paths.error ? [] : paths, (ref) => navigate({ open: [...new Set([...opened, ref])].join(',') }));
}

function unknownNode(ref) {
	const [type, id] = splitRef(ref);
	return h('p', { class: 'message error', role: 'alert', dataset: { ref } }, t('lwUnknownNode'),
		h('span', { class: 'nm' }, id || ref), known(`evType_${type}`) ? ` (${typeName(type)})` : '', t('lwUnknownNodeEnd'));
}

/** What to do here, with links that show each step on the seed's data. */
function firstSteps(navigate) {
	const examples = [
		['lwExampleSearch', { q: '硅衬底' }],
		['lwExampleOpen', { open: 'Chain:chain_led' }],
		['lwExamplePath', { open: 'Expert:person_jiang_fengyi,Chain:chain_led', from: 'Expert:person_jiang_fengyi', to: 'Chain:chain_led' }],
	];
	return h('section', { class: 'first-steps', id: 'explore-intro', 'aria-labelledby': 'intro-h' },
		h('h3', { id: 'intro-h' }, t('lwExploreIntroTitle')),
		h('ol', {}, ['lwExploreStep1', 'lwExploreStep2', 'lwExploreStep3'].map((key) => h('li', {}, t(key)))),
		h('h4', {}, t('lwExamples')),
		h('ul', { class: 'examples' }, examples.map(([key, changes]) => h('li', {}, h('a', {
			href: `?page=explore&${new URLSearchParams(changes)}`,
			onclick: (event) => {
				event.preventDefault();
				navigate(changes);
			},
		}, t(key))))));
}

/** The connections found, as sentences: the picture's path for readers who cannot see it. */
function pathsAsText(paths) {
	return h('section', { id: 'explore-paths', 'aria-labelledby': 'paths-h' }, h('h3', { id: 'paths-h' }, t('lwPathsFound')),
		h('ol', { class: 'paths' }, paths.map((path) => {
			const byId = new Map(path.nodes.map((node) => [node.id, node]));
			const name = (id) => h('span', { class: 'nm' }, nm(byId.get(id)) || id);
			return h('li', {}, h('span', { class: 'steps' }, t('lwPathLength').replace('{n}', String(path.length))),
				h('ol', { class: 'path-steps' }, path.relationships.map((relationship) => {
					const template = known(`evRel_${relationship.type}`) || t('evRel_other');
					// The template places the two names: {a} is the start of the relationship, {b} its end.
					const parts = template.split(/(\{a\}|\{b\})/).filter(Boolean).map((part) => {
						if (part === '{a}') {
							return name(relationship.from);
						}
						return part === '{b}' ? name(relationship.to) : part;
					});
					return h('li', { dataset: { type: relationship.type } }, ...parts, t('evSentenceEnd'));
				})));
		})));
}

async function connect(from, to) {
	try {
		return (await run('ExploreConnection', { from: splitRef(from)[1], to: splitRef(to)[1] })).connection;
	}
	catch (error) {
		return { error };
	}
}

async function searchInto(section, text, open) {
	section.append(h('h3', { id: 'hits-h' }, t('search')));
	let hits;
	try {
		hits = (await run('ExploreSearch', { text })).search;
	}
	catch (error) {
		section.append(errorBox(error));
		return;
	}
	if (!hits.length) {
		section.append(emptyBox());
		return;
	}
	// Two nodes of one name and type (two experts called alike) are told apart by their ids.
	const count = new Map();
	hits.forEach((hit) => count.set(`${labelOf(hit.node)} ${nm(hit.node)}`, (count.get(`${labelOf(hit.node)} ${nm(hit.node)}`) || 0) + 1));
	section.append(h('ul', { class: 'hits', id: 'explore-hits' }, hits.map((hit) => h('li', {},
		h('button', { type: 'button', class: 'linkish nm', onclick: () => open(hit.node) }, nm(hit.node)),
		h('span', { class: 'type' }, typeName(labelOf(hit.node))), detailsButton(hit.node),
		count.get(`${labelOf(hit.node)} ${nm(hit.node)}`) > 1 ? h('span', { class: 'type nm' }, hit.node.id) : null))));
}

function openedList(found, params, navigate, opened) {
	const from = params.get('from');
	const to = params.get('to');
	return h('section', { 'aria-labelledby': 'opened-h' }, h('h3', { id: 'opened-h' }, t('opened')),
		h('ul', { class: 'opened' }, found.map(({ node, neighbours, hidden, sources }) => {
			const ref = refOf(node);
			return h('li', { dataset: { ref } },
				h('strong', { class: 'nm' }, nm(node)), h('span', { class: 'type' }, typeName(labelOf(node))), detailsButton(node, navigate),
				` · ${neighbours.length} ${t('neighbours')}${hidden ? ` (+${hidden} ${t('more')})` : ''}`,
				h('span', { class: 'buttons' },
					h('button', { type: 'button', 'aria-pressed': String(from === ref), onclick: () => navigate({ from: ref }) }, t('setFrom')),
					h('button', { type: 'button', 'aria-pressed': String(to === ref), onclick: () => navigate({ to: ref }) }, t('setTo'))),
				h('details', {}, h('summary', {}, t('expand')), h('ul', {}, neighbours.map((neighbour) => h('li', {},
					h('button', { type: 'button', class: 'linkish', onclick: () => navigate({ open: [...new Set([...opened, refOf(neighbour.node)])].join(',') }) },
						h('span', { class: 'nm' }, nm(neighbour.node))), h('span', { class: 'type' }, fieldName(neighbour.field)),
					detailsButton(neighbour.node, navigate))))),
				sourcesOf(sources));
		})));
}

async function draw(canvas, found, paths, expand) {
	const elements = new Map();
	const addNode = (node, classes = '') => {
		const existing = elements.get(node.id);
		if (!existing || classes) {
			elements.set(node.id, { group: 'nodes', data: { id: node.id, label: wrapLabel(nm(node), LABEL_WIDTH - 8, { maxLines: 3 }), name: nm(node),
				kind: labelOf(node), ref: refOf(node) }, classes });
		}
	};
	// Every relationship has a field on both of its ends, named for each side (leaders, leads): the
	// edges between two opened nodes are drawn from whichever was opened first, once.
	const drawnFrom = new Map();
	const pairOf = (from, to) => (from < to ? `${from} ${to}` : `${to} ${from}`);
	const addEdge = (from, to, label) => {
		const pair = pairOf(from, to);
		if ((drawnFrom.get(pair) ?? from) !== from) {
			return;
		}
		drawnFrom.set(pair, from);
		const id = `${from}-${label}-${to}`;
		elements.set(id, { group: 'edges', data: { id, source: from, target: to, label: fieldName(label), field: label, pair } });
	};
	// A connection found takes the place of the edges drawn between its nodes, labelled with its
	// relationship types.
	const addPathEdge = (from, to, type) => {
		const pair = pairOf(from, to);
		for (const [id, element] of elements) {
			if (element.group === 'edges' && element.data.pair === pair && element.classes !== 'path') {
				elements.delete(id);
			}
		}
		const id = `${from}-${type}-${to}`;
		elements.set(id, { group: 'edges', data: { id, source: from, target: to, label: relationshipName(type), pair }, classes: 'path' });
	};
	for (const { node, neighbours } of found) {
		for (const neighbour of neighbours) {
			addNode(neighbour.node);
		}
	}
	for (const { node, neighbours } of found) {
		addNode(node, 'root');
		neighbours.forEach((neighbour) => addEdge(node.id, neighbour.node.id, neighbour.field));
	}
	for (const path of paths) {
		path.nodes.forEach((node) => addNode(node, elements.get(node.id)?.classes || 'onpath'));
		path.relationships.forEach((relationship) => addPathEdge(relationship.from, relationship.to, relationship.type));
	}
	const factory = await cytoscape();
	// Rings, not forces: the opened nodes in the middle, the nodes of a connection found around
	// them, their other neighbours outside. Labels count as part of each node, and no two nodes
	// share room, so no label covers another, in either language.
	const cy = factory({ container: canvas, elements: [...elements.values()], style: GRAPH_STYLE, minZoom: 0.3, maxZoom: 2,
		layout: { name: 'concentric', animate: false, avoidOverlap: true, nodeDimensionsIncludeLabels: true, minNodeSpacing: 12, spacingFactor: 1.1,
			concentric: (node) => (node.hasClass('root') ? 3 : node.hasClass('onpath') ? 2 : 1), levelWidth: () => 1, fit: false } });
	// As tall as the rings need at the width available, within reason, so the labels stay near
	// their full size.
	const box = cy.elements().boundingBox();
	const zoom = Math.min(1.2, (canvas.clientWidth - 30) / Math.max(box.w, 1));
	canvas.style.height = `${Math.max(320, Math.min(1000, Math.round(box.h * zoom) + 30))}px`;
	cy.resize();
	cy.fit(undefined, 15);
	// Double click (or tap twice) opens a neighbour in turn; the list below does the same by keyboard.
	cy.on('dbltap', 'node', (event) => expand(event.target.data('ref')));
	// One tap shows the node's details.
	cy.on('tap', 'node', (event) => openDetails(event.target.id()));
	canvas.dataset.nodes = String(cy.nodes().length);
	window.__explorer.exploreCy = cy;
}
