/**
 * One analysis per document version. Typing is debounced; each run feeds the engine's
 * session the single edit since the last run, so only the touched paragraphs are analysed
 * again; a result is published only if the document is still at the version it was made
 * from; closing a document drops its state.
 */
import * as vscode from 'vscode';
import type { CheckResult } from '../engine/check';
import { DocumentSession } from '../engine/session';
import type { DatasetService } from './datasets';
import { skipsItself } from './exclude';
import { diff } from './positions';
import type { Settings, SettingsService } from './settings';

export interface Analyzed {
  document: vscode.TextDocument;
  version: number;
  result: CheckResult;
}

interface Tracked {
  session: DocumentSession;
  text: string;
  analyzed: Analyzed | null;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped for every scheduled run; a run that is not the latest publishes nothing. */
  generation: number;
}

export class AnalysisService implements vscode.Disposable {
  private readonly docs = new Map<string, Tracked>();
  private readonly emitter = new vscode.EventEmitter<{ uri: vscode.Uri; analyzed: Analyzed | null }>();
  /** Fires when a document has a new result, or null when its results are cleared. */
  readonly onDidAnalyze = this.emitter.event;
  private readonly listeners: vscode.Disposable[];

  constructor(
    private readonly settings: SettingsService,
    private readonly datasets: DatasetService,
  ) {
    this.listeners = [
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document, this.settings.get(e.document.uri).debounce)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      settings.onDidChange(() => this.refreshAll()),
      datasets.onDidChange(() => this.refreshAll()),
    ];
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** The latest result for a document, if it is current. */
  get(doc: vscode.TextDocument): Analyzed | null {
    const a = this.docs.get(doc.uri.toString())?.analyzed ?? null;
    return a && a.version === doc.version ? a : null;
  }

  /** The current result for a document, analysing it now if there is none (hovers, commands, tests). */
  async analyzeNow(doc: vscode.TextDocument): Promise<Analyzed | null> {
    if (!this.relevant(doc)) return null;
    const t = this.track(doc);
    if (t.timer) {
      clearTimeout(t.timer);
      t.timer = undefined;
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = this.get(doc);
      if (current) return current;
      const r = await this.run(doc, t, ++t.generation);
      if (r && r.version === doc.version) return r;
    }
    return this.get(doc);
  }

  /** True if Crosscheck reads this document under the current settings. */
  relevant(doc: vscode.TextDocument): boolean {
    if (doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-settings' || skipsItself(doc)) return false;
    const s = this.settings.get(doc.uri);
    if (!s.enable) return false;
    if (s.languages.includes(doc.languageId)) return true;
    return s.include.some((glob) => vscode.languages.match({ pattern: glob }, doc) > 0);
  }

  private track(doc: vscode.TextDocument): Tracked {
    const key = doc.uri.toString();
    let t = this.docs.get(key);
    if (!t) {
      t = { session: new DocumentSession(this.options(doc, this.settings.get(doc.uri), null)), text: '', analyzed: null, timer: undefined, generation: 0 };
      this.docs.set(key, t);
    }
    return t;
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (!this.relevant(doc)) {
      if (this.docs.has(doc.uri.toString())) this.forget(doc.uri);
      return;
    }
    const t = this.track(doc);
    const generation = ++t.generation;
    if (t.timer) clearTimeout(t.timer);
    t.timer = setTimeout(() => {
      t.timer = undefined;
      void this.run(doc, t, generation);
    }, delay);
  }

  private async run(doc: vscode.TextDocument, t: Tracked, generation: number): Promise<Analyzed | null> {
    const catalog = await this.datasets.catalog();
    if (generation !== t.generation || doc.isClosed || this.docs.get(doc.uri.toString()) !== t) return t.analyzed; // superseded
    const version = doc.version;
    const text = doc.getText();
    const settings = this.settings.get(doc.uri);
    t.session.setOptionsIfChanged(this.options(doc, settings, catalog));
    const result = t.text && text.length > 0 ? t.session.update(text, [diff(t.text, text)]) : t.session.update(text);
    t.text = text;
    if (doc.version !== version || generation !== t.generation) return t.analyzed; // an edit came in meanwhile: never show an older version
    t.analyzed = { document: doc, version, result };
    this.emitter.fire({ uri: doc.uri, analyzed: t.analyzed });
    return t.analyzed;
  }

  private options(doc: vscode.TextDocument, s: Settings, catalog: Awaited<ReturnType<DatasetService['catalog']>> | null): ConstructorParameters<typeof DocumentSession>[0] {
    return {
      format: doc.languageId === 'plaintext' ? 'plaintext' : 'markdown',
      language: s.articleLanguage,
      catalog,
      ignores: this.datasets.ignores,
      severities: s.severity,
      tolerance: s.tolerance,
      maxLength: s.maxFileSize,
    };
  }

  private refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.docs.get(key);
    if (!t) return;
    if (t.timer) clearTimeout(t.timer);
    t.generation++;
    this.docs.delete(key);
    this.emitter.fire({ uri, analyzed: null });
  }

  dispose(): void {
    for (const t of this.docs.values()) if (t.timer) clearTimeout(t.timer);
    this.docs.clear();
    for (const l of this.listeners) l.dispose();
    this.emitter.dispose();
  }
}
