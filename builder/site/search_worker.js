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
 * speaker names weigh more) times its rarity. Once a word is typed to three letters,
 * the best articles are shown with the paragraph that matches (linked as #p-N, the
 * words highlighted), and chronology entries are listed under one "Chronology" result,
 * each linked to its place on that page.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const FULL_RESULTS = 50;         // with title and summary; Material shows 10, more on scroll
const DEEP_FROM = 3;             // every further match (by address) once a word has 3 letters
const MAX_PREFIX_SHARDS = 3;     // per segment, for a word still being typed
const PASSAGES = 10;             // the best articles shown with their matching paragraph
const ENTRY_ROWS = 20;           // chronology entries listed with their line...
const SHOWN_ENTRIES = 3;         // ...of which in view (the others behind "more")
const SNIPPET = 220;             // characters of a paragraph shown around the match
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

/* postings of `term` in one segment: Map doc -> weight, the completions seen, and
   where each document is in which list (for its paragraphs: see passages) */
async function postings(segment, term, prefix) {
  const shards = segment.shards, out = new Map(), seen = [], at = new Map();
  if (!shards.length) return { docs: out, seen, at };
  const first = shardOf(shards, term);
  const last = prefix ? Math.min(shards.length - 1, first + MAX_PREFIX_SHARDS - 1) : first;
  const wanted = [];
  for (let i = first; i <= last; i++) {
    if (i > first && !shards[i][0].startsWith(term)) break;
    wanted.push(shards[i][1]);
  }
  const loaded = await Promise.all(wanted.map(name => load(name)));
  loaded.forEach((shard, n) => {
    const keys = prefix ? Object.keys(shard).filter(k => k.startsWith(term)) : (Object.prototype.hasOwnProperty.call(shard, term) ? [term] : []);
    for (const key of keys) {
      const list = shard[key];
      seen.push([key, list.length / 2]);
      let doc = 0;
      for (let i = 0; i < list.length; i += 2) {
        doc += list[i];
        const w = list[i + 1];
        if ((out.get(doc) || 0) < w) out.set(doc, w);
        if (!at.has(doc)) at.set(doc, []);
        at.get(doc).push([wanted[n], key, i / 2]);
      }
    }
  });
  return { docs: out, seen, at };
}

/* what a document of a segment is: "a" article, "e" chronology entry, "s" speaker, "p" page */
function kindOf(segment, doc) {
  let kind = "a";
  for (const [k, first] of segment.kinds || []) if (first <= doc) kind = k;
  return kind;
}

/* "articles/2021-06-28-china-russia-extend-treaty/" -> "China russia extend treaty" */
function titleOf(location) {
  const slug = location.replace(/\/$/, "").split("/").pop().replace(/^\d{4}-\d{2}-\d{2}-/, "");
  const text = slug.replace(/-/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];

/* "chronology/#e-2021-06-28-474169" -> "28 June 2021" (an entry known by its address only) */
function entryDate(location) {
  const m = /#e-(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?-/.exec(location);
  if (!m) return "Entry";
  const month = m[2] ? MONTHS[+m[2] - 1] + " " : "";
  return (m[3] ? +m[3] + " " : "") + month + m[1];
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

/* the part of a paragraph around its first matching word (about SNIPPET characters,
   cut at spaces), highlighted */
function snippet(text, words) {
  let hit = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (words.some(q => fold(m[0]).startsWith(q))) { hit = m.index; break; }
  }
  let start = Math.max(0, hit - SNIPPET / 3);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < hit ? space + 1 : hit;
  }
  let end = Math.min(text.length, start + SNIPPET);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > hit) end = space;
  }
  return (start > 0 ? "… " : "") + highlight(text.slice(start, end), words) + (end < text.length ? " …" : "");
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

/* every matching document of every segment: [score, segment, doc], best first; and the
   lists of each segment (for the paragraphs of the best articles) and the completions */
async function match(words, typing) {
  const hits = [], lists = [], completions = new Map();
  await Promise.all(index.segments.map(async (segment, s) => {
    const mine = await Promise.all(words.map((w, i) =>
      postings(segment, w, typing && i === words.length - 1)));
    lists[s] = mine;
    if (typing) for (const [k, df] of mine[mine.length - 1].seen)
      completions.set(k, (completions.get(k) || 0) + df);
    let docs = null;
    const order = mine.map((l, i) => i).sort((a, b) => mine[a].docs.size - mine[b].docs.size);
    for (const i of order) {
      const { docs: list } = mine[i];
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
  return { hits, lists, completions };
}

/* The paragraph of an article that holds the most query words (the first of equals),
   from the paragraph lists beside the shards: [paragraph, its text] or null */
async function passage(lists, s, d, row) {
  const pieces = row[4];
  if (!pieces) return null;
  const count = new Map();
  for (const list of lists[s]) {
    const places = new Set();
    for (const [name, key, i] of list.at.get(d) || []) {
      const where = await load(name.replace(/\.json$/, ".w.json"));
      const p = (where[key] || [])[i];
      for (const n of Array.isArray(p) ? p : [p]) if (n >= 0) places.add(n);
    }
    for (const n of places) count.set(n, (count.get(n) || 0) + 1);
  }
  let best = -1, most = 0;
  for (const [n, c] of count) if (c > most || (c === most && n < best)) { best = n; most = c; }
  if (best < 0) return null;
  let piece = pieces[0];
  for (const p of pieces) if (p[0] <= best) piece = p;
  const texts = await load(piece[1]);
  const text = texts[best - piece[0]];
  return text === undefined ? null : [best, text];
}

function kindLabel(label) {
  return label ? `<span class="tl-result-kind">${escapeHTML(label)}</span> ` : "";
}

/* Results as the theme shows them: a list of groups, each a page (no "#" in its
   address) and sections of it. An article with the paragraph that matches; a speaker;
   one "Chronology" group with the matching entries (the best SHOWN_ENTRIES in view,
   the others behind the theme's "more on this page"); a page. */
async function search(query) {
  if (!index) return { items: [] };
  const typing = !/[\s"”'’.,;:!?)]$/.test(query);
  const words = queryWords(query, typing);
  if (!words.length) return { items: [] };
  const { hits, lists, completions } = await match(words, typing);
  const last = words[words.length - 1];
  const settled = !typing || last.length >= DEEP_FROM;
  const terms = {};
  for (const w of words) terms[w] = true;
  // the best documents (up to FULL_RESULTS groups, ENTRY_ROWS entries) with their rows
  const full = [], deep = [];
  let groups = 0, entries = 0;
  for (const hit of hits) {
    const kind = kindOf(index.segments[hit[1]], hit[2]);
    const wanted = kind === "e" ? entries < ENTRY_ROWS : groups < FULL_RESULTS;
    if (wanted) {
      if (kind === "e") { if (entries++ === 0) groups++; } else groups++;
      full.push([...hit, kind]);
    } else deep.push([...hit, kind]);
  }
  const rows = await Promise.all(full.map(async ([, s, d]) => {
    const chunk = await load(index.segments[s].chunks[Math.floor(d / index.chunk)]);
    return chunk[d % index.chunk];
  }));
  let shown = 0;
  const passages = await Promise.all(full.map(([, s, d, kind], i) =>
    kind === "a" && settled && shown++ < PASSAGES ? passage(lists, s, d, rows[i]).catch(() => null) : null));
  const items = [];
  let chronology = null;
  const [chronologyUrl, chronologyTitle] = index.chronology || ["chronology/", "Chronology"];
  full.forEach(([score, , , kind], i) => {
    const [location, title, summary, label, , date] = rows[i];
    if (kind === "e") {
      if (!chronology) {
        chronology = [{ location: chronologyUrl, title: chronologyTitle, text: "", score, terms }];
        items.push(chronology);
      }
      const inView = chronology.length <= SHOWN_ENTRIES;
      chronology.push({ location, title: escapeHTML(title), score: inView ? chronology[0].score : Math.min(score, chronology[0].score * 0.99),
                        text: kindLabel(label) + highlight(summary, words), terms });
      return;
    }
    const group = [{ location, title: highlight(title, words), score, terms,
                     text: kindLabel(label) + highlight(summary, words) }];
    if (location === chronologyUrl) {            // the page itself: its entries join it
      if (chronology) return;
      chronology = group;
    }
    const found = passages[i];
    if (found) {
      group[0].text = "";
      group.push({ location: `${location}#p-${found[0]}`,
                   title: (date ? `${escapeHTML(date)} · paragraph ` : "Paragraph ") + (found[0] + 1),
                   text: snippet(found[1], words), score, terms });
    }
    items.push(group);
  });
  // every other match too, so that any article is found by any word of it however many
  // share that word: their addresses come from small files of index.urlspan numbers each, their titles
  // from the address (a reader who scrolls that far sees them plainly)
  if (deep.length && settled) {
    const span = index.urlspan;
    const wanted = [...new Set(deep.map(h => index.segments[h[1]].urls[Math.floor(h[2] / span)]))];
    const urls = new Map(await Promise.all(wanted.map(async name => [name, await load(name)])));
    for (const [score, s, d, kind] of deep) {
      const location = urls.get(index.segments[s].urls[Math.floor(d / span)])[d % span];
      if (kind === "e") {
        if (!chronology) {
          chronology = [{ location: chronologyUrl, title: chronologyTitle, text: "", score, terms }];
          items.push(chronology);
        }
        chronology.push({ location, title: entryDate(location), text: "",
                          score: Math.min(score, chronology[0].score * 0.99), terms });
      } else {
        items.push([{ location, title: escapeHTML(titleOf(location)), text: "", score, terms }]);
      }
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
