// GraphiQL against this service: the endpoint and the subscription socket from the address
// Spring's handler redirects to (?path=...&wsPath=...). A script file, not an inline one, so
// that a Content-Security-Policy of script-src 'self' would allow it.
(() => {
	const params = new URLSearchParams(window.location.search);
	const path = params.get('path') || '/graphql';
	const wsPath = params.get('wsPath') || '/graphql-ws';
	const wsProtocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
	// The headers typed in the editor go with every request, and as the socket's
	// connection_init payload, where the service reads Authorization too.
	const fetcher = GraphiQL.createFetcher({
		url: `${window.location.origin}${path}`,
		subscriptionUrl: `${wsProtocol}//${window.location.host}${wsPath}`,
	});
	// The explorer's signed-in key (sessionStorage, as api.js keeps it), if this tab has one.
	// Headers are not persisted: GraphiQL would keep them, key and all, in localStorage.
	const key = window.sessionStorage.getItem('chaingraph.apiKey');
	const headers = key ? JSON.stringify({ Authorization: `Bearer ${key}` }, null, 2) : undefined;
	// A query and its variables in the address (?query=...&variables=...), as the explorer's question
	// box links an answer's operation: they fill the editors in place of the last session's.
	const query = params.get('query') || undefined;
	const variables = params.get('variables') || undefined;
	ReactDOM.createRoot(document.getElementById('graphiql')).render(
		React.createElement(GraphiQL, {
			fetcher,
			query,
			variables,
			defaultEditorToolsVisibility: variables ? 'variables' : Boolean(headers),
			defaultHeaders: headers,
			shouldPersistHeaders: false,
		}),
	);
})();
