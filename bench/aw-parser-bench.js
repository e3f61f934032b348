// Times aw-parser (the parser behind afterwriting) on one Fountain file: many parses, median.
// Usage: node bench/aw-parser-bench.js FILE   (aw-parser installed under bench/.peers)
'use strict';
const fs = require('fs');
const path = require('path');
const { parser } = require(path.join(__dirname, '.peers', 'node_modules', 'aw-parser'));

const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8');
const bytes = Buffer.byteLength(text, 'utf8');
// Everything on, as our reader keeps everything (notes, sections, synopses, dual dialogue).
const cfg = {
  print_title_page: true, print_headers: true, print_actions: true, print_dialogues: true,
  print_notes: true, print_sections: true, print_synopsis: true, use_dual_dialogue: true,
  merge_multiple_empty_lines: false, double_space_between_scenes: false, each_scene_on_new_page: false,
};

let sink = 0;
const parseOnce = () => { sink += parser.parse(text, cfg).tokens.length; };

const warmupUntil = process.hrtime.bigint() + 10_000_000_000n; // 10 s, as JMH's warm-up
while (process.hrtime.bigint() < warmupUntil) parseOnce();

const samples = [];
const batch = 20;
for (let s = 0; s < 50; s++) {
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < batch; k++) parseOnce();
  samples.push(Number(process.hrtime.bigint() - t0) / 1e6 / batch);
}
samples.sort((a, b) => a - b);
const ms = samples[Math.floor(samples.length / 2)];
console.log(JSON.stringify({ parser: 'aw-parser 0.1.1', ms, mbps: bytes / 1e6 / (ms / 1e3), bytes, sink: sink > 0 }));
