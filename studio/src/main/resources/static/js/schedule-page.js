// The schedule page: a strip's Day list moves it, and its Lock box locks it, at once (without
// script, the button below the board does the same for every list and box changed).
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("board-form");
  if (!form) {
    return;
  }
  form.querySelectorAll("select.move-strip, input.lock-strip").forEach(control => {
    control.addEventListener("change", () => form.submit());
  });
  document.getElementById("board-move").style.display = "none";
});
