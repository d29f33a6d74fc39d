// Paging for the report's long tables (the findings browser, the recommendations followed through).
function drawPager(nav, page, pages, go, what) {
  nav.innerHTML = "";
  if (pages < 2) return;
  const button = (p, label, text) => { const b = h("button", text); b.type = "button"; b.setAttribute("aria-label", label); b.disabled = p < 1 || p > pages || p === page; b.addEventListener("click", () => go(p)); nav.append(b); };
  button(1, `First page of ${what}`, "« first"); button(page - 1, `Previous page of ${what}`, "‹ previous");
  nav.append(h("span", ` page ${page} of ${pages} `));
  button(page + 1, `Next page of ${what}`, "next ›"); button(pages, `Last page of ${what}`, "last »");
}
