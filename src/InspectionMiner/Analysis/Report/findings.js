// The findings browser: filtered by kind, type, area, theme, authority, year, words and review flag; sorted by any column
// (newest first until asked); paged; the filtered rows exported to CSV. Filters, sort and page live in the address.
const pageSize = 50;
const filterKeys = ["kind", "type", "area", "theme", "authority", "year", "q", "review"];
const columns = [
  { key: "date", label: "Date", value: f => docs.get(f[0]).date || "" },
  { key: "authority", label: "Authority", value: f => docs.get(f[0]).authority },
  { key: "kind", label: "Kind", value: f => docs.get(f[0]).kind },
  { key: "type", label: "Type", value: f => D.types[f[2]] },
  { key: "area", label: "Area", value: f => D.areas[f[3]] },
  { key: "themes", label: "Themes", value: f => f[4].map(i => D.themes[i]).join(", ") },
  { key: "text", label: "Finding", value: f => f[5] },
  { key: "page", label: "Source", value: f => f[1] },
];
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

function filtered(s) {
  const ty = D.types.indexOf(s.type), ar = D.areas.indexOf(s.area), th = D.themes.indexOf(s.theme), q = (s.q || "").toLowerCase();
  return D.findings.filter(f => {
    const d = docs.get(f[0]);
    return (!s.kind || kindOf(d) === s.kind) && (!s.type || f[2] === ty) && (!s.area || f[3] === ar) && (!s.theme || f[4].includes(th)) &&
      (!s.authority || d.authority === s.authority) && (!s.year || String(d.year) === s.year) && (!q || f[5].toLowerCase().includes(q)) &&
      (!s.review || (s.review === "flagged") === (f[6] === 1));
  });
}

function drawFindings() {
  const s = state.read();
  filterKeys.forEach(k => { if ($("f-" + k).value !== (s[k] || "")) $("f-" + k).value = s[k] || ""; });
  const key = s.sort || "date", dir = s.dir || (key === "date" ? "desc" : "asc");
  const col = columns.find(c => c.key === key) || columns[0];
  const byDate = columns[0].value;
  hits = filtered(s).map(f => [col.value(f), byDate(f), f]);
  hits.sort((a, b) => (typeof a[0] === "number" ? a[0] - b[0] : String(a[0]).localeCompare(String(b[0]))) * (dir === "asc" ? 1 : -1) || b[1].localeCompare(a[1]) || a[2][1] - b[2][1]);
  hits = hits.map(x => x[2]);
  document.querySelectorAll("#findings th").forEach(th => th.setAttribute("aria-sort", th.dataset.key === col.key ? (dir === "asc" ? "ascending" : "descending") : "none"));
  const pages = Math.max(1, Math.ceil(hits.length / pageSize));
  const page = Math.min(Math.max(1, +s.page || 1), pages);
  const body = document.querySelector("#findings tbody"); body.innerHTML = "";
  hits.slice((page - 1) * pageSize, page * pageSize).forEach(f => {
    const d = docs.get(f[0]); const tr = h("tr"); tr.className = "finding";
    const kind = h("td"); kind.append(h("span", d.report ? "report" : "letter", "pill kind-" + kindOf(d))); kind.title = words(d.kind);
    const type = h("td"); type.append(h("span", words(D.types[f[2]]), "pill " + D.types[f[2]]));
    const themes = h("td"); f[4].forEach(i => themes.append(h("span", words(D.themes[i]), "pill")));
    const src = h("td", undefined, "nowrap"); src.append(link(d, f[1], "p. " + f[1]));
    tr.append(h("td", d.date || "", "nowrap"), h("td", d.authority), kind, type, h("td", words(D.areas[f[3]])), themes, h("td", f[5]), src);
    body.append(tr);
  });
  $("f-count").textContent = `${hits.length.toLocaleString("en-GB")} findings match, sorted by ${col.label.toLowerCase()} (${dir === "asc" ? "ascending" : "descending"})` + (pages > 1 ? `; page ${page} of ${pages}` : "");
  $("f-count").dataset.count = hits.length;
  drawPager(page, pages);
}

function drawPager(page, pages) {
  const nav = $("f-pages"); nav.innerHTML = "";
  if (pages < 2) return;
  const go = (p, label, text) => { const b = h("button", text); b.type = "button"; b.setAttribute("aria-label", label); b.disabled = p < 1 || p > pages || p === page; b.addEventListener("click", () => { state.write({ page: p === 1 ? "" : p }); drawFindings(); $("h-findings").scrollIntoView(); }); nav.append(b); };
  go(1, "First page", "« first"); go(page - 1, "Previous page", "‹ previous");
  nav.append(h("span", ` page ${page} of ${pages} `));
  go(page + 1, "Next page", "next ›"); go(pages, "Last page", "last »");
}

function csvCell(v) { const s = String(v ?? ""); return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }

function findingsCsv() {
  const head = ["date", "authority", "kind", "type", "area", "themes", "text", "page", "source"];
  const lines = [head.join(",")];
  hits.forEach(f => { const d = docs.get(f[0]); lines.push([d.date, d.authority, d.kind, D.types[f[2]], D.areas[f[3]], f[4].map(i => D.themes[i]).join("; "), f[5], f[1], d.href + "#page=" + f[1]].map(csvCell).join(",")); });
  return lines.join("\r\n") + "\r\n";
}

function exportCsv() {
  const url = URL.createObjectURL(new Blob(["\ufeff" + findingsCsv()], { type: "text/csv;charset=utf-8" }));
  const a = h("a"); a.href = url; a.download = "findings.csv"; document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  $("f-count").dataset.exported = hits.length;
}
