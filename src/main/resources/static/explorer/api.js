// The explorer's only way to the data: the public GraphQL endpoint, with the signed-in key, if any.

import { language } from './i18n.js';

const KEY = 'chaingraph.apiKey';
const cache = new Map();
let pending = 0;

export class ApiError extends Error {
	constructor(message, classification, code = null) {
		super(message);
		this.classification = classification;
		this.code = code;
	}
}

export function apiKey() {
	return sessionStorage.getItem(KEY);
}

export function setApiKey(key) {
	if (key) {
		sessionStorage.setItem(KEY, key);
	}
	else {
		sessionStorage.removeItem(KEY);
	}
	cache.clear();
}

function busy(delta) {
	pending += delta;
	const bar = document.getElementById('progress');
	bar.hidden = pending === 0;
	document.getElementById('main').setAttribute('aria-busy', String(pending > 0));
}

/**
 * Runs a GraphQL operation and returns its data, or throws an ApiError carrying the first error's
 * message (in the page's language), classification and code. Queries are remembered for the page's life, so switching the
 * language or going back does not ask again; a mutation forgets them all.
 */
export async function gql(query, variables = {}, { mutation = false } = {}) {
	const cacheKey = mutation ? null : query + JSON.stringify(variables);
	if (cacheKey && cache.has(cacheKey)) {
		return cache.get(cacheKey);
	}
	// The service writes its error messages in the page's language, not the browser's.
	const headers = {
		'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json',
		'Accept-Language': language() === 'en' ? 'en' : 'zh-CN',
	};
	const key = apiKey();
	if (key) {
		headers.Authorization = `Bearer ${key}`;
	}
	busy(1);
	let body;
	try {
		const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
		body = await response.json().catch(() => null);
		if (!body) {
			throw new ApiError(`HTTP ${response.status}`, 'HTTP');
		}
	}
	catch (error) {
		if (error instanceof ApiError) {
			throw error;
		}
		throw new ApiError(error.message, 'NETWORK');
	}
	finally {
		busy(-1);
	}
	if (body.errors && body.errors.length) {
		const first = body.errors[0];
		const extensions = first.extensions || {};
		throw new ApiError(first.message, extensions.classification || 'ERROR', extensions.code || null);
	}
	if (mutation) {
		cache.clear();
	}
	else {
		cache.set(cacheKey, body.data);
	}
	return body.data;
}

const documents = new Map();

/**
 * The text of one of the explorer's operations, operations/<name>.graphql, fetched once for the
 * page's life. They are static files so that the code generator (tools/codegen) checks every one
 * against the schema; what varies goes in variables.
 */
function operation(name) {
	if (!documents.has(name)) {
		const loading = fetch(`/explorer/operations/${name}.graphql`).then((response) => {
			if (!response.ok) {
				throw new ApiError(`HTTP ${response.status} for operation ${name}`, 'HTTP');
			}
			return response.text();
		}, (error) => {
			throw new ApiError(error.message, 'NETWORK');
		});
		// A failed load is asked again next time rather than remembered.
		loading.catch(() => documents.delete(name));
		documents.set(name, loading);
	}
	return documents.get(name);
}

/**
 * Starts loading a page's operations at once, so that none waits for the one before; a failure
 * shows when the operation is run.
 */
export function preload(...names) {
	names.forEach((name) => operation(name).catch(() => {}));
}

/** Runs the named operation of operations/ with these variables; see gql. */
export async function run(name, variables = {}, options = {}) {
	return gql(await operation(name), variables, options);
}

/** The nodes of a Relay connection or of a page of related edges. */
export function nodes(connection) {
	return connection ? connection.edges.map((edge) => edge.node) : [];
}
