// One chain as a picture: segments as lanes from upstream (left) to downstream (right), each
// enterprise once in the lane of its most upstream segment, bottlenecks at the foot of their lane.
import { nodes, preload, run } from '../api.js';
import { emptyBox, field, h, select, table } from '../dom.js';
import { cytoscape } from '../graph.js';
import { nm, t } from '../i18n.js';

preload('ChainOptions', 'ChainMap');

// One column of enterprises per lane reads best; lanes that would grow taller than the
// picture is wide get two.
const COLUMN = 140;
const ROW = 28;
const ONE_COLUMN_MAX = 24;

export async function chainOptions() {
	const data = await run('ChainOptions');
	return nodes(data.chains).map((chain) => [chain.id, nm(chain)]);
}

export async function render(container, params, { navigate }) {
	const options = await chainOptions();
	const chainId = params.get('chain') || defaultChain(options);
	const picker = select(options, chainId, { id: 'chain-select', onchange: (event) => navigate({ chain: event.target.value }) });
	container.append(h('h2', {}, t('chain')), h('form', { class: 'filters', onsubmit: (event) => event.preventDefault() },
		field('chooseChain', picker)));
	if (!chainId) {
		container.append(emptyBox());
		return;
	}
	const data = await run('ChainMap', { chain: chainId });
	const map = data.chainMap;
	const picture = h('div', { class: 'graph lanes', id: 'chain-graph', role: 'img',
		'aria-label': `${t('chainMap')}: ${nm(map.chain)}` });
	const stats = h('p', { class: 'hint', id: 'layout-time' });
	container.append(
		h('div', { class: 'split' },
			h('section', { class: 'main-col', 'aria-labelledby': 'map-h' },
				h('h3', { id: 'map-h' }, `${t('chainMap')}: ${nm(map.chain)}`, map.chain.formation ? ` · ${t(map.chain.formation)}` : ''),
				h('p', { class: 'party-link' }, h('a', { href: `?page=party&chain=${encodeURIComponent(chainId)}`, onclick: (event) => {
					event.preventDefault();
					navigate({ page: 'party', chain: chainId });
				} }, t('partyMapLink'))),
				legend(), picture, stats, segmentTable(map)),
			h('aside', { class: 'side-col' },
				h('section', { 'aria-labelledby': 'gaps-h' }, h('h3', { id: 'gaps-h' }, t('gaps')),
					map.gaps.length ? h('ul', {}, map.gaps.map((gap) => h('li', {}, `${nm(gap.segment)} (${gap.enterpriseCount})`))) : h('p', { class: 'message empty' }, t('noGaps'))),
				h('section', { 'aria-labelledby': 'talent-h' }, h('h3', { id: 'talent-h' }, t('talentGaps')), talentTable(data.talentGaps, navigate, chainId)),
				h('section', { 'aria-labelledby': 'cons-h' }, h('h3', { id: 'cons-h' }, t('consortiaServing')),
					map.consortia.length ? h('ul', {}, map.consortia.map((consortium) => h('li', {}, nm(consortium)))) : emptyBox()))));
	if (!map.segments.length) {
		picture.replaceWith(emptyBox());
		return;
	}
	// The picture is drawn once the container is in the page, so it has a size.
	requestAnimationFrame(() => draw(picture, map, stats));
	await new Promise((resolve) => picture.addEventListener('drawn', resolve, { once: true }));
}

function defaultChain(options) {
	const led = options.find(([id]) => id === 'chain_led');
	return (led || options[0] || [null])[0];
}

function legend() {
	return h('ul', { class: 'legend' },
		h('li', { class: 'enterprise' }, t('legendEnterprise')), h('li', { class: 'leader' }, t('legendLeader')),
		h('li', { class: 'bottleneck' }, t('legendBottleneck')), h('li', { class: 'gap' }, t('legendGap')));
}

/** Positions computed here, not by a layout algorithm: lanes are a grid, and a grid is instant. */
export function laneElements(map) {
	const elements = [];
	const placed = new Set();
	const segments = [...map.segments].sort((a, b) => a.position - b.position);
	const most = Math.max(1, ...segments.map((segment) => segment.enterprises.length));
	const perRow = most > ONE_COLUMN_MAX ? 2 : 1;
	const lane = perRow * COLUMN + 40;
	const tallest = Math.ceil(most / perRow);
	segments.forEach((entry, index) => {
		const laneId = `lane:${entry.segment.id}`;
		elements.push({ group: 'nodes', data: { id: laneId, label: `${entry.position}. ${nm(entry.segment)}` },
			classes: entry.gap ? 'lane gap' : 'lane' });
		let slot = 0;
		for (const { enterprise, chainLeader } of entry.enterprises) {
			if (placed.has(enterprise.id)) {
				elements.push({ group: 'edges', data: { id: `also:${enterprise.id}:${laneId}`, source: enterprise.id, target: laneId }, classes: 'also' });
				continue;
			}
			placed.add(enterprise.id);
			elements.push({ group: 'nodes', data: { id: enterprise.id, parent: laneId, label: nm(enterprise), kind: 'Enterprise' },
				classes: chainLeader ? 'enterprise leader' : 'enterprise',
				position: { x: index * lane + (slot % perRow) * COLUMN, y: Math.floor(slot / perRow) * ROW } });
			slot++;
		}
		entry.bottlenecks.forEach((bottleneck, at) => {
			elements.push({ group: 'nodes', data: { id: `${laneId}:${bottleneck.technology.id}`, parent: laneId,
				label: `${nm(bottleneck.technology)} (${bottleneck.severity ?? '?'})`, kind: 'Technology' }, classes: 'bottleneck',
				position: { x: index * lane + (at % perRow) * COLUMN, y: (tallest + 0.5 + Math.floor(at / perRow)) * ROW } });
		});
		if (!entry.enterprises.length && !entry.bottlenecks.length) {
			// An empty lane still needs a body to be drawn and seen as a gap.
			elements.push({ group: 'nodes', data: { id: `${laneId}:empty`, parent: laneId, label: '' }, classes: 'placeholder',
				position: { x: index * lane, y: 0 } });
		}
		if (index > 0) {
			const previous = `lane:${segments[index - 1].segment.id}`;
			elements.push({ group: 'edges', data: { id: `feeds:${previous}:${laneId}`, source: previous, target: laneId }, classes: 'feeds' });
		}
	});
	return elements;
}

const LANE_STYLE = [
	{ selector: 'node', style: { label: 'data(label)', 'font-size': 12, 'text-wrap': 'ellipsis', 'text-max-width': 120,
		'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, color: '#1a202c', width: 14, height: 14, 'background-color': '#2b6cb0' } },
	{ selector: '.lane', style: { 'background-color': '#f7fafc', 'border-color': '#718096', 'border-width': 1, shape: 'round-rectangle',
		'text-valign': 'top', 'text-halign': 'center', 'font-size': 13, 'font-weight': 'bold', padding: 14, 'text-max-width': 170, 'text-margin-x': 0 } },
	{ selector: '.lane.gap', style: { 'background-color': '#fff5f5', 'border-color': '#c53030', 'border-width': 3, 'border-style': 'dashed' } },
	{ selector: '.leader', style: { shape: 'star', width: 24, height: 24, 'background-color': '#b7791f', 'font-weight': 'bold' } },
	{ selector: '.bottleneck', style: { shape: 'diamond', width: 18, height: 18, 'background-color': '#c05621', color: '#9c4221' } },
	{ selector: '.placeholder', style: { opacity: 0, events: 'no' } },
	{ selector: 'edge.feeds', style: { width: 4, 'line-color': '#718096', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#718096', 'curve-style': 'straight' } },
	{ selector: 'edge.also', style: { width: 1, 'line-style': 'dashed', 'line-color': '#90cdf4', 'curve-style': 'bezier' } },
	{ selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#d69e2e' } },
];

async function draw(element, map, stats) {
	const factory = await cytoscape();
	const started = performance.now();
	const cy = factory({ container: element, elements: laneElements(map), style: LANE_STYLE,
		layout: { name: 'preset', fit: false }, boxSelectionEnabled: false });
	// As tall as the lanes need at the width available, so the picture is not lost in white space.
	const box = cy.elements().boundingBox();
	element.style.height = `${Math.max(260, Math.min(900, Math.round(element.clientWidth * box.h / Math.max(box.w, 1)) + 60))}px`;
	cy.resize();
	cy.fit(undefined, 20);
	// Layout time runs to the first frame drawn, not only to the positions: that is what a reader waits for.
	await new Promise((resolve) => {
		cy.one('render', resolve);
		setTimeout(resolve, 1000);
	});
	const layoutMs = performance.now() - started;
	const enterprises = cy.nodes('.enterprise').length;
	element.dataset.layoutMs = layoutMs.toFixed(1);
	element.dataset.enterprises = String(enterprises);
	stats.textContent = `${t('enterprises')}: ${enterprises} · ${t('layoutMs')}: ${layoutMs.toFixed(0)} ms`;
	// Labels are cut short in the picture; a tap tells the whole name and offers the node to Explore.
	cy.on('tap', 'node.enterprise, node.bottleneck', (event) => {
		const node = event.target;
		const id = node.hasClass('enterprise') ? node.id() : node.id().slice(node.id().lastIndexOf(':') + 1);
		const ref = `${node.hasClass('enterprise') ? 'Enterprise' : 'Technology'}:${id}`;
		stats.replaceChildren(`${node.data('label')} · `, h('a', { href: `?page=explore&open=${encodeURIComponent(ref)}` }, t('explore')));
	});
	window.__explorer.chainCy = cy;
	window.__explorer.chainLayoutMs = layoutMs;
	element.dispatchEvent(new Event('drawn'));
}

function segmentTable(map) {
	// The same facts as the picture, as text: for keyboards and screen readers.
	return h('details', { class: 'as-text' }, h('summary', {}, `${t('segment')} · ${t('enterpriseCount')}`),
		table([t('segment'), t('enterpriseCount'), t('enterprises'), t('bottlenecks')], map.segments.map((entry) => [
			`${entry.position}. ${nm(entry.segment)}${entry.gap ? ` (${t('gap')})` : ''}`, entry.enterpriseCount,
			entry.enterprises.map((e) => nm(e.enterprise) + (e.chainLeader ? ' ★' : '')).join('、'),
			entry.bottlenecks.map((b) => nm(b.technology)).join('、'),
		]), { class: 'data' }));
}

function talentTable(gaps, navigate, chainId) {
	if (!gaps.length) {
		return h('p', { class: 'message empty' }, t('noTalentGaps'));
	}
	return table([t('technology'), t('severity'), t('demand'), t('supply'), t('shortage')], gaps.map((gap) => [
		h('a', { href: `?page=experts&chain=${chainId}&technology=${gap.technology.id}`, onclick: (event) => {
			event.preventDefault();
			navigate({ page: 'experts', chain: chainId, technology: gap.technology.id });
		} }, nm(gap.technology)), gap.severity, gap.demand, gap.supply, gap.shortage.toFixed(2),
	]), { class: 'data compact' });
}
