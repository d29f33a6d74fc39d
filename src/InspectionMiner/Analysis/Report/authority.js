// An authority's front page: identity, history, grades, recommendations followed through, neighbours and England.
async function drawAuthority() {
  const name = $("a-authority").value; const a = authorityByName.get(name);
  const ds = D.docs.filter(d => d.authority === name).sort((x, y) => (x.date || "").localeCompare(y.date || ""));
  $("a-identity").textContent = a ? [a.region, a.laCode ? "LA code " + a.laCode : null, `${ds.length} documents`].filter(x => x).join(" · ") : "";
  drawHistory(ds); drawAuthorityGrades(name, ds); drawNeighbours(a);
  if (!F) {
    $("a-follow").innerHTML = ""; $("a-follow").append(h("p", "Reading the findings…", "muted"));
    await loadFindings();
    if ($("a-authority").value !== name) return;
  }
  drawFollowThrough(name);
}

function drawHistory(ds) {
  const t = h("table"); t.className = "history";
  const counted = ["Strength", "AreaForImprovement", "Recommendation"].map(plural);
  const head = h("tr"); ["Date", "Kind", "Framework", ...D.judgements.map(words), ...counted, "Source"].forEach((c, i) => head.append(h("th", c, i >= 8 && i < 11 ? "num" : "")));
  t.append(h("thead")); t.tHead.append(head);
  const body = h("tbody");
  ds.forEach(d => {
    const tr = h("tr"); tr.append(h("td", d.date || "", "nowrap"));
    const kind = h("td"); kind.append(h("span", words(d.kind), "pill kind-" + kindOf(d))); tr.append(kind);
    tr.append(h("td", frameworks[d.framework] || d.framework || ""));
    d.grades.forEach(g => tr.append(h("td", g === "NotJudged" ? "–" : words(g), g in gradeValue ? "grade-" + g : "")));
    d.counts.forEach(n => tr.append(h("td", String(n), "num")));
    const src = h("td"); src.append(link(d, 0, d.report ? "report" : "letter")); tr.append(src);
    body.append(tr);
  });
  t.append(body); const box = $("a-history"); box.innerHTML = ""; const s = h("div", undefined, "scroll"); s.append(t); box.append(s);
}

function drawAuthorityGrades(name, ds) {
  const box = $("a-grades"); box.innerHTML = "";
  const graded = ds.filter(d => d.date && d.grades.some(g => g in gradeValue));
  if (!graded.length) { box.append(h("p", "No graded inspections (focused visits and letters carry no grades).", "muted")); return; }
  box.append(gradesChart(graded, `Grades of ${name} over time: ` + graded.map(d => `${d.date} overall ${words(d.grades[0])}`).join("; ")));
}

// Recommendations followed through: a summary of what became of them, then every one (20 a page), sortable by any
// column and filtered by what became of it; sort, filter and page live in the address (fsort, fdir, fstatus, fpage).
const statuses = ["RaisedAgain", "StillWeak", "NowAStrength", "NotMentionedSince"];
const followPageSize = 20;
const followColumns = [
  { key: "raised", label: "Raised", value: r => docOf(r.f).date || "" },
  { key: "finding", label: "Finding", value: r => F.textOf(r.f) },
  { key: "status", label: "What became of it", value: r => statuses.indexOf(r.status) },
  { key: "evidence", label: "Later evidence", value: r => r.evidence.length },
];
let followRows = [];

function drawFollowThrough(name) {
  const box = $("a-follow"); box.innerHTML = "";
  followRows = [];
  for (let r = 0; r < F.m; r++) if (docOf(F.followFinding[r]).authority === name) followRows.push({ f: F.followFinding[r], status: D.statuses[F.followStatus[r]], evidence: F.evidenceOf(r), order: followRows.length });
  if (!followRows.length) { box.append(h("p", "No later document to follow this authority's recommendations into.", "muted")); return; }
  const summary = h("table"); summary.className = "follow-summary"; summary.id = "a-follow-summary";
  const head = h("tr"); head.append(h("th", "")); statuses.forEach(s => head.append(h("th", words(s), "num " + s))); summary.append(h("thead")); summary.tHead.append(head);
  const sb = h("tbody");
  ["Recommendation", "AreaForImprovement"].forEach(t => { const ti = D.types.indexOf(t); const tr = h("tr"); tr.append(h("th", plural(t))); statuses.forEach(s => tr.append(h("td", String(followRows.filter(r => r.status === s && F.type[r.f] === ti).length), "num"))); sb.append(tr); });
  summary.append(sb); box.append(summary);

  const controls = h("div", undefined, "controls"); const label = h("label", "What became of it ");
  const select = h("select"); select.id = "a-follow-status";
  select.append(new Option("raised again, still weak or now a strength", ""), ...statuses.map(s => new Option(words(s).toLowerCase(), s)), new Option("all", "all"));
  select.addEventListener("input", () => { state.write({ fstatus: select.value, fpage: "" }); drawFollowRows(); });
  label.append(select); controls.append(label); box.append(controls);
  const count = h("p", undefined, "muted"); count.id = "a-follow-count"; count.setAttribute("role", "status"); count.setAttribute("aria-live", "polite"); box.append(count);
  const t = h("table"); t.className = "follow"; t.id = "a-follow-table"; t.append(h("caption", "Recommendations and areas for improvement followed through", "sr-only"));
  const th = h("tr");
  followColumns.forEach(c => { const cell = h("th"); cell.dataset.key = c.key; cell.scope = "col"; const b = h("button", c.label); b.type = "button"; b.setAttribute("aria-label", "Sort by " + c.label); b.addEventListener("click", () => sortFollow(c.key)); cell.append(b); th.append(cell); });
  t.append(h("thead"), h("tbody")); t.tHead.append(th); box.append(t);
  const pager = h("nav", undefined, "pager"); pager.id = "a-follow-pages"; pager.setAttribute("aria-label", "Pages of recommendations followed through"); box.append(pager);
  drawFollowRows();
}

function sortFollow(key) {
  const s = state.read(); const same = (s.fsort || "raised") === key;
  state.write({ fsort: key, fdir: same && (s.fdir || "asc") === "asc" ? "desc" : "asc", fpage: "" }); drawFollowRows();
}

// Printed, the table holds every row its filter keeps, not only the page shown (a director reads paper).
window.addEventListener("beforeprint", () => { if ($("a-follow-table")) drawFollowRows(true); });
window.addEventListener("afterprint", () => { if ($("a-follow-table")) drawFollowRows(); });

function drawFollowRows(all) {
  const s = state.read();
  const status = s.fstatus || ""; $("a-follow-status").value = status;
  const key = s.fsort || "raised", dir = s.fdir || "asc", sign = dir === "asc" ? 1 : -1;
  const col = followColumns.find(c => c.key === key) || followColumns[0];
  const compare = (a, b) => typeof a === "number" ? a - b : collator.compare(a, b);
  const rows = followRows.filter(r => status === "all" || (status ? r.status === status : r.status !== "NotMentionedSince"))
    .map(r => [col.value(r), r]).sort((x, y) => compare(x[0], y[0]) * sign || (docOf(x[1].f).date || "").localeCompare(docOf(y[1].f).date || "") || F.type[y[1].f] - F.type[x[1].f] || x[1].order - y[1].order).map(x => x[1]);
  document.querySelectorAll("#a-follow-table th").forEach(th => th.setAttribute("aria-sort", th.dataset.key === col.key ? (dir === "asc" ? "ascending" : "descending") : "none"));
  const pages = Math.max(1, Math.ceil(rows.length / followPageSize));
  const page = Math.min(Math.max(1, +s.fpage || 1), pages);
  const body = document.querySelector("#a-follow-table tbody"); body.innerHTML = "";
  (all ? rows : rows.slice((page - 1) * followPageSize, page * followPageSize)).forEach(r => {
    const d = docOf(r.f); const tr = h("tr");
    const when = h("td", undefined, "nowrap"); when.append(h("div", d.date || ""), h("span", d.report ? "report" : "letter", "pill kind-" + kindOf(d))); tr.append(when);
    const what = h("td"); what.append(h("span", words(D.types[F.type[r.f]]), "pill " + D.types[F.type[r.f]]), document.createTextNode(" " + F.textOf(r.f) + " "), link(d, F.page[r.f], "p. " + F.page[r.f])); tr.append(what);
    tr.append(h("td", words(r.status), r.status));
    const ev = h("td"); r.evidence.forEach(([lf, sim]) => { const ld = docOf(lf); const div = h("div", undefined, "evidence");
      div.append(h("span", `${ld.date || ""} ${ld.report ? "report" : "letter"}, ${words(D.types[F.type[lf]]).toLowerCase()} (similarity ${sim}): `), document.createTextNode("“" + F.textOf(lf) + "” "), link(ld, F.page[lf], "p. " + F.page[lf])); ev.append(div); });
    tr.append(ev); body.append(tr);
  });
  $("a-follow-count").textContent = `${rows.length.toLocaleString("en-GB")} followed through, sorted by ${col.label.toLowerCase()} (${dir === "asc" ? "ascending" : "descending"})` + (pages > 1 ? `; page ${page} of ${pages}` : "");
  $("a-follow-count").dataset.count = rows.length;
  drawPager($("a-follow-pages"), page, pages, p => { state.write({ fpage: p === 1 ? "" : p }); drawFollowRows(); $("a-follow-count").scrollIntoView(); }, "recommendations followed through");
}

function drawNeighbours(a) {
  const box = $("a-neighbours"); box.innerHTML = "";
  if (!a) return;
  const kind = $("a-kind").value;
  const what = kind === "report" ? "full inspection reports" : kind === "letter" ? "visit letters" : "reports and letters";
  $("a-scope").textContent = "in " + what;
  const group = (names) => D.docs.filter(d => names.includes(d.authority) && inKind(d, kind));
  const present = a.neighbours.filter(n => authorityByName.has(n));
  const cols = [
    { label: a.name, ds: group([a.name]) },
    ...present.map(n => ({ label: n, ds: group([n]) })),
    { label: "Neighbours", ds: group(present) },
    { label: "England", ds: D.docs.filter(d => inKind(d, kind)) },
  ].map(c => ({ ...c, n: c.ds.length, shares: themeShares(c.ds), latest: c.ds.filter(d => d.report && d.grades[0] in gradeValue).sort((x, y) => (y.date || "").localeCompare(x.date || ""))[0] }));
  const missing = a.neighbours.filter(n => !authorityByName.has(n));
  if (!a.neighbours.length) box.append(h("p", "No statistical neighbours are known for this authority.", "muted"));
  else if (missing.length) box.append(h("p", "Neighbours with no document in this report: " + missing.join(", ") + ".", "muted"));
  const t = h("table"); t.className = "neighbours";
  const head = h("tr"); head.append(h("th", "Theme")); cols.forEach(c => { const th = h("th", undefined, "num"); th.append(h("div", c.label), h("div", "n=" + c.n, "muted")); head.append(th); });
  t.append(h("thead")); t.tHead.append(head);
  const body = h("tbody");
  const grade = h("tr"); grade.append(h("td", "Latest overall grade")); cols.forEach(c => grade.append(h("td", c.label === "Neighbours" || c.label === "England" ? "" : c.latest ? words(c.latest.grades[0]) : "–", "num"))); body.append(grade);
  D.themes.forEach((th, i) => {
    const tr = h("tr"); tr.append(h("td", words(th)));
    cols.forEach(c => { const s = c.shares[i]; const td = h("td", c.n ? pct(s.share) : "–", "num"); td.title = `${s.count} of ${s.n} documents`; if (c.n) { td.style.background = heatColour(s.share * 0.8); if (s.share * 0.8 > 0.55) td.style.color = "#fff"; } tr.append(td); });
    body.append(tr);
  });
  t.append(body); const s = h("div", undefined, "scroll"); s.append(t); box.append(s);
}
