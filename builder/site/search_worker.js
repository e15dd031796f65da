/* Search worker for the timeline microsite (generated into site/search/worker.js).
 *
 * Speaks the message protocol of Material for MkDocs' own search worker
 * (SETUP -> READY, QUERY -> RESULT), so the theme's search box, result list,
 * suggestions and keyboard handling are unchanged; only where the index comes from
 * differs: instead of one file with every page's text, it loads the small index
 * files a query needs (see builder/render/search_index.py for the format).
 *
 * Every word of a query must match (the last one as a prefix while it is being
 * typed); results are ranked by the weight of each word in the document (title and
 * speaker names weigh more) times its rarity.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const FULL_RESULTS = 50;         // with title and summary; Material shows 10, more on scroll
const DEEP_FROM = 3;             // every further match (by address) once a word has 3 letters
const MAX_PREFIX_SHARDS = 3;     // per segment, for a word still being typed
const BASE = new URL("tl/", self.location.href);

let index = null;                // index.json
let latest = 0;                  // number of the newest query: older answers are dropped
let options = {};
const files = new Map();         // file name -> Promise of its parsed JSON

function load(name, init) {
  if (!files.has(name)) {
    const p = fetch(new URL(name, BASE), init).then(r => {
      if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
      return r.json();
    });
    p.catch(() => files.delete(name));       // try again next time
    files.set(name, p);
  }
  return files.get(name);
}

function fold(text) {
  text = text.toLowerCase();
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

function tokens(text) {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) || []).filter(t => t.length > 1 && t.length <= 40);
}

/* index of the shard whose range holds `term` (shards are sorted by first term) */
function shardOf(shards, term) {
  let lo = 0, hi = shards.length - 1, at = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (shards[mid][0] <= term) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return at;
}

/* postings of `term` in one segment: Map doc -> weight, and the completions seen */
async function postings(segment, term, prefix) {
  const shards = segment.shards, out = new Map(), seen = [];
  if (!shards.length) return { docs: out, seen };
  const first = shardOf(shards, term);
  const last = prefix ? Math.min(shards.length - 1, first + MAX_PREFIX_SHARDS - 1) : first;
  const wanted = [];
  for (let i = first; i <= last; i++) {
    if (i > first && !shards[i][0].startsWith(term)) break;
    wanted.push(load(shards[i][1]));
  }
  for (const shard of await Promise.all(wanted)) {
    const keys = prefix ? Object.keys(shard).filter(k => k.startsWith(term)) : (Object.prototype.hasOwnProperty.call(shard, term) ? [term] : []);
    for (const key of keys) {
      const list = shard[key];
      seen.push([key, list.length / 2]);
      let doc = 0;
      for (let i = 0; i < list.length; i += 2) {
        doc += list[i];
        const w = list[i + 1];
        if ((out.get(doc) || 0) < w) out.set(doc, w);
      }
    }
  }
  return { docs: out, seen };
}

/* "articles/2021-06-28-china-russia-extend-treaty/" -> "China russia extend treaty" */
function titleOf(location) {
  const slug = location.replace(/\/$/, "").split("/").pop().replace(/^\d{4}-\d{2}-\d{2}-/, "");
  const text = slug.replace(/-/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeHTML(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/* <mark> every word of `text` that starts with one of the query words */
function highlight(text, words) {
  const out = [];
  let pos = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = fold(m[0]);
    if (words.some(q => w.startsWith(q))) {
      out.push(escapeHTML(text.slice(pos, m.index)), "<mark>", escapeHTML(m[0]), "</mark>");
      pos = m.index + m[0].length;
    }
  }
  out.push(escapeHTML(text.slice(pos)));
  return out.join("");
}

/* the words that narrow the search: in a query of several words, the commonest
   function words (index.json "stop") are skipped, and so is a last word of fewer than
   three letters still being typed */
function queryWords(query, typing) {
  let words = tokens(query);
  if (words.length > 1 && typing && words[words.length - 1].length < 3) words = words.slice(0, -1);
  const stop = new Set(index.stop || []);
  const kept = words.filter((w, i) => !stop.has(w) || (typing && i === words.length - 1));
  return kept.length && words.length > 1 ? kept : words;
}

async function search(query) {
  if (!index) return { items: [] };
  const typing = !/[\s"”'’.,;:!?)]$/.test(query);
  const words = queryWords(query, typing);
  if (!words.length) return { items: [] };
  const hits = [];
  const completions = new Map();
  await Promise.all(index.segments.map(async (segment, s) => {
    const lists = await Promise.all(words.map((w, i) =>
      postings(segment, w, typing && i === words.length - 1)));
    if (typing) for (const [k, df] of lists[lists.length - 1].seen)
      completions.set(k, (completions.get(k) || 0) + df);
    let docs = null;
    const order = lists.map((l, i) => i).sort((a, b) => lists[a].docs.size - lists[b].docs.size);
    for (const i of order) {
      const { docs: list } = lists[i];
      const idf = Math.log(1 + segment.docs / (1 + list.size));
      if (docs === null) {
        docs = new Map();
        for (const [d, w] of list) docs.set(d, w * idf);
      } else {
        for (const [d, score] of docs) {
          const w = list.get(d);
          if (w === undefined) docs.delete(d); else docs.set(d, score + w * idf);
        }
      }
      if (!docs.size) break;
    }
    if (docs) for (const [d, score] of docs) hits.push([score, s, d]);
  }));
  hits.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const top = hits.slice(0, FULL_RESULTS);
  const rows = await Promise.all(top.map(async ([, s, d]) => {
    const segment = index.segments[s];
    const chunk = await load(segment.chunks[Math.floor(d / index.chunk)]);
    return chunk[d % index.chunk];
  }));
  const terms = {};
  for (const w of words) terms[w] = true;
  const items = top.map(([score], i) => {
    const [location, title, summary] = rows[i];
    return [{ location, title: highlight(title, words), text: highlight(summary, words),
              score, terms }];
  });
  // every other match too, so that any article is found by any word of it however many
  // share that word: their addresses come from one small file per segment, their titles
  // from the address (a reader who scrolls that far sees them plainly)
  const last = words[words.length - 1];
  if (hits.length > FULL_RESULTS && (!typing || last.length >= DEEP_FROM)) {
    const deep = hits.slice(FULL_RESULTS);
    const wanted = [...new Set(deep.map(h => h[1]))];
    const lists = new Map(await Promise.all(wanted.map(async s =>
      [s, await load(index.segments[s].urls)])));
    for (const [score, s, d] of deep) {
      const location = lists.get(s)[d];
      items.push([{ location, title: escapeHTML(titleOf(location)), text: "", score, terms }]);
    }
  }
  const result = { items };
  if (options.suggest) {
    let best = null, bestDf = -1;
    for (const [k, df] of completions) if (df > bestDf) { best = k; bestDf = df; }
    result.suggest = best ? [best] : [];
  }
  return result;
}

async function handle(message) {
  switch (message.type) {
    case SETUP:
      options = (message.data && message.data.options) || {};
      files.delete("index.json");              // the one file whose name does not change
      index = await load("index.json", { cache: "no-cache" });
      return { type: READY };
    case QUERY: {
      const mine = ++latest;
      let data;
      try {
        data = await search(String(message.data || ""));
      } catch (err) {
        console.warn(`search: ${err}`);
        data = { items: [] };
      }
      return mine === latest ? { type: RESULT, data } : null;
    }
    default:
      return null;
  }
}

self.addEventListener("message", async ev => {
  const answer = await handle(ev.data);
  if (answer) self.postMessage(answer);
});
