/** `crosscheck eval`: score extraction against a gold JSONL file. */
import { join } from 'node:path';
import { checkText } from '../../engine/check';
import { loadCliDataset } from '../dataset';
import { parseGold, score, type GoldFile } from '../../engine/evaluate';
import type { Figure } from '../../engine/model';
import { EvalArgs, parseOptions, UsageError, type RawArgs } from '../args';
import { readArticle } from '../files';
import { formatOf } from '../formats';
import type { Io } from '../main';
import { terminalSafe } from '../terminal';

export function runEval(args: RawArgs, io: Io): number {
  const opts = parseOptions(EvalArgs, args.options);
  if (args.positionals.length !== 1) throw new UsageError('eval needs one FOLDER holding the annotated articles');
  const folder = args.positionals[0]!;
  const gold: GoldFile = { figures: [], nonFigures: [] };
  for (const g of opts.gold) {
    const read = readArticle(g, Number.MAX_SAFE_INTEGER, io.fs); // never blocks on a FIFO
    if (!read.ok || !('text' in read)) {
      io.err(`crosscheck: ${g}: ${read.ok ? read.skipped : read.message}`);
      return 2;
    }
    const text = read.text;
    const parsed = parseGold(text, g);
    for (const e of parsed.errors) io.err(`crosscheck: ${e}`);
    if (parsed.errors.length) return 2;
    gold.figures.push(...parsed.gold.figures);
    gold.nonFigures.push(...parsed.gold.nonFigures);
  }
  const { opened, unreadable } = loadCliDataset(opts.dataset, !opts['no-bundled'], io);
  if (unreadable) return 2;
  const files = [...new Set([...gold.figures, ...gold.nonFigures].map((g) => g.file))].sort();
  const predicted = new Map<string, Figure[]>();
  for (const file of files) {
    const read = readArticle(join(folder, file), Number.MAX_SAFE_INTEGER, io.fs);
    if (!read.ok || !('text' in read)) {
      io.err(`crosscheck: ${join(folder, file)}: ${read.ok ? 'skipped' : read.message}`);
      return 2;
    }
    const r = checkText(read.text, {
      format: formatOf(file),
      language: opts.language,
      catalog: opened.catalog,
      ...(opts.date ? { referenceDate: { date: opts.date, source: 'option' as const } } : {}),
    });
    predicted.set(file, r.analysis.figures);
  }
  const s = score(gold, predicted);
  if (opts.format === 'json') {
    io.out(JSON.stringify({ precision: s.precision, recall: s.recall, f1: s.f1, gold: s.goldCount, predicted: s.predicted, found: s.found, misses: s.misses, falseFinds: s.falseFinds.map((f) => ({ file: f.file, ...f.figure })), nonFiguresReported: s.furnitureHits.map((h) => ({ file: h.file, text: h.figure.text, start: h.figure.start, kind: h.record.kind })) }, null, 2));
  } else {
    const say = (line: string): void => io.out(terminalSafe(line));
    for (const m of s.misses) say(`miss  ${m.file}:${m.start} ${JSON.stringify(m.text)} = ${JSON.stringify(m.value ?? [m.value_min, m.value_max])}`);
    for (const f of s.falseFinds) say(`false ${f.file}:${f.figure.start} ${JSON.stringify(f.figure.text)} = ${JSON.stringify(f.figure.value ?? [f.figure.min, f.figure.max])} (${f.figure.kind})`);
    for (const h of s.furnitureHits) say(`non-figure reported ${h.file}:${h.figure.start} ${JSON.stringify(h.figure.text)} (${h.record.kind ?? 'non-figure'})`);
    io.out(`precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.found}/${s.goldCount} gold figures found, ${s.predicted} reported, ${s.falseFinds.length} false, ${s.furnitureHits.length} non-figures reported)`);
  }
  return 0;
}
