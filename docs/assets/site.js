/* Timeline microsite: keyboard and screen-reader enhancements over the Material theme,
   and the chronology's person filter and entry-to-entry keys.
   Loaded as a file (the Content-Security-Policy forbids inline scripts); everything here is
   progressive enhancement: without it every page still reads and every link still works. */
(function () {
  "use strict";

  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");

  /* WCAG 2.3.3 / 2.2.2: the theme scrolls some lists with behavior "smooth" from script,
     which CSS cannot turn off. Honour prefers-reduced-motion for those calls too. */
  function noSmooth(fn) {
    return function (a) {
      if (arguments.length === 1 && reduceMotion && reduceMotion.matches && a && typeof a === "object"
          && a.behavior === "smooth") {
        var copy = {};
        for (var k in a) copy[k] = a[k];
        copy.behavior = "auto";
        return fn.call(this, copy);
      }
      return fn.apply(this, arguments);
    };
  }
  [Element.prototype, window].forEach(function (target) {
    ["scrollTo", "scrollBy", "scrollIntoView"].forEach(function (name) {
      if (typeof target[name] === "function") target[name] = noSmooth(target[name]);
    });
  });

  /* WCAG 2.1.4 (character key shortcuts): the theme binds bare letters and punctuation
     ("s", "f", "/", "p", "n", ",", ".") to search and page turning anywhere on the page,
     which speech-input users trigger by accident. Switch them off; the search box is
     reachable by Tab. Keys typed into fields are left alone. */
  var SHORTCUTS = ["s", "f", "/", "p", "n", ",", "."];
  function editable(el) {
    if (!el || !el.tagName) return false;
    var tag = el.tagName.toLowerCase();
    return el.isContentEditable || tag === "input" || tag === "textarea" || tag === "select";
  }
  window.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (SHORTCUTS.indexOf(e.key) === -1 || editable(e.target)) return;
    e.stopImmediatePropagation();
  }, true);

  /* ---------------------------------------------------------------- theme chrome */

  function enhanceChrome() {
    /* the search dialog needs a name (ARIA dialogs must be labelled) */
    var search = document.querySelector(".md-search[role=dialog]");
    if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search");
    markCurrentPage();
    enhanceDrawer();
    enhanceNavPanels();
  }

  /* name the current page in the site navigation for screen readers (not by colour only) */
  function markCurrentPage() {
    var here = location.href.split("#")[0];
    document.querySelectorAll(".md-tabs__link, .md-nav--primary a.md-nav__link").forEach(function (a) {
      if (a.href && !a.hash && a.href.split("#")[0] === here) {
        a.setAttribute("aria-current", "page");
      } else if (a.getAttribute("aria-current") === "page") {
        a.removeAttribute("aria-current");
      }
    });
  }

  /* The theme opens the navigation drawer (narrow screens) and the panels inside it (a
     section, the page's table of contents) from <label>s tied to hidden checkboxes, which
     the keyboard cannot reach. Each label gets a button inside it (a span with the button
     role, so the label's own click and the theme's styles keep working) that says whether
     its panel is open. Focus follows: into a panel when it opens, back to its button when
     it closes; Escape closes. */
  function labelButton(label, name) {
    var existing = label.querySelector(":scope > .tl-label-button");
    if (existing) return existing;
    var span = document.createElement("span");
    span.className = "tl-label-button";
    span.setAttribute("role", "button");
    span.setAttribute("tabindex", "0");
    if (name) span.setAttribute("aria-label", name);
    while (label.firstChild) span.appendChild(label.firstChild);
    label.appendChild(span);
    return span;
  }

  function disclosure(toggle, label, panel, name, onKeyboardToggle) {
    var button = labelButton(label, name);
    if (button.hasAttribute("data-tl-enhanced")) return button;
    button.setAttribute("data-tl-enhanced", "");
    if (!panel.id) panel.id = "tl-panel-" + toggle.id.replace(/[^A-Za-z0-9_-]/g, "");
    button.setAttribute("aria-controls", panel.id);
    function sync() { button.setAttribute("aria-expanded", toggle.checked ? "true" : "false"); }
    sync();
    toggle.addEventListener("change", sync);
    button.addEventListener("keydown", function (e) {
      if (e.key !== "Enter" && e.key !== " ") return;
      e.preventDefault();
      toggle.click();           /* the theme listens for the checkbox's change */
      sync();
      if (onKeyboardToggle) onKeyboardToggle(toggle.checked);
      if (toggle.checked) {
        var first = firstVisibleFocusable(panel);
        if (first) first.focus();
      }
    });
    return button;
  }

  function enhanceDrawer() {
    var toggle = document.getElementById("__drawer");
    var label = document.querySelector(".md-header label[for='__drawer']");
    var drawer = document.querySelector(".md-sidebar--primary");
    if (!toggle || !label || !drawer || label.hasAttribute("data-tl-drawer")) return;
    label.setAttribute("data-tl-drawer", "");
    var byKeyboard = false;
    var button = disclosure(toggle, label, drawer, "Site navigation", function (open) { byKeyboard = open; });
    function close() {
      if (toggle.checked) toggle.click();
      byKeyboard = false;
    }
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && toggle.checked && drawer.contains(document.activeElement)) {
        close();
        button.focus();
      }
    });
    /* leaving the drawer by keyboard closes it: the page behind it is under an overlay */
    drawer.addEventListener("focusout", function (e) {
      if (!byKeyboard || !toggle.checked) return;
      var to = e.relatedTarget;
      if (to && !drawer.contains(to) && to !== button) close();
    });
  }

  function enhanceNavPanels() {
    document.querySelectorAll(".md-nav--primary input.md-nav__toggle").forEach(function (toggle) {
      var opener = document.querySelector(".md-nav--primary label.md-nav__link[for='" + toggle.id + "']");
      var panel = toggle.parentElement && toggle.parentElement.querySelector(":scope > nav.md-nav");
      if (!opener || !panel) return;
      var button = disclosure(toggle, opener, panel, null, null);
      var title = panel.querySelector(":scope > label.md-nav__title[for='" + toggle.id + "']");
      var back = null;
      if (title && !title.querySelector("a, button, input")) {
        back = labelButton(title, "Close " + title.textContent.trim());
      }
      if (panel.hasAttribute("data-tl-enhanced")) return;
      panel.setAttribute("data-tl-enhanced", "");
      function closePanel(e) {
        e.preventDefault();
        e.stopPropagation();
        if (toggle.checked) toggle.click();
        button.focus();
      }
      if (back) back.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") closePanel(e);
      });
      panel.addEventListener("keydown", function (e) {
        if (e.key === "Escape" && toggle.checked) closePanel(e);
      });
    });
  }

  function visible(el) {
    if (!el.getClientRects().length) return false;
    var s = window.getComputedStyle(el);
    return s.visibility !== "hidden";
  }

  function firstVisibleFocusable(root) {
    var all = root.querySelectorAll("a[href], button, input, select, textarea, [tabindex='0']");
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      if (!el.disabled && visible(el)) {
        var r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && r.right > 0 && r.left < window.innerWidth) return el;
      }
    }
    return null;
  }

  /* A link to a heading on the same page (the skip link, "jump to a year", the table of
     contents) moves focus to that heading: screen readers announce it, and the next Tab
     continues from it. A plain fragment jump only moves an invisible "starting point", and
     Chromium drops focus a moment after the jump, so the script does the jump itself:
     address, scroll (below the sticky header, see scroll-padding in site.css), focus. */
  function focusHeading(target) {
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }
  document.addEventListener("click", function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target.closest && e.target.closest("a[href*='#']");
    if (!a || !a.hash || a.pathname !== location.pathname || a.host !== location.host) return;
    var id;
    try { id = decodeURIComponent(a.hash.slice(1)); } catch (err) { return; }
    var target = document.getElementById(id);
    if (!target || !/^H[1-6]$/.test(target.tagName)) return;
    e.preventDefault();
    if (location.hash !== a.hash) history.pushState(null, "", a.hash);
    target.scrollIntoView();
    focusHeading(target);
  });

  /* ---------------------------------------------------------------- chronology */

  function initChronology() {
    var entries = Array.prototype.slice.call(document.querySelectorAll("li.tl-event"));
    if (!entries.length) return;
    var keys = document.querySelector(".tl-keys");
    if (keys) keys.hidden = false;
    initEntryKeys(entries);
    initFilter(entries);
  }

  function shownEntries(entries) {
    return entries.filter(function (li) { return !li.hidden && !(li.parentElement && li.parentElement.hidden); });
  }

  /* Down/Up arrow: next/previous entry; Home/End: first/last. Focus lands on the entry's
     date link, which names the date and is described by the event. */
  function initEntryKeys(entries) {
    var list = document.querySelector(".md-content") || document;
    if (list.hasAttribute && list.hasAttribute("data-tl-keys")) return;
    if (list.setAttribute) list.setAttribute("data-tl-keys", "");
    list.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (["ArrowDown", "ArrowUp", "Home", "End"].indexOf(e.key) === -1) return;
      var li = e.target.closest && e.target.closest("li.tl-event");
      if (!li || e.target.tagName !== "A") return;
      var current = Array.prototype.slice.call(document.querySelectorAll("li.tl-event"));
      var shown = shownEntries(current);
      var i = shown.indexOf(li);
      var j = e.key === "ArrowDown" ? i + 1 : e.key === "ArrowUp" ? i - 1 : e.key === "Home" ? 0 : shown.length - 1;
      if (j < 0 || j >= shown.length || j === i) { e.preventDefault(); return; }
      var link = shown[j].querySelector("a.tl-entry-link");
      if (link) {
        e.preventDefault();
        link.focus();
      }
    });
  }

  function initFilter(entries) {
    var form = document.querySelector("form.tl-filter");
    if (!form) return;
    var select = form.querySelector("select");
    var status = form.querySelector("output");
    var article = form.closest("article") || document.body;
    form.hidden = false;
    form.addEventListener("submit", function (e) { e.preventDefault(); });

    /* year sections: each ## heading and what follows it up to the next one */
    var sections = [];
    var current = null;
    Array.prototype.forEach.call(article.children, function (el) {
      if (el.tagName === "H2") {
        current = { heading: el, parts: [] };
        sections.push(current);
      } else if (current) {
        current.parts.push(el);
      }
    });

    function apply() {
      var who = select.value;
      var shown = 0;
      entries.forEach(function (li) {
        var people = (li.getAttribute("data-people") || "").split("|");
        var keep = !who || people.indexOf(who) !== -1;
        li.hidden = !keep;
        if (keep) shown += 1;
      });
      /* hide lists, month and year headings (and links to them) left without entries */
      document.querySelectorAll("ol.tl-events").forEach(function (ol) {
        var any = ol.querySelector("li.tl-event:not([hidden])") !== null;
        ol.hidden = !any;
        var prev = ol.previousElementSibling;
        if (prev && prev.classList.contains("tl-month")) prev.hidden = !any;
      });
      sections.forEach(function (s) {
        var any = s.parts.some(function (el) {
          return el.tagName === "OL" && el.classList.contains("tl-events") && !el.hidden;
        });
        s.heading.hidden = !any;
        if (s.heading.id) {
          /* links to the year (the theme may have made their addresses absolute) */
          document.querySelectorAll("nav a[href*='#']").forEach(function (a) {
            if (a.hash !== "#" + s.heading.id || a.pathname !== location.pathname) return;
            var item = a.closest("li") || a;
            item.hidden = !any;
          });
        }
      });
      var total = entries.length;
      status.textContent = who
        ? "Showing " + shown + " of " + total + " entries: those involving " + who + "."
        : "Showing all " + total + " entries.";
    }
    select.addEventListener("change", apply);
    /* a choice the browser restores when the reader comes back (it may do so after this
       script has run) */
    function restored() { if (select.value) apply(); }
    restored();
    window.addEventListener("pageshow", restored);
    window.addEventListener("load", restored);
  }

  /* ---------------------------------------------------------------- speaker index */

  /* The speaker index is one table by name, letter by letter. Its column headers become
     buttons that sort it by name (with the letters) or by the number of quotes or of
     articles (most first, one list without letters); a status line says the order. */
  function initSpeakerIndex() {
    var table = document.querySelector("table.tl-speaker-index");
    if (!table || table.hasAttribute("data-tl-sort")) return;
    table.setAttribute("data-tl-sort", "");
    var status = document.querySelector(".tl-sort-status");
    var letters = document.querySelector("nav.tl-letters");
    var bodies = Array.prototype.slice.call(table.tBodies);
    var groups = bodies.map(function (b) { return Array.prototype.slice.call(b.rows); });
    var rows = [];
    groups.forEach(function (g) { g.forEach(function (r) { if (!r.classList.contains("tl-letter")) rows.push(r); }); });
    var flat = document.createElement("tbody");
    flat.hidden = true;
    table.appendChild(flat);
    var headers = Array.prototype.slice.call(table.querySelectorAll("thead th[data-sort]"));
    var NAMES = { name: "name, letter by letter", quotes: "number of quotes, most first",
                  articles: "number of articles, most first" };
    function number(row, key) {
      var cell = row.cells[key === "quotes" ? 2 : 3];
      return parseInt(cell ? cell.textContent : "0", 10) || 0;
    }
    function sortBy(key) {
      if (key === "name") {
        groups.forEach(function (g, i) { g.forEach(function (r) { bodies[i].appendChild(r); }); bodies[i].hidden = false; });
        flat.hidden = true;
      } else {
        var order = rows.slice().sort(function (a, b) {
          return number(b, key) - number(a, key) || rows.indexOf(a) - rows.indexOf(b);
        });
        order.forEach(function (r) { flat.appendChild(r); });
        bodies.forEach(function (b) { b.hidden = true; });
        flat.hidden = false;
      }
      if (letters) letters.hidden = key !== "name";
      headers.forEach(function (th) {
        var mine = th.getAttribute("data-sort") === key;
        if (mine) th.setAttribute("aria-sort", key === "name" ? "ascending" : "descending");
        else th.removeAttribute("aria-sort");
        th.querySelector("button").setAttribute("aria-pressed", mine ? "true" : "false");
      });
      if (status) {
        status.hidden = false;
        status.textContent = "Sorted by " + NAMES[key] + ".";
      }
    }
    headers.forEach(function (th) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "tl-sort";
      button.textContent = th.textContent;
      button.title = "Sort by " + NAMES[th.getAttribute("data-sort")];
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(th.getAttribute("data-sort")); });
    });
    headers.forEach(function (th) {
      th.querySelector("button").setAttribute("aria-pressed", th.getAttribute("data-sort") === "name" ? "true" : "false");
    });
  }

  /* ---------------------------------------------------------------- start */

  /* ---------------------------------------------------------------- moved articles */

  /* The page at a renamed article's old address (python -m builder rename) names the new
     address; go there at once, to the paragraph the old link pointed at. */
  function followMove() {
    var moved = document.querySelector("article a[data-tl-redirect]");
    if (!moved) return false;
    window.location.replace(moved.href + window.location.hash);
    return true;
  }

  var loads = 0;
  function init() {
    if (followMove()) return;
    enhanceChrome();
    initChronology();
    initSpeakerIndex();
    /* with the theme's instant navigation (only active when site_url is set) a new page
       arrives without a page load: move focus to its heading so screen readers announce it
       and the next Tab starts at the top of the content */
    loads += 1;
    if (loads > 1 && !location.hash) {
      var h1 = document.querySelector("article h1");
      if (h1) {
        if (!h1.hasAttribute("tabindex")) h1.setAttribute("tabindex", "-1");
        h1.focus({ preventScroll: true });
      }
    }
    document.documentElement.setAttribute("data-tl-ready", "");
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
