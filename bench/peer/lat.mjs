// The benchmark's closed-loop client for the side-by-side runs, the same for the service and the peer:
// N workers, each sending its next request when the last one answered, over keep-alive connections
// (undici, through fetch), for S seconds. Usage: node lat.mjs URL BODY_FILE N S
// Prints one JSON line: requests, errors, seconds, reqPerSec, p50 (ms).
import { readFileSync } from 'node:fs';

const [url, bodyFile, conns = '1', secs = '5'] = process.argv.slice(2);
const body = readFileSync(bodyFile, 'utf8');
const headers = { 'content-type': 'application/json', accept: 'application/json' };
const lat = [];
let errors = 0;
const end = performance.now() + Number(secs) * 1000;
async function worker() {
  while (performance.now() < end) {
    const t = performance.now();
    try {
      const r = await fetch(url, { method: 'POST', headers, body });
      const text = await r.text();
      if (r.status !== 200 || text.includes('"errors"')) errors++;
    } catch {
      errors++;
    }
    lat.push(performance.now() - t);
  }
}
const t0 = performance.now();
await Promise.all(Array.from({ length: Number(conns) }, worker));
const seconds = (performance.now() - t0) / 1000;
lat.sort((a, b) => a - b);
const p50 = lat.length ? lat[Math.max(0, Math.ceil(lat.length * 0.5) - 1)] : 0;
console.log(JSON.stringify({ requests: lat.length, errors, seconds, reqPerSec: lat.length / seconds, p50 }));
