/**
 * Exit codes a CI can trust: every input the CLI cannot read, or reads as nothing, is named on
 * standard error and exits 2; nothing blocks (FIFOs), nothing is silently passed over
 * (symbolic links, unreadable subfolders), and a closed pipe ends output quietly. Unreadable
 * files and folders are made by injecting the file system, so the tests mean the same as root.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_FS, type FileSystem } from '../../src/cli/files';
import { quietOnClosedPipe, run, type Io } from '../../src/cli/main';
import { terminalSafe } from '../../src/cli/terminal';

const ARTICLE = '# Prison\n\nThe prison holds 40,000 inmates, officials said.\n';

let dir: string;
const at = (...names: string[]): string => join(dir, ...names);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-exit-'));
  writeFileSync(at('good.md'), ARTICLE);
  mkdirSync(at('no-articles'));
  writeFileSync(at('no-articles', 'data.json'), '{}');
  mkdirSync(at('links'));
  symlinkSync(at('good.md'), at('links', 'linked.md'));
  symlinkSync(at('links'), at('links', 'loop')); // a folder linking to itself: walked once
  mkdirSync(at('outside-link'));
  writeFileSync(at('outside-link', 'fine.md'), ARTICLE);
  symlinkSync('/', at('outside-link', 'root')); // never walks the whole disk
  mkdirSync(at('broken'));
  writeFileSync(at('broken', 'fine.md'), ARTICLE);
  symlinkSync(at('nowhere.md'), at('broken', 'dangling.md'));
  mkdirSync(at('tree', 'sub'), { recursive: true });
  writeFileSync(at('tree', 'top.md'), ARTICLE);
  writeFileSync(at('tree', 'sub', 'inner.md'), ARTICLE);
  mkdirSync(at('pipes'));
  execFileSync('mkfifo', [at('pipe.md'), at('pipes', 'inside.md')]);
  writeFileSync(at('pipes', 'fine.md'), ARTICLE);
  writeFileSync(at('bad.crosscheck.json'), '{\n  "version": 1,\n  "quantities": [\n    {"id": }\n  ]\n}\n');
  mkdirSync(at('ignore-is-folder', '.crosscheck-ignore.json'), { recursive: true });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const denied = (): never => {
  throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
};

/** The real file system, except that listing `folders` and opening `files` is denied (as chmod 000 does for a non-root user). */
function denying(folders: string[], files: string[] = []): FileSystem {
  return {
    ...NODE_FS,
    readdirSync: (p, o) => (folders.includes(p) ? denied() : NODE_FS.readdirSync(p, o)),
    openSync: (p, f) => (files.includes(p) ? denied() : NODE_FS.openSync(p, f)),
  };
}

const stdin = (text: string): FileSystem => ({ ...NODE_FS, readStdin: (max) => Buffer.from(text).subarray(0, max) });

async function cli(argv: string[], extra: Partial<Io> = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s), cwd: dir, ...extra });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('crosscheck check: exit 2 with the path named', () => {
  it.each<[string, () => string[], () => Partial<Io>, RegExp]>([
    ['an unreadable folder given as PATH', () => [at('tree')], () => ({ fs: denying([at('tree')]) }), /tree: cannot list this folder: permission denied/],
    ['an unreadable subfolder, not skipped silently', () => [at('tree')], () => ({ fs: denying([at('tree', 'sub')]) }), /tree\/sub: cannot list this folder: permission denied/],
    ['an unreadable file met in a folder', () => [at('tree')], () => ({ fs: denying([], [at('tree', 'sub', 'inner.md')]) }), /inner\.md: permission denied/],
    ['a folder with no article files', () => [at('no-articles')], () => ({}), /no-articles: no article files in this folder \(\.md, /],
    ['a broken symbolic link in a folder', () => [at('broken')], () => ({}), /dangling\.md: broken symbolic link/],
    ['a symbolic link to a folder outside the folder given', () => [at('outside-link')], () => ({}), /outside-link\/root: not followed: a symbolic link to a folder outside the folder given/],
    ['a FIFO given as PATH, refused without blocking', () => [at('pipe.md')], () => ({}), /pipe\.md: refused: a named pipe \(FIFO\), not a regular file/],
    ['a FIFO met in a folder', () => [at('pipes')], () => ({}), /inside\.md: refused: a named pipe \(FIFO\)/],
    ['a character device given as PATH', () => ['/dev/null'], () => ({}), /\/dev\/null: refused: a character device/],
    ['a malformed --dataset file, with line and column', () => ['--dataset', at('bad.crosscheck.json'), at('good.md')], () => ({}), /bad\.crosscheck\.json:4:12: error: \$: not valid JSON/],
    ['a --dataset FIFO, refused without blocking', () => ['--dataset', at('pipe.md'), at('good.md')], () => ({}), /pipe\.md: refused: a named pipe/],
    ['an impossible --date (month 13)', () => ['--date', '2024-13-45', at('good.md')], () => ({}), /--date: no such day in the calendar/],
    ['an impossible --date (30 February)', () => ['--date', '2024-02-30', at('good.md')], () => ({}), /--date: no such day in the calendar/],
    ['29 February of a common year', () => ['--date', '2023-02-29', at('good.md')], () => ({}), /--date: no such day in the calendar/],
    ['an ignore file that is a folder', () => [at('good.md')], () => ({ cwd: at('ignore-is-folder') }), /\.crosscheck-ignore\.json: is a folder \(the ignore file cannot be read\)/],
    ['standard input that cannot be read', () => ['-'], () => ({ fs: { ...NODE_FS, readStdin: denied } }), /-: cannot read standard input: permission denied/],
  ])('%s', async (_name, argv, extra, message) => {
    const r = await cli(['check', ...argv()], extra());
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.code).toBe(2);
  });

  it('still checks the readable files beside an unreadable one', async () => {
    const r = await cli(['check', '--format', 'json', at('tree')], { fs: denying([at('tree', 'sub')]) });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path)).toEqual([at('tree', 'top.md')]);
  });
});

describe('other commands: exit 2 with the path named, never blocking', () => {
  it.each<[string, () => string[], () => Partial<Io>, RegExp]>([
    ['eval with a FIFO as --gold', () => ['eval', '--gold', at('pipe.md'), dir], () => ({}), /pipe\.md: refused: a named pipe/],
    ['eval with a malformed --dataset', () => ['eval', '--gold', at('gold.jsonl'), '--dataset', at('bad.crosscheck.json'), dir], () => ({}), /bad\.crosscheck\.json:4:12: error/],
    ['dataset import of a FIFO', () => ['dataset', 'import', at('pipe.md')], () => ({}), /pipe\.md: refused: a named pipe/],
    ['dataset verify of a folder with an unreadable article', () => ['dataset', 'verify', at('tree')], () => ({ fs: denying([], [at('tree', 'top.md')]) }), /top\.md: permission denied/],
    ['dataset verify of a folder with a FIFO article', () => ['dataset', 'verify', at('pipes')], () => ({}), /inside\.md: refused: a named pipe/],
  ])('%s', async (_name, argv, extra, message) => {
    writeFileSync(at('gold.jsonl'), JSON.stringify({ file: 'good.md', text: '40,000', start: 27, end: 33, value: 40000 }) + '\n');
    const r = await cli(argv(), extra());
    expect(r.err).toMatch(message);
    expect(r.code).toBe(2);
  });
});

describe('crosscheck check: inputs that are read', () => {
  it.each<[string, () => string[], () => Partial<Io>, () => string[]]>([
    ['symbolic links to files inside a folder are followed; a link back to the folder is walked once', () => [at('links')], () => ({}), () => [at('links', 'linked.md')]],
    ['a symbolic link given as PATH', () => [at('links', 'linked.md')], () => ({}), () => [at('links', 'linked.md')]],
    ['"-" reads standard input', () => ['-'], () => ({ fs: stdin(ARTICLE) }), () => ['-']],
    ['/dev/stdin reads standard input', () => ['/dev/stdin'], () => ({ fs: stdin(ARTICLE) }), () => ['/dev/stdin']],
    ['a valid leap day', () => ['--date', '2024-02-29', at('good.md')], () => ({}), () => [at('good.md')]],
  ])('%s', async (_name, argv, extra, paths) => {
    const r = await cli(['check', '--format', 'json', ...argv()], extra());
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const files: { path: string; figures: { text: string; start: number }[] }[] = JSON.parse(r.out).files;
    expect(files.map((f) => f.path)).toEqual(paths());
    for (const f of files) expect(f.figures.map((g) => [g.text, g.start])).toEqual([['40,000', 27]]);
  });

  it('skips standard input over --max-size without reading it all', async () => {
    let asked = -1;
    const r = await cli(['check', '--max-size', '10', '-'], { fs: { ...NODE_FS, readStdin: (max) => ((asked = max), Buffer.from(ARTICLE).subarray(0, max)) } });
    expect(asked).toBe(11);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/-: skipped: standard input is over the size budget of 10 bytes/);
  });
});

describe('a closed pipe', () => {
  it('`crosscheck check … | head -1` ends quietly, with the exit code the run decided', async () => {
    const cli = join(dir, 'cli.cjs');
    buildSync({ entryPoints: [join(__dirname, '../../src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' }); // as esbuild.config.mjs builds dist/cli.js
    const big = join(dir, 'big.md');
    writeFileSync(big, 'CECOT, the mega-prison, can hold 20,000 inmates, officials said.\n'.repeat(4000));
    const child = spawn(process.execPath, [cli, 'check', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // the reader goes away after its first line
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(1);
  });

  it.each([
    ['EPIPE is swallowed and later writes are dropped', 'EPIPE', true],
    ['another stream error still surfaces', 'EIO', false],
  ])('%s', (_name, code, quiet) => {
    const stream = new EventEmitter() as unknown as NodeJS.WritableStream;
    const closed = quietOnClosedPipe(stream);
    expect(closed()).toBe(false);
    const emit = (): boolean => stream.emit('error', Object.assign(new Error(code), { code }));
    if (quiet) {
      emit();
      expect(closed()).toBe(true);
    } else expect(emit).toThrow(code);
  });
});

describe('terminal safety of text output', () => {
  it.each([
    ['clear screen', 'a\u001b[2Jb', 'a\\x1b[2Jb'],
    ['clipboard write (OSC 52)', '\u001b]52;c;ZXZpbA==\u0007', '\\x1b]52;c;ZXZpbA==\\x07'],
    ['C1 control (CSI)', 'x\u009b31my', 'x\\x9b31my'],
    ['carriage return and backspace', 'ok\rBAD\b', 'ok\\x0dBAD\\x08'],
    ['bidi override', 'abc\u202Efed', 'abc\\u202efed'],
    ['bidi isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['newline, tab and ordinary Unicode kept', 'línea 1\n\tcafé “40,000” – ½', 'línea 1\n\tcafé “40,000” – ½'],
  ])('%s', (_name, input, shown) => {
    expect(terminalSafe(input)).toBe(shown);
  });

  it('escapes control characters from dataset text and file names in the report and messages', async () => {
    const name = at('esc\u001b[2J.md');
    writeFileSync(name, 'CECOT, the mega-prison, can hold 20,000 inmates, officials said.\n');
    const evil = 'Evil\u001b]52;c;ZXZpbA==\u0007 News\u202E';
    writeFileSync(at('esc.crosscheck.json'), JSON.stringify({
      version: 1,
      sources: [{ id: 'evil', publisher: evil, author: 'A. Writer', title: 'A title', published: '2024-06-17', url: 'https://example.invalid/a', kind: 'news', language: 'en', attribution: { how: 'inferred', note: 'test' } }],
      claims: [{ id: 'evil.cap', quantity: 'cecot.capacity', source: 'evil', value: 40000, hedge: 'exact', asWritten: '40,000', quote: 'The prison holds 40,000 inmates.' }],
    }));
    const r = await cli(['check', '--figures', '--dataset', at('esc.crosscheck.json'), name]);
    expect(r.out).toContain('esc\\x1b[2J.md:1:34 figure count "20,000"');
    expect(r.out).toContain('Evil\\x1b]52;c;ZXZpbA==\\x07 News\\u202e');
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
  });

  it('leaves JSON exact', async () => {
    const name = at('esc\u001b[2J.md');
    writeFileSync(name, ARTICLE);
    const r = await cli(['check', '--format', 'json', name]);
    expect(JSON.parse(r.out).files[0].path).toBe(name);
  });
});
