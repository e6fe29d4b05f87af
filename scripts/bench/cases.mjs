// What the benchmark measures, as data: the inputs, the cases timed on them, and the
// ratios reported with their targets. To add a measurement, add a case here; the runner
// (scripts/bench.mjs) spawns one child process per case and input, so each peak RSS
// belongs to one tool. Everything a case imports is loaded inside `load`, in the child.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generateCorpus, NEWS_NARRATIVE } from './corpus.mjs';
import { generateDataset } from './dataset.mjs';

const MiB = 1 << 20;

/**
 * Inputs, in the order each case runs them. `make()` returns the text; the runner writes it to
 * bench-out/inputs/<id>.md once per run. A timed case runs on the `corpus` inputs unless
 * it lists its own `inputs` ids.
 */
export const inputs = [
  { id: '1mb', title: '1 MiB of news articles (figure density of the seed articles)', corpus: true, make: () => generateCorpus(MiB, 0x1001, { narrative: NEWS_NARRATIVE }) },
  { id: '4mb', title: '4 MiB of news articles', corpus: true, make: () => generateCorpus(4 * MiB, 0x4004, { narrative: NEWS_NARRATIVE }) },
  { id: 'dense-1mb', title: '1 MiB figure-dense archive (every sentence carries figures)', corpus: true, make: () => generateCorpus(MiB, 0x1001) },
];

/** The warm-up text: same generator, another seed, so no case warms up on the text it is timed on. */
export const warmup = { id: 'warmup', title: '256 KiB warm-up text', make: () => generateCorpus(MiB / 4, 0xbeef, { narrative: 0.5 }) };

/** The 1 MiB news input again, for cases that measure on their own (`measure`). */
const newsText = () => generateCorpus(MiB, 0x1001, { narrative: NEWS_NARRATIVE });

/** A spot inside prose, in the middle part of the text, different for each repetition. */
function editSpot(text, n) {
  const from = Math.floor(text.length * (0.3 + 0.4 * ((n * 0.618034) % 1)));
  for (const w of [' the ', ' que ', ' ']) {
    const at = text.indexOf(w, from);
    if (at > 0) return at + 1;
  }
  return Math.floor(text.length / 2);
}

/** Matching and checks on an analysed text against the bundled data plus `files`. */
async function matchCase(env, files) {
  const { analyze, checkAnalysis, openDataset } = await import(env.engine);
  const { catalog, problems } = openDataset(files);
  // Information (a large dataset's quotes are not read back here) is no failure.
  const serious = problems.filter((p) => p.severity !== 'information');
  if (serious.length) throw new Error(`dataset problems: ${serious.slice(0, 3).map((p) => p.message).join('; ')}`);
  let last = null;
  return {
    // The analysis is the same for both datasets and is not what is timed.
    prepare: (text) => (last?.text === text ? last : (last = { text, analysis: analyze(text, { format: 'markdown' }) })),
    run: ({ text, analysis }) => checkAnalysis(text, analysis, { format: 'markdown', catalog }).quantities.filter(Boolean).length,
  };
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x) => Number(x.toFixed(3));

/**
 * The cases, in run order: each runs on all its inputs before the next starts, so keep the
 * two sides of a ratio close together. A timed case has `load(env)`, run once per child
 * and never timed, returning `{ run(state), prepare?(text) }`: `prepare` (untimed, before every repetition) turns the
 * text into whatever `run` needs; `run` is the timed call and returns a count of what it
 * found, printed as a sanity check. A case may instead have `measure(env)` returning
 * `[{ metric, value, unit, target? }]` for numbers that are not a timed call (bundle size,
 * activation time); those are listed under "Other metrics", judged against `target`
 * (`{ op, value }`) when given.
 *
 * `counts` names what `run` returns. `inputs` limits a case to some inputs; `reps` asks for
 * more timed calls than the default. `role` "peer" marks a tool whose failure to install or
 * run is reported, not fatal; `peer` names its entry in scripts/bench/peers.mjs, installed
 * before the case runs. `env` is { root, engine, extension, peers } (see bench.mjs): the
 * bundled engine (scripts/bench/entry.ts) and the minified desktop extension.
 */
export const cases = [
  {
    id: 'scan',
    title: 'Bare scan: `text.matchAll(/\\d+/g)`',
    role: 'baseline',
    counts: 'digit runs',
    load: async () => ({
      run: (text) => {
        let n = 0;
        for (const _m of text.matchAll(/\d+/g)) n++;
        return n;
      },
    }),
  },
  {
    id: 'crosscheck-full',
    title: "Crosscheck full `analyze(text, {format: 'markdown'})`",
    role: 'crosscheck',
    counts: 'figures',
    load: async (env) => {
      const { analyze } = await import(env.engine);
      return {
        run: (text) => {
          const a = analyze(text, { format: 'markdown' });
          if (a.skipped) throw new Error(`analyze skipped the input: ${a.skipped}`);
          return a.figures.length;
        },
      };
    },
  },
  {
    id: 'lezer',
    title: '`@lezer/markdown` parse (GFM)',
    role: 'dependency',
    counts: 'top-level nodes',
    load: async () => {
      // Configured as src/engine/prose/markdown.ts configures it.
      const { parser, GFM } = await import('@lezer/markdown');
      const md = parser.configure(GFM);
      return {
        run: (text) => {
          let n = 0;
          for (let c = md.parse(text).topNode.firstChild; c; c = c.nextSibling) n++;
          return n;
        },
      };
    },
  },
  {
    id: 'crosscheck-prose',
    title: 'Crosscheck prose map only (`proseOf`)',
    role: 'crosscheck',
    counts: 'prose blocks',
    load: async (env) => {
      const { proseOf } = await import(env.engine);
      return { run: (text) => proseOf(text, 'markdown').blocks.length };
    },
  },
  {
    id: 'session-full',
    title: 'Crosscheck full check: `DocumentSession.update(text)`, bundled dataset (analysis, matching, verdicts, checks)',
    role: 'crosscheck',
    counts: 'diagnostics',
    inputs: ['1mb', 'dense-1mb'],
    load: async (env) => {
      const { DocumentSession, openDataset } = await import(env.engine);
      const { catalog } = openDataset([]);
      return { run: (text) => new DocumentSession({ format: 'markdown', catalog }).update(text).diagnostics.length };
    },
  },
  {
    id: 'session-edit',
    reps: 15,
    title: 'Crosscheck check after a one-character edit (incremental `DocumentSession.update`)',
    role: 'crosscheck',
    counts: 'incremental updates',
    inputs: ['1mb', 'dense-1mb'],
    load: async (env) => {
      const { DocumentSession, openDataset } = await import(env.engine);
      const { catalog } = openDataset([]);
      let n = 0;
      return {
        // Untimed: a session that has checked the text and seen a few edits elsewhere (as while
        // typing), and the text with one more character typed into a paragraph.
        prepare: (text) => {
          const session = new DocumentSession({ format: 'markdown', catalog });
          session.update(text);
          let current = text;
          for (let k = 0; k < 4; k++) {
            const at = editSpot(current, n++);
            current = current.slice(0, at) + 'x' + current.slice(at);
            session.update(current, [{ start: at, end: at, text: 'x' }]);
          }
          const at = editSpot(current, n++);
          // A flat string, as an editor's getText() returns.
          const next = (current.slice(0, at) + 'x' + current.slice(at)).split('').join('');
          return { session, next, change: { start: at, end: at, text: 'x' } };
        },
        run: ({ session, next, change }) => {
          session.update(next, [change]);
          if (session.lastUpdate !== 'incremental') throw new Error(`the edit fell back to a full analysis (${session.fallback})`);
          return 1;
        },
      };
    },
  },
  {
    id: 'match-bundled',
    // Tens of milliseconds that garbage collection moves around: more calls for a steadier median.
    reps: 25,
    title: 'Matching and checks on an analysed text, bundled dataset (62 claims)',
    role: 'crosscheck',
    counts: 'matched figures',
    inputs: ['1mb', 'dense-1mb'],
    load: (env) => matchCase(env, []),
  },
  {
    id: 'match-100k',
    // Tens of milliseconds that garbage collection moves around: more calls for a steadier median.
    reps: 25,
    title: 'Matching and checks on an analysed text, bundled dataset + 100,000 synthetic claims',
    role: 'crosscheck',
    counts: 'matched figures',
    inputs: ['1mb', 'dense-1mb'],
    load: (env) => matchCase(env, generateDataset({ claims: 100000 })),
  },
  {
    id: 'hover',
    title: 'Hover after analysis (`figureAt` + `hoverContent`, 1 MiB news input, bundled dataset)',
    role: 'crosscheck',
    measure: async (env) => {
      const { checkText, openDataset, figureAt, hoverContent } = await import(env.engine);
      const { catalog } = openDataset([]);
      const text = newsText();
      const result = checkText(text, { format: 'markdown', catalog });
      // The document as VS Code gives it: offsets to positions by a binary search over line starts.
      const starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      const positionAt = (o) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= o) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo, character: o - starts[lo] };
      };
      const a = { document: { uri: { toString: () => 'file:///bench/news.md' }, positionAt, getText: () => text }, version: 1, result };
      const figures = result.analysis.figures;
      // Every matched figure (their hovers are the big ones), then others, up to 2,000.
      const ks = figures.map((_, k) => k).sort((x, y) => Number(!result.matches[x]) - Number(!result.matches[y])).slice(0, 2000);
      const hover = (k) => {
        const f = figures[k];
        const at = figureAt(a, (f.start + f.end) >> 1);
        return hoverContent(a, at, catalog).value.length;
      };
      for (const k of ks.slice(0, 200)) hover(k); // warm-up
      const times = ks.map((k) => {
        const t = performance.now();
        hover(k);
        return performance.now() - t;
      });
      const matched = ks.filter((k) => result.matches[k]).length;
      return [
        { metric: `hovers timed (${matched} on matched figures)`, value: ks.length },
        { metric: 'hover, median', value: ms(quantile(times, 0.5)), unit: 'ms' },
        { metric: 'hover, 95th percentile', value: ms(quantile(times, 0.95)), unit: 'ms', target: { op: '<=', value: 5 } },
        { metric: 'hover, slowest', value: ms(Math.max(...times)), unit: 'ms' },
      ];
    },
  },
  {
    id: 'activation',
    title: 'Extension activation (minified desktop bundle, `vscode` stubbed)',
    role: 'crosscheck',
    measure: async (env) => {
      const require = createRequire(import.meta.url);
      const Module = require('node:module');
      const stub = join(env.root, 'scripts', 'bench', 'vscode-stub.cjs');
      const resolve = Module._resolveFilename;
      Module._resolveFilename = function (request, ...rest) {
        return request === 'vscode' ? stub : resolve.call(this, request, ...rest);
      };
      require(stub);
      const t0 = performance.now();
      const ext = require(env.extension);
      const t1 = performance.now();
      const context = { subscriptions: [], extensionUri: { scheme: 'file', path: env.root }, extensionPath: env.root };
      ext.activate(context);
      const t2 = performance.now();
      for (const d of context.subscriptions) d.dispose?.();
      return [
        { metric: 'load the bundle (require)', value: ms(t1 - t0), unit: 'ms' },
        { metric: '`activate()`', value: ms(t2 - t1), unit: 'ms' },
        { metric: 'activation, total', value: ms(t2 - t0), unit: 'ms', target: { op: '<=', value: 50 } },
      ];
    },
  },
  {
    id: 'bundle',
    title: 'Desktop bundle size (minified, as packaged)',
    role: 'crosscheck',
    measure: async (env) => [{ metric: 'dist/extension.js, minified', value: Number((statSync(env.extension).size / 1024).toFixed(1)), unit: 'KB', target: { op: '<=', value: 400 } }],
  },
  {
    id: 'cspell',
    title: 'cspell `spellCheckDocument` (markdown)',
    role: 'peer',
    peer: 'cspell',
    counts: 'issues',
    load: async (env) => {
      const { spellCheckDocument, spanishDictionary } = await import(env.peers.cspell.entry);
      // Only local dictionaries: the bundled English ones, plus Spanish when it installed.
      const settings = spanishDictionary ? { import: [spanishDictionary], language: 'en,es' } : { language: 'en' };
      const locale = settings.language;
      const options = { noConfigSearch: true, generateSuggestions: false };
      let n = 0;
      return {
        run: async (text) => {
          const uri = `file:///bench/article-${n++}.md`;
          const r = await spellCheckDocument({ uri, text, languageId: 'markdown', locale }, options, settings);
          const errors = [...(r.errors ?? []), ...(r.configErrors ?? []).map((e) => e.error)];
          if (errors.length) throw new Error(`cspell: ${errors.map(String).join('; ')}`);
          if (r.dictionaryErrors?.size) throw new Error(`cspell dictionaries: ${[...r.dictionaryErrors.keys()].join(', ')}`);
          if (!r.checked) throw new Error('cspell did not check the document');
          return r.issues.length;
        },
      };
    },
  },
  {
    id: 'harper',
    title: 'Harper `LocalLinter.lint` (markdown)',
    role: 'peer',
    peer: 'harper',
    counts: 'lints',
    load: async (env) => {
      const { LocalLinter, binary } = await import(env.peers.harper.entry);
      const linter = new LocalLinter({ binary });
      await linter.setup();
      return { run: async (text) => (await linter.lint(text, { language: 'markdown' })).length };
    },
  },
];

/**
 * Ratios between two measurements. A side is a case id (then the ratio is computed for
 * every input both cases ran on) or `{ case, input }`. `target` is `{ op: '<=' | '<', value }`.
 */
export const comparisons = [
  { title: 'Full analysis / bare scan', num: 'crosscheck-full', den: 'scan', target: { op: '<=', value: 100 } },
  { title: 'Lezer parse / bare scan', num: 'lezer', den: 'scan' },
  { title: 'Prose map / bare scan', num: 'crosscheck-prose', den: 'scan' },
  {
    title: 'Full analysis, 4 MiB / 1 MiB time',
    num: { case: 'crosscheck-full', input: '4mb' },
    den: { case: 'crosscheck-full', input: '1mb' },
    target: { op: '<=', value: 4.5 },
  },
  { title: 'Full analysis / cspell', num: 'crosscheck-full', den: 'cspell', target: { op: '<=', value: 0.25 } },
  { title: 'Full analysis / Harper', num: 'crosscheck-full', den: 'harper', target: { op: '<', value: 1 } },
  { title: 'One-character edit / full check', num: 'session-edit', den: 'session-full', target: { op: '<=', value: 0.05 } },
  { title: 'Matching with 100,000 claims / with the bundled data', num: 'match-100k', den: 'match-bundled', target: { op: '<=', value: 1.5 } },
];
