// The evidence behind one expert's score as layered paths: the expert on the left, what each path
// ends at on the right, one lane per path. Positions are computed here, not by a force layout, so
// that no two labels can meet: a node's column is its longest distance from the expert along the
// paths (ends pushed to the last column), its row the lane of the first path that reaches it.
import { COLOURS, labelOf } from './graph.js';
import { t } from './i18n.js';

export const COMPONENTS = ['EXPERTISE', 'EVIDENCE', 'PROPAGATION', 'CHAIN', 'TRACK_RECORD', 'CONFLICT'];

export const COMPONENT_COLOURS = {
	EXPERTISE: '#2b6cb0', EVIDENCE: '#2f855a', PROPAGATION: '#6b46c1', CHAIN: '#c05621', TRACK_RECORD: '#b83280',
	CONFLICT: '#c53030',
};

const FONT_SIZE = 12;
const FONT_FAMILY = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const LABEL_LINES = 2;
const LANE_HEIGHT = 68;
const PADDING_X = 8;
const PADDING_Y = 22;
// Room left between the labels of two neighbouring columns.
const LABEL_GAP = 16;

/** The paths in reading order: grouped by component, in the order the legend gives them. */
export function lanesInOrder(paths) {
	return paths.map((path, index) => ({ path, index }))
		.sort((a, b) => COMPONENTS.indexOf(a.path.component) - COMPONENTS.indexOf(b.path.component) || a.index - b.index)
		.map((entry) => entry.path);
}

/**
 * Columns and rows for every node of the paths: { nodes: Map id -> {node, column, row, components},
 * edges: Map id -> {from, to, type, components}, columns, lanes }. The root sits alone in column 0,
 * at the middle of the lanes; a path that brings no node of its own adds edges but no lane.
 */
export function layOut(paths, rootId) {
	const ordered = lanesInOrder(paths);
	const nodes = new Map();
	const edges = new Map();
	const successors = new Map();
	for (const path of ordered) {
		path.nodes.forEach((node, index) => {
			const entry = nodes.get(node.id) || { node, column: node.id === rootId ? 0 : 1, row: null, components: new Set() };
			entry.components.add(path.component);
			nodes.set(node.id, entry);
			if (index > 0) {
				const from = path.nodes[index - 1].id;
				successors.set(from, (successors.get(from) || new Set()).add(node.id));
			}
		});
		for (const relationship of path.relationships) {
			const id = `${relationship.from}|${relationship.type}|${relationship.to}`;
			const edge = edges.get(id) || { id, from: relationship.from, to: relationship.to, type: relationship.type, components: new Set() };
			edge.components.add(path.component);
			edges.set(id, edge);
		}
	}
	// Longest distance from the root; a cycle (none is expected) stops growing after |V| rounds.
	for (let round = 0; round < nodes.size; round++) {
		let changed = false;
		for (const [from, targets] of successors) {
			for (const to of targets) {
				const wanted = nodes.get(from).column + 1;
				if (to !== rootId && nodes.get(to).column < wanted) {
					nodes.get(to).column = wanted;
					changed = true;
				}
			}
		}
		if (!changed) {
			break;
		}
	}
	const last = Math.max(1, ...[...nodes.values()].map((entry) => entry.column));
	for (const [id, entry] of nodes) {
		if (id !== rootId && !successors.has(id)) {
			entry.column = last;
		}
	}
	let lanes = 0;
	for (const path of ordered) {
		const fresh = path.nodes.filter((node) => node.id !== rootId && nodes.get(node.id).row === null);
		fresh.forEach((node) => {
			nodes.get(node.id).row = lanes;
		});
		path.lane = fresh.length ? lanes++ : null;
	}
	lanes = Math.max(lanes, 1);
	if (nodes.has(rootId)) {
		nodes.get(rootId).row = (lanes - 1) / 2;
	}
	return { nodes, edges, columns: last + 1, lanes };
}

let measurer;

function textWidth(text) {
	measurer ??= document.createElement('canvas').getContext('2d');
	measurer.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
	return measurer.measureText(text).width;
}

/**
 * The text broken into at most two lines no wider than width (at a space when one is near, else
 * between any two characters, as Chinese allows), with an ellipsis when it does not fit; the
 * full name is in the details.
 */
export function fitLabel(text, width) {
	const lines = [];
	let rest = String(text || '').trim();
	while (rest && lines.length < LABEL_LINES) {
		if (textWidth(rest) <= width) {
			lines.push(rest);
			rest = '';
			break;
		}
		let end = 1;
		while (end < rest.length && textWidth(rest.slice(0, end + 1)) <= width) {
			end++;
		}
		const space = rest.lastIndexOf(' ', end);
		const cut = space > end / 2 ? space : end;
		lines.push(rest.slice(0, cut).trim());
		rest = rest.slice(cut).trim();
	}
	if (rest) {
		let line = lines[lines.length - 1];
		while (line && textWidth(`${line}…`) > width) {
			line = line.slice(0, -1);
		}
		lines[lines.length - 1] = `${line}…`;
	}
	return lines.join('\n');
}

/** The height the picture needs for this many lanes. */
export function pictureHeight(lanes) {
	return Math.max(160, lanes * LANE_HEIGHT + PADDING_Y);
}

/**
 * Cytoscape elements at preset positions for a picture this wide; labels fitted to their column.
 * name(node) gives the shown name.
 */
export function elements(layout, width, rootId, name) {
	const columnWidth = (width - 2 * PADDING_X) / layout.columns;
	const labelWidth = Math.max(40, columnWidth - LABEL_GAP);
	const result = [];
	for (const [id, entry] of layout.nodes) {
		result.push({ group: 'nodes', classes: id === rootId ? 'root' : '',
			data: { id, label: fitLabel(name(entry.node), labelWidth), kind: labelOf(entry.node), labelWidth },
			position: { x: PADDING_X + columnWidth * (entry.column + 0.5), y: PADDING_Y / 2 + 14 + LANE_HEIGHT * entry.row } });
	}
	for (const edge of layout.edges.values()) {
		if (layout.nodes.has(edge.from) && layout.nodes.has(edge.to)) {
			const component = [...edge.components][0];
			result.push({ group: 'edges', data: { id: edge.id, source: edge.from, target: edge.to, type: edge.type,
				colour: COMPONENT_COLOURS[component] || '#718096' } });
		}
	}
	return result;
}

export const EVIDENCE_STYLE = [
	{ selector: 'node', style: {
		label: 'data(label)', 'font-size': FONT_SIZE, 'font-family': FONT_FAMILY, color: '#1a202c', 'text-valign': 'bottom',
		'text-halign': 'center', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': (node) => `${node.data('labelWidth') + 4}px`,
		'line-height': 1.2, width: 18, height: 18, 'background-color': (node) => COLOURS[node.data('kind')] || '#4a5568',
		'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
	} },
	{ selector: 'node.root', style: { width: 26, height: 26, 'border-width': 3, 'border-color': '#1a202c', 'font-weight': 600 } },
	{ selector: 'node.focused', style: { 'border-width': 3, 'border-color': '#d69e2e', 'underlay-color': '#d69e2e',
		'underlay-opacity': 0.25, 'underlay-padding': 5 } },
	{ selector: 'edge', style: {
		width: 2, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle',
		'curve-style': 'taxi', 'taxi-direction': 'rightward', 'taxi-turn': 28, 'taxi-turn-min-distance': 8, 'arrow-scale': 0.9,
	} },
	{ selector: 'edge.focused', style: { width: 4 } },
];

/** The interface label of a node's type, for legends and details. */
export function typeLabel(kind) {
	const key = `evType_${kind}`;
	const label = t(key);
	return label === key ? kind : label;
}
