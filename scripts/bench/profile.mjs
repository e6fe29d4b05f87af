// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self
// time and the most inclusive time, each named with the source module it came from. The
// engine bundle is unminified, so esbuild's `// src/...` module comments map a bundle line
// back to its TypeScript file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const moduleMaps = new Map();

/** For a bundle file, the module that each line belongs to (by esbuild's path comments). */
function moduleOfLine(url) {
  if (!url.startsWith('file:')) return null;
  if (!moduleMaps.has(url)) {
    let lines = [];
    try {
      lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
    } catch {
      // Not readable (a node: builtin or a deleted file): keep the raw URL.
    }
    const owner = [];
    let current = null;
    for (const line of lines) {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
      if (m) current = m[1];
      owner.push(current);
    }
    moduleMaps.set(url, owner);
  }
  return moduleMaps.get(url);
}

function where(frame) {
  const { url, lineNumber } = frame;
  if (!url) return '';
  const owner = moduleOfLine(url);
  const mod = owner?.[lineNumber];
  if (mod) return mod;
  return url.replace(/^file:\/\/.*\/node_modules\//, 'node_modules/').replace(/^file:\/\//, '');
}

/**
 * Reads a profile and returns { totalMs, rows } where rows are
 * { name, module, selfMs, totalMs } per function, sorted by self time.
 */
export function summarizeProfile(path) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const keyOf = (n) => `${n.callFrame.functionName || '(anonymous)'}\u0000${where(n.callFrame)}\u0000${n.callFrame.lineNumber}`;
  const subtree = new Map();
  const total = (n) => {
    if (subtree.has(n.id)) return subtree.get(n.id);
    let t = self.get(n.id) ?? 0;
    for (const c of n.children ?? []) t += total(byId.get(c));
    subtree.set(n.id, t);
    return t;
  };
  const rows = new Map();
  const row = (n) => {
    const k = keyOf(n);
    if (!rows.has(k)) rows.set(k, { name: n.callFrame.functionName || '(anonymous)', module: where(n.callFrame), line: n.callFrame.lineNumber + 1, selfMs: 0, totalMs: 0 });
    return rows.get(k);
  };
  // Inclusive time counts a function once per stack, however deep its recursion.
  const root = profile.nodes[0];
  const stack = [[root, new Set()]];
  while (stack.length) {
    const [n, onStack] = stack.pop();
    const k = keyOf(n);
    const r = row(n);
    r.selfMs += self.get(n.id) ?? 0;
    if (!onStack.has(k)) r.totalMs += total(n);
    const next = new Set(onStack).add(k);
    for (const c of n.children ?? []) stack.push([byId.get(c), next]);
  }
  return { totalMs: total(root), rows: [...rows.values()].sort((a, b) => b.selfMs - a.selfMs) };
}

/** A plain-text table of the top functions: overall by self time, and in src/engine by self and inclusive time. */
export function formatProfile(summary, top = 15) {
  const pct = (ms) => `${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%`;
  const name = (r) => (r.name.length > 70 ? `${r.name.slice(0, 67)}...` : r.name);
  const line = (r) => `  ${pct(r.selfMs)} self ${pct(r.totalMs)} total  ${name(r)}  (${r.module}${r.module.startsWith('src/') ? '' : `:${r.line}`})`;
  const engine = summary.rows.filter((r) => r.module.startsWith('src/engine/'));
  return [
    `  profile: ${(summary.totalMs / 1000).toFixed(1)} s sampled`,
    '  top functions by self time:',
    ...summary.rows.slice(0, top).map(line),
    '  top src/engine functions by self time:',
    ...engine.slice(0, top).map(line),
    '  top src/engine functions by inclusive time:',
    ...[...engine].sort((a, b) => b.totalMs - a.totalMs).slice(0, top).map(line),
  ].join('\n');
}
