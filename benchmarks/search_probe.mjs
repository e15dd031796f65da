// Runs the site's real search worker (site/search/worker.js) under Node and types
// queries into it key by key, as a reader does in the search box, counting the bytes
// the worker fetches. Used by benchmarks/scale.py and tests/test_scale_search.py.
//
//   node benchmarks/search_probe.mjs < request.json > answer.json
//
// request: {"site": "/path/to/site", "probes": [{"query": "...", "expect": "articles/x/"}],
//           "fresh": true}   // fresh: a new worker (empty cache) for every probe
// answer:  one object per probe: found (the expected URL among the results of the whole
//          query) and its rank there, bytes and files fetched before the first result and
//          until the expected one first showed, and the URLs of the final results.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

const request = JSON.parse(fs.readFileSync(0, "utf-8"));
const site = request.site;
const source = fs.readFileSync(path.join(site, "search", "worker.js"), "utf-8");
const ORIGIN = "http://site.invalid/";

function makeWorker(meter) {
  let handler = null, answer = null;
  const self = {
    location: { href: ORIGIN + "search/worker.js" },
    addEventListener: (type, fn) => { if (type === "message") handler = fn; },
    postMessage: msg => { if (answer) answer(msg); },
  };
  const fetch = async (url) => {
    const rel = decodeURIComponent(new URL(String(url)).pathname).replace(/^\//, "");
    const file = path.join(site, rel);
    if (!file.startsWith(site) || !fs.existsSync(file))
      return { ok: false, status: 404, json: async () => { throw new Error("404"); } };
    const data = fs.readFileSync(file);
    meter.bytes += data.length;
    meter.files += 1;
    return { ok: true, status: 200, json: async () => JSON.parse(data.toString("utf-8")) };
  };
  const context = vm.createContext({ self, fetch, console, URL, Map, Set, Promise, JSON, Math,
                                     Object, String, Array, Error, setTimeout });
  vm.runInContext(source, context);
  // one message at a time, like the theme (which waits for each answer)
  return (message) => new Promise(resolve => {
    const timer = setTimeout(() => resolve(null), 20000);
    answer = msg => { clearTimeout(timer); resolve(msg); };
    handler({ data: message });
  });
}

async function probe(p, send, meter) {
  const out = { query: p.query, expect: p.expect, found: false, rank: null,
                bytes_first_result: null, files_first_result: null,
                bytes_found: null, files_found: null, results: [] };
  // what every page load already costs: the theme's (empty) index and the worker
  for (const f of ["search/search_index.json", "search/worker.js"]) {
    const file = path.join(site, f);
    if (fs.existsSync(file)) { meter.bytes += fs.statSync(file).size; meter.files += 1; }
  }
  const ready = await send({ type: 0, data: { config: {}, docs: [], options: { suggest: true } } });
  if (!ready || ready.type !== 1) throw new Error("worker did not answer SETUP");
  const typed = p.typed === false ? [p.query] :
    Array.from({ length: p.query.length }, (_, i) => p.query.slice(0, i + 1));
  let last = null;
  for (const q of typed) {
    const msg = await send({ type: 2, data: q });
    if (!msg || msg.type !== 3) continue;
    last = msg.data;
    if (msg.data.items.length && out.bytes_first_result === null) {
      out.bytes_first_result = meter.bytes;
      out.files_first_result = meter.files;
    }
    const urls = msg.data.items.map(group => group[0].location);
    if (p.expect && urls.includes(p.expect) && out.bytes_found === null) {
      out.bytes_found = meter.bytes;          // the first time the reader could see it
      out.files_found = meter.files;
    }
  }
  out.results = last ? last.items.map(group => group[0].location) : [];
  const rank = p.expect ? out.results.indexOf(p.expect) : -1;   // for the whole query
  out.found = rank >= 0;
  out.rank = rank >= 0 ? rank + 1 : null;
  out.bytes_total = meter.bytes;
  return out;
}

const answers = [];
let send = null, meter = null;
for (const p of request.probes) {
  if (request.fresh !== false || send === null) {
    meter = { bytes: 0, files: 0 };
    send = makeWorker(meter);
  } else {
    meter.bytes = 0;
    meter.files = 0;
  }
  answers.push(await probe(p, send, meter));
}
process.stdout.write(JSON.stringify(answers));
