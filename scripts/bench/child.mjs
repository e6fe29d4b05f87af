// Runs one benchmark case on one input, alone in this process, and writes its
// measurements as JSON: load, warm-up calls on a different text, then timed
// repetitions (garbage collected before each) and the process's peak RSS at the end.
// Usage (from bench.mjs): node --expose-gc child.mjs <job.json>
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { cases } from './cases.mjs';
import { guardNetwork } from './offline.mjs';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const network = guardNetwork();
const gc = globalThis.gc ?? (() => {});
const now = () => performance.now();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const c = cases.find((x) => x.id === job.case);
if (!c) throw new Error(`unknown case "${job.case}"`);

const result = { case: job.case, input: job.input };
const t0 = now();
if (c.measure) {
  result.metrics = await c.measure(job.env);
} else {
  const tool = await c.load(job.env);
  result.loadMs = now() - t0;
  const prepare = tool.prepare ?? ((text) => text);

  // Warm up on another text: the first call (reported; it includes lazy loading such as
  // dictionaries) and more until the JIT has settled, within a time limit for slow tools.
  const warmText = readFileSync(job.warmupFile, 'utf8');
  const warmStart = now();
  result.warmupCalls = 0;
  do {
    const state = await prepare(warmText);
    const w0 = now();
    await tool.run(state);
    result.warmupCalls++;
    result.warmupMs ??= now() - w0;
  } while (result.warmupCalls < job.warmupCalls && now() - warmStart < job.warmupBudgetMs);

  const text = readFileSync(job.inputFile, 'utf8');
  const samples = [];
  const cpuSamples = [];
  let found = null;
  result.loadAvg = [os.loadavg()[0]];
  const started = now();
  const reps = c.reps ?? job.reps; // a case may ask for more repetitions
  // `reps` repetitions; more while under `minTimeMs` (fast cases get a steadier median);
  // fewer once past `budgetMs`, so a peer needing minutes per call is timed once or twice.
  for (;;) {
    const state = await prepare(text);
    // The parent reads this to stop a call that runs past the cap (see spawn.mjs).
    writeFileSync(job.progressFile, JSON.stringify({ loadMs: result.loadMs, warmupMs: result.warmupMs, loadAvg: result.loadAvg, samplesMs: samples, networkAttempts: network.attempts, callStartedAt: Date.now() }));
    gc();
    const c0 = process.cpuUsage();
    const s = now();
    const n = await tool.run(state);
    samples.push(now() - s);
    const c = process.cpuUsage(c0);
    cpuSamples.push((c.user + c.system) / 1000);
    if (found !== null && n !== found) throw new Error(`run returned ${n} after ${found}: the case is not deterministic`);
    found = n;
    const elapsed = now() - started;
    if (samples.length >= job.maxReps) break;
    if (samples.length >= reps && elapsed >= job.minTimeMs) break;
    if (elapsed >= job.budgetMs) break;
  }
  rmSync(job.progressFile, { force: true });
  result.loadAvg.push(os.loadavg()[0]);
  const sorted = [...samples].sort((a, b) => a - b);
  result.medianMs = median(samples);
  result.minMs = sorted[0];
  result.maxMs = sorted[sorted.length - 1];
  result.samplesMs = samples;
  // CPU time of this process (all its threads, so V8's helper GC threads count too): less
  // sensitive than wall time to other processes competing for the cores.
  result.cpuMedianMs = median(cpuSamples);
  result.cpuSamplesMs = cpuSamples;
  result.found = found;
  result.units = text.length;
}
result.networkAttempts = network.attempts;
result.peakRssKB = process.resourceUsage().maxRSS;
writeFileSync(job.outFile, JSON.stringify(result, null, 2));
// Peers may leave handles open; the result is written, so leave now.
process.exit(0);
