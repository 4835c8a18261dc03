// Progressive enhancement of a diagnostic step: a follow-up question appears as soon as an
// answer that calls for it is ticked, and an exclusive choice ("Aucun de ces moyens") unticks
// the others. Without this script, the server shows the step again with the follow-ups.
(function () {
  "use strict";
  var form = document.querySelector("form[data-etape]");
  if (!form) return;
  var suivantes = form.querySelectorAll("fieldset[data-revele-par]");

  function coche(id) {
    var input = form.querySelector('input[value="' + id + '"]');
    return input !== null && input.checked;
  }

  function afficher() {
    suivantes.forEach(function (fieldset) {
      var visible = fieldset.hasAttribute("data-visible-sans-etape") ||
        fieldset.getAttribute("data-revele-par").split(" ").some(coche);
      fieldset.hidden = !visible;
    });
  }

  form.addEventListener("change", function (event) {
    var input = event.target;
    if (input.type === "checkbox" && input.checked) {
      var groupe = form.querySelectorAll('input[name="' + input.name + '"]');
      groupe.forEach(function (autre) {
        if (autre !== input && (input.hasAttribute("data-exclusif") || autre.hasAttribute("data-exclusif"))) {
          autre.checked = false;
        }
      });
    }
    afficher();
  });
  afficher();
})();
