// Views and start-up: the address says which view is shown and with which authority and filters.
const views = ["national", "authority", "findings"];
function show() {
  const s = state.read(); const view = views.includes(s.view) ? s.view : filterKeys.some(k => s[k]) ? "findings" : "national";
  views.forEach(v => { $("v-" + v).hidden = v !== view; });
  document.querySelectorAll("nav[aria-label=Views] a").forEach(a => { if (a.dataset.view === view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current"); });
  if (s.authority && authorityByName.has(s.authority)) $("a-authority").value = s.authority;
  if (view === "authority") { $("a-kind").value = s.akind === "all" ? "" : s.akind || "report"; drawAuthority(); }
  if (view === "national") { $("n-kind").value = s.nkind === "all" ? "" : s.nkind || "report"; drawHeatmap(); }
  if (view === "findings") drawFindings();
  document.title = document.title.split(" — ")[0] + (view === "national" ? "" : " — " + (view === "authority" ? $("a-authority").value : "findings"));
}
async function start() {
  await loadData();
  authorityNames = D.authorities.map(a => a.name);
  authorityByName = new Map(D.authorities.map(a => [a.name, a]));
  indexThemes();
  fill($("a-authority"), authorityNames);
  const mostDocuments = authorityNames.map(n => [n, D.docs.filter(d => d.authority === n).length]).sort((x, y) => y[1] - x[1])[0];
  if (mostDocuments) $("a-authority").value = mostDocuments[0];
  $("a-authority").addEventListener("change", () => { state.write({ authority: $("a-authority").value }); drawAuthority(); });
  $("a-kind").addEventListener("change", () => { state.write({ akind: $("a-kind").value === "report" ? "" : $("a-kind").value || "all" }); drawNeighbours(authorityByName.get($("a-authority").value)); });
  $("n-kind").addEventListener("change", () => { state.write({ nkind: $("n-kind").value === "report" ? "" : $("n-kind").value || "all" }); drawHeatmap(); });
  document.querySelectorAll("nav[aria-label=Views] a").forEach(a => a.addEventListener("click", e => { e.preventDefault(); state.write({ view: a.dataset.view }); show(); $("main").focus(); }));
  window.addEventListener("hashchange", show);
  drawSummary(); drawNationalGrades(); setupFindings(); show();
  document.body.dataset.ready = "true";
  document.body.dataset.readyMs = Math.round(performance.now());
}
start();
