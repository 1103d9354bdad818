/**
 * The catalog page's script: reads the embedded data and filters lessons in
 * the browser. It builds the list with DOM methods (textContent), never
 * innerHTML, so lesson text stays text. No network access.
 *
 * Kept as a string so the site is one self-contained folder.
 */
export const appScript = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("growsafe-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var params = new URLSearchParams(location.search);
  var state = { locale: params.get("lang") === "fr" ? "fr" : (params.get("lang") === "en" ? "en" : data.defaultLocale) };
  function L(key) { return (data.labels[state.locale] || data.labels.en)[key] || key; }
  function pick(t) { return (t && (t[state.locale] || t.en)) || ""; }
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function option(value, text) { var o = document.createElement("option"); o.value = value; o.textContent = text; return o; }
  function fill(select, items) { var keep = select.value; select.textContent = ""; select.appendChild(option("", L("any"))); items.forEach(function (i) { select.appendChild(option(i[0], i[1])); }); select.value = keep; }

  function refreshLabels() {
    document.documentElement.lang = state.locale;
    document.querySelectorAll("[data-label]").forEach(function (el) { el.textContent = L(el.getAttribute("data-label")); });
    fill($("f-age"), data.ages.map(function (a) { return [String(a), a + " " + L("years")]; }));
    fill($("f-system"), data.systems.map(function (s) { return [s.id, pick(s.name)]; }));
    fill($("f-strand"), data.strands.map(function (s) { return [s.id, pick(s.name)]; }));
    fill($("f-topic"), data.topics.map(function (t) { return [t.id, pick(t.name)]; }));
    fill($("f-framework"), data.frameworkItems.map(function (f) { return [f.key, f.label]; }));
    refreshGrades();
    $("lang-en").setAttribute("aria-pressed", String(state.locale === "en"));
    $("lang-fr").setAttribute("aria-pressed", String(state.locale === "fr"));
  }
  function refreshGrades() {
    var sys = data.systems.filter(function (s) { return s.id === $("f-system").value; })[0];
    fill($("f-grade"), sys ? sys.grades.map(function (g) { return [g.code, g.code + " — " + g.name + " (" + g.min + "–" + g.max + ")"]; }) : []);
    $("f-grade").disabled = !sys;
  }
  // The safety rule, as in findLessons: the requested age (or a grade's youngest pupils) is within the lesson's range.
  function floorAge() {
    var sys = data.systems.filter(function (s) { return s.id === $("f-system").value; })[0];
    var grade = sys && sys.grades.filter(function (g) { return g.code === $("f-grade").value; })[0];
    if (grade) return grade.min;
    return $("f-age").value === "" ? null : Number($("f-age").value);
  }
  function render() {
    var age = floorAge();
    var strand = $("f-strand").value, topic = $("f-topic").value, fw = $("f-framework").value;
    var words = fold($("f-text").value).split(/[^a-z0-9]+/).filter(Boolean);
    var list = data.lessons.filter(function (l) {
      if (l.locales.indexOf(state.locale) < 0) return false;
      if (age !== null && !(l.min <= age && age <= l.max)) return false;
      if (strand && l.strands.indexOf(strand) < 0) return false;
      if (topic && l.topics.indexOf(topic) < 0) return false;
      if (fw && !l.alignments.some(function (a) { return a === fw || a.indexOf(fw + ".") === 0; })) return false;
      if (words.length) { var hay = fold(pick(l.title) + " " + pick(l.summary)); if (!words.every(function (w) { return hay.indexOf(w) >= 0; })) return false; }
      return true;
    });
    var ul = $("results"); ul.textContent = "";
    list.forEach(function (l) {
      var li = document.createElement("li"); li.className = "result"; li.setAttribute("data-id", l.id);
      var a = document.createElement("a"); a.href = "lessons/" + l.id + "." + state.locale + ".html"; a.textContent = pick(l.title);
      var meta = document.createElement("span"); meta.className = "note"; meta.textContent = " · " + l.min + "–" + l.max + " " + L("years") + " · " + l.duration + " " + L("minutes");
      var p = document.createElement("p"); p.textContent = pick(l.summary);
      li.appendChild(a); li.appendChild(meta); li.appendChild(p); ul.appendChild(li);
    });
    $("count").textContent = list.length + " " + L("results");
    $("empty").hidden = list.length > 0;
    var q = new URLSearchParams(); q.set("lang", state.locale); history.replaceState(null, "", "?" + q.toString());
  }
  ["f-age", "f-grade", "f-strand", "f-topic", "f-framework"].forEach(function (id) { $(id).addEventListener("change", render); });
  $("f-system").addEventListener("change", function () { refreshGrades(); render(); });
  $("f-text").addEventListener("input", render);
  $("lang-en").addEventListener("click", function () { state.locale = "en"; refreshLabels(); render(); });
  $("lang-fr").addEventListener("click", function () { state.locale = "fr"; refreshLabels(); render(); });
  refreshLabels(); render();
})();
`;
