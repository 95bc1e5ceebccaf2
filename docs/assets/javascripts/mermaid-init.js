// Renders ```mermaid blocks with the vendored Mermaid (no CDN: the site works offline).
// Runs on every page load, including material's instant navigation.
function renderMermaid() {
  if (typeof mermaid === "undefined") return;
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
  mermaid.run({ querySelector: "div.diagrama-mermaid:not([data-processed])" });
}
if (typeof document$ !== "undefined") {
  document$.subscribe(renderMermaid);
} else {
  document.addEventListener("DOMContentLoaded", renderMermaid);
}
