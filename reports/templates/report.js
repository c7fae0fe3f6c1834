(function () {
  "use strict";
  var all = Array.prototype.slice.call(document.querySelectorAll("details.finding"));
  var form = document.getElementById("filters");

  // Print: every finding expanded; restore what the reader had open afterwards.
  var closedBeforePrint = [];
  window.addEventListener("beforeprint", function () {
    closedBeforePrint = all.filter(function (d) { return !d.open; });
    closedBeforePrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedBeforePrint.forEach(function (d) { d.open = false; });
    closedBeforePrint = [];
  });

  if (!form) { return; }
  var rule = document.getElementById("f-rule");
  var severity = document.getElementById("f-severity");
  var file = document.getElementById("f-file");
  var search = document.getElementById("f-search");
  var status = document.getElementById("filter-status");
  var filterable = all.filter(function (d) { return d.closest("[data-section='violations'], [data-section='consent']"); });
  var items = filterable.map(function (d) {
    return { el: d, rule: d.getAttribute("data-rule"), severity: d.getAttribute("data-severity"),
             file: d.getAttribute("data-file"), text: d.getAttribute("data-search") || "" };
  });
  var lists = Array.prototype.slice.call(document.querySelectorAll(".finding-list[data-section='violations'], .finding-list[data-section='consent']"));

  function apply() {
    var r = rule.value, s = severity.value, f = file.value;
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      var ok = (!r || it.rule === r) && (!s || it.severity === s) && (!f || it.file === f);
      for (var w = 0; ok && w < words.length; w++) { ok = it.text.indexOf(words[w]) !== -1; }
      if (it.el.hidden === ok) { it.el.hidden = !ok; }
      if (ok) { shown++; }
    }
    lists.forEach(function (list) {
      var empty = list.querySelector(".empty-filter");
      if (empty) { empty.hidden = list.querySelector("details.finding:not([hidden])") !== null; }
    });
    status.textContent = shown === items.length
      ? items.length + " findings shown."
      : shown + " of " + items.length + " findings match the filters.";
  }

  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(apply, 120); }
  rule.addEventListener("change", apply);
  severity.addEventListener("change", apply);
  file.addEventListener("change", apply);
  search.addEventListener("input", later);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  document.getElementById("expand-all").addEventListener("click", function () {
    filterable.forEach(function (d) { if (!d.hidden) { d.open = true; } });
  });
  document.getElementById("collapse-all").addEventListener("click", function () {
    filterable.forEach(function (d) { d.open = false; });
  });
})();
