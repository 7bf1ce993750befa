// The API reference: Swagger UI marks each open operation's responses as a region with no
// name, so two open operations read as two identical landmarks (axe: landmark-unique).
// Each region is named for its operation as Swagger UI draws it.
(function () {
  "use strict";
  const root = document.getElementById("swagger-ui");
  if (!root) { return; }
  function name() {
    root.querySelectorAll(".responses-table[role='region']:not([aria-label])").forEach((table) => {
      const operation = table.closest(".opblock");
      const method = operation && operation.querySelector(".opblock-summary-method");
      const path = operation && operation.querySelector(".opblock-summary-path");
      const what = [method, path].filter(Boolean).map((e) => e.textContent.trim()).join(" ");
      table.setAttribute("aria-label", what ? `Responses of ${what}` : "Responses");
    });
  }
  new MutationObserver(name).observe(root, {childList: true, subtree: true});
})();
