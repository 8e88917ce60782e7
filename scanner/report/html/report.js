// Filters the findings by severity, state, kind, rule and file. It only
// shows and hides elements and writes a count with textContent: no markup
// is ever built from a finding's text.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var list = document.getElementById("list");
  var shown = document.getElementById("shown");
  if (!form || !list || !shown) {
    return;
  }
  var files = Array.prototype.map.call(list.querySelectorAll("section.file"), function (section) {
    return { section: section, items: Array.prototype.slice.call(section.querySelectorAll("li.f")) };
  });
  function checked(name) {
    var set = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
      if (box.checked) {
        set[box.value] = true;
      }
    });
    return set;
  }
  function apply() {
    var sev = checked("sev"), state = checked("state");
    var kind = form.elements.kind.value, rule = form.elements.rule.value;
    var file = form.elements.file.value.toLowerCase();
    var total = 0;
    files.forEach(function (f) {
      var d = f.section.dataset;
      var inFile = (kind === "" || d.kind === kind) && (file === "" || d.file.toLowerCase().indexOf(file) >= 0);
      var n = 0;
      f.items.forEach(function (li) {
        var ok = inFile && sev[li.dataset.sev] === true && state[li.dataset.state] === true &&
          (rule === "" || li.dataset.rule === rule);
        li.hidden = !ok;
        if (ok) {
          n++;
        }
      });
      f.section.hidden = n === 0;
      total += n;
    });
    shown.textContent = String(total);
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
