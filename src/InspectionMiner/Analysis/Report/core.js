"use strict";
// Data, small DOM helpers and the address (the view and its filters live in location.hash, so a view can be shared).
// The data is gzip in base64: unpacked with the browser's own DecompressionStream (no network: a data: address).
let D, docs;
async function loadData() {
  const packed = await fetch("data:application/gzip;base64," + document.getElementById("data").textContent.trim());
  D = await new Response(packed.body.pipeThrough(new DecompressionStream("gzip"))).json();
  docs = new Map(D.docs.map(d => [d.id, d]));
}
const $ = id => document.getElementById(id);
function h(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = text; if (cls) e.className = cls; return e; }
const words = s => String(s).replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, c => c.toUpperCase()).replace(/ (\w)/g, (m, c) => " " + c.toLowerCase());
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
