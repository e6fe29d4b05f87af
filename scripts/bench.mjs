// `npm run bench`: times Crosscheck's engine against a bare digit scan, its Markdown parser
// and two peer tools on generated 1 MiB and 4 MiB articles, in one run, one child process
// per case and input. Writes the measured section of BENCHMARKS.md and prints a summary.
// Exits 0 when targets are missed (it is a benchmark); non-zero when a measurement of our
// own fails. The cases live in scripts/bench/cases.mjs.
//
//   node scripts/bench.mjs [--cases=scan,crosscheck-full] [--reps=7] [--budget=180] [--cap=300]
//                          [--min-time=500] [--profile[=crosscheck-full,lezer]] [--no-write]
// --reps: timed calls per measurement; --budget: seconds after which a measurement stops
// repeating; --cap: seconds after which one timed call is stopped and reported as a lower
// bound (0: never); --min-time: ms a fast measurement keeps repeating for; --profile: write
// V8 CPU profiles of those cases to bench-out/profiles and print their hot functions.
// BENCHMARKS.md is only rewritten by a full run without --cases, --profile or --no-write.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { engineFromWorker } from './esbuild/engineFromWorker.mjs';
import { cases, comparisons, inputs, warmup } from './bench/cases.mjs';
import { ensurePeer } from './bench/peers.mjs';
import { formatProfile, summarizeProfile } from './bench/profile.mjs';
import { compare, duration, renderMarkdown, renderSummary, writeSection } from './bench/report.mjs';
import { runWatched } from './bench/spawn.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench-out');
const CHILD = join(ROOT, 'scripts', 'bench', 'child.mjs');

const { values: args } = parseOptions({
  // A bare `--profile` profiles the full analysis.
  args: process.argv.slice(2).map((a) => (a === '--profile' ? '--profile=crosscheck-full' : a)),
  options: {
    cases: { type: 'string' },
    reps: { type: 'string', default: '7' },
    budget: { type: 'string', default: '180' },
    cap: { type: 'string', default: '300' },
    'min-time': { type: 'string', default: '500' },
    'max-reps': { type: 'string', default: '50' },
    profile: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

if (args.help) {
  const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}

/** `parseArgs`, with a usage error (exit 2) instead of a stack trace. */
function parseOptions(config) {
  try {
    return parseArgs(config);
  } catch (e) {
    console.error(`[bench] ${e.message} (see --help)`);
    process.exit(2);
  }
}

/** A positive number from a command-line option, or exit 2. */
function positive(name, text) {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`[bench] --${name} must be a positive number, got "${text}"`);
    process.exit(2);
  }
  return n;
}

const settings = {
  reps: Math.round(positive('reps', args.reps)),
  budgetMs: positive('budget', args.budget) * 1000,
  minTimeMs: positive('min-time', args['min-time']),
  maxReps: Math.round(positive('max-reps', args['max-reps'])),
  capMs: args.cap === '0' ? 0 : positive('cap', args.cap) * 1000,
  // Warm-up calls on the warm-up text; fewer once 20 s have passed (Harper's first call takes longer).
  warmupCalls: 3,
  warmupBudgetMs: 20_000,
};
const wanted = args.cases ? args.cases.split(',').map((s) => s.trim()).filter(Boolean) : cases.map((c) => c.id);
const unknown = wanted.filter((id) => !cases.some((c) => c.id === id));
if (unknown.length) {
  console.error(`[bench] unknown case(s): ${unknown.join(', ')}; known: ${cases.map((c) => c.id).join(', ')}`);
  process.exit(2);
}
const selected = cases.filter((c) => wanted.includes(c.id));
const started = performance.now();

// Inputs, written once per run so every child reads the same bytes.
rmSync(join(OUT, 'results'), { recursive: true, force: true });
for (const d of ['inputs', 'results', 'build']) mkdirSync(join(OUT, d), { recursive: true });
const inputFiles = {};
/** Generates an input, writes it to bench-out/inputs and describes it. */
function writeInput(input) {
  const text = input.make();
  const file = join(OUT, 'inputs', `${input.id}.md`);
  writeFileSync(file, text);
  inputFiles[input.id] = file;
  return { id: input.id, title: input.title, bytes: Buffer.byteLength(text), units: text.length, lines: text.split('\n').length - 1 };
}
const inputInfo = inputs.map(writeInput);
const warmupInfo = writeInput(warmup);
console.log(`[bench] inputs: ${inputInfo.map((i) => `${i.id} ${i.bytes.toLocaleString('en-US')} bytes`).join(', ')}`);

// The engine (and the hover) as one ES module, unminified so profiles name its functions and files.
const engine = join(OUT, 'build', 'engine.mjs');
await esbuild.build({
  entryPoints: [join(ROOT, 'scripts', 'bench', 'entry.ts')],
  outfile: engine,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  alias: { vscode: join(ROOT, 'test', 'support', 'vscode.ts') },
});
// The desktop extension as it ships (minified), for the activation and size measurements.
const extension = join(OUT, 'build', 'extension.min.cjs');
await esbuild.build({
  entryPoints: [join(ROOT, 'src', 'extension', 'main.ts')],
  outfile: extension,
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  legalComments: 'none',
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  // As esbuild.config.mjs packages it: the analysis in a worker, the engine the host may need read from that worker's bundle.
  define: { CROSSCHECK_WORKER: '"node"' },
  plugins: [engineFromWorker],
});

const peers = {};
for (const c of selected) if (c.peer && !peers[c.peer]) peers[c.peer] = ensurePeer(c.peer, join(OUT, 'peers'));
const env = {
  root: ROOT,
  engine: pathToFileURL(engine).href,
  extension,
  peers: Object.fromEntries(Object.entries(peers).filter(([, p]) => p.ok).map(([k, p]) => [k, { dir: p.dir, entry: p.entry }])),
};

const results = [];
const metrics = [];
const failures = [];
const profiles = [];

/** Runs one case on one input (or a `measure` case once) in a fresh Node process. */
async function runChild(c, inputId) {
  const tag = `${c.id}${inputId ? `.${inputId}` : ''}`;
  const job = {
    case: c.id,
    input: inputId,
    inputFile: inputId ? inputFiles[inputId] : null,
    warmupFile: inputFiles[warmup.id],
    outFile: join(OUT, 'results', `${tag}.json`),
    progressFile: join(OUT, 'results', `${tag}.progress.json`),
    env,
    ...settings,
  };
  const jobFile = join(OUT, 'results', `${tag}.job.json`);
  writeFileSync(jobFile, JSON.stringify(job, null, 2));
  rmSync(job.outFile, { force: true });
  rmSync(job.progressFile, { force: true });
  const nodeArgs = ['--expose-gc'];
  const profileDir = join(OUT, 'profiles', tag);
  if (args.profile?.split(',').includes(c.id)) {
    rmSync(profileDir, { recursive: true, force: true });
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  }
  process.stdout.write(`[bench] ${tag} … `);
  const r = await runWatched({
    args: [...nodeArgs, CHILD, jobFile],
    cwd: ROOT,
    progressFile: job.progressFile,
    capMs: settings.capMs,
    timeoutMs: settings.budgetMs * 3 + (settings.capMs || 30 * 60_000) + 15 * 60_000,
  });
  if (r.stopped) {
    // A call past the cap: what it ran for is a lower bound on its time, and so is the median.
    const { progress, callMs, peakRssKB } = r.stopped;
    rmSync(job.progressFile, { force: true });
    const samplesMs = [...progress.samplesMs, callMs];
    const res = { case: c.id, input: inputId, peer: c.peer, loadMs: progress.loadMs, warmupMs: progress.warmupMs, loadAvg: progress.loadAvg, samplesMs, stopped: true, found: null, networkAttempts: progress.networkAttempts, peakRssKB };
    const sorted = [...samplesMs].sort((a, b) => a - b);
    const m = sorted.length >> 1;
    Object.assign(res, { medianMs: sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2, minMs: sorted[0], maxMs: sorted[sorted.length - 1], cpuMedianMs: null });
    results.push(res);
    console.log(`stopped: call ${samplesMs.length} ran past the ${duration(settings.capMs)} cap; median ≥ ${duration(res.medianMs)}, peak RSS ≥ ${Math.round((peakRssKB ?? 0) / 1024)} MiB`);
    return;
  }
  if (r.status !== 0) {
    const why = r.timedOut ? 'timed out' : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    const lines = (r.stderr || '').split('\n').filter((l) => l.trim() && !/^\s+at |^Node\.js v/.test(l));
    const tail = (lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.at(-1) ?? '').trim();
    const error = `${why}${tail ? `: ${tail}` : ''}`;
    console.log(`failed (${error})`);
    failures.push({ case: c.id, input: inputId, error, fatal: c.role !== 'peer' });
    return;
  }
  const res = { ...JSON.parse(readFileSync(job.outFile, 'utf8')), peer: c.peer };
  if (res.metrics) {
    for (const m of res.metrics) metrics.push({ case: c.id, ...m });
    console.log(res.metrics.map((m) => `${m.metric} ${m.value}${m.unit ?? ''}`).join(', '));
  } else {
    results.push(res);
    const blocked = res.networkAttempts ? `, ${res.networkAttempts} network attempts blocked` : '';
    console.log(`median ${duration(res.medianMs)} over ${res.samplesMs.length}, peak RSS ${Math.round(res.peakRssKB / 1024)} MiB${blocked}`);
  }
  if (nodeArgs.includes('--cpu-prof')) {
    for (const f of readdirSync(profileDir).filter((n) => n.endsWith('.cpuprofile'))) profiles.push({ tag, path: join(profileDir, f) });
  }
}

// Case by case in registry order, both inputs back to back: the baseline first, then our
// cases, then the slow peers, so each ratio compares runs made close together in time.
const runnable = selected.filter((c) => {
  if (c.peer && !peers[c.peer].ok) console.log(`[bench] ${c.id}: skipped, ${peers[c.peer].error}`);
  return !(c.peer && !peers[c.peer].ok);
});
const corpus = inputs.filter((x) => x.corpus).map((x) => x.id);
for (const c of runnable) {
  if (c.measure) await runChild(c, null);
  else for (const i of inputs.map((x) => x.id)) if ((c.inputs ?? corpus).includes(i)) await runChild(c, i);
}

// A peer whose every run failed is reported as not measured, with the first error.
for (const [name, p] of Object.entries(peers)) {
  const own = selected.filter((c) => c.peer === name).map((c) => c.id);
  const ran = results.some((r) => own.includes(r.case));
  const failed = failures.find((f) => own.includes(f.case));
  if (p.ok && !ran && failed) Object.assign(p, { ok: false, error: `installed but could not run: ${failed.error}` });
}

const machine = {
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
  memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
};
const run = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  machine,
  settings,
  inputs: inputInfo,
  warmup: warmupInfo,
  cases: selected,
  results,
  metrics,
  peers,
  failures,
  rows: compare(comparisons.filter((x) => [x.num, x.den].every((s) => wanted.includes(typeof s === 'string' ? s : s.case))), results, corpus, selected),
  elapsedMs: performance.now() - started,
};
writeFileSync(join(OUT, 'results', 'latest.json'), JSON.stringify({ ...run, cases: selected.map((c) => c.id) }, null, 2));

const fatal = failures.filter((f) => f.fatal);
if (args['no-write'] || fatal.length || args.cases || args.profile) {
  const why = args['no-write'] ? '--no-write' : fatal.length ? 'a case of our own failed' : args.cases ? '--cases ran a subset' : '--profile slows the profiled cases';
  console.log(`\n[bench] BENCHMARKS.md left as it was (${why}); results in bench-out/results/latest.json`);
} else {
  writeSection(join(ROOT, 'BENCHMARKS.md'), renderMarkdown(run), '# Benchmarks\n');
  console.log('\n[bench] wrote the measured section of BENCHMARKS.md');
}
console.log(renderSummary(run));
for (const p of profiles) console.log(`\n== CPU profile ${p.tag} (${p.path})\n${formatProfile(summarizeProfile(p.path))}`);
process.exit(fatal.length ? 1 : 0);
