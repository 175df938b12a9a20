// Baseline for bench/run.sh: wink-nlp on the same bytes as eventgraph.
//   node wink_bench.js CORPUS_DIR
// Reads every *.txt of CORPUS_DIR (recursively) into memory first, then times
// wink-nlp tokenising, sentence-splitting, POS-tagging and NER-tagging each
// document, and reading the results out (so no work is left lazy).
// Prints one line: "wink-nlp <MB/s> MB/s <docs/s> docs/s <bytes> bytes
// <seconds> s <cpu> cpu-s <MB/cpu-s> MB-per-cpu-s <tokens> tokens
// <sentences> sentences <entities> entities". The CPU figure (user + system
// time of the process during the loop) holds on a machine shared with other
// processes.
'use strict';
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

function listTxt(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listTxt(p, out);
    else if (e.isFile() && e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node wink_bench.js CORPUS_DIR');
  process.exit(64);
}
const texts = listTxt(dir, []).map((p) => fs.readFileSync(p, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;
let tokens = 0, sentences = 0, entities = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (const t of texts) {
  const doc = nlp.readDoc(t);
  tokens += doc.tokens().out(its.pos).length;
  sentences += doc.sentences().length();
  entities += doc.entities().out(its.type).length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cu = process.cpuUsage(c0);
const cpu = (cu.user + cu.system) / 1e6;
console.log(`wink-nlp ${(bytes / 1e6 / secs).toFixed(2)} MB/s ` +
  `${(texts.length / secs).toFixed(1)} docs/s ${bytes} bytes ${secs.toFixed(3)} s ` +
  `${cpu.toFixed(3)} cpu-s ${(bytes / 1e6 / cpu).toFixed(2)} MB-per-cpu-s ` +
  `${tokens} tokens ${sentences} sentences ${entities} entities`);
