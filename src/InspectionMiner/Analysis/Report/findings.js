// The findings browser: filtered by kind, type, area, theme, authority, year, words and review flag; sorted by any column
// (newest first until asked); paged; the filtered rows exported to CSV. Filters, sort and page live in the address.
// Findings are numbers (their index in the packed columns of F); a sort compares ranks, computed once per column.
const pageSize = 50;
const filterKeys = ["kind", "type", "area", "theme", "authority", "year", "q", "review"];
// Ranks of values in collation order (equal values, equal ranks).
function ranks(values) {
  const order = values.map((v, i) => i).sort((a, b) => collator.compare(values[a], values[b]));
  const rank = new Int32Array(values.length);
  order.forEach((i, k) => { rank[i] = k && collator.compare(values[order[k - 1]], values[i]) === 0 ? rank[order[k - 1]] : k; });
  return rank;
}
const byDoc = value => () => { const r = ranks(D.docs.map(value)); return i => r[F.doc[i]]; };
const byLabel = (labels, column) => () => { const r = ranks(labels()); return i => r[F[column][i]]; };
const columns = [
  { key: "date", label: "Date", rank: byDoc(d => d.date || "") },
  { key: "authority", label: "Authority", rank: byDoc(d => d.authority) },
  { key: "kind", label: "Kind", rank: byDoc(d => d.kind) },
  { key: "type", label: "Type", rank: byLabel(() => D.types, "type") },
  { key: "area", label: "Area", rank: byLabel(() => D.areas, "area") },
  { key: "themes", label: "Themes", rank: () => { const names = new Map(); for (let i = 0; i < F.n; i++) if (!names.has(F.themes[i])) names.set(F.themes[i], F.themesOf(i).map(t => D.themes[t]).join(", "));
    const masks = [...names.keys()]; const r = ranks(masks.map(m => names.get(m))); const rank = new Map(masks.map((m, k) => [m, r[k]])); return i => rank.get(F.themes[i]); } },
  { key: "text", label: "Finding", rank: () => { const r = ranks(Array.from({ length: F.n }, (x, i) => F.textOf(i))); return i => r[i]; } },
  { key: "page", label: "Source", rank: () => i => F.page[i] },
];
const rankCache = new Map();
const rankOf = col => { if (!rankCache.has(col.key)) rankCache.set(col.key, col.rank()); return rankCache.get(col.key); };
let hits = [];

function setupFindings() {
  fill($("f-type"), D.types.filter(t => t !== "Neutral"), words);
  fill($("f-area"), D.areas, words);
  fill($("f-theme"), D.themes, words);
  fill($("f-authority"), authorityNames);
  fill($("f-year"), [...new Set(D.docs.map(d => d.year).filter(y => y))].sort().map(String));
  const head = document.querySelector("#findings thead tr");
  columns.forEach(c => { const th = h("th"); th.dataset.key = c.key; th.scope = "col"; const b = h("button", c.label); b.type = "button"; b.setAttribute("aria-label", "Sort by " + c.label); b.addEventListener("click", () => sortBy(c.key)); th.append(b); head.append(th); });
  filterKeys.forEach(k => $("f-" + k).addEventListener("input", () => { state.write({ [k]: $("f-" + k).value, page: "" }); drawFindings(); }));
  $("f-export").addEventListener("click", exportCsv);
}

function sortBy(key) {
  const s = state.read(); const same = (s.sort || "date") === key;
  const dir = same ? ((s.dir || (key === "date" ? "desc" : "asc")) === "asc" ? "desc" : "asc") : (key === "date" ? "desc" : "asc");
  state.write({ sort: key, dir, page: "" }); drawFindings();
}

// Indexes of the findings that pass the filters, in their packed order.
function filtered(s) {
  const ty = D.types.indexOf(s.type), ar = D.areas.indexOf(s.area), th = D.themes.indexOf(s.theme), q = (s.q || "").toLowerCase();
  const docOk = D.docs.map(d => (!s.kind || kindOf(d) === s.kind) && (!s.authority || d.authority === s.authority) && (!s.year || String(d.year) === s.year));
  const review = s.review ? (s.review === "flagged" ? 1 : 0) : -1;
  const out = [];
  for (let i = 0; i < F.n; i++) {
    if (!docOk[F.doc[i]] || (s.type && F.type[i] !== ty) || (s.area && F.area[i] !== ar) || (s.theme && !(F.themes[i] & (1 << th))) ||
      (review >= 0 && F.review[i] !== review) || (q && !F.textOf(i).toLowerCase().includes(q))) continue;
    out.push(i);
  }
  return out;
}

async function drawFindings() {
  if (!F) {
    $("f-count").textContent = "Reading the findings…";
    await loadFindings();
  }
  const s = state.read();
  filterKeys.forEach(k => { if ($("f-" + k).value !== (s[k] || "")) $("f-" + k).value = s[k] || ""; });
  const key = s.sort || "date", dir = s.dir || (key === "date" ? "desc" : "asc");
  const col = columns.find(c => c.key === key) || columns[0];
  const rank = rankOf(col), byDate = rankOf(columns[0]), sign = dir === "asc" ? 1 : -1;
  hits = filtered(s);
  hits.sort((a, b) => (rank(a) - rank(b)) * sign || byDate(b) - byDate(a) || F.page[a] - F.page[b] || a - b);
  document.querySelectorAll("#findings th").forEach(th => th.setAttribute("aria-sort", th.dataset.key === col.key ? (dir === "asc" ? "ascending" : "descending") : "none"));
  const pages = Math.max(1, Math.ceil(hits.length / pageSize));
  const page = Math.min(Math.max(1, +s.page || 1), pages);
  const body = document.querySelector("#findings tbody"); body.innerHTML = "";
  hits.slice((page - 1) * pageSize, page * pageSize).forEach(i => {
    const d = docOf(i); const tr = h("tr"); tr.className = "finding";
    const kind = h("td"); kind.append(h("span", d.report ? "report" : "letter", "pill kind-" + kindOf(d))); kind.title = words(d.kind);
    const type = h("td"); type.append(h("span", words(D.types[F.type[i]]), "pill " + D.types[F.type[i]]));
    const themes = h("td"); F.themesOf(i).forEach(t => themes.append(h("span", words(D.themes[t]), "pill")));
    const src = h("td", undefined, "nowrap"); src.append(link(d, F.page[i], "p. " + F.page[i]));
    tr.append(h("td", d.date || "", "nowrap"), h("td", d.authority), kind, type, h("td", words(D.areas[F.area[i]])), themes, h("td", F.textOf(i)), src);
    body.append(tr);
  });
  $("f-count").textContent = `${hits.length.toLocaleString("en-GB")} findings match, sorted by ${col.label.toLowerCase()} (${dir === "asc" ? "ascending" : "descending"})` + (pages > 1 ? `; page ${page} of ${pages}` : "");
  $("f-count").dataset.count = hits.length;
  drawPager($("f-pages"), page, pages, p => { state.write({ page: p === 1 ? "" : p }); drawFindings(); $("h-findings").scrollIntoView(); }, "findings");
}

function csvCell(v) { const s = String(v ?? ""); return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }

function findingsCsv() {
  const head = ["date", "authority", "kind", "type", "area", "themes", "text", "page", "source"];
  const lines = [head.join(",")];
  hits.forEach(i => { const d = docOf(i); lines.push([d.date, d.authority, d.kind, D.types[F.type[i]], D.areas[F.area[i]], F.themesOf(i).map(t => D.themes[t]).join("; "), F.textOf(i), F.page[i], d.href + "#page=" + F.page[i]].map(csvCell).join(",")); });
  return lines.join("\r\n") + "\r\n";
}

function exportCsv() {
  const url = URL.createObjectURL(new Blob(["\ufeff" + findingsCsv()], { type: "text/csv;charset=utf-8" }));
  const a = h("a"); a.href = url; a.download = "findings.csv"; document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  $("f-count").dataset.exported = hits.length;
}
