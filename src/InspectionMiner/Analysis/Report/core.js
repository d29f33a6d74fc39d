"use strict";
// Data, small DOM helpers and the address (the view and its filters live in location.hash, so a view can be shared).
// The documents, authorities and labels are JSON read at once (D); the findings and what became of each
// recommendation are packed (HtmlReportPack: typed columns and one text, gzip in base64, in chunks placed after this
// script, so the first view is drawn before the browser has even read them) and unpacked in a worker, off the page's
// thread, chunk by chunk as the browser reads them.
let D, F = null;
function readHead() {
  D = JSON.parse(document.getElementById("head").textContent);
  D.docs.forEach((d, i) => { d.index = i; });
}

// Unpacks the findings as their chunks arrive (base64 pieces of one gzip stream), then reads the columns: in a worker
// (its source is these two functions' text) while the browser still reads the later chunks, or on the page where no
// worker can start.
function unpacker() {
  const gunzip = new DecompressionStream("gzip"), writer = gunzip.writable.getWriter();
  const inflated = new Response(gunzip.readable).arrayBuffer();
  const bytes = s => Uint8Array.fromBase64 ? Uint8Array.fromBase64(s) : Uint8Array.from(atob(s), c => c.charCodeAt(0));
  return {
    push(base64) { writer.write(bytes(base64)).catch(() => {}); },
    async end() { writer.close().catch(() => {}); return packedColumns(await inflated); },
  };
}

function packedColumns(buffer) {
  const [n, m, e] = new Int32Array(buffer, 0, 4);
  let at = 16;
  const take = (Type, count) => { const a = new Type(buffer, at, count); at += count * Type.BYTES_PER_ELEMENT; return a; };
  const p = { n, m, e, buffer };
  p.themes = take(Uint32Array, n); p.textEnd = take(Uint32Array, n);
  p.followFinding = take(Uint32Array, m); p.followEnd = take(Uint32Array, m); p.evidenceFinding = take(Uint32Array, e);
  p.doc = take(Uint16Array, n); p.page = take(Uint16Array, n);
  p.type = take(Uint8Array, n); p.area = take(Uint8Array, n); p.review = take(Uint8Array, n);
  p.followStatus = take(Uint8Array, m); p.evidenceSimilarity = take(Uint8Array, e);
  p.text = new Uint8Array(buffer, at);   // UTF-8, decoded finding by finding when shown
  return p;
}

// Hands each data element's text to push once the browser has read it whole (the next one has begun, or the page is
// read); resolves when all are handed over.
function readChunks(push) {
  return new Promise(resolve => {
    const chunks = document.getElementsByClassName("data"); let next = 0;
    const flush = () => {
      const read = document.readyState !== "loading";
      while (next < chunks.length && (read || next < chunks.length - 1)) push(chunks[next++].textContent);
      if (read) { observer.disconnect(); resolve(); }
    };
    const observer = new MutationObserver(flush);
    observer.observe(document.body, { childList: true });
    document.addEventListener("DOMContentLoaded", flush, { once: true });
    flush();
  });
}

async function unpackInWorker() {
  const source = [unpacker, packedColumns].map(f => f.toString()).join("\n") +
    "\nconst u = unpacker(); onmessage = async e => { if (e.data !== null) { u.push(e.data); return; } try { const p = await u.end(); postMessage(p, [p.buffer]); } catch (x) { postMessage({ error: String(x) }); } };";
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const worker = new Worker(url);
  const result = new Promise((resolve, reject) => { worker.onmessage = e => e.data.error ? reject(new Error(e.data.error)) : resolve(e.data); worker.onerror = reject; });
  try {
    await readChunks(c => worker.postMessage(c));
    worker.postMessage(null);
    return await result;
  } finally { worker.terminate(); URL.revokeObjectURL(url); }
}

let findingsPromise = null;
// The findings, unpacked once (start-up begins it): every view that shows findings awaits this.
function loadFindings() {
  return findingsPromise ??= (async () => {
    let p;
    try { p = await unpackInWorker(); } catch { const u = unpacker(); await readChunks(c => u.push(c)); p = await u.end(); }
    const utf8 = new TextDecoder(), texts = new Array(p.n);
    p.textOf = i => texts[i] ??= utf8.decode(p.text.subarray(i ? p.textEnd[i - 1] : 0, p.textEnd[i]));
    p.themesOf = i => D.themes.map((t, j) => j).filter(j => p.themes[i] & (1 << j));
    p.evidenceOf = r => { const out = []; for (let k = r ? p.followEnd[r - 1] : 0; k < p.followEnd[r]; k++) out.push([p.evidenceFinding[k], p.evidenceSimilarity[k] / 100]); return out; };
    F = p;
    performance.mark("findings unpacked");
    return p;
  })();
}
const docOf = i => D.docs[F.doc[i]];

const collator = new Intl.Collator();
const $ = id => document.getElementById(id);
function h(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = text; if (cls) e.className = cls; return e; }
// A label's name in words: "NowAStrength" -> "Now a strength", "RequiresImprovement" -> "Requires improvement".
const words = s => String(s).replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z])([A-Z][a-z])/g, "$1 $2").replace(/^./, c => c.toUpperCase()).replace(/ (\w)/g, (m, c) => " " + c.toLowerCase());
// The plural of a finding type as docs/labels.md names them ("Areas for improvement", not "Area for improvements").
const plurals = { Strength: "Strengths", AreaForImprovement: "Areas for improvement", Recommendation: "Recommendations", Neutral: "Neutral" };
const plural = type => plurals[type] || words(type) + "s";
const frameworks = { PreSif: "pre-SIF", Sif: "SIF", Ilacs: "ILACS", Ilacs2026: "ILACS 2026" };
const kindOf = d => d.report ? "report" : "letter";
const inKind = (d, kind) => !kind || kindOf(d) === kind;
const pct = x => Math.round(100 * x) + "%";
function link(d, page, text) {
  const a = h("a", text); a.href = d.href + (page ? "#page=" + page : "");
  a.setAttribute("aria-label", `${text}: ${d.authority} ${d.date || ""} ${d.name}`);
  a.className = "source"; return a;
}
const state = {
  read() { return Object.fromEntries(new URLSearchParams(location.hash.slice(1))); },
  write(changes) {
    const q = new URLSearchParams(location.hash.slice(1));
    for (const [k, v] of Object.entries(changes)) { if (v === "" || v === null || v === undefined) q.delete(k); else q.set(k, v); }
    const next = "#" + q.toString();
    if (next !== location.hash) history.replaceState(null, "", next);
  },
};
let authorityNames, authorityByName;
function fill(select, values, label) { values.forEach(v => select.append(new Option(label ? label(v) : v, v))); }
