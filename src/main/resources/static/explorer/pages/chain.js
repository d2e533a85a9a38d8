// One chain as a picture: segments as lanes from upstream (left) to downstream (right), each
// enterprise once in the lane of its most upstream segment, bottlenecks at the foot of their lane.
import { nodes, preload, run } from '../api.js';
import { emptyBox, field, h, select, table } from '../dom.js';
import { FONT_FAMILY, cytoscape, wrapLabel } from '../graph.js';
import { openDetails } from '../details.js';
import { nm, t } from '../i18n.js';

preload('ChainOptions', 'ChainMap');

// One column of enterprises per lane reads best; lanes that would grow taller than the
// picture is wide get two. A column is as wide as a label may be, so that a name in English
// keeps the part that tells it from its neighbours ("Synthetic Enterprise PV-019").
const COLUMN = 200;
const LABEL_WIDTH = 176;
const ROW = 28;
const ONE_COLUMN_MAX = 24;
// Lanes are this far apart, so that the arrow from one to the next has room to be seen, and
// rows of lanes this far, so that a title of two lines stays clear of the row above.
const LANE_GAP = 64;
const LANE_PADDING = 14;
const ROW_GAP = 120;
// Labels are drawn at 12 px and never smaller: a picture wider than its box wraps its lanes
// into rows rather than shrinking.
const MIN_ZOOM = 1;
const MAX_ZOOM = 1.25;

/**
 * The chains for a picker. Two chains may share a name (航空 the key chain of the 1269 plan and
 * 航空 the party-building pilot): those say which one they are.
 */
export async function chainOptions() {
	const data = await run('ChainOptions');
	const chains = nodes(data.chains);
	const count = new Map();
	chains.forEach((chain) => count.set(nm(chain), (count.get(nm(chain)) || 0) + 1));
	return chains.map((chain) => [chain.id, count.get(nm(chain)) > 1 ? `${nm(chain)}${t('lwChainKindOpen')}${kindOf(chain)}${t('lwChainKindClose')}` : nm(chain)]);
}

function kindOf(chain) {
	const kinds = [chain.pilot ? t('lwPilotChain') : null, chain.keyChain ? t('lwKeyChain') : null].filter(Boolean);
	return kinds.length ? kinds.join(t('listSeparator')) : chain.id;
}

export async function render(container, params, { navigate }) {
	const options = await chainOptions();
	const chainId = params.get('chain') || defaultChain(options);
	const known = options.some(([id]) => id === chainId);
	// An id the graph does not know keeps the picker, with nothing chosen in it, and says so beside it.
	const picker = select(known ? options : [['', t('lwChoose')], ...options], known ? chainId : '',
		{ id: 'chain-select', onchange: (event) => navigate({ chain: event.target.value }) });
	const filters = h('form', { class: 'filters', onsubmit: (event) => event.preventDefault() }, field('chooseChain', picker));
	container.append(h('h2', {}, t('chain')), filters);
	if (!chainId) {
		container.append(emptyBox());
		return;
	}
	if (!known) {
		filters.append(unknownChain(chainId));
		return;
	}
	let data;
	try {
		data = await run('ChainMap', { chain: chainId });
	}
	catch (error) {
		if (error.classification !== 'NOT_FOUND') {
			throw error;
		}
		filters.append(unknownChain(chainId));
		return;
	}
	const map = data.chainMap;
	const picture = h('div', { class: 'graph lanes', id: 'chain-graph', role: 'img',
		'aria-label': `${t('chainMap')}: ${nm(map.chain)}` });
	// What a tap on a node tells; the time the layout took is kept for the tests, not shown.
	const stats = h('p', { class: 'hint', id: 'chain-tapped', 'aria-live': 'polite' }, map.segments.length ? t('lwTapHint') : '');
	container.append(
		h('div', { class: 'split' },
			h('section', { class: 'main-col', 'aria-labelledby': 'map-h' },
				h('h3', { id: 'map-h' }, `${t('chainMap')}${t('lwColon')}`, h('span', { class: 'nm' }, nm(map.chain)), map.chain.formation ? ` · ${t(map.chain.formation)}` : ''),
				h('p', { class: 'party-link' }, h('a', { href: `?page=party&chain=${encodeURIComponent(chainId)}`, onclick: (event) => {
					event.preventDefault();
					navigate({ page: 'party', chain: chainId });
				} }, t('partyMapLink'))),
				legend(), picture, stats, segmentTable(map)),
			h('aside', { class: 'side-col' },
				h('section', { 'aria-labelledby': 'gaps-h' }, h('h3', { id: 'gaps-h' }, t('gaps')),
					gapList(map)),
				h('section', { 'aria-labelledby': 'talent-h' }, h('h3', { id: 'talent-h' }, t('talentGaps')), talentTable(data.talentGaps, navigate, chainId)),
				h('section', { 'aria-labelledby': 'cons-h' }, h('h3', { id: 'cons-h' }, t('consortiaServing')),
					map.consortia.length ? h('ul', {}, map.consortia.map((consortium) => h('li', { class: 'nm' }, nm(consortium)))) : emptyBox()))));
	if (!map.segments.length) {
		container.querySelector('.legend').remove();
		picture.replaceWith(h('p', { class: 'message empty', id: 'no-segments' }, t('lwNoSegments')));
		return;
	}
	// The picture is drawn once the container is in the page, so it has a size.
	requestAnimationFrame(() => draw(picture, map, stats));
	await new Promise((resolve) => picture.addEventListener('drawn', resolve, { once: true }));
}

function unknownChain(id) {
	return h('p', { class: 'message error', role: 'alert', id: 'unknown-chain' }, t('lwUnknownChain'), h('span', { class: 'nm' }, id),
		t('lwUnknownChainEnd'));
}

/** A chain without segments has no gaps to report, and is not said to have enough enterprises. */
function gapList(map) {
	if (!map.segments.length) {
		return h('p', { class: 'message empty', id: 'gap-note' }, t('lwNoSegmentsGaps'));
	}
	if (!map.gaps.length) {
		return h('p', { class: 'message empty', id: 'gap-note' }, t('noGaps'));
	}
	return h('ul', {}, map.gaps.map((gap) => h('li', {}, h('span', { class: 'nm' }, nm(gap.segment)), ` (${gap.enterpriseCount})`)));
}

function defaultChain(options) {
	const led = options.find(([id]) => id === 'chain_led');
	return (led || options[0] || [null])[0];
}

function legend() {
	return h('ul', { class: 'legend' },
		h('li', { class: 'enterprise' }, t('legendEnterprise')), h('li', { class: 'leader' }, t('legendLeader')),
		h('li', { class: 'bottleneck' }, t('legendBottleneck')), h('li', { class: 'gap' }, t('legendGap')),
		h('li', { class: 'feeds' }, t('lwLegendFeeds')), h('li', { class: 'also' }, t('lwLegendAlso')));
}

/** How wide one lane is, from its left edge to the next lane's, for the chain's largest lane. */
function lanePitch(map) {
	const most = Math.max(1, ...map.segments.map((segment) => segment.enterprises.length));
	return (most > ONE_COLUMN_MAX ? 2 : 1) * COLUMN + 2 * LANE_PADDING + LANE_GAP;
}

/**
 * Positions computed here, not by a layout algorithm: lanes are a grid, and a grid is instant.
 * Lanes run left to right, upstream first; `perLine` lanes to a row, further rows below.
 */
export function laneElements(map, perLine = Infinity) {
	const elements = [];
	const placed = new Set();
	const segments = [...map.segments].sort((a, b) => a.position - b.position);
	const most = Math.max(1, ...segments.map((segment) => segment.enterprises.length));
	const perRow = most > ONE_COLUMN_MAX ? 2 : 1;
	const lane = lanePitch(map);
	const columns = Math.max(1, Math.min(perLine, segments.length));
	// Each row of lanes is as tall as its tallest lane.
	const heights = [];
	const rowsOf = new Map();
	segments.forEach((entry, index) => {
		const line = Math.floor(index / columns);
		const rows = Math.ceil(entry.enterprises.length / perRow) + (entry.bottlenecks.length ? 0.5 + Math.ceil(entry.bottlenecks.length / perRow) : 0);
		heights[line] = Math.max(heights[line] || 0, rows * ROW);
		rowsOf.set(entry.segment.id, rows);
	});
	const tops = heights.reduce((acc, height, line) => [...acc, line ? acc[line - 1] + heights[line - 1] + ROW_GAP : 0], []);
	segments.forEach((entry, index) => {
		const laneId = `lane:${entry.segment.id}`;
		const line = Math.floor(index / columns);
		const left = (index % columns) * lane;
		const top = tops[line];
		elements.push({ group: 'nodes', data: { id: laneId, label: wrapTitle(`${entry.position}. ${nm(entry.segment)}`, perRow * COLUMN - 8), line },
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
				position: { x: left + (slot % perRow) * COLUMN, y: top + Math.floor(slot / perRow) * ROW } });
			slot++;
		}
		const tallest = Math.ceil(slot / perRow);
		entry.bottlenecks.forEach((bottleneck, at) => {
			elements.push({ group: 'nodes', data: { id: `${laneId}:${bottleneck.technology.id}`, parent: laneId,
				label: `${nm(bottleneck.technology)} (${bottleneck.severity ?? '?'})`, kind: 'Technology' }, classes: 'bottleneck',
				position: { x: left + (at % perRow) * COLUMN, y: top + (tallest + 0.5 + Math.floor(at / perRow)) * ROW } });
		});
		if (!entry.enterprises.length && !entry.bottlenecks.length) {
			// An empty lane still needs a body to be drawn and seen as a gap.
			elements.push({ group: 'nodes', data: { id: `${laneId}:empty`, parent: laneId, label: '' }, classes: 'placeholder',
				position: { x: left, y: top } });
		}
		if (index > 0) {
			const previous = `lane:${segments[index - 1].segment.id}`;
			if (index % columns) {
				// Within a row the arrow crosses the gap between two lanes.
				elements.push({ group: 'edges', data: { id: `feeds:${previous}:${laneId}`, source: previous, target: laneId }, classes: 'feeds' });
			}
			else {
				// To the next row it runs below the row's tallest lane and above the next row's
				// titles, and comes down at the lane's left edge, beside its title: two bends.
				const turnY = tops[line - 1] + heights[line - 1] + 20;
				const bends = [`${laneId}:bend1`, `${laneId}:bend2`];
				// Moved under the middle of the lane it leaves and to the left edge of the lane it
				// enters once the lanes have their sizes (alignBends).
				elements.push({ group: 'nodes', data: { id: bends[0], label: '', under: previous }, classes: 'bend', position: { x: 0, y: turnY } },
					{ group: 'nodes', data: { id: bends[1], label: '', beside: laneId }, classes: 'bend', position: { x: left, y: turnY } },
					{ group: 'edges', data: { id: `feeds:${previous}:${bends[0]}`, source: previous, target: bends[0] }, classes: 'feeds bent' },
					{ group: 'edges', data: { id: `feeds:${bends[0]}:${bends[1]}`, source: bends[0], target: bends[1] }, classes: 'feeds bent' },
					{ group: 'edges', data: { id: `feeds:${bends[1]}:${laneId}`, source: bends[1], target: laneId }, classes: 'feeds' });
			}
		}
	});
	return elements;
}

/**
 * A lane's title broken into lines that fit its lane. The picture breaks lines only at spaces, and
 * a Chinese title has none: it would run across the next lane's title.
 */
function wrapTitle(text, width) {
	// A little narrower than the picture allows: were its measure to find a line too long by a
	// pixel, it would break that line again at its one space, after the number.
	return wrapLabel(text, width - 12, { font: `bold 13px ${FONT_FAMILY}` });
}

function laneStyle(perRow) {
	// A lane's title wraps within the lane, so that two long titles never meet.
	const titleWidth = perRow * COLUMN - 8;
	return [
		{ selector: 'node', style: { label: 'data(label)', 'font-size': 12, 'font-family': FONT_FAMILY, 'text-wrap': 'ellipsis', 'text-max-width': LABEL_WIDTH,
			'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, color: '#1a202c', width: 14, height: 14, 'background-color': '#2b6cb0',
			'min-zoomed-font-size': 0 } },
		{ selector: '.lane', style: { 'background-color': '#f7fafc', 'border-color': '#718096', 'border-width': 1, shape: 'round-rectangle',
			'text-valign': 'top', 'text-halign': 'center', 'font-size': 13, 'font-weight': 'bold', padding: LANE_PADDING,
			'text-wrap': 'wrap', 'text-max-width': titleWidth, 'text-margin-x': 0, 'text-margin-y': -4, 'line-height': 1.2 } },
		{ selector: '.lane.gap', style: { 'background-color': '#fff5f5', 'border-color': '#c53030', 'border-width': 3, 'border-style': 'dashed' } },
		{ selector: '.leader', style: { shape: 'star', width: 24, height: 24, 'background-color': '#b7791f', 'font-weight': 'bold' } },
		{ selector: '.bottleneck', style: { shape: 'diamond', width: 18, height: 18, 'background-color': '#c05621', color: '#9c4221' } },
		{ selector: '.placeholder', style: { opacity: 0, events: 'no' } },
		// Drawn above the lanes: between compound nodes an edge is otherwise painted under them.
		{ selector: 'edge.feeds', style: { 'z-compound-depth': 'top', width: 4, 'line-color': '#4a5568', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#4a5568',
			'arrow-scale': 1.4, 'curve-style': 'straight' } },
		{ selector: 'edge.feeds.bent', style: { 'target-arrow-shape': 'none' } },
		{ selector: '.bend', style: { width: 1, height: 1, opacity: 0, events: 'no' } },
		// Dark enough to read on white and on a lane (at least 4.5:1), and named in the legend.
		{ selector: 'edge.also', style: { width: 1.5, 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'line-color': '#553c9a', 'curve-style': 'bezier' } },
		{ selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#d69e2e' } },
	];
}

async function draw(element, map, stats) {
	const factory = await cytoscape();
	const started = performance.now();
	const most = Math.max(1, ...map.segments.map((segment) => segment.enterprises.length));
	const perRow = most > ONE_COLUMN_MAX ? 2 : 1;
	// As many lanes to a row as fit at full size; the rest wrap.
	const available = Math.max(1, element.clientWidth - 40);
	const perLine = Math.max(1, Math.floor((available + LANE_GAP) / lanePitch(map)));
	const cy = factory({ container: element, elements: laneElements(map, perLine), style: laneStyle(perRow),
		layout: { name: 'preset', fit: false }, boxSelectionEnabled: false, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM,
		userZoomingEnabled: false });
	alignBends(cy);
	// As tall as the lanes need at the width available, so the picture is not lost in white space.
	const box = cy.elements().boundingBox();
	const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, available / Math.max(box.w, 1)));
	element.style.height = `${Math.max(200, Math.round(box.h * zoom) + 40)}px`;
	cy.resize();
	cy.zoom(zoom);
	cy.center();
	// Layout time runs to the first frame drawn, not only to the positions: that is what a reader waits for.
	await new Promise((resolve) => {
		cy.one('render', resolve);
		setTimeout(resolve, 1000);
	});
	const layoutMs = performance.now() - started;
	const enterprises = cy.nodes('.enterprise').length;
	element.dataset.layoutMs = layoutMs.toFixed(1);
	element.dataset.enterprises = String(enterprises);
	element.dataset.lanesPerRow = String(perLine);
	// Labels are cut short in the picture; a tap tells the whole name and offers the node to Explore.
	cy.on('tap', 'node.enterprise, node.bottleneck', (event) => {
		const node = event.target;
		const id = node.hasClass('enterprise') ? node.id() : node.id().slice(node.id().lastIndexOf(':') + 1);
		const ref = `${node.hasClass('enterprise') ? 'Enterprise' : 'Technology'}:${id}`;
		stats.replaceChildren(h('span', { class: 'nm' }, node.data('label')), ' · ', h('a', { href: `?page=explore&open=${encodeURIComponent(ref)}` }, t('explore')));
		openDetails(id);
	});
	// A lane is its segment.
	cy.on('tap', 'node.lane', (event) => {
		if (event.target.hasClass('lane')) {
			openDetails(event.target.id().slice('lane:'.length));
		}
	});
	window.__explorer.chainCy = cy;
	window.__explorer.chainLayoutMs = layoutMs;
	element.dispatchEvent(new Event('drawn'));
}

/** A bent arrow leaves a lane straight down from its middle and enters the next just inside its left edge. */
function alignBends(cy) {
	cy.nodes('.bend').forEach((bend) => {
		const lane = cy.getElementById(bend.data('under') || bend.data('beside')).boundingBox({ includeLabels: false });
		bend.position('x', bend.data('under') ? (lane.x1 + lane.x2) / 2 : lane.x1 + 8);
		if (bend.data('beside')) {
			// Straight down into the lane's top, not aimed at its middle.
			bend.connectedEdges().filter((edge) => edge.target().id() === bend.data('beside'))
				.style('target-endpoint', `${lane.x1 + 8 - (lane.x1 + lane.x2) / 2}px -50%`);
		}
	});
}

function segmentTable(map) {
	// The same facts as the picture, as text: for keyboards and screen readers.
	return h('details', { class: 'as-text' }, h('summary', {}, `${t('segment')} · ${t('enterpriseCount')}`),
		table([t('segment'), t('enterpriseCount'), t('enterprises'), t('bottlenecks')], map.segments.map((entry) => [
			[`${entry.position}. `, detailsName(entry.segment), entry.gap ? ` (${t('gap')})` : ''], entry.enterpriseCount,
			h('span', { class: 'nm' }, entry.enterprises.map((e, index) => [index ? t('listSeparator') : '', detailsName(e.enterprise), e.chainLeader ? ' ★' : ''])),
			h('span', { class: 'nm' }, entry.bottlenecks.map((b, index) => [index ? t('listSeparator') : '', detailsName(b.technology)])),
		]), { class: 'data' }));
}

/** A name in the text beside the picture that opens the node's details, as a tap on it does. */
function detailsName(node) {
	return h('button', { type: 'button', class: 'linkish nm details-name', dataset: { details: node.id }, onclick: () => openDetails(node.id) }, nm(node));
}

function talentTable(gaps, navigate, chainId) {
	if (!gaps.length) {
		return h('p', { class: 'message empty' }, t('noTalentGaps'));
	}
	return table([t('technology'), t('severity'), t('demand'), t('supply'), t('shortage')], gaps.map((gap) => [
		h('a', { href: `?page=experts&chain=${chainId}&technology=${gap.technology.id}`, onclick: (event) => {
			event.preventDefault();
			navigate({ page: 'experts', chain: chainId, technology: gap.technology.id });
		} }, h('span', { class: 'nm' }, nm(gap.technology))), gap.severity, gap.demand, gap.supply, gap.shortage.toFixed(2),
	]), { class: 'data compact' });
}
