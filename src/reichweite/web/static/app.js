// reichweite web app: CSRF header for htmx requests, charts from JSON specs, table filters. No inline scripts.
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = csrfToken();
  });

  // the language switch returns to the address shown now (htmx may have changed it since the page came)
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.matches && form.matches("form.lang")) {
      var next = form.querySelector('input[name="next"]');
      if (next) { next.value = window.location.pathname + window.location.search; }
    }
  });

  function drawCharts(root) {
    if (typeof window.vegaEmbed !== "function") { return; }
    var options = {
      actions: { export: true, source: false, compiled: false, editor: false },
      renderer: "svg",
      defaultStyle: false,
      forceActionsMenu: true,
      ast: true,
      expr: window.vegaInterpreter ? window.vegaInterpreter.expressionInterpreter : undefined,
      tooltip: { disableDefaultStyle: true }
    };
    root.querySelectorAll("div.vega[data-spec-json]").forEach(function (el) {
      if (el.dataset.drawn) { return; }
      el.dataset.drawn = "1";
      window.vegaEmbed(el, JSON.parse(el.dataset.specJson), options).catch(function (error) {
        el.textContent = String(error);
      });
    });
  }

  function filterTables(root) {
    root.querySelectorAll("input[data-filter-table]").forEach(function (input) {
      if (input.dataset.bound) { return; }
      input.dataset.bound = "1";
      input.addEventListener("input", function () {
        var table = document.getElementById(input.dataset.filterTable);
        if (!table) { return; }
        var needle = input.value.trim().toLowerCase();
        table.querySelectorAll("tbody tr").forEach(function (row) {
          row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) === -1;
        });
      });
    });
  }

  function enhance(root) {
    drawCharts(root);
    filterTables(root);
    if (window.reichweiteGrid) { window.reichweiteGrid(root); }
  }

  document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  document.addEventListener("htmx:afterSettle", function (event) { enhance(event.target); });
})();
