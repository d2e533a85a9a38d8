// Cytoscape, loaded only by the pages that draw, from its WebJar (no version in the URL: the
// service's WebJars locator resolves it).

let loading;

export function cytoscape() {
	loading ??= import('/webjars/cytoscape/dist/cytoscape.esm.min.mjs').then((module) => module.default);
	return loading;
}

/** The page's own fonts, so that the pictures' labels are the same letters as its text. */
export const FONT_FAMILY = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

let measure;

/**
 * A label broken into lines no wider than `width` px in `font`, at most `maxLines` of them (the
 * last cut with an ellipsis). Cytoscape breaks lines only at spaces, and Chinese has none: a long
 * name would be drawn as one line across its neighbours.
 */
export function wrapLabel(text, width, { font = `12px ${FONT_FAMILY}`, maxLines = Infinity } = {}) {
	measure ??= document.createElement('canvas').getContext('2d');
	measure.font = font;
	const fits = (candidate) => measure.measureText(candidate.trimEnd()).width <= width;
	const lines = [];
	let line = '';
	// Words stay whole where there are spaces; Chinese breaks between any two characters, but a
	// pause mark (、，) ends its line rather than opening the next.
	for (const piece of String(text).match(/[A-Za-z0-9(),.:;'/&+-]+\s*|\s+|./gu) || []) {
		if (line && !/^[、，。：；）]/u.test(piece) && !fits(line + piece)) {
			lines.push(line.trimEnd());
			line = piece.trimStart();
		}
		else {
			line += piece;
		}
	}
	lines.push(line.trimEnd());
	const kept = lines.filter(Boolean);
	if (kept.length <= maxLines) {
		return kept.join('\n');
	}
	let last = kept[maxLines - 1];
	while (last.length > 1 && !fits(`${last}…`)) {
		last = last.slice(0, -1);
	}
	return [...kept.slice(0, maxLines - 1), `${last.trimEnd()}…`].join('\n');
}

/** Colours chosen for contrast on white (WCAG AA for the labels drawn on them). */
export const COLOURS = {
	Chain: '#1f4e79', Segment: '#4a5568', Enterprise: '#2b6cb0', Expert: '#6b46c1', Technology: '#c05621',
	Publication: '#2f855a', Consortium: '#2c7a7b', University: '#975a16', Institute: '#975a16', Challenge: '#c53030',
	Team: '#b83280', PartyOrganization: '#9b2c2c', Demand: '#744210', Department: '#4c51bf', City: '#285e61',
	Achievement: '#276749', ReportedFigure: '#718096', Source: '#718096', StatusChange: '#718096',
};

/** The label of the model a node carries (Organization is only ever a second label). */
export function labelOf(node) {
	const labels = (node.labels || []).filter((label) => label !== 'Organization');
	return labels[0] || 'Node';
}

export const GRAPH_STYLE = [
	{ selector: 'node', style: {
		label: 'data(label)', 'font-size': 12, 'font-family': FONT_FAMILY, color: '#1a202c', 'text-valign': 'bottom', 'text-margin-y': 3,
		'text-wrap': 'wrap', 'text-max-width': 110, width: 18, height: 18,
		'background-color': (node) => COLOURS[node.data('kind')] || '#4a5568',
	} },
	{ selector: 'node.root', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#1a202c' } },
	{ selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#d69e2e' } },
	{ selector: 'edge', style: {
		width: 1.5, 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0', 'target-arrow-shape': 'triangle',
		'curve-style': 'bezier', label: 'data(label)', 'font-size': 10, color: '#4a5568', 'text-rotation': 'autorotate',
		'text-background-color': '#fff', 'text-background-opacity': 0.8,
	} },
	{ selector: 'edge.path', style: { width: 3, 'line-color': '#d69e2e', 'target-arrow-color': '#d69e2e' } },
];
