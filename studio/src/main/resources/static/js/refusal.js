// A refused form came back to this page: its message goes beside the field it names (the
// banner at the top stays for readers without script, and when no field of that name is here).
(function () {
  "use strict";
  var banner = document.getElementById("refusal");
  if (!banner || !banner.dataset.field) return;
  var field = document.querySelector('[name="' + CSS.escape(banner.dataset.field) + '"]');
  if (!field) return;
  var details = field.closest("details");
  if (details) details.open = true;
  var note = document.createElement("p");
  note.className = "field-error";
  note.id = "refusal-" + banner.dataset.field;
  note.setAttribute("role", "alert");
  note.textContent = banner.textContent.replace(/^Not done:\s*/, "");
  field.insertAdjacentElement("afterend", note);
  field.setAttribute("aria-invalid", "true");
  field.setAttribute("aria-describedby", note.id);
  banner.hidden = true;
  field.focus();
})();
