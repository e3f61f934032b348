/* Fountain highlighting for CodeMirror 5: scene headings, cues, parentheticals, transitions,
   sections, synopses, notes, boneyard, centred text, page breaks, and conflict markers. */
(function () {
  if (!window.CodeMirror || !CodeMirror.defineSimpleMode) return;
  CodeMirror.defineSimpleMode("fountain", {
    start: [
      { regex: /^(?:<<<<<<<|=======|>>>>>>>)(?: .*)?$/, token: "error", sol: true },
      { regex: /\/\*/, token: "comment", next: "boneyard" },
      { regex: /\[\[.*?\]\]/, token: "meta" },
      { regex: /^(?:\.(?!\.)\S.*|(?:INT|EXT|EST|INT\.\/EXT|INT\/EXT|I\/E)[. ].*)$/i, token: "header", sol: true },
      { regex: /^#+.*$/, token: "comment", sol: true },
      { regex: /^=(?!==).*$/, token: "comment", sol: true },
      { regex: /^===+\s*$/, token: "comment", sol: true },
      { regex: /^>.*<\s*$/, token: "string", sol: true },
      { regex: /^(?:>.*|[A-Z0-9 .'\-]+TO:)\s*$/, token: "keyword", sol: true },
      { regex: /^\s*\(.*\)\s*$/, token: "variable-2", sol: true },
      { regex: /^@.*$/, token: "variable-2", sol: true },
      { regex: /^[^a-z\n]*[A-Z][^a-z\n]*$/, token: "variable-2", sol: true },
      { regex: /^[A-Za-z][A-Za-z ]*:/, token: "meta", sol: true },
      { regex: /./, token: null }
    ],
    boneyard: [
      { regex: /.*?\*\//, token: "comment", next: "start" },
      { regex: /.*/, token: "comment" }
    ]
  });
})();
