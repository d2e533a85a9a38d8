// The explorer's shell: navigation, language, sign-in, and one page at a time, chosen by the URL's
// query string so that every view can be shared as a link.
import { apiKey, run, setApiKey } from './api.js';
import { closeDetails } from './details.js';
import { errorBox, h } from './dom.js';
import { language, setLanguage, t } from './i18n.js';

const PAGES = {
	programme: () => import('./pages/programme.js'),
	chain: () => import('./pages/chain.js'),
	experts: () => import('./pages/experts.js'),
	expert: () => import('./pages/expert.js'),
	challenge: () => import('./pages/challenge.js'),
	explore: () => import('./pages/explore.js'),
	demands: () => import('./pages/demands.js'),
	party: () => import('./pages/party.js'),
};

// Pages shown in the navigation; demands only to those with a step of the demand workflow to take.
const NAV = ['programme', 'chain', 'party', 'experts', 'challenge', 'explore'];

const DEMAND_ROLES = ['COORDINATOR', 'ADMIN', 'ENTERPRISE', 'DEPARTMENT', 'EXPERT'];

// The enterprise, department or expert a scoped key acts for: the service refuses it anything else.
const viewer = { authenticated: false, name: null, roles: [], enterprise: null, department: null, expert: null };

// Why the last sign-in left the viewer anonymous (a label key), shown by the sign-in form until the next try.
let signInProblem = null;

/** Whether the signed-in viewer holds any of these roles. Anonymous viewers hold none. */
export function can(...roles) {
	return viewer.roles.some((role) => roles.includes(role));
}

export const timings = { firstRender: null, renders: [] };
window.__explorer = timings;

function params() {
	return new URLSearchParams(location.search);
}

/** Moves to another view: the new query string goes into the address bar and the history. */
export function navigate(changes, { replace = false } = {}) {
	const next = new URLSearchParams(changes.page && changes.page !== params().get('page') ? {} : params());
	for (const [name, value] of Object.entries(changes)) {
		if (value === null || value === undefined || value === '' || value === false) {
			next.delete(name);
		}
		else {
			next.set(name, value === true ? 'true' : value);
		}
	}
	if (language() === 'en') {
		next.set('lang', 'en');
	}
	const url = `${location.pathname}?${next}`;
	if (replace) {
		history.replaceState(null, '', url);
	}
	else {
		history.pushState(null, '', url);
	}
	return render();
}

function renderChrome(page) {
	document.querySelectorAll('[data-i18n]').forEach((element) => {
		element.textContent = t(element.dataset.i18n);
	});
	document.querySelectorAll('[data-i18n-aria]').forEach((element) => {
		element.setAttribute('aria-label', t(element.dataset.i18nAria));
	});
	document.getElementById('progress').setAttribute('aria-label', t('loading'));
	document.title = `${t(page)} · ${t('brand')}`;
	const toggle = document.getElementById('lang-toggle');
	toggle.textContent = t('langToggle');
	toggle.lang = language() === 'en' ? 'zh-CN' : 'en';
	const nav = document.getElementById('nav');
	const shown = can(...DEMAND_ROLES) ? [...NAV, 'demands'] : NAV;
	nav.replaceChildren(...shown.map((name) => h('li', {}, h('a', {
		href: `?page=${name}${language() === 'en' ? '&lang=en' : ''}`,
		'aria-current': name === page ? 'page' : null,
		dataset: { page: name },
		onclick: (event) => {
			event.preventDefault();
			navigate({ page: name });
		},
	}, t(name)))));
	renderSignIn();
}

function renderSignIn() {
	const box = document.getElementById('signin');
	if (viewer.authenticated) {
		// The key's name is data; its roles are said in the page's language, their codes kept for tools.
		box.replaceChildren(h('span', { class: 'viewer', dataset: { roles: viewer.roles.join(',') } }, t('signedInAs'),
			h('span', { class: 'nm' }, viewer.name || ''), t('raRolesOpen'), viewer.roles.map((role) => t(`role_${role}`)).join(t('listSeparator')),
			t('raRolesClose')),
			h('button', { type: 'button', onclick: () => signIn(null) }, t('signOut')));
		return;
	}
	const input = h('input', { type: 'password', id: 'api-key', autocomplete: 'off', size: 14,
		'aria-invalid': signInProblem ? 'true' : null, 'aria-describedby': signInProblem ? 'signin-problem' : null });
	const problem = signInProblem ? h('p', { class: 'message error signin-problem', id: 'signin-problem', role: 'alert' }, t(signInProblem)) : '';
	const form = h('form', { class: 'signin-form', hidden: !signInProblem, onsubmit: (event) => {
		event.preventDefault();
		signIn(input.value.trim());
	} }, h('label', { for: 'api-key' }, t('apiKey')), input, h('button', { type: 'submit' }, t('save')), problem);
	const open = h('button', { type: 'button', 'aria-expanded': String(Boolean(signInProblem)), onclick: () => {
		form.hidden = !form.hidden;
		open.setAttribute('aria-expanded', String(!form.hidden));
		if (!form.hidden) {
			input.focus();
		}
	} }, t('signIn'));
	box.replaceChildren(h('span', { class: 'viewer' }, t('anonymous')), open, form);
}

async function signIn(key) {
	signInProblem = null;
	if (key === '') {
		signInProblem = 'formKeyEmpty';
		return render();
	}
	setApiKey(key);
	await loadViewer();
	// A key was given and the viewer is still anonymous: say so, rather than carry on as if it worked.
	if (key && !viewer.authenticated && !signInProblem) {
		signInProblem = 'formKeyRefused';
	}
	return render();
}

/**
 * Asks the API who the key belongs to. Any failure, an unknown field on a service without roles
 * among them, leaves the viewer anonymous: actions stay hidden rather than failing on use.
 */
async function loadViewer() {
	Object.assign(viewer, { authenticated: false, name: null, roles: [], enterprise: null, department: null, expert: null });
	if (!apiKey()) {
		return;
	}
	try {
		const data = await run('Viewer');
		if (data.viewer && data.viewer.authenticated) {
			const { name, roles, enterprise, department, expert } = data.viewer;
			Object.assign(viewer, { authenticated: true, name, roles: roles || [], enterprise, department, expert });
		}
	}
	catch (error) {
		// A wrong or revoked key is refused on every request: drop it and read anonymously.
		if (error.classification === 'UNAUTHORIZED') {
			setApiKey(null);
			signInProblem = 'formKeyRefused';
		}
		else {
			signInProblem = 'formKeyUnchecked';
		}
		console.info('No signed-in roles:', error.message);
	}
}

let renderCount = 0;

async function render() {
	const current = ++renderCount;
	const query = params();
	setLanguage(query.get('lang'));
	let page = query.get('page') || 'programme';
	if (!PAGES[page]) {
		page = 'programme';
	}
	document.body.dataset.ready = 'false';
	document.body.dataset.page = page;
	// The details belong to the view they were opened from.
	closeDetails({ restoreFocus: false });
	renderChrome(page);
	const main = document.getElementById('main');
	const started = performance.now();
	try {
		const module = await PAGES[page]();
		// In the page from the start, so that pictures have a size when they are drawn.
		const content = h('div', { class: `page page-${page}` });
		main.replaceChildren(content);
		await module.render(content, query, { navigate, can, viewer: { ...viewer } });
	}
	catch (error) {
		console.warn(error.stack || error);
		if (current === renderCount) {
			main.replaceChildren(errorBox(error));
		}
	}
	if (current !== renderCount) {
		return;
	}
	const now = performance.now();
	timings.renders.push({ page, ms: Math.round(now - started) });
	// Measured from the start of the navigation: what a reader waits for the first picture. The
	// navigation entry tells how much of it was the page itself arriving and being parsed.
	if (!timings.firstRender) {
		const navigation = performance.getEntriesByType('navigation')[0];
		timings.firstRender = { page, ms: Math.round(now),
			responseEnd: navigation ? Math.round(navigation.responseEnd) : null,
			domContentLoaded: navigation ? Math.round(navigation.domContentLoadedEventEnd) : null };
	}
	document.body.dataset.ready = 'true';
}

document.getElementById('lang-toggle').addEventListener('click', () => {
	setLanguage(language() === 'en' ? 'zh' : 'en');
	const query = params();
	if (language() === 'en') {
		query.set('lang', 'en');
	}
	else {
		query.delete('lang');
	}
	history.replaceState(null, '', `${location.pathname}?${query}`);
	render();
});
window.addEventListener('popstate', () => render());

loadViewer().then(render);
