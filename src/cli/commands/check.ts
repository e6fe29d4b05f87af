/** `crosscheck check`: analyse articles and report figures, claims and findings. */
import { checkText } from '../../engine/check';
import { DEFAULT_MAX_LENGTH } from '../../engine/analyze';
import { CheckArgs, parseOptions, UsageError, type RawArgs } from '../args';
import { expandPaths, NODE_FS, readArticle, STDIN_NAMES } from '../files';
import type { Io } from '../main';
import { toJson, toSarif, toText, type FileReport } from '../report';
import { formatOf } from '../formats';
import { loadCliDataset } from '../dataset';
import { readIgnoreFile } from '../ignores';
import { explainText } from '../explain';
import { terminalSafe } from '../terminal';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sourcesDatasetFile, sourcesFolder } from './sources';

export const DOCS_URL = 'https://example.invalid/crosscheck/docs/diagnostics.md';

export function runCheck(args: RawArgs, io: Io): number {
  const opts = parseOptions(CheckArgs, args.options);
  if (args.positionals.length === 0) throw new UsageError('check needs at least one PATH (file, folder or glob)');
  const maxBytes = opts['max-size'] ? Number(opts['max-size']) : DEFAULT_MAX_LENGTH;
  const fs = io.fs ?? NODE_FS;
  // The sources folder beside the articles (or --sources DIR), built as the editor builds it.
  const cwd = io.cwd ?? process.cwd();
  const sourcesOption = opts.sources !== undefined ? resolve(cwd, opts.sources) : undefined;
  if (sourcesOption !== undefined && !opts['no-sources'] && !existsSync(sourcesOption)) throw new UsageError(`--sources ${opts.sources}: no such folder`);
  const folder = opts['no-sources'] ? null : sourcesFolder(sourcesOption, cwd);
  const fromSources = folder ? sourcesDatasetFile(folder, io) : { file: null, errors: 0 };
  const { opened, unreadable: badDatasets, failed: badDatasetFiles } = loadCliDataset(opts.dataset, !opts['no-bundled'], io, false, fromSources.file ? [fromSources.file] : []);
  const ignores = readIgnoreFile(cwd, io, fs);
  const { files, problems } = expandPaths(args.positionals, fs);
  let unreadable = problems.length + badDatasets + (ignores.problem ? 1 : 0) + fromSources.errors;
  for (const p of problems) io.err(`crosscheck: ${p.path}: ${p.message}`);
  const failures = [...badDatasetFiles, ...(ignores.problem ? [ignores.problem] : []), ...problems];
  const reports: FileReport[] = [];
  for (const path of files) {
    const read = readArticle(path, maxBytes, fs);
    if (!read.ok) {
      io.err(`crosscheck: ${path}: ${read.message}`);
      failures.push({ path, message: read.message });
      unreadable++;
      continue;
    }
    const text = 'text' in read ? read.text : '';
    const result = checkText(text, {
      format: STDIN_NAMES.has(path) ? 'markdown' : formatOf(path),
      language: opts.language,
      maxLength: maxBytes,
      catalog: opened.catalog,
      ignores: ignores.entries,
      ...(opts.date ? { referenceDate: { date: opts.date, source: 'option' as const } } : {}),
    });
    if ('skipped' in read) {
      result.analysis.skipped = read.skipped;
      result.diagnostics.push({ start: 0, end: 0, severity: 'information', code: 'file-skipped', message: read.skipped, related: [], fixes: [] });
    }
    if (result.analysis.skipped) io.err(`crosscheck: ${path}: ${result.analysis.skipped}`);
    reports.push({ path, text, result });
  }
  if (opts.format === 'json') io.out(toJson(reports));
  else if (opts.format === 'sarif') io.out(toSarif(reports, DOCS_URL, failures));
  else if (!opts.quiet || reports.some((r) => r.result.diagnostics.length)) io.out(terminalSafe(toText(reports, !!opts.figures)));
  if (opts.explain) (opts.format === 'text' ? io.out : io.err)(explainText(reports, opened.catalog));
  if (unreadable > 0) return 2;
  const findings = reports.some((r) => r.result.diagnostics.some((d) => d.severity === 'warning' || d.severity === 'error'));
  return findings ? 1 : 0;
}
