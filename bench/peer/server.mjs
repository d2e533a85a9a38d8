// The peer: @neo4j/graphql on the benchmark's store, GraphQL over HTTP (graphql-http), one process.
// The benchmark (io.chaingraph.bench.PeerBench) starts it with
//   BOLT=bolt://127.0.0.1:<the service's Bolt port> NEO4J_USERNAME=neo4j NEO4J_PASSWORD=<the store's password file>
//   TYPEDEFS=<typeDefs written by PeerTypeDefs> PORT=<free port> node server.mjs
// and stops it with SIGTERM. The password comes in the environment, never on the command line.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const typeDefs = readFileSync(process.env.TYPEDEFS || new URL('./typeDefs.graphql', import.meta.url), 'utf8');
const auth = neo4j.auth.basic(process.env.NEO4J_USERNAME || 'neo4j', process.env.NEO4J_PASSWORD || '');
const driver = neo4j.driver(process.env.BOLT || 'bolt://127.0.0.1:7687', auth);
await driver.verifyConnectivity();
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const handler = createHandler({ schema, context: () => ({}) });
const port = Number(process.env.PORT || 4000);
const server = http.createServer((req, res) => (req.url.startsWith('/graphql') ? handler(req, res) : res.writeHead(404).end()));
server.keepAliveTimeout = 60000;
server.listen(port, '127.0.0.1', () => console.log(`peer @neo4j/graphql on http://127.0.0.1:${port}/graphql`));
const stop = () => server.close(() => driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
