// The schedule page: a strip's Day list moves it, and its Lock box locks it, at once (without
// script, the button below the board does the same for every list and box changed). A strip
// can also be dragged onto another day's strip or onto a day's closing banner: that chooses
// the day in its Day list, so a drag and a choice are the same move.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("board-form");
  if (!form) {
    return;
  }
  form.querySelectorAll("select.move-strip, input.lock-strip").forEach(control => {
    control.addEventListener("change", () => form.submit());
  });
  document.getElementById("board-move").style.display = "none";

  // The day a row stands for: a strip's day as the page shows it, or the day a banner closes.
  const dayOf = row => {
    if (row.classList.contains("day-break")) {
      return row.id.replace("day-", "");
    }
    const shown = Array.from(row.querySelector("select.move-strip").options).find(o => o.defaultSelected);
    return shown ? shown.value.split(":")[1] : null;
  };
  let dragged = null;
  let over = null;
  const mark = row => {
    if (over !== row) {
      over?.classList.remove("drop-target");
      over = row;
      over?.classList.add("drop-target");
    }
  };
  form.querySelectorAll("#stripboard tbody tr").forEach(row => {
    if (!row.classList.contains("day-break")) {
      row.draggable = true;
      row.addEventListener("dragstart", event => {
        dragged = row;
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", row.id);
        row.classList.add("dragging");
      });
      row.addEventListener("dragend", () => {
        row.classList.remove("dragging");
        mark(null);
        dragged = null;
      });
    }
    row.addEventListener("dragover", event => {
      if (dragged && dayOf(row) !== dayOf(dragged)) {
        event.preventDefault(); // a drop is allowed here
        event.dataTransfer.dropEffect = "move";
        mark(row);
      }
    });
    row.addEventListener("drop", event => {
      event.preventDefault();
      if (!dragged || dayOf(row) === dayOf(dragged)) {
        return;
      }
      const select = dragged.querySelector("select.move-strip");
      const position = select.options[0].value.split(":")[0];
      select.value = position + ":" + dayOf(row);
      mark(null);
      form.submit();
    });
  });
});
