// What the pages' forms share: placeholders in labels, checks said before sending, a confirmation in
// the page for steps that cannot be undone, and the technologies a chain's work may concern.
import { nodes, run } from './api.js';
import { h } from './dom.js';
import { nm, t } from './i18n.js';

/** Fills {name} placeholders of a label. */
export function fill(text, values) {
	return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** A check the page makes before sending: said next to the form, and read out. */
export function invalid(text) {
	return h('p', { class: 'message error', role: 'alert' }, text);
}

/** Several checks at once, as a list. */
export function problemList(problems) {
	return h('div', { class: 'message error', role: 'alert' }, h('ul', {}, problems.map((p) => h('li', {}, p))));
}

/**
 * Asks, next to the button, before a step that cannot be undone (award, close, resolve); in the page
 * rather than window.confirm, so that it reads in the page's language and keyboard users stay in place.
 */
export function confirmStep(button, question, onConfirm) {
	document.querySelectorAll('.confirm-step').forEach((box) => box.remove());
	const box = h('div', { class: 'confirm-step', role: 'alertdialog', 'aria-label': t('formConfirmTitle') },
		h('p', {}, question));
	const yes = h('button', { type: 'button', dataset: { confirm: 'yes' }, onclick: () => {
		box.remove();
		onConfirm();
	} }, t('formConfirmYes'));
	const no = h('button', { type: 'button', dataset: { confirm: 'no' }, onclick: () => {
		box.remove();
		button.focus();
	} }, t('cancel'));
	box.append(yes, no);
	button.after(box);
	no.focus();
}

/**
 * Every technology postChallenge accepts on the chain, once each, by name: the bottlenecks of the
 * chain, of its segments and of the chains below it, and every technology beneath those. Several
 * chains may be given: their technologies together.
 */
export async function chainTechnologies(...chains) {
	const found = new Map();
	const add = (tech) => {
		if (found.has(tech.id)) {
			return false;
		}
		found.set(tech.id, tech);
		return true;
	};
	const seenChains = new Set();
	let chainsToAsk = [...new Set(chains)];
	while (chainsToAsk.length) {
		chainsToAsk.forEach((id) => seenChains.add(id));
		const answers = await Promise.all(chainsToAsk.map((id) => run('ChainTechnologies', { chain: id })));
		chainsToAsk = [];
		answers.forEach(({ chain: asked }) => {
			if (!asked) {
				return;
			}
			nodes(asked.bottlenecks).forEach(add);
			nodes(asked.segments).forEach((segment) => nodes(segment.bottlenecks).forEach(add));
			nodes(asked.subChains).forEach((sub) => !seenChains.has(sub.id) && !chainsToAsk.includes(sub.id) && chainsToAsk.push(sub.id));
		});
	}
	let below = [...found.keys()];
	while (below.length) {
		const answer = await run('TechnologiesBelow', { ids: below });
		below = nodes(answer.technologies).filter(add).map((tech) => tech.id);
	}
	return [...found.values()].sort((a, b) => nm(a).localeCompare(nm(b)));
}

/** Today's date in UTC, the day the service's deadlines are measured against. */
export function todayUtc() {
	return new Date().toISOString().slice(0, 10);
}
