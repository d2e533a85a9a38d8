// Small helpers to build the page without a framework.
import { t } from './i18n.js';

/** Creates an element: h('a', { href: '/' , onclick }, 'text', child). Text is never parsed as HTML. */
export function h(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes || {})) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (name.startsWith('on') && typeof value === 'function') {
			element.addEventListener(name.slice(2), value);
		}
		else if (name === 'dataset') {
			Object.assign(element.dataset, value);
		}
		else {
			element.setAttribute(name, value === true ? '' : value);
		}
	}
	append(element, children);
	return element;
}

function append(element, children) {
	for (const child of children.flat(Infinity)) {
		if (child === undefined || child === null || child === false) {
			continue;
		}
		element.append(child instanceof Node ? child : String(child));
	}
}

/** A labelled form control: the label is tied to the control by id, for screen readers. */
export function field(labelKey, control) {
	if (!control.id) {
		control.id = `f-${labelKey}-${Math.random().toString(36).slice(2, 7)}`;
	}
	return h('div', { class: 'field' }, h('label', { for: control.id }, t(labelKey)), control);
}

export function select(options, value, attributes = {}) {
	return h('select', attributes, options.map(([optionValue, label]) =>
		h('option', { value: optionValue, selected: optionValue === value }, label)));
}

/** What a reader sees when the API fails: what happened in plain words, then the service's message. */
export function errorMessage(error) {
	const byClassification = {
		NETWORK: 'errNetwork', BAD_REQUEST: 'errBadRequest', NOT_FOUND: 'errNotFound',
		UNAUTHORIZED: 'errUnauthorized', FORBIDDEN: 'errForbidden',
	};
	const key = byClassification[error.classification] || 'errGeneric';
	return key === 'errNetwork' ? t(key) : t(key) + error.message;
}

export function errorBox(error) {
	return h('p', { class: 'message error', role: 'alert' }, errorMessage(error));
}

export function emptyBox() {
	return h('p', { class: 'message empty' }, t('nothing'));
}

export function table(headers, rows, attributes = {}) {
	return h('table', attributes, h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
		h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))));
}
