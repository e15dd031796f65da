/* Chronology person filter. Progressive enhancement: without JavaScript the form stays
   hidden and readers use the per-person links (speaker pages list their events). */
(function () {
  "use strict";
  function init() {
    var form = document.querySelector("form.tl-filter");
    if (!form) return;
    var select = form.querySelector("select");
    var status = form.querySelector("output");
    var entries = Array.prototype.slice.call(document.querySelectorAll("li.tl-event"));
    form.hidden = false;
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    function apply() {
      var who = select.value;
      var shown = 0;
      entries.forEach(function (li) {
        var people = (li.getAttribute("data-people") || "").split("|");
        var keep = !who || people.indexOf(who) !== -1;
        li.hidden = !keep;
        if (keep) shown += 1;
      });
      /* hide month and year headings left without visible entries */
      document.querySelectorAll("ol.tl-events").forEach(function (ol) {
        var any = ol.querySelector("li.tl-event:not([hidden])") !== null;
        ol.hidden = !any;
        var prev = ol.previousElementSibling;
        if (prev && prev.classList.contains("tl-month")) prev.hidden = !any;
      });
      status.textContent = who ? shown + " entries involve " + who : shown + " entries";
    }
    select.addEventListener("change", apply);
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
