// Explore: search, open a node, expand its neighbours step by step, and find the connection
// between two chosen nodes. Every field used is public; which relationship fields a node type has
// is read from the schema itself (introspection), so new relationships show up without a change here.
import { gql } from '../api.js';
import { emptyBox, errorBox, field, h } from '../dom.js';
import { GRAPH_STYLE, cytoscape, labelOf } from '../graph.js';
import { nm, t } from '../i18n.js';

const NODE = 'id name nameEn labels';
const PER_RELATIONSHIP = 8;
const PER_SOURCES = 20;
const SOURCE = `... on Source { url what kind outlet }`;
const relationshipFields = new Map();
const withSources = new Set();

async function fieldsOf(type) {
	if (!relationshipFields.has(type)) {
		const data = await gql('query ($name: String!) { __type(name: $name) { fields { name type { ofType { name } } } } }', { name: type });
		const related = (data.__type ? data.__type.fields : []).filter((f) => f.type.ofType && f.type.ofType.name === 'RelatedConnection');
		if (related.some((f) => f.name === 'sources')) {
			withSources.add(type);
		}
		relationshipFields.set(type, related.filter((f) => f.name !== 'sources').map((f) => f.name));
	}
	return relationshipFields.get(type);
}

/** A node and its neighbours, one page of each relationship: `Expert:exp_1` → { node, neighbours }. */
async function neighbourhood(ref) {
	const [type, id] = splitRef(ref);
	const fields = await fieldsOf(type);
	const root = type.charAt(0).toLowerCase() + type.slice(1);
	const selection = fields.map((name) => `${name}(first: ${PER_RELATIONSHIP}) { totalCount edges { type node { ${NODE} } } }`).join('\n');
	// The pages a record was taken from are listed with it, not drawn as neighbours.
	const sources = withSources.has(type) ? `sources(first: ${PER_SOURCES}) { totalCount edges { node { ${NODE} ${SOURCE} } } }` : '';
	const data = await gql(`query ($id: ID!) { node: ${root}(id: $id) { ${NODE} description ${selection} ${sources} } }`, { id });
	const node = data.node;
	if (!node) {
		return null;
	}
	const neighbours = fields.flatMap((name) => node[name].edges.map((edge) => ({ field: name, type: edge.type, node: edge.node })));
	const hidden = fields.reduce((sum, name) => sum + node[name].totalCount - node[name].edges.length, 0);
	return { node, neighbours, hidden, sources: node.sources ? node.sources.edges.map((edge) => edge.node) : [] };
}

/**
 * One source: its outlet and kind. A mirror is marked as a copy of the outlet it re-hosts; a
 * source removed as spam keeps its outlet and what it said, and no link.
 */
function sourceItem(source) {
	const outlet = source.outlet || nm(source);
	const kind = h('span', { class: `source-kind ${source.kind || 'unknown'}` }, t(`source_${source.kind || 'unknown'}`));
	const label = source.kind === 'mirror' ? `${t('mirrorOf')} ${source.outlet || t('unknownOutlet')}` : outlet;
	const title = source.url && source.kind !== 'spam-removed'
		? h('a', { href: source.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, label)
		: h('span', { class: 'no-link' }, label);
	return h('li', { class: 'source', dataset: { kind: source.kind || 'unknown' } }, kind, ' ', title,
		source.what ? h('span', { class: 'what' }, ` — ${source.what}`) : null);
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
		: hits.append(h('p', { class: 'hint' }, t('hitKeyboard')));
	const opening = Promise.all(opened.map((ref) => neighbourhood(ref).catch((error) => ({ error, ref }))));
	const connecting = params.get('from') && params.get('to') ? connect(params.get('from'), params.get('to')) : Promise.resolve([]);
	const [results, paths] = await Promise.all([opening, connecting, searching]);
	if (!opened.length) {
		canvas.hidden = true;
		return;
	}
	results.filter((result) => !result || result.error).forEach((result) => panel.append(result ? errorBox(result.error) : emptyBox()));
	const found = results.filter((result) => result && !result.error);
	if (paths.error) {
		panel.append(errorBox(paths.error));
	}
	else if (params.get('from') && params.get('to') && !paths.length) {
		panel.append(h('p', { class: 'message empty', id: 'no-path' }, t('noPath')));
	}
	panel.append(openedList(found, params, navigate, opened));
	await draw(canvas, found, paths.error ? [] : paths, (ref) => navigate({ open: [...new Set([...opened, ref])].join(',') }));
}

async function connect(from, to) {
	try {
		return (await gql(`query ($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 5, first: 3) {
			length nodes { ${NODE} } relationships { type from to } } }`, { from: splitRef(from)[1], to: splitRef(to)[1] })).connection;
	}
	catch (error) {
		return { error };
	}
}

async function searchInto(section, text, open) {
	section.append(h('h3', { id: 'hits-h' }, t('search')));
	let hits;
	try {
		hits = (await gql(`query ($text: String!) { search(text: $text, first: 15) { type score node { ${NODE} } } }`, { text })).search;
	}
	catch (error) {
		section.append(errorBox(error));
		return;
	}
	if (!hits.length) {
		section.append(emptyBox());
		return;
	}
	section.append(h('ul', { class: 'hits', id: 'explore-hits' }, hits.map((hit) => h('li', {},
		h('button', { type: 'button', class: 'linkish', onclick: () => open(hit.node) }, nm(hit.node)),
		h('span', { class: 'type' }, labelOf(hit.node))))));
}

function openedList(found, params, navigate, opened) {
	const from = params.get('from');
	const to = params.get('to');
	return h('section', { 'aria-labelledby': 'opened-h' }, h('h3', { id: 'opened-h' }, t('opened')),
		h('ul', { class: 'opened' }, found.map(({ node, neighbours, hidden, sources }) => {
			const ref = refOf(node);
			return h('li', { dataset: { ref } },
				h('strong', {}, nm(node)), h('span', { class: 'type' }, labelOf(node)),
				` · ${neighbours.length} ${t('neighbours')}${hidden ? ` (+${hidden} ${t('more')})` : ''}`,
				h('span', { class: 'buttons' },
					h('button', { type: 'button', 'aria-pressed': String(from === ref), onclick: () => navigate({ from: ref }) }, t('setFrom')),
					h('button', { type: 'button', 'aria-pressed': String(to === ref), onclick: () => navigate({ to: ref }) }, t('setTo'))),
				h('details', {}, h('summary', {}, t('expand')), h('ul', {}, neighbours.map((neighbour) => h('li', {},
					h('button', { type: 'button', class: 'linkish', onclick: () => navigate({ open: [...new Set([...opened, refOf(neighbour.node)])].join(',') }) },
						nm(neighbour.node)), h('span', { class: 'type' }, neighbour.type))))),
				sourcesOf(sources));
		})));
}

async function draw(canvas, found, paths, expand) {
	const elements = new Map();
	const addNode = (node, classes = '') => {
		const existing = elements.get(node.id);
		if (!existing || classes) {
			elements.set(node.id, { group: 'nodes', data: { id: node.id, label: nm(node), kind: labelOf(node), ref: refOf(node) }, classes });
		}
	};
	const addEdge = (from, to, type, classes = '') => {
		const id = `${from}-${type}-${to}`;
		const reverse = `${to}-${type}-${from}`;
		if (!elements.has(id) && !elements.has(reverse) || classes) {
			elements.delete(reverse);
			elements.set(id, { group: 'edges', data: { id, source: from, target: to, label: type }, classes });
		}
	};
	for (const { node, neighbours } of found) {
		for (const neighbour of neighbours) {
			addNode(neighbour.node);
		}
	}
	for (const { node, neighbours } of found) {
		addNode(node, 'root');
		neighbours.forEach((neighbour) => addEdge(node.id, neighbour.node.id, neighbour.type));
	}
	for (const path of paths) {
		path.nodes.forEach((node) => addNode(node, elements.get(node.id)?.classes || 'onpath'));
		path.relationships.forEach((relationship) => addEdge(relationship.from, relationship.to, relationship.type, 'path'));
	}
	const factory = await cytoscape();
	const cy = factory({ container: canvas, elements: [...elements.values()], style: GRAPH_STYLE,
		layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 6000, idealEdgeLength: 70, numIter: 600 } });
	// Double click (or tap twice) opens a neighbour in turn; the list below does the same by keyboard.
	cy.on('dbltap', 'node', (event) => expand(event.target.data('ref')));
	canvas.dataset.nodes = String(cy.nodes().length);
	window.__explorer.exploreCy = cy;
}
