/** `crosscheck`: the command line over the engine. */
import { UsageError, splitArgs } from './args';
import { runCheck } from './commands/check';
import { runEval } from './commands/evaluate';
import { runDataset } from './commands/dataset';
import { runSources, SOURCES_HELP } from './commands/sources';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const HELP = `crosscheck: find the figures in articles and check them against sourced data

Usage:
  crosscheck check [--format text|json|sarif] [--dataset FILE]... [options] PATH...
      PATH: files, folders (Markdown and text files inside) or globs ("articles/**/*.md")
      --language auto|en|es   language of the articles (default: detect)
      --date YYYY-MM-DD       reference date for dates without a year
      --max-size BYTES        skip larger files (default 5242880)
      --no-bundled            leave out the bundled dataset
      --figures               list every figure found (text format)
      --sources DIR           compare with the sources in DIR (default: .crosscheck/sources/ when present)
      --no-sources            leave out the sources folder
  crosscheck eval --gold FILE.jsonl [--gold FILE.jsonl]... FOLDER
      score extraction against annotated figures (see README, "Scoring")
  crosscheck dataset verify FOLDER          check the dataset's quotes against source articles
  crosscheck dataset conflicts [--format text|json]
  crosscheck dataset export --format claimreview [--out FILE]
  crosscheck dataset import FILE [--out FILE]
  crosscheck sources add FILE... [--publisher NAME] [--date YYYY-MM-DD] [--url URL|none]
      copy source articles (.md, .txt, .html) into .crosscheck/sources/ and rebuild its dataset
  crosscheck sources build                  rebuild the dataset of .crosscheck/sources/

Exit codes: 0 no finding at warning or above; 1 findings; 2 bad usage or unreadable input.`;

/** Runs the CLI with arguments (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
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
      io.out(command === 'sources' ? SOURCES_HELP : HELP);
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

const isMain = typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module;
if (isMain) {
  run(process.argv.slice(2), { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`crosscheck: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
