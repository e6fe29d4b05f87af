/**
 * `crosscheck sources`: the reporter's own sources. `add FILE…` copies Markdown, text or saved
 * web pages into the sources folder (default `.crosscheck/sources/`), writing any metadata given
 * on the command line (or asked for at a terminal) into the copy, and regenerates the folder's
 * dataset, `sources.crosscheck.json`; `build` regenerates it. `check` uses the same folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as z from 'zod/mini';
import { buildSourcesDataset, type BuiltSources, type SourceFile } from '../../engine/sources/build';
import { withMeta } from '../../engine/sources/meta';
import { readSource, SOURCE_EXTENSIONS, type RequiredMeta, type SourceMeta } from '../../engine/sources/read';
import { parseOptions, UsageError, type RawArgs } from '../args';
import type { Io } from '../main';

/** The sources folder, relative to the folder a command runs in. */
export const SOURCES_DIR = join('.crosscheck', 'sources');
/** The dataset the builder writes inside the sources folder. */
export const SOURCES_DATASET = 'sources.crosscheck.json';

const SourcesArgs = z.strictObject({
  sources: z.optional(z.string()),
  publisher: z.optional(z.string().check(z.minLength(1))),
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'))),
  url: z.optional(z.string().check(z.regex(/^(?:https?:\/\/\S+|none)$/, 'expected an http(s) URL, or "none"'))),
  title: z.optional(z.string().check(z.minLength(1))),
  author: z.optional(z.string().check(z.minLength(1))),
  language: z.optional(z.enum(['en', 'es'])),
  quiet: z.optional(z.boolean()),
});

export const SOURCES_HELP = `crosscheck sources: datasets built from your own source articles

Usage:
  crosscheck sources add FILE... [--publisher NAME] [--date YYYY-MM-DD] [--url URL|none]
                                 [--title TEXT] [--author NAME] [--language en|es] [--sources DIR]
      copy Markdown, text or saved web pages (.html) into the sources folder and rebuild its dataset;
      the publisher, date and URL come from front matter or the page's metadata, from the flags,
      or are asked for at a terminal (elsewhere a missing one is an error, exit 2)
  crosscheck sources build [--sources DIR]
      rebuild the dataset from the sources folder

The sources folder is ${SOURCES_DIR}/ (or --sources DIR); its dataset is ${SOURCES_DATASET} inside it.
"crosscheck check" run beside it compares articles with these sources (--no-sources turns them off).`;

/** Runs `crosscheck sources …`. */
export async function runSources(args: RawArgs, io: Io, ask: Asker | null = terminalAsker()): Promise<number> {
  const [sub, ...files] = args.positionals;
  const opts = parseOptions(SourcesArgs, args.options);
  const dir = sourcesFolder(opts.sources) ?? (opts.sources ?? SOURCES_DIR);
  if (sub === 'build') {
    if (!existsSync(dir)) throw new UsageError(`no sources folder at ${dir} (add sources with "crosscheck sources add FILE")`);
    return report(writeDataset(dir), dir, io, !!opts.quiet);
  }
  if (sub !== 'add') throw new UsageError(sub ? `unknown sources command "${sub}" (add or build)` : 'sources needs a command: add FILE… or build');
  if (files.length === 0) throw new UsageError('sources add needs at least one FILE');
  const given: Partial<SourceMeta> = { publisher: opts.publisher ?? null, date: opts.date ?? null, url: opts.url ?? null, title: opts.title ?? null, author: opts.author ?? null, language: opts.language ?? null };
  const ready: { name: string; text: string }[] = [];
  for (const path of files) {
    if (!SOURCE_EXTENSIONS.some((e) => path.toLowerCase().endsWith(e))) throw new UsageError(`${path}: not a source file (${SOURCE_EXTENSIONS.join(', ')})`);
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch (e) {
      io.err(`crosscheck: ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      return 2;
    }
    const read = readSource(path, raw, given);
    const answers: Partial<Record<RequiredMeta, string>> = {};
    if (!ask && read.missing.length > 0) {
      io.err(`crosscheck: ${path}: no ${read.missing.join(', ')}; add ${read.missing.map((m) => `"${m}:"`).join(', ')} to its front matter or pass ${read.missing.map((m) => FLAG_HINT[m]).join(' ')}`);
      return 2;
    }
    for (const field of read.missing) {
      const answer = ask ? await ask(`${basename(path)}: ${PROMPTS[field]}`) : null;
      const ok = answer !== null && readSource(path, raw, { ...given, [field]: answer.trim() }).missing.indexOf(field) < 0;
      if (!ok) {
        io.err(`crosscheck: ${path}: no ${field} given; add "${field}:" to its front matter or pass ${FLAG_HINT[field]}`);
        return 2;
      }
      answers[field] = answer!.trim();
    }
    ready.push({ name: basename(path), text: withMeta(path, raw, { ...given, ...answers }) });
  }
  mkdirSync(dir, { recursive: true });
  for (const f of ready) writeFileSync(join(dir, f.name), f.text);
  return report(writeDataset(dir), dir, io, !!opts.quiet);
}

/** Asks a question and returns the answer, or null when there is no one to ask. */
export type Asker = (question: string) => Promise<string | null>;

const FLAG_HINT: Record<RequiredMeta, string> = { publisher: '--publisher NAME', date: '--date YYYY-MM-DD', url: '--url URL (or --url none)' };

const PROMPTS: Record<RequiredMeta, string> = {
  publisher: 'publisher (e.g. "The Maui News")? ',
  date: 'publication date (YYYY-MM-DD)? ',
  url: 'URL (or "none")? ',
};

function terminalAsker(): Asker | null {
  if (!process.stdin.isTTY) return null;
  return async (question) => {
    const { createInterface } = await import('node:readline/promises');
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  };
}

/** The sources folder a command uses: `--sources DIR` (a sources folder, or a folder holding `.crosscheck/sources/`), else `.crosscheck/sources/` here when it exists. */
export function sourcesFolder(option: string | undefined, base = '.'): string | null {
  if (option !== undefined) {
    const nested = join(option, SOURCES_DIR);
    return isDir(nested) ? nested : option;
  }
  const here = join(base, SOURCES_DIR);
  return isDir(here) ? here : null;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The source files of a folder, in name order. */
export function readSourcesFolder(dir: string): SourceFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.filter((n) => SOURCE_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e))).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Builds the folder's dataset and writes it beside the sources. */
export function writeDataset(dir: string): BuiltSources {
  const built = buildSourcesDataset(readSourcesFolder(dir));
  writeFileSync(join(dir, SOURCES_DATASET), JSON.stringify(built.file, null, 2) + '\n');
  return built;
}

function report(built: BuiltSources, dir: string, io: Io, quiet: boolean): number {
  for (const p of built.problems) io.err(`crosscheck: ${join(dir, p.file)}: ${p.severity}: ${p.message}`);
  if (!quiet) {
    for (const c of built.counts) io.out(`${c.file}: ${c.claims} of ${c.figures} figures kept as claims`);
    io.out(`${join(dir, SOURCES_DATASET)}: ${built.file.sources!.length} sources, ${built.file.quantities!.length} quantities, ${built.file.claims!.length} claims`);
  }
  return built.problems.some((p) => p.severity === 'error') ? 2 : 0;
}

/** The sources dataset for `check`: built from the folder, as a dataset file, and how many sources could not be used (named on stderr). */
export function sourcesDatasetFile(dir: string, io: Io): { file: { name: string; text: string } | null; errors: number } {
  const files = readSourcesFolder(dir);
  if (files.length === 0) return { file: null, errors: 0 };
  const built = buildSourcesDataset(files);
  const errors = built.problems.filter((p) => p.severity === 'error');
  for (const p of errors) io.err(`crosscheck: ${join(dir, p.file)}: ${p.message}`);
  return { file: { name: join(dir, SOURCES_DATASET), text: JSON.stringify(built.file) }, errors: errors.length };
}
