// Measures stemmers for cue matching (src/engine/words/): minified size in a bundle, time per
// word, and quality on test/fixtures/words/inflections.json (pairs of one word's forms that
// meet; pairs of different words that wrongly meet). Alternatives not installed are skipped;
// to compare, install them outside the project (e.g. `npm i snowball-stemmers natural` in a
// scratch folder) and pass that folder's node_modules: node scripts/measure-stemmers.mjs /tmp/x/node_modules
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const extra = process.argv[2] ? resolve(process.argv[2]) : null;
const table = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/words/inflections.json'), 'utf8'));

const pick = (m) => m.stemmer ?? m.default.stemmer;
const fold = (s) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
/** name → { lang, entry source for esbuild, load(): (word) => stem } */
const candidates = [
  { name: '@orama/stemmers english (Porter2)', lang: 'en', code: `export { stemmer } from '@orama/stemmers/english';`, dir: ROOT, load: async (r) => pick(await import(r('@orama/stemmers/english'))) },
  { name: '@orama/stemmers spanish (Snowball)', lang: 'es', code: `export { stemmer } from '@orama/stemmers/spanish';`, dir: ROOT, load: async (r) => pick(await import(r('@orama/stemmers/spanish'))) },
  { name: 'snowball-stemmers english', lang: 'en', code: `import s from 'snowball-stemmers'; const e = s.newStemmer('english'); export const stemmer = (w) => e.stem(w);`, dir: extra, load: async (r) => { const s = (await import(r('snowball-stemmers'))).default; const e = s.newStemmer('english'); return (w) => e.stem(w); } },
  { name: 'snowball-stemmers spanish', lang: 'es', code: `import s from 'snowball-stemmers'; const e = s.newStemmer('spanish'); export const stemmer = (w) => e.stem(w);`, dir: extra, load: async (r) => { const s = (await import(r('snowball-stemmers'))).default; const e = s.newStemmer('spanish'); return (w) => e.stem(w); } },
  { name: 'natural PorterStemmer (Porter 1)', lang: 'en', code: `export { PorterStemmer } from 'natural/lib/natural/stemmers/porter_stemmer';`, dir: extra, load: async (r) => { const m = (await import(r('natural/lib/natural/stemmers/porter_stemmer.js'))).default; return (w) => m.stem(w); } },
  { name: 'natural PorterStemmerEs', lang: 'es', code: `export { default } from 'natural/lib/natural/stemmers/porter_stemmer_es';`, dir: extra, load: async (r) => { const m = (await import(r('natural/lib/natural/stemmers/porter_stemmer_es.js'))).default; return (w) => m.stem(w); } },
];

async function size(c) {
  const r = await build({ stdin: { contents: c.code, resolveDir: c.dir, loader: 'js' }, bundle: true, write: false, minify: true, format: 'esm', platform: 'node', logLevel: 'silent', legalComments: 'none' });
  return r.outputFiles[0].contents.length;
}

function quality(stem, lang) {
  const t = table[lang];
  let met = 0, pairs = 0, wrong = 0;
  const missed = [];
  for (const g of t.same) for (let i = 1; i < g.length; i++) { pairs++; if (stem(fold(g[0])) === stem(fold(g[i]))) met++; else missed.push(`${g[0]}/${g[i]}`); }
  const merged = [];
  for (const [a, b] of t.apart) if (stem(fold(a)) === stem(fold(b))) { wrong++; merged.push(`${a}/${b}`); }
  return { met, pairs, wrong, apart: t.apart.length, missed, merged };
}

function speed(stem, lang) {
  const words = [...new Set(table[lang].same.flat().concat(table[lang].apart.flat()).map(fold))];
  const n = 100_000;
  for (let i = 0; i < 5000; i++) stem(words[i % words.length]);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) stem(words[i % words.length]);
  return ((performance.now() - t0) * 1000) / n;
}

for (const c of candidates) {
  if (!c.dir) { console.log(`${c.name}: skipped (pass a node_modules folder holding it)`); continue; }
  let stem;
  try {
    const req = createRequire(join(c.dir, 'node_modules', 'x.js'));
    stem = await c.load((m) => req.resolve(m));
  } catch (e) { console.log(`${c.name}: not installed (${e.message.split('\n')[0]})`); continue; }
  const q = quality(stem, c.lang);
  console.log(`${c.name}: ${(await size(c) / 1024).toFixed(1)} KB minified; ${speed(stem, c.lang).toFixed(2)} µs/word; forms met ${q.met}/${q.pairs}; different words merged ${q.wrong}/${q.apart}`);
  console.log(`   missed: ${q.missed.join(' ')}`);
  console.log(`   merged: ${q.merged.join(' ')}`);
}
