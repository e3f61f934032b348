// A delivery's pages: each page note's words highlighted where the pages print them, the note
// shown when its words are clicked, and a selection of words turned into the note form's quote
// and source line. The server finds the words in the draft's Fountain text (notes.Selections).
(function () {
  'use strict';
  var pages = document.getElementById('delivered');
  if (!pages) { return; }
  var quoteField = document.getElementById('note-quote');
  var lineField = document.getElementById('note-line');
  var shown = document.getElementById('selection-shown');
  var kind = document.getElementById('note-kind');

  // Every printed line's text nodes, read as one text: runs of white space are one space (a line
  // break between printed lines is one), letters in lower case; each character keeps its node and offset.
  function reading() {
    var chars = [];
    var map = [];
    var lines = pages.querySelectorAll('p.l');
    for (var i = 0; i < lines.length; i++) {
      var walker = document.createTreeWalker(lines[i], NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var text = node.nodeValue;
        for (var k = 0; k < text.length; k++) {
          var c = text.charAt(k);
          if (/\s/.test(c)) {
            if (chars.length && chars[chars.length - 1] !== ' ') { chars.push(' '); map.push({ node: node, offset: k, line: lines[i] }); }
          } else {
            chars.push(c.toLowerCase());
            map.push({ node: node, offset: k, line: lines[i] });
          }
        }
      }
      if (chars.length && chars[chars.length - 1] !== ' ') { chars.push(' '); map.push(null); }
    }
    return { text: chars.join(''), map: map, lines: lines };
  }

  function normal(text) {
    return text.replace(/[*_\\]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  }

  // Where reading from the line holding source line `line` begins.
  function startAt(r, line) {
    var best = null;
    for (var i = 0; i < r.lines.length; i++) {
      var l = parseInt(r.lines[i].getAttribute('data-line') || '0', 10);
      if (l && l <= line) { best = r.lines[i]; }
    }
    if (!best) { return 0; }
    for (var k = 0; k < r.map.length; k++) {
      if (r.map[k] && r.map[k].line === best) { return k; }
    }
    return 0;
  }

  function mark(r, from, length, number) {
    // wrap each text node's part of [from, from + length) in a mark, last node first
    var parts = [];
    for (var k = from; k < from + length; k++) {
      var m = r.map[k];
      if (!m) { continue; }
      var last = parts[parts.length - 1];
      // within one text node a run goes on over white space the reading collapsed
      if (last && last.node === m.node && m.offset >= last.end) { last.end = m.offset + 1; }
      else { parts.push({ node: m.node, start: m.offset, end: m.offset + 1 }); }
    }
    for (var p = parts.length - 1; p >= 0; p--) {
      var part = parts[p];
      var range = document.createRange();
      range.setStart(part.node, part.start);
      range.setEnd(part.node, part.end);
      var el = document.createElement('mark');
      el.className = 'note-mark';
      el.setAttribute('data-note', number);
      el.title = 'Note ' + number;
      range.surroundContents(el);
    }
  }

  function highlight() {
    var notes = document.querySelectorAll('#notes li.note');
    var done = [];
    for (var i = 0; i < notes.length; i++) {
      var quote = normal(notes[i].getAttribute('data-quote') || '');
      if (!quote) { continue; }
      done.push({ quote: quote, line: parseInt(notes[i].getAttribute('data-line') || '0', 10),
        number: notes[i].getAttribute('data-note') });
    }
    // each mark splits text nodes, so the pages are read again for every note
    for (var j = 0; j < done.length; j++) {
      var r = reading();
      var at = r.text.indexOf(done[j].quote, startAt(r, done[j].line));
      if (at < 0) { at = r.text.indexOf(done[j].quote); }
      if (at >= 0) { mark(r, at, done[j].quote.length, done[j].number); }
    }
  }

  function current(number) {
    var all = document.querySelectorAll('.current');
    for (var i = 0; i < all.length; i++) { all[i].classList.remove('current'); }
    var note = document.getElementById('note-' + number);
    if (note) { note.classList.add('current'); note.scrollIntoView({ block: 'nearest' }); }
    var marks = pages.querySelectorAll('mark[data-note="' + number + '"]');
    for (var k = 0; k < marks.length; k++) { marks[k].classList.add('current'); }
  }

  pages.addEventListener('click', function (e) {
    var m = e.target.closest ? e.target.closest('mark.note-mark') : null;
    if (m) { current(m.getAttribute('data-note')); }
  });
  document.getElementById('notes').addEventListener('click', function (e) {
    var li = e.target.closest ? e.target.closest('li.note') : null;
    if (li && e.target.tagName !== 'BUTTON' && e.target.tagName !== 'SELECT' && e.target.tagName !== 'TEXTAREA'
        && e.target.tagName !== 'INPUT' && e.target.tagName !== 'OPTION') {
      current(li.getAttribute('data-note'));
      var first = pages.querySelector('mark[data-note="' + li.getAttribute('data-note') + '"]');
      if (first) { first.scrollIntoView({ block: 'center' }); }
    }
  });

  document.addEventListener('selectionchange', function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) { return; }
    var range = sel.getRangeAt(0);
    if (!pages.contains(range.commonAncestorContainer)) { return; }
    var text = sel.toString().replace(/\s+/g, ' ').trim();
    if (!text) { return; }
    var start = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    var line = start && start.closest ? start.closest('p.l') : null;
    quoteField.value = text;
    lineField.value = line ? (line.getAttribute('data-line') || '') : '';
    kind.value = 'page';
    shown.textContent = '\u201c' + (text.length > 120 ? text.slice(0, 119) + '\u2026' : text) + '\u201d';
  });

  highlight();
  if (location.hash.indexOf('#note-') === 0) { current(location.hash.slice(6)); }
}());
