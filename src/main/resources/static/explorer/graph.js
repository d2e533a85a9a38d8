// Cytoscape, loaded only by the pages that draw, from its WebJar (no version in the URL: the
// service's WebJars locator resolves it).

let loading;

export function cytoscape() {
	loading ??= import('/webjars/cytoscape/dist/cytoscape.esm.min.mjs').then((module) => module.default);
	return loading;
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
		label: 'data(label)', 'font-size': 12, color: '#1a202c', 'text-valign': 'bottom', 'text-margin-y': 3,
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
