// The schedule page: a strip's Day list moves it at once (without script, the button below
// the board does the same for every list changed).
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("board-form");
  if (!form) {
    return;
  }
  form.querySelectorAll("select.move-strip").forEach(select => {
    select.addEventListener("change", () => form.submit());
  });
  document.getElementById("board-move").style.display = "none";
});
