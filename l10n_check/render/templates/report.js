(function () {
  "use strict";
  // Filters, search and keyboard moves for the review report. The page is complete without this
  // script; it only adds. It never writes markup: draft text is only ever read as textContent.
  var doc = document;
  var list = doc.getElementById("finding-list");
  var filters = doc.getElementById("filters");
  var search = doc.getElementById("search");
  var status = doc.getElementById("status");
  var items = list ? Array.prototype.slice.call(list.children) : [];
  var haystacks = items.map(function (li) { return li.textContent.toLowerCase(); });
  var inDraft = {};
  Array.prototype.forEach.call(doc.querySelectorAll(".draft [data-f]"), function (el) {
    var n = el.getAttribute("data-f");
    (inDraft[n] || (inDraft[n] = [])).push(el);
  });

  function checked(name) {
    var values = {};
    Array.prototype.forEach.call(filters.querySelectorAll("input[name='" + name + "']"), function (box) {
      if (box.checked) { values[box.value] = true; }
    });
    return values;
  }

  // At most `limit` matching entries are shown at once: laying out thousands of entries is what
  // makes a long list slow to filter, not the matching. "Show more" raises the limit.
  var PAGE = 200;
  var limit = PAGE;
  var more = doc.getElementById("more");
  var matching = [];

  function matches(i, severities, checks, query) {
    var li = items[i];
    return severities[li.getAttribute("data-severity")] === true &&
      checks[li.getAttribute("data-check")] === true &&
      (query === "" || haystacks[i].indexOf(query) !== -1);
  }

  function apply() {
    var severities = checked("severity");
    var checks = checked("check");
    var query = search.value.trim().toLowerCase();
    var count = 0;
    for (var i = 0; i < items.length; i++) {
      var li = items[i];
      var match = matches(i, severities, checks, query);
      var visible = match && count < limit;
      matching[i] = match;
      if (match) { count++; }
      if (li.hidden === visible) { li.hidden = !visible; }
      var els = inDraft[li.getAttribute("data-f")] || [];
      for (var j = 0; j < els.length; j++) {
        if (els[j].classList.contains("off") === match) { els[j].classList.toggle("off", !match); }
      }
    }
    var shown = Math.min(count, limit);
    status.textContent = count === items.length && shown === count
      ? "Showing all " + items.length + " findings."
      : shown < count
        ? "Showing the first " + shown + " of " + count + " matching findings (" + items.length + " in all)."
        : "Showing " + shown + " of " + items.length + " findings.";
    more.hidden = shown >= count;
  }

  function refilter() {
    limit = PAGE;
    apply();
  }

  function reset() {
    Array.prototype.forEach.call(filters.querySelectorAll("input[type='checkbox']"), function (box) { box.checked = true; });
    search.value = "";
    refilter();
  }

  function reveal(target) {
    var index = items.indexOf(target);
    if (target.hidden && index !== -1) {
      if (!matching[index]) { reset(); }
      var rank = 0;
      for (var i = 0; i < index; i++) { if (matching[i]) { rank++; } }
      if (rank >= limit) { limit = rank + 1; apply(); }
    }
    var focusable = target.matches("a, input, button, [tabindex]") ? target : target.querySelector("a, [tabindex]");
    (focusable || target).scrollIntoView({ block: "center" });
    if (focusable) { focusable.focus({ preventScroll: true }); }
  }

  doc.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    var hash = link.getAttribute("href");
    var target = doc.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) { return; }
    event.preventDefault();
    history.pushState(null, "", hash);
    reveal(target);
  });

  doc.addEventListener("keydown", function (event) {
    var here = event.target;
    if (event.key === "Enter" && here.matches && here.matches("mark.hl[id]")) {
      var entry = doc.getElementById("l-" + here.getAttribute("data-f"));
      if (entry) { event.preventDefault(); reveal(entry); }
    } else if (event.key === "/" && search && !here.matches("input, textarea")) {
      event.preventDefault();
      search.focus();
    }
  });

  function only(button) {
    // One value of one filter: every other box of that filter unchecked, the other filter untouched.
    var name = button.getAttribute("data-name");
    Array.prototype.forEach.call(filters.querySelectorAll("input[name='" + name + "']"), function (box) {
      box.checked = box.value === button.value;
    });
    refilter();
  }

  if (filters && list) {
    filters.hidden = false;
    filters.addEventListener("change", refilter);
    filters.addEventListener("click", function (event) {
      if (event.target.matches("button.only")) { only(event.target); }
    });
    search.addEventListener("input", refilter);
    more.addEventListener("click", function () { limit += PAGE; apply(); });
    doc.getElementById("reset").addEventListener("click", reset);
    apply();
  }
}());
