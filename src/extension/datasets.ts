/**
 * The datasets an editor checks against: the bundled one plus the workspace's
 * `*.crosscheck.json` files (a setting changes the pattern), reloaded when they change. A bad
 * file gets a diagnostic on itself (JSON path and reason) and the rest keeps working; a file
 * over the size limit is refused by its size, unread. Also reads the workspace's ignore file.
 * In Restricted Mode (an untrusted folder) neither the workspace's dataset files nor its
 * ignore file are loaded, with a visible note; granting trust loads them.
 */
import * as vscode from 'vscode';
import type { Catalog } from '../engine/dataset/catalog';
import { locate, sizeProblem, type DatasetProblem } from '../engine/dataset/load';
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
  /** True while the folder is untrusted and its dataset and ignore files are left out. */
  restricted = false;
  private noted = false;
  /** The files last warned about, so a reload with the same broken files does not warn again. */
  private warned = '';

  constructor(private readonly settings: SettingsService) {
    this.listeners = [
      settings.onDidChange(() => this.scheduleReload(true)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload(true)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.scheduleReload(true)),
    ];
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
    this.restricted = !vscode.workspace.isTrusted;
    const files: { name: string; text: string; uri: vscode.Uri }[] = [];
    const refused: DatasetProblem[] = [];
    const sized: { name: string; text: string; uri: vscode.Uri }[] = [];
    if (this.restricted) await this.noteRestricted(uris.size);
    else {
      for (const uri of [...uris.values()].sort((a, b) => a.path.localeCompare(b.path))) {
        const name = vscode.workspace.asRelativePath(uri);
        const big = await tooBig(uri);
        if (big) {
          refused.push({ file: name, path: '$', message: big, severity: 'error' });
          sized.push({ name, text: '', uri });
          continue;
        }
        const text = await readText(uri);
        if (text !== null) files.push({ name, text, uri });
      }
    }
    // The quote reader (the engine) is loaded only when a workspace file has quotes to verify.
    const opened = openDatasetWith(files, { bundled: s.bundledDataset, reader: (q) => engineLocal().readQuote(q) });
    this.current = opened.catalog;
    this.fileCount = files.length;
    const problems = [...refused, ...opened.problems];
    this.showProblems(problems, [...files, ...sized]);
    this.warnBroken(problems, [...files, ...sized].map((f) => f.name));
    this.ignoreEntries = this.restricted ? [] : await this.loadIgnores();
    this.emitter.fire();
  }

  /** A dataset that does not load cleanly is an error the user cannot miss: one message naming the files, besides their diagnostics. */
  private warnBroken(problems: readonly DatasetProblem[], names: readonly string[]): void {
    const broken = [...new Set(problems.filter((p) => p.severity === 'error' && names.includes(p.file)).map((p) => p.file))];
    const key = broken.join('\n');
    if (key === this.warned) return;
    this.warned = key;
    if (broken.length) void vscode.window.showWarningMessage(`Crosscheck: ${broken.length === 1 ? `the dataset ${broken[0]} did` : `${broken.length} datasets (${broken.join(', ')}) did`} not load cleanly; what it refused is left out (see Problems).`);
  }

  /** Says once per session, when there is something to leave out, what Restricted Mode leaves out. */
  private async noteRestricted(datasetFiles: number): Promise<void> {
    if (this.noted) return;
    let ignoreFiles = 0;
    for (const folder of vscode.workspace.workspaceFolders ?? []) if ((await readText(vscode.Uri.joinPath(folder.uri, IGNORE_FILE))) !== null) ignoreFiles++;
    if (datasetFiles + ignoreFiles === 0) return;
    this.noted = true;
    const parts = [datasetFiles ? `its ${datasetFiles} dataset file${datasetFiles > 1 ? 's' : ''}` : '', ignoreFiles ? `its ignore file (${IGNORE_FILE})` : ''].filter(Boolean);
    const what = `${parts.join(' and ')} ${datasetFiles + ignoreFiles > 1 ? 'are' : 'is'}`;
    void vscode.window.showInformationMessage(`Crosscheck: this folder is not trusted (Restricted Mode), so ${what} not loaded; documents are checked against the bundled dataset only. Trust the folder to load them.`);
  }

  private showProblems(problems: readonly DatasetProblem[], files: readonly { name: string; text: string; uri: vscode.Uri }[]): void {
    this.problems.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const file = files.find((f) => f.name === p.file);
      if (!file) continue;
      const at = p.offset !== undefined ? { offset: p.offset, length: p.length ?? 1 } : locate(file.text, p.path);
      const range = at ? rangeIn(file.text, at.offset, at.offset + at.length) : new vscode.Range(0, 0, 0, 1);
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

/** A message when a dataset file is over the size limit (read from its stat, not its text), else null. */
async function tooBig(uri: vscode.Uri): Promise<string | null> {
  try {
    return sizeProblem((await vscode.workspace.fs.stat(uri)).size);
  } catch {
    return null;
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
