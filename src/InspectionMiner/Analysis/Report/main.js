// Views and start-up: the address says which view is shown and with which authority and filters. The page is ready
// (body[data-ready]) when the view it opened on is drawn with everything it shows; the national view needs no finding,
// so it is drawn before the packed findings are even read; they are unpacked in a worker as the browser reads them.
const views = ["national", "authority", "findings"];
let shown = 0;
async function show() {
  const s = state.read(); const view = views.includes(s.view) ? s.view : filterKeys.some(k => s[k]) ? "findings" : "national";
  const turn = ++shown;
  if (s.authority && authorityByName.has(s.authority)) $("a-authority").value = s.authority;
  const drawn = view === "authority" ? ($("a-kind").value = s.akind === "all" ? "" : s.akind || "report", drawAuthority())
    : view === "national" ? ($("n-kind").value = s.nkind === "all" ? "" : s.nkind || "report", drawHeatmap())
    : drawFindings();
  if (view === "findings") await drawn;   // the findings browser appears with its rows
  if (turn !== shown) return;
  views.forEach(v => { $("v-" + v).hidden = v !== view; });
  document.querySelectorAll("nav[aria-label=Views] a").forEach(a => { if (a.dataset.view === view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current"); });
  document.title = document.title.split(" — ")[0] + (view === "national" ? "" : " — " + (view === "authority" ? $("a-authority").value : "findings"));
  await drawn;
}
function start() {
  readHead();
  authorityNames = D.authorities.map(a => a.name);
  authorityByName = new Map(D.authorities.map(a => [a.name, a]));
  fill($("a-authority"), authorityNames);
  const documents = new Map(); D.docs.forEach(d => documents.set(d.authority, (documents.get(d.authority) || 0) + 1));
  const mostDocuments = authorityNames.reduce((best, n) => (documents.get(n) || 0) > (documents.get(best) || 0) ? n : best, authorityNames[0]);
  if (mostDocuments) $("a-authority").value = mostDocuments;
  $("a-authority").addEventListener("change", () => { state.write({ authority: $("a-authority").value, fpage: "" }); drawAuthority(); });
  $("a-kind").addEventListener("change", () => { state.write({ akind: $("a-kind").value === "report" ? "" : $("a-kind").value || "all" }); drawNeighbours(authorityByName.get($("a-authority").value)); });
  $("n-kind").addEventListener("change", () => { state.write({ nkind: $("n-kind").value === "report" ? "" : $("n-kind").value || "all" }); drawHeatmap(); });
  document.querySelectorAll("nav[aria-label=Views] a").forEach(a => a.addEventListener("click", e => { e.preventDefault(); state.write({ view: a.dataset.view }); show(); $("main").focus(); }));
  window.addEventListener("hashchange", show);
  loadFindings();
  drawSummary(); drawNationalGrades(); setupFindings();
  show().then(() => {
    document.body.dataset.ready = "true";
    document.body.dataset.readyMs = Math.round(performance.now());
    performance.mark("ready");
  });
}
start();
