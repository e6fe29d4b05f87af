/**
 * SARIF that validates: every log the CLI writes here is checked against the SARIF 2.1.0 JSON
 * schema (offline, test/support/sarif.ts); paths with spaces, `#`, `%`, `?` and accents become
 * valid URI references that decode back to the path; inputs that cannot be read are recorded in
 * the run's invocation.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { sarifUri } from '../../src/cli/report';
import { sarifErrors } from '../support/sarif';

/** One figure that conflicts with the bundled data, so the log has a result with a location. */
const CONFLICT = 'CECOT, the mega-prison, can hold 20,000 inmates, officials said.\n';

const NAMES = ['plain.md', 'with space.md', 'hash#1.md', '100%.md', 'what?.md', 'café.md', 'año/ñandú.md', "it's (1).md", 'colon:x.md', 'ü\u0301mlaut [x].md'];

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-sarif-'));
  mkdirSync(join(dir, 'año'));
  mkdirSync(join(dir, 'empty'));
  for (const n of NAMES) writeFileSync(join(dir, n), CONFLICT);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sarif(...argv: string[]): Promise<{ code: number; log: any }> {
  const out: string[] = [];
  const code = await run(['check', '--format', 'sarif', ...argv], { out: (s) => out.push(s), err: () => undefined, cwd: dir });
  return { code, log: JSON.parse(out.join('\n')) };
}

describe('SARIF artifact URIs', () => {
  it.each(NAMES)('%s: a valid file URI that names the file', async (name) => {
    const path = join(dir, name);
    const { code, log } = await sarif(path);
    expect(code).toBe(1);
    expect(sarifErrors(log)).toEqual([]);
    const uri: string = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toMatch(/^file:\/\/\/[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*$/); // RFC 3986 path characters only
    expect(fileURLToPath(uri)).toBe(path);
  });

  it.each([
    ['articles/plain.md', 'articles/plain.md'],
    ['with space.md', 'with%20space.md'],
    ['hash#1.md', 'hash%231.md'],
    ['100%.md', '100%25.md'],
    ['what?.md', 'what%3F.md'],
    ['colon:x.md', 'colon%3Ax.md'],
    ['año/ñandú.md', 'a%C3%B1o/%C3%B1and%C3%BA.md'],
    ["it's (1).md", 'it%27s%20%281%29.md'],
    ['dir\\win.md', 'dir/win.md'],
  ])('relative %s → %s', (path, uri) => {
    expect(sarifUri(path)).toBe(uri);
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] }] }] };
    expect(sarifErrors(log)).toEqual([]);
  });

  it('the validator does reject a raw path (so the checks above mean something)', () => {
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'with space#1.md' } } }] }] }] };
    expect(sarifErrors(log)).toEqual([expect.stringMatching(/artifactLocation\/uri: must match format "uri-reference"/)]);
  });
});

describe('SARIF invocations', () => {
  it.each<[string, () => string[], boolean, RegExp[]]>([
    ['all inputs read', () => [join(dir, 'plain.md')], true, []],
    ['a missing file', () => [join(dir, 'missing file.md'), join(dir, 'plain.md')], false, [/missing file\.md: no such file or folder/]],
    ['a folder without articles and a missing file', () => [join(dir, 'empty'), join(dir, 'gone.md'), join(dir, 'plain.md')], false, [/empty: no article files in this folder/, /gone\.md: no such file or folder/]],
  ])('%s', async (_name, argv, ok, messages) => {
    const { code, log } = await sarif(...argv());
    expect(sarifErrors(log)).toEqual([]);
    expect(code).toBe(ok ? 1 : 2);
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(ok);
    const notes: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] = invocation.toolExecutionNotifications ?? [];
    expect(notes).toHaveLength(messages.length);
    notes.forEach((n, k) => {
      expect(n.level).toBe('error');
      expect(n.message.text).toMatch(messages[k]!);
      expect(n.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^file:\/\//);
    });
  });

  it('records a malformed --dataset file', async () => {
    writeFileSync(join(dir, 'bad.crosscheck.json'), '{"version": 1, "quantities": [}');
    const { code, log } = await sarif('--dataset', join(dir, 'bad.crosscheck.json'), join(dir, 'plain.md'));
    expect(code).toBe(2);
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/bad\.crosscheck\.json: the dataset file has errors/);
  });
});
