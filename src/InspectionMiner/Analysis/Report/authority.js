// An authority's front page: identity, history, grades, recommendations followed through, neighbours and England.
async function drawAuthority() {
  const name = $("a-authority").value; const a = authorityByName.get(name);
  const ds = D.docs.filter(d => d.authority === name).sort((x, y) => (x.date || "").localeCompare(y.date || ""));
  $("a-identity").textContent = a ? [a.region, a.laCode ? "LA code " + a.laCode : null, `${ds.length} documents`].filter(x => x).join(" · ") : "";
  drawHistory(ds); drawAuthorityGrades(name, ds); drawNeighbours(a);
  if (!F) {
    $("a-follow").innerHTML = ""; $("a-follow").append(h("p", "Reading the findings…", "muted"));
    await loadFindings(true);
    if ($("a-authority").value !== name) return;
  }
  drawFollowThrough(name);
}

function drawHistory(ds) {
  const t = h("table"); t.className = "history";
  const head = h("tr"); ["Date", "Kind", "Framework", ...D.judgements.map(words), "Strengths", "Areas for improvement", "Recommendations", "Source"].forEach((c, i) => head.append(h("th", c, i >= 8 && i < 11 ? "num" : "")));
  t.append(h("thead")); t.tHead.append(head);
  const body = h("tbody");
  ds.forEach(d => {
    const tr = h("tr"); tr.append(h("td", d.date || "", "nowrap"));
    const kind = h("td"); kind.append(h("span", words(d.kind), "pill kind-" + kindOf(d))); tr.append(kind);
    tr.append(h("td", d.framework || ""));
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

const statuses = ["RaisedAgain", "StillWeak", "NowAStrength", "NotMentionedSince"];
function drawFollowThrough(name) {
  const box = $("a-follow"); box.innerHTML = "";
  const rows = [];
  for (let r = 0; r < F.m; r++) if (docOf(F.followFinding[r]).authority === name) rows.push({ f: F.followFinding[r], status: D.statuses[F.followStatus[r]], evidence: F.evidenceOf(r) });
  if (!rows.length) { box.append(h("p", "No later document to follow this authority's recommendations into.", "muted")); return; }
  const summary = h("table"); summary.className = "follow-summary";
  const head = h("tr"); head.append(h("th", "")); statuses.forEach(s => head.append(h("th", words(s), "num " + s))); summary.append(h("thead")); summary.tHead.append(head);
  const sb = h("tbody");
  ["Recommendation", "AreaForImprovement"].forEach(t => { const ti = D.types.indexOf(t); const tr = h("tr"); tr.append(h("th", words(t) + "s")); statuses.forEach(s => tr.append(h("td", String(rows.filter(r => r.status === s && F.type[r.f] === ti).length), "num"))); sb.append(tr); });
  summary.append(sb); box.append(summary);
  const shown = rows.filter(r => r.status !== "NotMentionedSince").sort((x, y) => F.type[y.f] - F.type[x.f]);
  const t = h("table"); t.className = "follow";
  const th = h("tr"); ["Raised", "Finding", "What became of it", "Later evidence"].forEach(c => th.append(h("th", c))); t.append(h("thead")); t.tHead.append(th);
  const body = h("tbody");
  shown.forEach(r => {
    const d = docOf(r.f); const tr = h("tr");
    const when = h("td", undefined, "nowrap"); when.append(h("div", d.date || ""), h("span", d.report ? "report" : "letter", "pill kind-" + kindOf(d))); tr.append(when);
    const what = h("td"); what.append(h("span", words(D.types[F.type[r.f]]), "pill " + D.types[F.type[r.f]]), document.createTextNode(" " + F.textOf(r.f) + " "), link(d, F.page[r.f], "p. " + F.page[r.f])); tr.append(what);
    tr.append(h("td", words(r.status), r.status));
    const ev = h("td"); r.evidence.forEach(([lf, sim]) => { const ld = docOf(lf); const div = h("div", undefined, "evidence");
      div.append(h("span", `${ld.date || ""} ${ld.report ? "report" : "letter"}, ${words(D.types[F.type[lf]]).toLowerCase()} (similarity ${sim}): `), document.createTextNode("“" + F.textOf(lf) + "” "), link(ld, F.page[lf], "p. " + F.page[lf])); ev.append(div); });
    tr.append(ev); body.append(tr);
  });
  t.append(body); box.append(t);
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
