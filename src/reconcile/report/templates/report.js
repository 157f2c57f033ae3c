(function () {
  "use strict";
  // Without this script every article is shown one after the other and each value is a
  // plain link to its quote; with it, one article at a time, beside the findings.
  var articles = Array.prototype.slice.call(document.querySelectorAll("aside .source"));
  var picker = document.getElementById("article");
  var findings = Array.prototype.slice.call(document.querySelectorAll("main .finding"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("main .verdict"));
  var form = document.getElementById("filters");
  var slot = document.getElementById("slot");
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var haystack = findings.map(function (f) { return fold(f.textContent); });

  function showArticle(id) {
    articles.forEach(function (a) { a.hidden = a.id !== id; });
    if (picker) { picker.value = id; }
  }

  function focusClaim(link) {
    var dom = link.getAttribute("data-c");
    showArticle(link.getAttribute("data-a"));
    document.querySelectorAll("mark.on").forEach(function (m) { m.classList.remove("on"); });
    document.querySelectorAll("a.v[aria-current]").forEach(function (a) {
      a.removeAttribute("aria-current");
    });
    link.setAttribute("aria-current", "true");
    var marks = document.querySelectorAll('mark[data-c~="' + dom + '"]');
    marks.forEach(function (m) { m.classList.add("on"); });
    if (marks.length) { marks[0].scrollIntoView({ block: "center" }); }
  }

  function applyFilters() {
    var verdicts = {};
    form.querySelectorAll("input[name=verdict]").forEach(function (box) {
      verdicts[box.value] = box.checked;
    });
    var wanted = slot.value;
    var words = fold(search.value).split(/\s+/).filter(Boolean);
    var count = 0;
    findings.forEach(function (f, i) {
      var ok = verdicts[f.getAttribute("data-verdict")] &&
        (!wanted || f.getAttribute("data-slot") === wanted) &&
        words.every(function (w) { return haystack[i].indexOf(w) >= 0; });
      f.hidden = !ok;
      if (ok) { count += 1; }
    });
    sections.forEach(function (s) { s.hidden = !verdicts[s.getAttribute("data-verdict")]; });
    shown.textContent = count + " of " + findings.length + " topics shown";
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.v[data-c]");
    if (link) {
      event.preventDefault();
      focusClaim(link);
      return;
    }
    var open = event.target.closest("a.open[data-a]");
    if (open) {
      event.preventDefault();
      showArticle(open.getAttribute("data-a"));
      document.getElementById("articles").scrollTop = 0;
    }
  });
  if (picker) {
    picker.addEventListener("change", function () { showArticle(picker.value); });
  }
  form.addEventListener("input", applyFilters);
  form.addEventListener("change", applyFilters);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.getElementById("print").addEventListener("click", function () { window.print(); });

  if (articles.length) { showArticle(articles[0].id); }
  applyFilters();
  var start = Array.prototype.find.call(document.querySelectorAll("a.v[data-c]"), function (a) {
    return location.hash && a.getAttribute("href") === location.hash;
  });
  if (start) { focusClaim(start); }
})();
