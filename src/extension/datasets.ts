/**
 * The datasets an editor checks against: the bundled one plus the workspace's
 * `*.crosscheck.json` files (a setting changes the pattern), reloaded when they change. A bad
 * file gets a diagnostic on itself (JSON path and reason) and the rest keeps working. Also
 * reads the workspace's ignore file.
 */
import * as vscode from 'vscode';
import type { Catalog } from '../engine/dataset/catalog';
import type { DatasetProblem } from '../engine/dataset/load';
import { openDatasetWith } from '../engine/dataset/openCore';
import { engineLocal } from './lazyEngine';
import { parseIgnoreFile } from '../engine/ignoreFile';
import type { IgnoreEntry } from '../engine/suppress';
import type { SettingsService } from './settings';

export const IGNORE_FILE = '.crosscheck-ignore.json';
const RELOAD_DELAY = 250;

export class DatasetService implements vscode.Disposable {
  private current: Catalog | null = null;
  private ignoreEntries: IgnoreEntry[] = [];
  private readonly problems = vscode.languages.createDiagnosticCollection('crosscheck-datasets');
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the datasets or the ignore file were (re)loaded. */
  readonly onDidChange = this.emitter.event;
  private watchers: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> | null = null;
  private readonly listeners: vscode.Disposable[];
  /** Files loaded last time, for the status line. */
  fileCount = 0;

  constructor(private readonly settings: SettingsService) {
    this.listeners = [settings.onDidChange(() => this.scheduleReload(true)), vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload(true))];
  }

  /** The catalog to check against (loads it the first time). */
  async catalog(): Promise<Catalog> {
    if (!this.current) await this.reload();
    return this.current!;
  }

  /** The ignored findings of the workspace. */
  get ignores(): readonly IgnoreEntry[] {
    return this.ignoreEntries;
  }

  /** Loads everything again now. */
  reload(): Promise<void> {
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private scheduleReload(rewatch = false): void {
    if (rewatch) this.watch();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), RELOAD_DELAY);
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    const s = this.settings.get();
    this.watchers = [...s.datasets, `**/${IGNORE_FILE}`].map((pattern) => {
      const w = vscode.workspace.createFileSystemWatcher(pattern);
      w.onDidCreate(() => this.scheduleReload());
      w.onDidChange(() => this.scheduleReload());
      w.onDidDelete(() => this.scheduleReload());
      return w;
    });
  }

  private async load(): Promise<void> {
    if (this.watchers.length === 0) this.watch();
    const s = this.settings.get();
    const uris = new Map<string, vscode.Uri>();
    for (const pattern of s.datasets) for (const u of await vscode.workspace.findFiles(pattern, '**/node_modules/**', 500)) uris.set(u.toString(), u);
    const files: { name: string; text: string; uri: vscode.Uri }[] = [];
    for (const uri of [...uris.values()].sort((a, b) => a.path.localeCompare(b.path))) {
      const text = await readText(uri);
      if (text !== null) files.push({ name: vscode.workspace.asRelativePath(uri), text, uri });
    }
    // The quote reader (the engine) is loaded only when a workspace file has quotes to verify.
    const opened = openDatasetWith(files, { bundled: s.bundledDataset, reader: (q) => engineLocal().readQuote(q) });
    this.current = opened.catalog;
    this.fileCount = files.length;
    this.showProblems(opened.problems, files);
    this.ignoreEntries = await this.loadIgnores();
    this.emitter.fire();
  }

  private showProblems(problems: readonly DatasetProblem[], files: readonly { name: string; text: string; uri: vscode.Uri }[]): void {
    this.problems.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const file = files.find((f) => f.name === p.file);
      if (!file) continue;
      const range = p.offset !== undefined ? rangeIn(file.text, p.offset, p.offset + (p.length ?? 1)) : new vscode.Range(0, 0, 0, 1);
      const d = new vscode.Diagnostic(range, `${p.path}: ${p.message}`, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
      d.source = 'crosscheck';
      d.code = 'dataset';
      const list = byFile.get(file.uri.toString()) ?? [];
      list.push(d);
      byFile.set(file.uri.toString(), list);
    }
    for (const f of files) {
      const list = byFile.get(f.uri.toString());
      if (list) this.problems.set(f.uri, list);
    }
  }

  private async loadIgnores(): Promise<IgnoreEntry[]> {
    const out: IgnoreEntry[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, IGNORE_FILE);
      const text = await readText(uri);
      if (text === null) continue;
      const r = parseIgnoreFile(text);
      if (r.error) void vscode.window.showWarningMessage(`Crosscheck: ${vscode.workspace.asRelativePath(uri)}: ${r.error} (the file is not used).`);
      out.push(...r.entries);
    }
    return out;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of [...this.watchers, ...this.listeners]) w.dispose();
    this.problems.dispose();
    this.emitter.dispose();
  }
}

/** Reads a file as UTF-8 text, or null if it cannot be read. */
export async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

/** The range of [start, end) in a text that is not open in an editor. */
function rangeIn(text: string, start: number, end: number): vscode.Range {
  const pos = (offset: number): vscode.Position => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return new vscode.Position(line, offset - (before.lastIndexOf('\n') + 1));
  };
  return new vscode.Range(pos(start), pos(Math.max(start, end)));
}
