/**
 * The editor's dataset service (src/extension/datasets.ts) with a stand-in `vscode`: Restricted
 * Mode leaves the workspace's data out with a note and loads it once trust is granted; a file
 * over the size limit is refused unread; a refused file gets a diagnostic on itself while the
 * bundled data keeps working.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  trusted: true,
  files: new Map<string, { text: string; size?: number }>(),
  reads: [] as string[],
  info: [] as string[],
  warnings: [] as string[],
  diagnostics: new Map<string, { message: string; range: { start: { line: number } } }[]>(),
  grant: [] as (() => void)[],
}));

vi.mock('vscode', () => {
  const uri = (path: string) => ({ path, toString: () => 'file://' + path });
  const listener = () => ({ dispose() {} });
  class EventEmitter {
    private ls: (() => void)[] = [];
    event = (l: () => void) => (this.ls.push(l), { dispose() {} });
    fire() {
      for (const l of this.ls) l();
    }
    dispose() {}
  }
  return {
    EventEmitter,
    Position: class {
      constructor(public line: number, public character: number) {}
    },
    Range: class {
      start: { line: number; character: number };
      end: { line: number; character: number };
      constructor(a: unknown, b: unknown, c?: number, d?: number) {
        this.start = typeof a === 'number' ? { line: a, character: b as number } : (a as { line: number; character: number });
        this.end = typeof a === 'number' ? { line: c!, character: d! } : (b as { line: number; character: number });
      }
    },
    Diagnostic: class {
      source?: string;
      code?: string;
      constructor(public range: unknown, public message: string, public severity: number) {}
    },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2 },
    Uri: { joinPath: (base: { path: string }, p: string) => uri(`${base.path}/${p}`) },
    languages: {
      createDiagnosticCollection: () => ({
        clear: () => state.diagnostics.clear(),
        set: (u: { path: string }, list: never[]) => state.diagnostics.set(u.path, list),
        dispose() {},
      }),
    },
    window: { showInformationMessage: (m: string) => (state.info.push(m), Promise.resolve(undefined)), showWarningMessage: (m: string) => (state.warnings.push(m), Promise.resolve(undefined)) },
    workspace: {
      get isTrusted() {
        return state.trusted;
      },
      onDidGrantWorkspaceTrust: (l: () => void) => (state.grant.push(l), { dispose() {} }),
      onDidChangeWorkspaceFolders: listener,
      workspaceFolders: [{ uri: uri('/ws') }],
      createFileSystemWatcher: () => ({ onDidCreate: listener, onDidChange: listener, onDidDelete: listener, dispose() {} }),
      findFiles: async () => [...state.files.keys()].filter((p) => p.endsWith('.crosscheck.json')).map(uri),
      asRelativePath: (u: { path: string }) => u.path.replace('/ws/', ''),
      fs: {
        stat: async (u: { path: string }) => {
          const f = state.files.get(u.path);
          if (!f) throw new Error('ENOENT');
          return { size: f.size ?? f.text.length };
        },
        readFile: async (u: { path: string }) => {
          const f = state.files.get(u.path);
          if (!f) throw new Error('ENOENT');
          state.reads.push(u.path);
          return new TextEncoder().encode(f.text);
        },
      },
    },
  };
});

import { checkText } from '../../src/engine/check';
import { DatasetService } from '../../src/extension/datasets';
import { parseSettings, type SettingsService } from '../../src/extension/settings';

const settings = { get: () => parseSettings(() => undefined).settings, onDidChange: () => ({ dispose() {} }) } as unknown as SettingsService;
const source = { id: 'example-news-2024-07-01', publisher: 'Example News', author: null, title: 'A bridge', published: '2024-07-01', url: 'https://example.com/bridge', kind: 'news', language: 'en', attribution: { how: 'stated', note: 'Named on the page.' } };
const quantity = { id: 'example.bridge.length', label: 'Bridge length', description: 'Length.', subject: 'Example bridge', kind: 'count', unit: 'km', time: 'point', cues: { subject: { en: ['example bridge'], es: [] }, measure: { en: ['long'], es: [] } } };
const claim = { id: 'example.bridge', quantity: 'example.bridge.length', source: source.id, value: 12, hedge: 'exact', asWritten: '12', quote: 'The example bridge is 12 km long.' };
const CONFLICT = 'The CECOT mega-prison has room for 60,000 inmates.';

beforeEach(() => {
  state.trusted = true;
  state.files.clear();
  state.reads.length = 0;
  state.info.length = 0;
  state.warnings.length = 0;
  state.diagnostics.clear();
  state.grant.length = 0;
});

describe('the editor’s datasets', () => {
  it('in Restricted Mode loads neither the workspace datasets nor the ignore file, says so, and loads them once trusted', async () => {
    state.trusted = false;
    state.files.set('/ws/bridge.crosscheck.json', { text: JSON.stringify({ version: 1, sources: [source], quantities: [quantity], claims: [claim] }) });
    state.files.set('/ws/.crosscheck-ignore.json', { text: JSON.stringify({ version: 1, ignore: [] }) });
    const service = new DatasetService(settings);
    const restricted = await service.catalog();
    expect(restricted.dataset.quantities.has('example.bridge.length')).toBe(false);
    expect(restricted.dataset.quantities.has('cecot.capacity')).toBe(true);
    expect(state.reads).not.toContain('/ws/bridge.crosscheck.json');
    expect(state.info).toEqual([expect.stringMatching(/not trusted \(Restricted Mode\), so its 1 dataset file and its ignore file \(\.crosscheck-ignore\.json\) are not loaded; .*bundled dataset only/)]);
    state.trusted = true;
    vi.useFakeTimers();
    for (const l of state.grant) l();
    await vi.advanceTimersByTimeAsync(300);
    vi.useRealTimers();
    await service.reload();
    expect((await service.catalog()).dataset.quantities.has('example.bridge.length')).toBe(true);
    service.dispose();
  });

  it('refuses a dataset file over the size limit by its size, unread, with a diagnostic on it', async () => {
    state.files.set('/ws/big.crosscheck.json', { text: '{}', size: 6 * 1024 * 1024 });
    const service = new DatasetService(settings);
    await service.catalog();
    expect(state.reads).not.toContain('/ws/big.crosscheck.json');
    expect(state.diagnostics.get('/ws/big.crosscheck.json')?.[0]?.message).toMatch(/over the limit of 5242880 .*not read/);
    service.dispose();
  });

  it('puts a refused cue-set cycle on the file, at its JSON path, and keeps the bundled data working', async () => {
    const text = JSON.stringify({ version: 1, cueSets: { me: { en: ['@me'], es: [] } }, sources: [source], quantities: [{ ...quantity, cues: { ...quantity.cues, subject: { en: ['@me'], es: [] } } }], claims: [claim] }, null, 2);
    state.files.set('/ws/loop.crosscheck.json', { text });
    const service = new DatasetService(settings);
    const catalog = await service.catalog();
    const d = state.diagnostics.get('/ws/loop.crosscheck.json')![0]!;
    expect(d.message).toMatch(/\$\.cueSets\.me\.en\[0\]: cue set "@me" includes itself \(a cycle\); the file is refused/);
    expect(d.range.start.line).toBe(text.split('\n').findIndex((l) => l.includes('"@me"')));
    expect(checkText(CONFLICT, { format: 'plaintext', catalog }).diagnostics.map((x) => x.code)).toEqual(['figure-conflict']);
    expect(state.warnings).toEqual(['Crosscheck: the dataset loop.crosscheck.json did not load cleanly; what it refused is left out (see Problems).']);
    await service.reload();
    expect(state.warnings).toHaveLength(1);
    service.dispose();
  });
});
