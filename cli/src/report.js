// The hover card, the highlighting of a whole attribution, and the page's self-check.
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.doc"));

  function text(tag, cls, s) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    e.textContent = s;
    return e;
  }

  // per section: its data, and the elements of each attribution ("a3") or non-response ("n0")
  var docs = sections.map(function (sec) {
    var node = sec.querySelector("script.data");
    var data = node ? JSON.parse(node.textContent) : { attributions: [], non_responses: [] };
    var parts = {};
    Array.prototype.forEach.call(sec.querySelectorAll("[data-m]"), function (el) {
      el.getAttribute("data-m").split(" ").forEach(function (t) {
        var key = (t[0] === "n" || t[0] === "r" ? "n" : "a") + t.slice(1);
        (parts[key] = parts[key] || []).push(el);
      });
    });
    return { sec: sec, data: data, parts: parts };
  });

  var ROLE = { c: "content", v: "cue", s: "source", k: "cited source", n: "non-response", r: "did not respond" };

  function card(doc, tokens) {
    var seen = {};
    var rows = [];
    tokens.forEach(function (t) {
      var role = t[0], i = +t.slice(1);
      var key = (role === "n" || role === "r" ? "n" : "a") + i;
      if (seen[key]) return;
      seen[key] = true;
      var row = document.createElement("div");
      row.className = "row";
      if (key[0] === "a") {
        var a = doc.data.attributions[i];
        if (!a) return;
        row.appendChild(text("b", "", a.speaker || "(no source)"));
        if (a.speaker && !a.resolved) row.appendChild(text("span", "k", " (unresolved)"));
        row.appendChild(document.createElement("br"));
        var chip = text("span", "chip l-" + a.level, a.level.replace(/_/g, " "));
        row.appendChild(chip);
        row.appendChild(text("span", "", " " + a.kind + (a.cue ? " · cue “" + a.cue + "”" : " · continued")));
        row.appendChild(document.createElement("br"));
        row.appendChild(text("span", "k", "pattern " + a.pattern + " · confidence " + a.confidence + " · you are on its " + ROLE[role]));
      } else {
        var r = doc.data.non_responses[i];
        if (!r) return;
        row.appendChild(text("b", "", r.who || "(no source)"));
        row.appendChild(text("span", "", " " + r.kind.replace(/_/g, " ") + ": " + r.phrase));
      }
      rows.push(row);
    });
    return rows;
  }

  var hot = [];
  function clear() {
    hot.forEach(function (el) { el.classList.remove("hot"); });
    hot = [];
    tip.hidden = true;
  }

  function show(doc, el, x, y) {
    clear();
    var tokens = el.getAttribute("data-m").split(" ");
    var rows = card(doc, tokens);
    if (!rows.length) return;
    tip.textContent = "";
    rows.forEach(function (r) { tip.appendChild(r); });
    tip.hidden = false;
    // x, y are window coordinates; the card is placed in page coordinates, so that it stays
    // beside its text when the page scrolls (as it does after opening a link to #d0-a3)
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(4, Math.min(x + 14, window.innerWidth - w - 8));
    var top = y + 18 + h > window.innerHeight ? Math.max(4, y - h - 12) : y + 18;
    tip.style.left = left + window.scrollX + "px";
    tip.style.top = top + window.scrollY + "px";
    var t = tokens[0];
    var key = (t[0] === "n" || t[0] === "r" ? "n" : "a") + t.slice(1);
    (doc.parts[key] || []).forEach(function (p) { p.classList.add("hot"); hot.push(p); });
  }

  docs.forEach(function (doc) {
    doc.sec.addEventListener("mouseover", function (e) {
      var el = e.target.closest ? e.target.closest("[data-m]") : null;
      if (el && doc.sec.contains(el)) show(doc, el, e.clientX || 0, e.clientY || 0);
    });
    doc.sec.addEventListener("mouseout", function (e) {
      if (!e.relatedTarget || !e.relatedTarget.closest || !e.relatedTarget.closest("[data-m]")) clear();
    });
  });

  // A link to an attribution (from the speakers table, or a shared #d0-a3) shows its card
  // under the attribution's first piece. The outcome goes to <html data-follow>: `ok` when
  // the card is open, shows the attribution and sits right under its text.
  function follow() {
    var m = /^#d(\d+)-a(\d+)$/.exec(location.hash);
    var doc = m && docs[+m[1]];
    var el = m && document.getElementById(location.hash.slice(1));
    if (!doc || !el) return;
    var r = el.getBoundingClientRect();
    show(doc, el, r.left, r.bottom - 14);
    var a = doc.data.attributions[+m[2]];
    // measured a moment later, after the browser has scrolled to the link's target
    setTimeout(function () {
      var now = el.getBoundingClientRect(), card = tip.getBoundingClientRect();
      var near = Math.abs(card.top - (now.bottom + 4)) < 2 || Math.abs(card.bottom - (now.bottom - 26)) < 2;
      var shows = !tip.hidden && a && tip.textContent.indexOf(a.speaker || "(no source)") >= 0;
      document.documentElement.setAttribute("data-follow", shows && near ? "ok" :
        "fail: card " + (tip.hidden ? "hidden" : "at " + Math.round(card.top) + ", its text at " + Math.round(now.bottom)));
    }, 200);
  }
  window.addEventListener("hashchange", follow);

  // Self-check: every attribution highlighted with its roles, the charts drawn, the card
  // working, no script error. The outcome goes to <html data-check>.
  function check() {
    var problems = [];
    var total = 0;
    docs.forEach(function (doc, d) {
      var want = +doc.sec.getAttribute("data-attributions");
      var atts = doc.data.attributions;
      if (atts.length !== want) problems.push("doc " + d + ": " + atts.length + " of " + want + " attributions in the data");
      for (var i = 0; i < atts.length; i++) {
        var els = doc.parts["a" + i] || [];
        var roles = {};
        els.forEach(function (el) {
          el.getAttribute("data-m").split(" ").forEach(function (t) { if (+t.slice(1) === i && "cvs".indexOf(t[0]) >= 0) roles[t[0]] = true; });
        });
        if (!roles.c) problems.push("doc " + d + ": attribution " + i + " has no highlighted content");
        if (atts[i].cue && !roles.v) problems.push("doc " + d + ": attribution " + i + " has no highlighted cue");
        if (atts[i].source && !roles.s) problems.push("doc " + d + ": attribution " + i + " has no highlighted source");
      }
      total += atts.length;
      var svg = doc.sec.querySelector("svg.chart");
      var bars = svg ? svg.querySelectorAll("rect.bar") : [];
      var sum = 0, drawn = true;
      Array.prototype.forEach.call(bars, function (b) {
        var n = +b.getAttribute("data-n");
        sum += n;
        if (n > 0 && !(b.getBBox().width > 0)) drawn = false;
      });
      if (bars.length !== 7) problems.push("doc " + d + ": chart has " + bars.length + " bars, not 7");
      if (sum !== want) problems.push("doc " + d + ": chart counts " + sum + ", not " + want);
      if (!drawn) problems.push("doc " + d + ": a chart bar is not drawn");
      var first = doc.sec.querySelector("[data-m^='c']");
      if (first) {
        show(doc, first, 10, 10);
        var a = atts[+first.getAttribute("data-m").split(" ")[0].slice(1)];
        if (tip.hidden || tip.textContent.indexOf(a.level.replace(/_/g, " ")) < 0 || tip.textContent.indexOf(a.pattern) < 0) {
          problems.push("doc " + d + ": the hover card does not show level and pattern");
        }
        clear();
      }
    });
    (window.__whosaidErrors || []).forEach(function (e) { problems.push("script error: " + e); });
    var root = document.documentElement;
    root.setAttribute("data-attributions-checked", String(total));
    root.setAttribute("data-check", problems.length ? "fail: " + problems.join("; ") : "ok");
  }

  try {
    check();
  } catch (e) {
    document.documentElement.setAttribute("data-check", "fail: " + e);
  }
  follow();
})();
