// The figures grid: paste a block copied from Excel (tab-separated rows) into any cell, add rows.
(function () {
  "use strict";

  function addRow(table) {
    var body = table.tBodies[0];
    var last = body.rows[body.rows.length - 1];
    var index = body.rows.length;
    var row = last.cloneNode(true);
    row.querySelectorAll("input").forEach(function (input, col) {
      input.value = "";
      input.name = "c-" + index + "-" + col;
      input.setAttribute("aria-label", input.getAttribute("aria-label").replace(/\d+$/, String(index + 1)));
    });
    body.appendChild(row);
    return row;
  }

  function onPaste(event) {
    var input = event.target;
    var text = (event.clipboardData || window.clipboardData).getData("text");
    if (!input.name || (text.indexOf("\t") === -1 && text.indexOf("\n") === -1)) { return; }
    event.preventDefault();
    var table = input.closest("table");
    var start = input.name.split("-");
    var row0 = parseInt(start[1], 10), col0 = parseInt(start[2], 10);
    var lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
    lines.forEach(function (line, i) {
      while (table.tBodies[0].rows.length <= row0 + i) { addRow(table); }
      line.split("\t").forEach(function (value, j) {
        var cell = table.querySelector('input[name="c-' + (row0 + i) + "-" + (col0 + j) + '"]');
        if (cell) { cell.value = value.trim(); }
      });
    });
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }

  window.reichweiteGrid = function (root) {
    root.querySelectorAll("table.grid").forEach(function (table) {
      if (table.dataset.bound) { return; }
      table.dataset.bound = "1";
      table.addEventListener("paste", onPaste);
      var add = document.getElementById("entry-add-row");
      if (add) { add.addEventListener("click", function () { addRow(table); }); }
    });
  };
})();
