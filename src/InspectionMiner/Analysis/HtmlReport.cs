using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>
/// Writes one self-contained HTML file (no network at view time: data, styles, scripts and charts are inline) that a
/// quality-assurance lead can open and share: grades over time per authority, a heatmap of themes by year, recurring
/// themes for an authority, and a findings browser filtered by type, area, theme, authority and year, every finding
/// linking to its document and page. Filters can be preset in the address: <c>report.html#type=Recommendation&amp;theme=Health</c>.
/// </summary>
/// <example>
/// <code>
/// await using var db = await FindingsDatabase.OpenAsync("findings.db", ct);
/// string html = HtmlReport.Build(
///     await db.DocumentsAsync(ct),
///     await db.FindingsAsync(ct),
///     title: "ILACS findings 2018-2025",
///     linkBase: "https://files.example.org/ofsted");   // links point at linkBase + "/" + file name
/// await File.WriteAllTextAsync("report.html", html, ct);
/// // Open report.html#type=Recommendation&amp;theme=Health to start on health recommendations.
/// </code>
/// </example>
public static class HtmlReport
{
    /// <summary>Builds the report from the database's contents.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="findings">Their findings.</param>
    /// <param name="title">The page title.</param>
    /// <param name="linkBase">Prefix for document links (e.g. a folder or URL); document paths are used as stored when null.</param>
    public static string Build(IReadOnlyList<StoredDocument> documents, IReadOnlyList<StoredFinding> findings, string title = "InspectionMiner report", string? linkBase = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(findings);
        var heat = ThemeComparison.Prevalence(documents, findings, GroupBy.Year, ThemeComparison.ImprovementTypes);
        var recurrence = ThemeComparison.Recurrence(documents, findings);
        var data = new
        {
            themes = Enum.GetNames<Theme>(),
            types = Enum.GetNames<FindingType>().Where(t => t != nameof(FindingType.Neutral)).ToArray(),
            areas = Enum.GetNames<JudgementArea>(),
            docs = documents.Select(d => new
            {
                id = d.Id,
                path = d.Path,
                href = DocumentLink.For(d.Path, linkBase),
                authority = d.Authority ?? "unknown",
                kind = d.Kind.ToString(),
                framework = d.Framework?.ToString(),
                year = d.Year,
                date = d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                grades = new[] { d.Grades.OverallEffectiveness, d.Grades.ImpactOfLeaders, d.Grades.HelpAndProtection, d.Grades.ChildrenInCare, d.Grades.CareLeavers }.Select(g => g.ToString()).ToArray(),
            }),
            findings = findings.Select(f => new object[] { f.DocumentId, f.Page, (int)f.Type, (int)f.Area, f.Themes.Select(t => (int)t).ToArray(), f.Text }),
            heat = heat.Select(h => new object[] { h.Group, (int)h.Theme, h.Documents, h.DocumentsWithTheme, Math.Round(h.ShareOfDocuments, 3) }),
            recurrence = recurrence.Select(r => new object?[]
            {
                r.Authority, r.Earlier.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Later.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                (int)r.Theme, r.Status.ToString(), r.RepeatedRecommendations.Select(m => new object[] { m.Earlier.Text, m.Later.Text, Math.Round(m.Similarity, 2) }).ToArray(),
            }),
        };
        var json = JsonSerializer.Serialize(data, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });
        var sb = new StringBuilder(Template.Length + json.Length + 256);
        sb.Append(Template.Replace("{{TITLE}}", HtmlEncoder.Default.Encode(title), StringComparison.Ordinal)
            .Replace("{{GENERATED}}", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{DATA}}", json, StringComparison.Ordinal));
        return sb.ToString();
    }

    private const string Template = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}}</title>
<style>
 body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem; color: #1b1b1b; }
 h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; }
 .muted { color: #666; font-size: .9rem; }
 .cards { display: flex; gap: 1rem; flex-wrap: wrap; } .card { background: #f4f6f8; border-radius: 6px; padding: .6rem 1rem; min-width: 8rem; }
 .card b { display: block; font-size: 1.4rem; }
 select, input { font: inherit; padding: .2rem .3rem; margin: 0 .4rem .4rem 0; }
 table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { text-align: left; padding: .3rem .4rem; border-bottom: 1px solid #eee; vertical-align: top; }
 .pill { display: inline-block; border-radius: 3px; padding: 0 .35rem; font-size: .8rem; margin: 0 .15rem .15rem 0; background: #e8eaf6; }
 .Strength { background: #d7f0dd; } .AreaForImprovement { background: #fde2cf; } .Recommendation { background: #dbe7fb; }
 .Recurring { color: #b3261e; font-weight: 600; } .New { color: #8a5a00; } .NoLongerAppears { color: #2e7d32; }
 svg text { font-size: 11px; fill: #333; }
</style>
</head>
<body>
<h1>{{TITLE}}</h1>
<div class="muted">Made by InspectionMiner on {{GENERATED}}. Findings are machine-classified (type, judgement area, themes); every finding links to its page in the source document.</div>
<div class="cards" id="summary"></div>

<h2>Grades over time</h2>
<label>Authority <select id="authority"></select></label>
<div id="grades-chart"></div>

<h2>Themes by year</h2>
<div class="muted">Share of documents in each year whose areas for improvement or recommendations raise the theme.</div>
<div id="heatmap"></div>

<h2>Recurring themes</h2>
<div class="muted">For the authority chosen above: themes of areas for improvement and recommendations from one document to the next; repeated recommendations are matched by meaning.</div>
<div id="recurrence"></div>

<h2>Findings</h2>
<div id="filters">
 <select id="f-type"><option value="">all types</option></select>
 <select id="f-area"><option value="">all areas</option></select>
 <select id="f-theme"><option value="">all themes</option></select>
 <select id="f-authority"><option value="">all authorities</option></select>
 <select id="f-year"><option value="">all years</option></select>
 <input id="f-text" placeholder="words…" size="18">
</div>
<div class="muted" id="f-count"></div>
<table id="findings"><thead><tr><th>Authority</th><th>Year</th><th>Type</th><th>Area</th><th>Themes</th><th>Finding</th><th>Source</th></tr></thead><tbody></tbody></table>

<script id="data" type="application/json">{{DATA}}</script>
<script>
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const docs = new Map(D.docs.map(d => [d.id, d]));
const gradeValue = { Outstanding: 4, Good: 3, Adequate: 2.5, RequiresImprovement: 2, Inadequate: 1 };
const gradeNames = ["Overall effectiveness", "Impact of leaders", "Help and protection", "Children in care", "Care leavers"];
const colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"];
const svgNs = "http://www.w3.org/2000/svg";
function el(tag, attrs, text) { const e = document.createElementNS(svgNs, tag); for (const k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; return e; }
function h(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }

// Summary cards
const counts = {}; D.findings.forEach(f => counts[f[2]] = (counts[f[2]] || 0) + 1);
const cards = [["documents", D.docs.length], ["authorities", new Set(D.docs.map(d => d.authority)).size], ["findings", D.findings.length]]
  .concat(D.types.map(t => [t, counts[["Neutral","Strength","AreaForImprovement","Recommendation"].indexOf(t)] || 0]));
cards.forEach(([k, v]) => { const c = h("div", undefined, "card"); c.append(h("b", String(v)), h("span", k)); document.getElementById("summary").append(c); });

// Authority picker (shared by grades and recurrence)
const authorities = [...new Set(D.docs.map(d => d.authority))].sort();
const picker = document.getElementById("authority");
authorities.forEach(a => picker.append(new Option(a, a)));
const withMost = authorities.map(a => [a, D.docs.filter(d => d.authority === a && d.grades.some(g => g in gradeValue)).length]).sort((x, y) => y[1] - x[1])[0];
if (withMost) picker.value = withMost[0];

function drawGrades() {
  const box = document.getElementById("grades-chart"); box.innerHTML = "";
  const ds = D.docs.filter(d => d.authority === picker.value && d.date).sort((a, b) => a.date.localeCompare(b.date));
  const W = 960, H = 240, L = 150, R = 20, T = 15, B = 40;
  const svg = el("svg", { width: W, height: H, class: "chart grades", role: "img" });
  const years = ds.map(d => +d.date.slice(0, 4)); const y0 = Math.min(2012, ...years), y1 = Math.max(2026, ...years);
  const x = d => L + (W - L - R) * ((+d.date.slice(0, 4) + (+d.date.slice(5, 7) - 1) / 12) - y0) / (y1 - y0 + 1);
  const y = v => T + (H - T - B) * (4 - v) / 3;
  ["Outstanding", "Good", "Requires improvement", "Inadequate"].forEach((n, i) => {
    svg.append(el("line", { x1: L, x2: W - R, y1: y(4 - i), y2: y(4 - i), stroke: "#eee" }));
    svg.append(el("text", { x: L - 8, y: y(4 - i) + 4, "text-anchor": "end" }, n));
  });
  for (let yr = y0; yr <= y1; yr += 2) svg.append(el("text", { x: L + (W - L - R) * (yr - y0) / (y1 - y0 + 1), y: H - 20 }, String(yr)));
  gradeNames.forEach((name, j) => {
    const pts = ds.filter(d => d.grades[j] in gradeValue).map(d => [x(d), y(gradeValue[d.grades[j]]), d]);
    if (pts.length > 1) svg.append(el("polyline", { points: pts.map(p => p[0] + "," + (p[1] + j * 2 - 4)).join(" "), fill: "none", stroke: colours[j], "stroke-width": 2 }));
    pts.forEach(p => { const c = el("circle", { cx: p[0], cy: p[1] + j * 2 - 4, r: 4, fill: colours[j], class: "grade-point" }); c.append(el("title", {}, name + ": " + p[2].grades[j] + " (" + p[2].date + ")")); svg.append(c); });
  });
  gradeNames.forEach((n, j) => { svg.append(el("rect", { x: L + j * 150, y: H - 12, width: 10, height: 10, fill: colours[j] })); svg.append(el("text", { x: L + j * 150 + 14, y: H - 3 }, n)); });
  box.append(svg);
  if (!ds.some(d => d.grades.some(g => g in gradeValue))) box.append(h("div", "No graded inspections for this authority (focused visits and letters carry no grades).", "muted"));
}

function drawHeatmap() {
  const years = [...new Set(D.heat.map(r => r[0]))].sort();
  const cell = 34, L = 170, T = 20;
  const svg = el("svg", { width: L + years.length * cell + 10, height: T + D.themes.length * 18 + 10, class: "chart heatmap", role: "img" });
  years.forEach((yr, i) => svg.append(el("text", { x: L + i * cell + 4, y: 14 }, yr)));
  D.themes.forEach((t, j) => {
    svg.append(el("text", { x: L - 6, y: T + j * 18 + 13, "text-anchor": "end" }, t));
    years.forEach((yr, i) => {
      const r = D.heat.find(q => q[0] === yr && q[1] === j); const s = r ? r[4] : 0;
      const rect = el("rect", { x: L + i * cell, y: T + j * 18, width: cell - 2, height: 16, fill: `rgba(198, 40, 40, ${0.05 + 0.95 * s})`, class: "heat-cell" });
      rect.append(el("title", {}, `${t} ${yr}: ${r ? r[3] : 0} of ${r ? r[2] : 0} documents`)); svg.append(rect);
    });
  });
  document.getElementById("heatmap").append(svg);
}

function drawRecurrence() {
  const box = document.getElementById("recurrence"); box.innerHTML = "";
  const rows = D.recurrence.filter(r => r[0] === picker.value);
  if (!rows.length) { box.append(h("div", "Only one document for this authority: nothing to compare yet.", "muted")); return; }
  const pairs = new Map();
  rows.forEach(r => { const k = r[1] + " → " + r[2]; if (!pairs.has(k)) pairs.set(k, []); pairs.get(k).push(r); });
  const t = h("table"); t.className = "recurrence";
  t.innerHTML = "<thead><tr><th>From → to</th><th class='Recurring'>Recurring</th><th class='New'>New</th><th class='NoLongerAppears'>No longer raised</th><th>Repeated recommendations (matched by meaning)</th></tr></thead>";
  const body = h("tbody");
  for (const [k, rs] of pairs) {
    const tr = h("tr"); tr.append(h("td", k));
    ["Recurring", "New", "NoLongerAppears"].forEach(s => tr.append(h("td", rs.filter(r => r[4] === s).map(r => D.themes[r[3]]).join(", "))));
    const seen = new Set(); const reps = [];
    rs.forEach(r => r[5].forEach(m => { const key = m[1]; if (!seen.has(key)) { seen.add(key); reps.push(`“${m[1]}” ≈ “${m[0]}” (${m[2]})`); } }));
    const td = h("td"); reps.forEach(x => td.append(h("div", x))); tr.append(td);
    body.append(tr);
  }
  t.append(body); box.append(t);
}

// Findings browser
const sel = id => document.getElementById(id);
D.types.forEach(t => sel("f-type").append(new Option(t, t)));
D.areas.forEach(a => sel("f-area").append(new Option(a, a)));
D.themes.forEach(t => sel("f-theme").append(new Option(t, t)));
authorities.forEach(a => sel("f-authority").append(new Option(a, a)));
[...new Set(D.docs.map(d => d.year).filter(y => y))].sort().forEach(y => sel("f-year").append(new Option(y, y)));
const typeNames = ["Neutral", "Strength", "AreaForImprovement", "Recommendation"];
function applyFilters() {
  const ty = sel("f-type").value, ar = sel("f-area").value, th = sel("f-theme").value, au = sel("f-authority").value, yr = sel("f-year").value, tx = sel("f-text").value.toLowerCase();
  const hits = D.findings.filter(f => {
    const d = docs.get(f[0]);
    return (!ty || typeNames[f[2]] === ty) && (!ar || D.areas[f[3]] === ar) && (!th || f[4].includes(D.themes.indexOf(th))) &&
      (!au || d.authority === au) && (!yr || String(d.year) === yr) && (!tx || f[5].toLowerCase().includes(tx));
  });
  const body = document.querySelector("#findings tbody"); body.innerHTML = "";
  hits.slice(0, 500).forEach(f => {
    const d = docs.get(f[0]); const tr = h("tr"); tr.className = "finding";
    const themes = h("td"); f[4].forEach(i => themes.append(h("span", D.themes[i], "pill")));
    const src = h("td"); const a = h("a", "p. " + f[1]); a.href = encodeURI(d.href) + "#page=" + f[1]; a.title = d.path; src.append(a);
    tr.append(h("td", d.authority), h("td", String(d.year ?? "")), h("td", typeNames[f[2]], "pill " + typeNames[f[2]]), h("td", D.areas[f[3]]), themes, h("td", f[5]), src);
    body.append(tr);
  });
  sel("f-count").textContent = `${hits.length} findings match` + (hits.length > 500 ? " (first 500 shown)" : "");
  sel("f-count").dataset.count = hits.length;
}
["f-type", "f-area", "f-theme", "f-authority", "f-year", "f-text"].forEach(id => sel(id).addEventListener("input", applyFilters));
function fromHash() {
  const q = new URLSearchParams(location.hash.slice(1));
  for (const [k, v] of q) { const e = sel("f-" + k); if (e) e.value = v; if (k === "authority" && authorities.includes(v)) picker.value = v; }
}
picker.addEventListener("change", () => { drawGrades(); drawRecurrence(); });
fromHash(); drawGrades(); drawHeatmap(); drawRecurrence(); applyFilters();
document.body.dataset.ready = "true";
</script>
</body>
</html>
""";
}
