/* The script page: editor, live pages, scene navigator, autosave, saving drafts and resolving
   conflicts. Script text only ever reaches the page as text or as HTML the server escaped. */
(function () {
  "use strict";
  var root = document.getElementById("script");
  if (!root) return;
  var episode = root.dataset.episode;
  var base = parseInt(root.dataset.base, 10);
  var canEdit = root.dataset.canEdit === "true";
  var csrf = document.querySelector("meta[name=csrf-token]").content;
  var textarea = document.getElementById("source");
  var state = document.getElementById("save-state");
  var localKey = "showrunner:pending:" + episode;
  var cm = null;

  if (window.CodeMirror) {
    cm = CodeMirror.fromTextArea(textarea, {
      mode: "fountain", lineWrapping: true, readOnly: !canEdit, lineNumbers: false, autofocus: canEdit
    });
  }
  function text() { return cm ? cm.getValue() : textarea.value; }
  function setText(t) { if (cm) { cm.setValue(t); } else { textarea.value = t; } }
  function say(message) { state.textContent = message; }
  function clock() { return new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }); }

  function api(method, path, body, extra) {
    var options = Object.assign({
      method: method, credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf }
    }, extra || {});
    if (body !== undefined) options.body = JSON.stringify(body);
    return fetch("/api/episodes/" + episode + path, options).then(function (response) {
      if (response.status === 204) return { status: 204, body: null };
      return response.json().then(function (json) { return { status: response.status, body: json }; });
    });
  }

  // ---- live pages, debounced
  var previewTimer = null, previewSeq = 0;
  function schedulePreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(refreshPreview, 350);
  }
  function refreshPreview() {
    var seq = ++previewSeq;
    api("POST", "/preview", { text: text() }).then(function (r) {
      if (seq !== previewSeq || r.status !== 200) return;
      document.getElementById("preview").innerHTML = r.body.html; // escaped by the server
      document.getElementById("page-count").textContent = r.body.pagesLabel;
      document.getElementById("running-time").textContent = r.body.runningTime;
      var list = document.getElementById("scene-list");
      list.replaceChildren();
      var jump = document.getElementById("scene-jump");
      while (jump.options.length > 1) jump.remove(1);
      r.body.scenes.forEach(function (s) { jump.add(new Option(s.label + ". " + s.heading, String(s.number))); });
      r.body.scenes.forEach(function (s) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = "#scene-" + s.number;
        a.dataset.line = s.line;
        a.textContent = s.heading;
        li.appendChild(a);
        if (s.page > 0) {
          var len = document.createElement("span");
          len.className = "len";
          len.textContent = "p. " + s.pageLabel + " · " + s.length;
          li.appendChild(len);
        }
        list.appendChild(li);
      });
    }).catch(function () { /* the next keystroke tries again */ });
  }

  // ---- scene navigator: jump the editor and the pages (a list on a laptop, a menu on a tablet)
  document.getElementById("scene-jump").addEventListener("change", function (event) {
    var a = document.querySelector("#scene-list a[href='#scene-" + event.target.value + "']");
    if (a) goTo(a);
    event.target.value = "";
  });
  document.getElementById("scene-list").addEventListener("click", function (event) {
    var a = event.target.closest("a[data-line]");
    if (!a) return;
    event.preventDefault();
    goTo(a);
  });
  function goTo(a) {
    var line = parseInt(a.dataset.line, 10) - 1;
    if (cm) {
      cm.focus();
      cm.setCursor({ line: line, ch: 0 });
      cm.scrollIntoView({ line: line, ch: 0 }, 80);
    }
    // Scroll the pages only, not the window.
    var target = document.getElementById(a.getAttribute("href").substring(1));
    var pane = document.querySelector(".pages");
    if (target && pane) {
      var offset = target.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
      pane.scrollTo({ top: Math.max(0, offset - 40), behavior: "smooth" });
    }
  }

  // ---- autosave of work in progress: the server keeps it; this browser keeps it too until the server has it
  var workTimer = null, dirty = false, epoch = 0; // epoch: bumped by each save, so a late autosave reply is ignored
  function scheduleWork() {
    dirty = true;
    try { localStorage.setItem(localKey, JSON.stringify({ base: base, text: text(), at: Date.now() })); } catch (e) { /* full or disabled */ }
    clearTimeout(workTimer);
    workTimer = setTimeout(keepWork, 1200);
  }
  function keepWork(keepalive) {
    if (!dirty || !canEdit) return Promise.resolve();
    var body = { base: base, text: text() };
    var mine = epoch;
    return api("PUT", "/work", body, keepalive ? { keepalive: true } : undefined).then(function (r) {
      if (mine !== epoch) return;
      if (r.status === 204) {
        dirty = false;
        try { localStorage.removeItem(localKey); } catch (e) { /* ignore */ }
        say("Unsaved changes kept · " + clock());
      } else {
        say("Could not keep your changes on the server (" + (r.body && r.body.detail) + "); they are kept in this browser.");
      }
    }).catch(function () { say("Offline: your changes are kept in this browser."); });
  }
  window.addEventListener("pagehide", function () { if (dirty) keepWork(true); });
  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden" && dirty) keepWork(true); });

  // Text this browser kept but the server never got (closed offline): bring it back.
  try {
    var pending = JSON.parse(localStorage.getItem(localKey) || "null");
    if (pending && canEdit && pending.text !== text()) {
      base = pending.base;
      setText(pending.text);
      say("Restored changes this browser kept while offline.");
      dirty = true;
      keepWork();
    }
  } catch (e) { /* ignore */ }

  function onChange() { schedulePreview(); if (canEdit) scheduleWork(); }
  if (cm) { cm.on("change", onChange); } else { textarea.addEventListener("input", onChange); }

  // ---- saving a draft
  var saveButton = document.getElementById("save-draft");
  function setBase(number, label) {
    base = number;
    root.dataset.base = String(number);
    document.getElementById("base-label").textContent = label;
    var download = document.getElementById("download");
    if (download) download.href = "/episodes/" + episode + "/drafts/" + number + "/download";
    var pdf = document.getElementById("download-pdf");
    if (pdf) pdf.href = "/episodes/" + episode + "/drafts/" + number + "/download?format=pdf";
    var fdx = document.getElementById("download-fdx");
    if (fdx) fdx.href = "/episodes/" + episode + "/drafts/" + number + "/download?format=fdx";
    document.getElementById("download-menu").hidden = false;
  }
  if (saveButton) {
    saveButton.addEventListener("click", function () {
      saveButton.disabled = true;
      clearTimeout(workTimer);
      epoch++;
      say("Saving…");
      var nameInput = document.getElementById("draft-name");
      api("POST", "/drafts", { base: base, text: text(), name: nameInput.value || null }).then(function (r) {
        if (r.status === 201) {
          dirty = false;
          try { localStorage.removeItem(localKey); } catch (e) { /* ignore */ }
          nameInput.value = "";
          setBase(r.body.number, r.body.label);
          hideConflict();
          if (r.body.mergedWith.length) {
            say("Saved as " + r.body.label + ", merged with draft " + r.body.mergedWith.join(", ") + " · " + clock());
            return api("GET", "/drafts/" + r.body.number).then(function (d) { setText(d.body.text); dirty = false; });
          }
          say("Saved as " + r.body.label + " · " + clock());
        } else if (r.status === 409 && r.body.conflicts) {
          showConflict(r.body);
        } else {
          say("Not saved: " + (r.body && r.body.detail ? r.body.detail : "error " + r.status));
        }
      }).catch(function () {
        say("Not saved: the server cannot be reached. Your text is kept in this browser.");
      }).finally(function () { saveButton.disabled = false; });
    });
  }

  // ---- conflicts: the merged text with markers goes into the editor; each clash can be chosen here
  var panel = document.getElementById("conflict");
  function hideConflict() { panel.hidden = true; }
  function showConflict(body) {
    setBase(body.latest.number, body.latest.label);
    setText(body.merged);
    document.getElementById("conflict-detail").textContent = body.detail + ".";
    var list = document.getElementById("conflict-list");
    list.replaceChildren();
    body.conflicts.forEach(function (c, index) {
      var li = document.createElement("li");
      var where = document.createElement("div");
      where.textContent = c.scene ? "In " + c.scene : "Before the first scene";
      var sides = document.createElement("div");
      sides.className = "sides";
      [["Yours", c.mine], ["Theirs", c.theirs]].forEach(function (pair) {
        var box = document.createElement("div");
        var h = document.createElement("strong");
        h.textContent = pair[0];
        var pre = document.createElement("pre");
        pre.textContent = pair[1].join("\n");
        box.appendChild(h);
        box.appendChild(pre);
        sides.appendChild(box);
      });
      var buttons = document.createElement("div");
      buttons.className = "row";
      [["mine", "Keep yours"], ["theirs", "Keep theirs"], ["both", "Keep both"]].forEach(function (choice) {
        var b = document.createElement("button");
        b.type = "button";
        b.textContent = choice[1];
        b.className = "resolve-" + choice[0];
        b.addEventListener("click", function () { resolve(choice[0]); li.remove(); if (!list.children.length) { hideConflict(); say("All clashes resolved: save the draft."); } });
        buttons.appendChild(b);
      });
      li.appendChild(where);
      li.appendChild(sides);
      li.appendChild(buttons);
      list.appendChild(li);
    });
    panel.hidden = false;
    say("Not saved yet: resolve the clashes, then save.");
    scheduleWork();
  }
  /** Replaces the first remaining marked block in the editor with the chosen side. */
  function resolve(choice) {
    var lines = text().split("\n");
    var start = lines.findIndex(function (l) { return l.indexOf("<<<<<<< ") === 0; });
    if (start < 0) return;
    var middle = lines.indexOf("=======", start);
    var end = lines.findIndex(function (l, i) { return i > middle && l.indexOf(">>>>>>> ") === 0; });
    if (middle < 0 || end < 0) return;
    var mine = lines.slice(start + 1, middle), theirs = lines.slice(middle + 1, end);
    var chosen = choice === "mine" ? mine : choice === "theirs" ? theirs : mine.concat(theirs);
    lines.splice.apply(lines, [start, end - start + 1].concat(chosen));
    setText(lines.join("\n"));
  }
})();
