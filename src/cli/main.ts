/** `crosscheck`: the command line over the engine. */
import { COMMAND_HELP, UsageError, splitArgs } from './args';
import { runCheck } from './commands/check';
import { runEval } from './commands/evaluate';
import { runDataset } from './commands/dataset';
import { runSources, SOURCES_HELP } from './commands/sources';
import type { FileSystem } from './files';
import { terminalSafe } from './terminal';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** The file system (tests inject failures); the real one when absent. */
  fs?: FileSystem;
  /** The working folder, where `.crosscheck-ignore.json` is looked for; `process.cwd()` when absent. */
  cwd?: string;
}

const HELP = `crosscheck: find the figures in articles and check them against sourced data

Usage:
  crosscheck check [--format text|json|sarif] [--dataset FILE]... [options] PATH...
      PATH: files, folders (Markdown and text files inside) or globs ("articles/**/*.md");
            "-" (or /dev/stdin) reads one article, as Markdown, from standard input
      --language auto|en|es   language of the articles (default: detect)
      --date YYYY-MM-DD       reference date for dates without a year
      --max-size BYTES        skip larger files (default 5242880)
      --no-bundled            leave out the bundled dataset
      --figures               list every figure found (text format)
      --explain               why each figure matched its quantity, or none
      --sources DIR           compare with the sources in DIR (default: .crosscheck/sources/ when present)
      --no-sources            leave out the sources folder
  crosscheck eval --gold FILE.jsonl [--gold FILE.jsonl]... FOLDER
      score extraction against annotated figures (see README, "Scoring")
  crosscheck dataset verify FILE.json [FOLDER]  check your dataset file (and its quotes in FOLDER)
  crosscheck dataset verify FOLDER          check the dataset's quotes against source articles
  crosscheck dataset conflicts [--format text|json]
  crosscheck dataset export --format claimreview [--out FILE]
  crosscheck dataset import FILE [--out FILE]
  crosscheck sources add FILE... [--publisher NAME] [--date YYYY-MM-DD] [--url URL|none]
      copy source articles (.md, .txt, .html) into .crosscheck/sources/ and rebuild its dataset
  crosscheck sources build                  rebuild the dataset of .crosscheck/sources/

  crosscheck help COMMAND                   every flag of one command (also COMMAND --help)

Exit codes: 0 no finding at warning or above; 1 findings; 2 bad usage or an input that cannot be
used (missing, unreadable, a folder without articles, a FIFO or device, a dataset file with errors).`;

const isCommand = (c: string | undefined): c is keyof typeof COMMAND_HELP => c !== undefined && Object.hasOwn(COMMAND_HELP, c);

/** Runs the CLI with arguments (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], rawIo: Io): Promise<number> {
  // Messages carry paths, article and dataset text: never raw control characters on a terminal.
  const io: Io = { ...rawIo, err: (s) => rawIo.err(terminalSafe(s)) };
  try {
    const [command, ...rest] = argv;
    if ((command === 'help' && rest[0] === 'sources') || (command === 'sources' && (rest.includes('--help') || rest.includes('-h')))) {
      io.out(SOURCES_HELP);
      return 0;
    }
    if (command === 'help' && rest.length) {
      if (!isCommand(rest[0])) throw new UsageError(`no help for "${rest[0]}": the commands are check, eval and dataset`);
      io.out(COMMAND_HELP[rest[0]]);
      return 0;
    }
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version') {
      io.out('0.1.0');
      return 0;
    }
    const args = splitArgs(rest);
    if (args.options['help']) {
      io.out(isCommand(command) ? COMMAND_HELP[command] : HELP);
      return 0;
    }
    switch (command) {
      case 'check':
        return runCheck(args, io);
      case 'eval':
        return runEval(args, io);
      case 'dataset':
        return await runDataset(args, io);
      case 'sources':
        return await runSources(args, io);
      default:
        throw new UsageError(`unknown command "${command}" (try crosscheck --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`crosscheck: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

/**
 * Makes a closed pipe (`crosscheck check … | head -1`) end output quietly: later writes are
 * dropped and the exit code stays the one the run decided. Other stream errors still surface.
 */
export function quietOnClosedPipe(stream: NodeJS.WritableStream): () => boolean {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  return () => closed;
}

const isMain = typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module;
if (isMain) {
  const stdoutClosed = quietOnClosedPipe(process.stdout);
  const stderrClosed = quietOnClosedPipe(process.stderr);
  run(process.argv.slice(2), {
    out: (s) => void (stdoutClosed() || process.stdout.write(s + '\n')),
    err: (s) => void (stderrClosed() || process.stderr.write(s + '\n')),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (!stderrClosed()) process.stderr.write(`crosscheck: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
