// Find experts: the ranked list with each score broken into its components, each component
// explained, and the evidence paths of the selected expert drawn as lanes and told in sentences.
import { preload, run } from '../api.js';
import { openDetails } from '../details.js';
import { emptyBox, errorBox, field, h, select } from '../dom.js';
import { COMPONENTS, COMPONENT_COLOURS, EVIDENCE_STYLE, elements, layOut, lanesInOrder, pictureHeight, typeLabel } from '../evidence.js';
import { COLOURS, cytoscape, labelOf } from '../graph.js';
import { language, nm, t } from '../i18n.js';
import { chainOptions } from './chain.js';

preload('ChainOptions', 'ExpertChoices', 'ExpertsFor');

// Links the reader can check at a glance; the taxonomy's neighbours only widen the search.
const SHOWN_LINKS = 3;

const COMPONENT_LABELS = { EXPERTISE: 'expertise', EVIDENCE: 'evidence', PROPAGATION: 'propagation', CHAIN: 'chainTies',
	TRACK_RECORD: 'trackRecord', CONFLICT: 'evConflict' };

const componentLabel = (name) => t(COMPONENT_LABELS[name] || name);
const componentExplained = (name) => t(`evExplain_${name}`);

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
		h('div', { class: 'evidence-wrap' },
			h('div', { class: 'graph evidence', id: 'evidence-graph', role: 'img', 'aria-label': t('evidenceGraph'), 'aria-describedby': 'evidence-text' }),
			h('div', { class: 'evidence-tip', id: 'evidence-tip', role: 'status', tabindex: '-1', hidden: true })),
		h('ul', { class: 'legend evidence-types', id: 'evidence-types', 'aria-label': t('evTypesLegend') }),
		h('div', { id: 'evidence-text', class: 'evidence-text' }, h('p', { class: 'hint' }, t('selectExpert'))),
		legend(result.matches[0]));
	const list = h('ol', { class: 'ranked', id: 'expert-list' });
	container.append(h('div', { class: 'split experts-split' }, h('section', { class: 'main-col', 'aria-labelledby': 'ranked-h' },
		h('h3', { id: 'ranked-h' }, t('rank')), interpretation(result.interpretation), notes(result.notes),
		result.matches.length ? list : emptyBox(),
		result.excluded ? h('p', { class: 'hint' }, t('excluded'), t('evColon'),
			result.exclusions.map((e, index) => [index ? t('listSeparator') : '', h('span', { class: 'nm' }, nm(e.expert)),
				` (${t(`evReason_${e.reason}`)})`])) : ''),
	evidence));

	const show = (match, item, index) => {
		list.querySelectorAll('[aria-pressed]').forEach((button) => button.setAttribute('aria-pressed', 'false'));
		item.querySelector('button').setAttribute('aria-pressed', 'true');
		history.replaceState(null, '', withParam('expert', match.expert.id));
		return drawEvidence(evidence, match, index, navigate);
	};
	result.matches.forEach((match, index) => {
		const item = h('li', { class: 'match', dataset: { expert: match.expert.id } },
			h('button', { type: 'button', class: 'pick', 'aria-pressed': 'false', onclick: async () => {
				await show(match, item, index);
				// Folded into one column, the picture is below the whole list: bring it into view.
				if (matchMedia('(max-width: 1000px)').matches) {
					evidence.scrollIntoView({ block: 'start' });
				}
			} },
				h('span', { class: 'rank' }, index + 1), h('span', { class: 'who nm' }, nm(match.expert)),
				match.expert.academician ? h('span', { class: 'badge' }, t(`evAcademician_${match.expert.academician}`)) : '',
				match.expert.synthetic ? syntheticBadge() : '',
				h('span', { class: 'score' }, match.score.toFixed(3))),
			breakdown(match.components),
			h('a', { class: 'profile-link', href: profileHref(match.expert.id), onclick: (event) => {
				event.preventDefault();
				navigate({ page: 'expert', id: match.expert.id });
			} }, t('evProfile')));
		list.append(item);
	});
	const chosen = result.matches.findIndex((match) => match.expert.id === params.get('expert'));
	if (chosen >= 0) {
		await show(result.matches[chosen], list.children[chosen], chosen);
	}
}

export function profileHref(id) {
	return `?page=expert&id=${encodeURIComponent(id)}${language() === 'en' ? '&lang=en' : ''}`;
}

export function syntheticBadge() {
	return h('span', { class: 'badge synthetic', title: t('evSyntheticTip') }, t('evSynthetic'));
}

// What the free text was read as: "linked to: 硅衬底LED技术 (1.00); chain: 半导体照明 (0.80)".
function interpretation(read) {
	if (!read) {
		return '';
	}
	const links = (items) => items.filter((link) => link.how !== 'TAXONOMY').slice(0, SHOWN_LINKS)
		.map((link) => `${nm(link)} (${link.confidence.toFixed(2)})`).join(t('listSeparator'));
	const parts = [[t('linkedTo'), read.technologies], [t('linkedChain'), read.chains], [t('linkedOrganisation'), read.organisations]]
		.map(([label, items]) => [label, links(items)]).filter(([, text]) => text);
	return h('p', { class: 'hint', id: 'experts-interpretation' },
		parts.length ? parts.map(([label, text]) => [h('span', {}, label, t('evColon')), h('span', { class: 'nm' }, text)])
			.map((part, index) => [index ? t('evPartJoin') : '', part]) : t('linkedNothing'));
}

// Why the list is empty or may mislead, each note under its own code.
function notes(items) {
	if (!items || !items.length) {
		return '';
	}
	return h('ul', { class: 'notes', id: 'experts-notes' }, items.map((note) => h('li', { dataset: { code: note.code } },
		h('strong', {}, t(`note_${note.code}`)), ' ', note.message)));
}

// The component's name carries its explanation as a tooltip, by mouse (title) and keyboard (focus).
function componentName(name) {
	return h('span', { class: 'component-name', tabindex: '0', title: componentExplained(name), dataset: { component: name },
		'aria-describedby': `legend-${name}` }, componentLabel(name));
}

function breakdown(components) {
	const total = components.reduce((sum, component) => sum + component.score * component.weight, 0) || 1;
	const bar = h('div', { class: 'stack', 'aria-hidden': 'true' }, components.map((component) => h('span', {
		style: `width:${(100 * component.score * component.weight / total).toFixed(1)}%;background:${COMPONENT_COLOURS[component.name] || '#718096'}`,
	})));
	// Each name and its figures in one group, so that a narrow card wraps between components only.
	return h('div', { class: 'breakdown' }, bar, h('dl', { class: 'components' }, components.map((component) => h('div', { class: 'component' },
		h('dt', {}, h('i', { class: 'swatch', style: `background:${COMPONENT_COLOURS[component.name] || '#718096'}` }), componentName(component.name)),
		h('dd', {}, `${component.score.toFixed(2)} × ${component.weight}`)))));
}

// Every component, its weight, what it counts and the colour of its paths in the picture.
function legend(match) {
	const weights = new Map((match ? match.components : []).map((component) => [component.name, component.weight]));
	const shown = COMPONENTS.filter((name) => weights.has(name));
	if (!shown.length) {
		return '';
	}
	return h('section', { class: 'component-legend', 'aria-labelledby': 'component-legend-h' },
		h('h4', { id: 'component-legend-h' }, t('evLegend')),
		h('dl', { id: 'component-legend' }, shown.map((name) => [
			h('dt', { dataset: { component: name } }, h('i', { class: 'swatch', style: `background:${COMPONENT_COLOURS[name]}` }),
				componentLabel(name), h('span', { class: 'weight' }, ` ${t('weight')} ${weights.get(name)}`)),
			h('dd', { id: `legend-${name}` }, componentExplained(name))])),
		h('p', { class: 'hint' }, t('evScoreFormula')));
}

// "A wrote B", "B is about C", from the relationship's own direction, in the page's language.
function clause(relationship, byId, focusable) {
	const template = t(`evRel_${relationship.type}`);
	const text = template.startsWith('evRel_') ? t('evRel_other') : template;
	return text.split(/(\{a\}|\{b\})/).filter(Boolean).map((part) => {
		if (part === '{a}' || part === '{b}') {
			const id = part === '{a}' ? relationship.from : relationship.to;
			return byId.has(id) ? focusable(byId.get(id)) : id;
		}
		return part;
	});
}

// The summary in sentences: one for the rank and score, then one per path, in the lanes' order.
function sentences(match, rank, paths, focusable) {
	const byId = new Map(paths.flatMap((path) => path.nodes).map((node) => [node.id, node]));
	byId.set(match.expert.id, { ...match.expert, labels: ['Expert'] });
	const components = new Map(match.components.map((component) => [component.name, component]));
	const opening = t('evOpening').split(/(\{who\}|\{rank\}|\{score\}|\{paths\})/).filter(Boolean).map((part) => ({
		'{who}': h('strong', { class: 'nm' }, nm(match.expert)), '{rank}': String(rank + 1), '{score}': match.score.toFixed(3),
		'{paths}': String(paths.length),
	})[part] ?? part);
	return [h('p', { id: 'evidence-opening' }, opening),
		h('ol', { class: 'evidence-sentences', id: 'evidence-sentences' }, paths.map((path) => {
			const component = components.get(path.component);
			const clauses = path.relationships.map((relationship) => clause(relationship, byId, focusable));
			return h('li', { dataset: { component: path.component } },
				h('i', { class: 'swatch', style: `background:${COMPONENT_COLOURS[path.component] || '#718096'}` }),
				componentName(path.component),
				component ? ` (${component.score.toFixed(2)} × ${component.weight})` : '', t('evColon'),
				clauses.map((parts, index) => [index ? t('evClauseJoin') : '', parts]), t('evSentenceEnd'));
		}))];
}

async function drawEvidence(section, match, rank, navigate) {
	const element = section.querySelector('#evidence-graph');
	const text = section.querySelector('#evidence-text');
	const tip = section.querySelector('#evidence-tip');
	const paths = lanesInOrder(match.evidence);
	const layout = layOut(paths, match.expert.id);
	const factory = await cytoscape();
	section.cy?.destroy();
	tip.hidden = true;
	element.style.height = `${pictureHeight(layout.lanes)}px`;
	const width = element.clientWidth || 600;
	const cy = factory({ container: element, elements: elements(layout, width, match.expert.id, nm), style: EVIDENCE_STYLE,
		layout: { name: 'preset', fit: false, padding: 0 }, zoom: 1, pan: { x: 0, y: 0 },
		userZoomingEnabled: false, userPanningEnabled: false, boxSelectionEnabled: false, autoungrabify: true });
	section.cy = cy;
	let pinned = null;
	const focus = (id, { pin = false } = {}) => {
		const node = cy.getElementById(id);
		if (!node.length) {
			return;
		}
		cy.elements().removeClass('focused');
		node.addClass('focused');
		node.connectedEdges().addClass('focused');
		if (pin) {
			pinned = id;
		}
		showTip(tip, element, node, layout.nodes.get(id), layout, match, navigate);
	};
	const blur = () => {
		if (pinned) {
			return;
		}
		cy.elements().removeClass('focused');
		tip.hidden = true;
	};
	cy.on('mouseover', 'node', (event) => focus(event.target.id()));
	cy.on('mouseout', 'node', blur);
	cy.on('tap', 'node', (event) => {
		focus(event.target.id(), { pin: true });
		openDetails(event.target.id(), { navigate });
	});
	cy.on('tap', (event) => {
		if (event.target === cy) {
			pinned = null;
			blur();
		}
	});
	const focusable = (node) => h('button', { type: 'button', class: 'linkish node-ref nm', dataset: { node: node.id },
		onfocus: () => focus(node.id), onmouseenter: () => focus(node.id), onblur: blur, onmouseleave: blur,
		onclick: () => {
			focus(node.id, { pin: true });
			openDetails(node.id, { navigate });
		} }, nm(node));
	text.replaceChildren(...sentences(match, rank, paths, focusable));
	section.querySelector('#evidence-types').replaceChildren(...[...new Set([...layout.nodes.values()].map((entry) => labelOf(entry.node)))]
		.map((kind) => h('li', {}, h('i', { class: 'swatch round', style: `background:${COLOURS[kind] || '#4a5568'}` }), typeLabel(kind))));
	element.dataset.nodes = String(cy.nodes().length);
	element.dataset.lanes = String(layout.lanes);
	window.__explorer.evidenceCy = cy;
	element.dispatchEvent(new Event('drawn'));
}

// A node's details beside it: its names, type, the components whose paths run through it, what it
// is joined to in the picture, and where to read more.
function showTip(tip, element, node, entry, layout, match, navigate) {
	const data = entry.node;
	const other = language() === 'en' ? data.name : data.nameEn;
	const kind = labelOf(data);
	const names = new Map([...layout.nodes.values()].map((each) => [each.node.id, nm(each.node)]));
	const ties = [...layout.edges.values()].filter((edge) => edge.from === data.id || edge.to === data.id)
		.map((edge) => {
			const template = t(`evRel_${edge.type}`);
			return (template.startsWith('evRel_') ? t('evRel_other') : template)
				.replace('{a}', names.get(edge.from) || edge.from).replace('{b}', names.get(edge.to) || edge.to);
		});
	const link = kind === 'Expert'
		? h('a', { href: profileHref(data.id), onclick: (event) => {
			event.preventDefault();
			navigate({ page: 'expert', id: data.id });
		} }, t('evProfile'))
		: h('a', { href: `?page=explore&open=${encodeURIComponent(`${kind}:${data.id}`)}${language() === 'en' ? '&lang=en' : ''}` }, t('evExplore'));
	tip.replaceChildren(h('strong', { class: 'nm' }, nm(data)), other && other !== nm(data) ? h('span', { class: 'other-name nm' }, other) : '',
		h('span', { class: 'kind' }, typeLabel(kind)), data.synthetic ? syntheticBadge() : '',
		h('p', {}, t('evOnPaths'), t('evColon'), [...entry.components].map(componentLabel).join(t('listSeparator'))),
		ties.length ? h('ul', {}, ties.map((tie) => h('li', { class: 'nm' }, tie))) : '', link, ' ',
		h('button', { type: 'button', class: 'linkish details-open', dataset: { details: data.id }, onclick: () => openDetails(data.id, { navigate }) }, t('dtOpen')));
	tip.dataset.node = data.id;
	tip.hidden = false;
	const position = node.renderedPosition();
	const width = Math.min(tip.offsetWidth, element.clientWidth);
	const left = position.x + 18 + width <= element.clientWidth ? position.x + 18 : Math.max(0, position.x - 18 - width);
	tip.style.left = `${Math.min(left, element.clientWidth - width)}px`;
	tip.style.top = `${Math.max(0, position.y + 12)}px`;
}

function unique(items) {
	return [...new Map(items.map((item) => [item.id, item])).values()].sort((a, b) => nm(a).localeCompare(nm(b)));
}

function withParam(name, value) {
	const query = new URLSearchParams(location.search);
	query.set(name, value);
	return `${location.pathname}?${query}`;
}

