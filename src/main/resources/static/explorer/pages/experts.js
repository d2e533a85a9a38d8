// Find experts: the ranked list with each score broken into its components, and the evidence
// paths of the selected expert drawn as a graph.
import { preload, run } from '../api.js';
import { emptyBox, errorBox, field, h, select } from '../dom.js';
import { GRAPH_STYLE, cytoscape, labelOf } from '../graph.js';
import { nm, t } from '../i18n.js';
import { chainOptions } from './chain.js';

preload('ChainOptions', 'ExpertChoices', 'ExpertsFor');

// Links the reader can check at a glance; the taxonomy's neighbours only widen the search.
const SHOWN_LINKS = 3;

const COMPONENT_COLOURS = { EXPERTISE: '#2b6cb0', EVIDENCE: '#2f855a', PROPAGATION: '#6b46c1', CHAIN: '#c05621', TRACK_RECORD: '#b83280' };
const COMPONENT_LABELS = { EXPERTISE: 'expertise', EVIDENCE: 'evidence', PROPAGATION: 'propagation', CHAIN: 'chainTies', TRACK_RECORD: 'trackRecord' };

export async function render(container, params, { navigate }) {
	const options = await chainOptions();
	const chain = params.get('chain') || (options.find(([id]) => id === 'chain_led') || options[0] || [''])[0];
	const choices = chain ? (await run('ExpertChoices', { chain })).chainMap : { segments: [], bottlenecks: [] };
	const technologies = unique([...choices.bottlenecks, ...choices.segments.flatMap((segment) => segment.bottlenecks)]
		.map((bottleneck) => bottleneck.technology));
	const enterprises = unique(choices.segments.flatMap((segment) => segment.enterprises.map((entry) => entry.enterprise)));

	const chainSelect = select(options, chain, { id: 'experts-chain', name: 'chain' });
	const technologySelect = select([['', t('anyTechnology')], ...technologies.map((tech) => [tech.id, nm(tech)])],
		params.get('technology') || '', { id: 'experts-technology', name: 'technology' });
	const text = h('input', { type: 'search', id: 'experts-query', name: 'query', value: params.get('query') || '', size: 30 });
	const academicians = h('input', { type: 'checkbox', id: 'experts-academicians', checked: params.get('academicianOnly') === 'true' });
	const exclude = select([['', t('noExclusion')], ...enterprises.map((enterprise) => [enterprise.id, nm(enterprise)])],
		params.get('exclude') || '', { id: 'experts-exclude', name: 'exclude' });
	// A new chain offers other technologies and enterprises, so its choice reloads the form.
	chainSelect.addEventListener('change', () => navigate({ chain: chainSelect.value, technology: null, exclude: null, expert: null }));
	const form = h('form', { class: 'filters', id: 'experts-form', onsubmit: (event) => {
		event.preventDefault();
		navigate({ chain: chainSelect.value, technology: technologySelect.value, query: text.value.trim(),
			academicianOnly: academicians.checked, exclude: exclude.value, expert: null, run: true });
	} }, field('chooseChain', chainSelect), field('technology', technologySelect), field('freeText', text),
	h('div', { class: 'field checkbox' }, academicians, h('label', { for: academicians.id }, t('academicianOnly'))),
	field('excludeConflicts', exclude), h('button', { type: 'submit', id: 'experts-search' }, t('search')));
	container.append(h('h2', {}, t('experts')), form);

	const asked = params.get('run') === 'true' || params.get('technology') || params.get('query');
	if (!asked) {
		return;
	}
	const variables = { chain: chain || null, technology: params.get('technology') || null, query: params.get('query') || null,
		academicianOnly: params.get('academicianOnly') === 'true', exclude: params.get('exclude') || null };
	if (!variables.technology && !variables.query) {
		container.append(emptyBox());
		return;
	}
	let result;
	try {
		result = (await run('ExpertsFor', variables)).expertsFor;
	}
	catch (error) {
		container.append(errorBox(error));
		return;
	}
	const evidence = h('section', { class: 'side-col', 'aria-labelledby': 'evidence-h' }, h('h3', { id: 'evidence-h' }, t('evidenceGraph')),
		h('div', { class: 'graph evidence', id: 'evidence-graph', role: 'img', 'aria-label': t('evidenceGraph') }), h('p', { class: 'hint', id: 'evidence-text' }, t('selectExpert')));
	const list = h('ol', { class: 'ranked', id: 'expert-list' });
	container.append(h('div', { class: 'split' }, h('section', { class: 'main-col', 'aria-labelledby': 'ranked-h' },
		h('h3', { id: 'ranked-h' }, t('rank')), interpretation(result.interpretation), notes(result.notes),
		result.matches.length ? list : emptyBox(),
		result.excluded ? h('p', { class: 'hint' }, `${t('excluded')}: ${result.exclusions.map((e) => `${nm(e.expert)} (${e.reason})`).join('、')}`) : ''),
	evidence));

	const show = (match, item) => {
		list.querySelectorAll('[aria-pressed]').forEach((button) => button.setAttribute('aria-pressed', 'false'));
		item.querySelector('button').setAttribute('aria-pressed', 'true');
		history.replaceState(null, '', withParam('expert', match.expert.id));
		drawEvidence(evidence, match);
	};
	result.matches.forEach((match, index) => {
		const item = h('li', { class: 'match', dataset: { expert: match.expert.id } },
			h('button', { type: 'button', class: 'pick', 'aria-pressed': 'false', onclick: () => show(match, item) },
				h('span', { class: 'rank' }, index + 1), h('span', { class: 'who' }, nm(match.expert)),
				match.expert.academician ? h('span', { class: 'badge' }, match.expert.academician) : '',
				h('span', { class: 'score' }, match.score.toFixed(3))),
			breakdown(match.components));
		list.append(item);
	});
	const chosen = result.matches.findIndex((match) => match.expert.id === params.get('expert'));
	if (chosen >= 0) {
		show(result.matches[chosen], list.children[chosen]);
	}
}

// What the free text was read as: "linked to: 硅衬底LED技术 (1.00); chain: 半导体照明 (0.80)".
function interpretation(read) {
	if (!read) {
		return '';
	}
	const links = (items) => items.filter((link) => link.how !== 'TAXONOMY').slice(0, SHOWN_LINKS)
		.map((link) => `${nm(link)} (${link.confidence.toFixed(2)})`).join('、');
	const parts = [[t('linkedTo'), read.technologies], [t('linkedChain'), read.chains], [t('linkedOrganisation'), read.organisations]]
		.map(([label, items]) => [label, links(items)]).filter(([, text]) => text);
	return h('p', { class: 'hint', id: 'experts-interpretation' },
		parts.length ? parts.map(([label, text]) => `${label}: ${text}`).join('；') : t('linkedNothing'));
}

// Why the list is empty or may mislead, each note under its own code.
function notes(items) {
	if (!items || !items.length) {
		return '';
	}
	return h('ul', { class: 'notes', id: 'experts-notes' }, items.map((note) => h('li', { dataset: { code: note.code } },
		h('strong', {}, t(`note_${note.code}`)), ' ', note.message)));
}

function breakdown(components) {
	const total = components.reduce((sum, component) => sum + component.score * component.weight, 0) || 1;
	const bar = h('div', { class: 'stack', 'aria-hidden': 'true' }, components.map((component) => h('span', {
		style: `width:${(100 * component.score * component.weight / total).toFixed(1)}%;background:${COMPONENT_COLOURS[component.name] || '#718096'}`,
	})));
	const label = (name) => t(COMPONENT_LABELS[name] || name);
	return h('div', { class: 'breakdown' }, bar, h('dl', { class: 'components' }, components.map((component) => [
		h('dt', {}, h('i', { class: 'swatch', style: `background:${COMPONENT_COLOURS[component.name] || '#718096'}` }), label(component.name)),
		h('dd', {}, `${component.score.toFixed(2)} × ${component.weight}`)])));
}

async function drawEvidence(section, match) {
	const element = section.querySelector('#evidence-graph');
	const text = section.querySelector('#evidence-text');
	const elements = new Map();
	for (const path of match.evidence) {
		for (const node of path.nodes) {
			elements.set(node.id, { group: 'nodes', data: { id: node.id, label: nm(node), kind: labelOf(node) },
				classes: node.id === match.expert.id ? 'root' : '' });
		}
		for (const relationship of path.relationships) {
			const id = `${relationship.from}-${relationship.type}-${relationship.to}`;
			elements.set(id, { group: 'edges', data: { id, source: relationship.from, target: relationship.to, label: relationship.type, component: path.component } });
		}
	}
	text.textContent = match.evidence.map((path) => `${t(COMPONENT_LABELS[path.component] || path.component)}: ${path.nodes.map(nm).join(' → ')}`).join('；');
	const factory = await cytoscape();
	section.cy?.destroy();
	section.cy = factory({ container: element, elements: [...elements.values()].filter((e) => e.group === 'nodes' || (elements.has(e.data.source) && elements.has(e.data.target))),
		style: GRAPH_STYLE, layout: { name: 'breadthfirst', roots: [match.expert.id], directed: false, spacingFactor: 1.3, padding: 20, avoidOverlap: true } });
	element.dataset.nodes = String(section.cy.nodes().length);
	window.__explorer.evidenceCy = section.cy;
	element.dispatchEvent(new Event('drawn'));
}

function unique(items) {
	return [...new Map(items.map((item) => [item.id, item])).values()].sort((a, b) => nm(a).localeCompare(nm(b)));
}

function withParam(name, value) {
	const query = new URLSearchParams(location.search);
	query.set(name, value);
	return `${location.pathname}?${query}`;
}

