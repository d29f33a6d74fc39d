// The national view: summary, themes by year (reports or letters, never mixed unless asked), latest grades by region.
// A document raises theme i when bit i of its "raised" mask is set (themes of its areas for improvement or recommendations).
const raises = (d, i) => (d.raised & (1 << i)) !== 0;

function themeShares(ds) {
  return D.themes.map((t, i) => { const count = ds.filter(d => raises(d, i)).length; return { count, n: ds.length, share: ds.length ? count / ds.length : 0 }; });
}

function drawSummary() {
  const counts = [0, 0, 0]; let flagged = 0; D.docs.forEach(d => { d.counts.forEach((n, i) => { counts[i] += n; }); flagged += d.flagged; });
  const reports = D.docs.filter(d => d.report).length;
  [["documents", D.docs.length], ["reports", reports], ["letters", D.docs.length - reports], ["authorities", D.authorities.length],
   ["strengths", counts[0]], ["areas for improvement", counts[1]], ["recommendations", counts[2]], ["flagged for review", flagged, "#view=findings&review=flagged"]]
    .forEach(([k, v, href]) => { const c = h(href ? "a" : "div", undefined, "card"); if (href) { c.href = href; c.id = "summary-review"; } c.append(h("b", v.toLocaleString("en-GB")), h("span", k)); $("summary").append(c); });
}

function drawHeatmap() {
  const kind = $("n-kind").value;
  const ds = D.docs.filter(d => d.year && inKind(d, kind));
  const years = [...new Set(ds.map(d => d.year))].sort();
  const cols = years.map(y => ({ key: y, label: String(y), n: ds.filter(d => d.year === y).length, shares: themeShares(ds.filter(d => d.year === y)) }));
  const what = kind === "report" ? "reports" : kind === "letter" ? "letters" : "reports and letters";
  const box = $("heatmap"); box.innerHTML = "";
  box.append(heatmap(D.themes, cols, (r, c) => c.shares[D.themes.indexOf(r)], `Themes by year in ${what}: share of documents raising each theme in areas for improvement or recommendations`));
}

function drawNationalGrades() {
  const latest = new Map();
  D.docs.filter(d => d.report && d.date && d.grades[0] in gradeValue).forEach(d => { const p = latest.get(d.authority); if (!p || p.date < d.date) latest.set(d.authority, d); });
  const grades = ["Outstanding", "Good", "RequiresImprovement", "Inadequate"];
  const regions = new Map();
  for (const [name, d] of latest) { const r0 = authorityByName.get(name)?.region || "unknown"; const r = [...regions.keys()].find(k => k.toLowerCase() === r0.toLowerCase()) || r0; if (!regions.has(r)) regions.set(r, grades.map(() => 0)); const i = grades.indexOf(d.grades[0]); if (i >= 0) regions.get(r)[i]++; }
  const t = h("table"); t.className = "national-grades";
  const head = h("tr"); head.append(h("th", "Region")); grades.forEach(g => head.append(h("th", words(g), "num"))); head.append(h("th", "Authorities", "num"));
  t.append(h("thead")); t.tHead.append(head);
  const body = h("tbody"); const total = grades.map(() => 0);
  [...regions.keys()].sort().forEach(r => { const tr = h("tr"); tr.append(h("td", r)); regions.get(r).forEach((n, i) => { total[i] += n; tr.append(h("td", String(n), "num")); }); tr.append(h("td", String(regions.get(r).reduce((a, b) => a + b, 0)), "num")); body.append(tr); });
  const tr = h("tr"); tr.append(h("th", "England")); total.forEach(n => tr.append(h("th", String(n), "num"))); tr.append(h("th", String(total.reduce((a, b) => a + b, 0)), "num")); body.append(tr);
  t.append(body); $("national-grades").innerHTML = ""; $("national-grades").append(t);
}
