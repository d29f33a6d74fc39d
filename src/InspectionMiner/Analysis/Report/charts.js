// SVG charts, each with a text alternative (role="img" and a label), drawn from plain numbers.
const svgNs = "http://www.w3.org/2000/svg";
function el(tag, attrs, text) { const e = document.createElementNS(svgNs, tag); for (const k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; return e; }
const gradeValue = { Outstanding: 4, Good: 3, Adequate: 2.5, RequiresImprovement: 2, Inadequate: 1 };
const seriesColours = ["#1f4e9c", "#c2410c", "#15803d", "#9d174d", "#6d28d9"];
const seriesDash = ["", "6 3", "2 3", "8 3 2 3", "1 1"];

// Colour of a share from white to deep blue (sequential, readable in grey print), and its text colour for contrast.
function heatColour(s) { const l = 97 - 62 * s; return `hsl(214, 70%, ${l}%)`; }
function heatInk(s) { return s > 0.55 ? "light" : ""; }

function heatmap(rows, cols, cell, label) {
  // rows: names; cols: [{key, label, n}]; cell(row, col) -> {share, count, n}
  const cw = 46, ch = 20, L = 150, T = 34;
  const svg = el("svg", { width: L + cols.length * cw + 10, height: T + rows.length * ch + 6, class: "chart heatmap", role: "img", "aria-label": label });
  svg.append(el("title", {}, label));
  cols.forEach((c, i) => {
    svg.append(el("text", { x: L + i * cw + cw / 2, y: 13, "text-anchor": "middle" }, c.label));
    svg.append(el("text", { x: L + i * cw + cw / 2, y: 27, "text-anchor": "middle", class: "heat-count" }, "n=" + c.n));
  });
  rows.forEach((r, j) => {
    svg.append(el("text", { x: L - 6, y: T + j * ch + 14, "text-anchor": "end" }, words(r)));
    cols.forEach((c, i) => {
      const v = cell(r, c); if (!v.n) return;
      const g = el("g", { class: "heat-cell" });
      g.append(el("rect", { x: L + i * cw, y: T + j * ch, width: cw - 2, height: ch - 2, fill: heatColour(v.share), stroke: v.n < 3 ? "#999" : "none", "stroke-dasharray": v.n < 3 ? "2 2" : "" }));
      g.append(el("text", { x: L + i * cw + cw / 2 - 1, y: T + j * ch + 13, "text-anchor": "middle", class: heatInk(v.share) }, pct(v.share)));
      g.append(el("title", {}, `${words(r)}, ${c.label}: ${v.count} of ${v.n} documents (${pct(v.share)})`));
      svg.append(g);
    });
  });
  const legend = h("div", undefined, "legend"); legend.setAttribute("aria-hidden", "true");
  const ramp = h("span", undefined, "ramp"); ramp.style.background = `linear-gradient(to right, ${heatColour(0)}, ${heatColour(0.5)}, ${heatColour(1)})`;
  legend.append(h("span", "0%"), ramp, h("span", "100% of the documents raise the theme"), h("span", "· dashed: fewer than 3 documents"));
  const box = h("div", undefined, "scroll"); box.append(svg);
  const wrap = h("div"); wrap.append(legend, box); return wrap;
}

function gradesChart(ds, label) {
  const W = 960, H = 250, L = 150, R = 20, T = 15, B = 46;
  const svg = el("svg", { width: "100%", viewBox: `0 0 ${W} ${H}`, class: "chart grades", role: "img", "aria-label": label });
  svg.append(el("title", {}, label));
  const years = ds.map(d => +d.date.slice(0, 4)); const y0 = Math.min(2012, ...years), y1 = Math.max(2026, ...years);
  const x = d => L + (W - L - R) * ((+d.date.slice(0, 4) + (+d.date.slice(5, 7) - 1) / 12) - y0) / (y1 - y0 + 1);
  const y = v => T + (H - T - B) * (4 - v) / 3;
  ["Outstanding", "Good", "Requires improvement", "Inadequate"].forEach((n, i) => {
    svg.append(el("line", { x1: L, x2: W - R, y1: y(4 - i), y2: y(4 - i), stroke: "#ddd" }));
    svg.append(el("text", { x: L - 8, y: y(4 - i) + 4, "text-anchor": "end" }, n));
  });
  for (let yr = y0; yr <= y1; yr += 2) svg.append(el("text", { x: L + (W - L - R) * (yr - y0) / (y1 - y0 + 1), y: H - 28 }, String(yr)));
  D.judgements.forEach((name, j) => {
    const pts = ds.filter(d => d.grades[j] in gradeValue).map(d => [x(d), y(gradeValue[d.grades[j]]) + j * 2 - 4, d]);
    if (pts.length > 1) svg.append(el("polyline", { points: pts.map(p => p[0] + "," + p[1]).join(" "), fill: "none", stroke: seriesColours[j], "stroke-width": 2, "stroke-dasharray": seriesDash[j] }));
    pts.forEach(p => { const c = el("circle", { cx: p[0], cy: p[1], r: 4, fill: seriesColours[j], class: "grade-point" }); c.append(el("title", {}, `${words(name)}: ${words(p[2].grades[j])} (${p[2].date})`)); svg.append(c); });
  });
  D.judgements.forEach((n, j) => {
    svg.append(el("line", { x1: L + j * 160, x2: L + j * 160 + 18, y1: H - 8, y2: H - 8, stroke: seriesColours[j], "stroke-width": 3, "stroke-dasharray": seriesDash[j] }));
    svg.append(el("text", { x: L + j * 160 + 22, y: H - 4 }, words(n)));
  });
  return svg;
}
