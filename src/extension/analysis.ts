/**
 * One analysis per document version, off the extension host's thread. Typing is debounced;
 * each run sends the document's text to the engine, which runs in a worker (node
 * `worker_threads` on the desktop, a Web Worker on the web; see `analysisWorker.ts`), so typing
 * never waits on a check. The engine's session analyses again only the paragraphs the edit
 * touched; a result is published only if the document is still at the version it was made
 * from, and runs superseded before they started are dropped; closing a document drops its
 * state. Where no worker can be started (or one fails), the same engine runs on this thread.
 */
import * as vscode from 'vscode';
import type { CheckResult } from '../engine/check';
import type { Catalog } from '../engine/dataset/catalog';
import type { IgnoreEntry } from '../engine/suppress';
import type { FromEngine, RunOptions, ToEngine } from './analysisWorker';
import { engineLocal } from './lazyEngine';
import type { DatasetService } from './datasets';
import { skipsItself } from './exclude';
import type { Settings, SettingsService } from './settings';

export interface Analyzed {
  document: vscode.TextDocument;
  version: number;
  result: CheckResult;
}

interface Tracked {
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
  private readonly engine = new EngineClient();

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
      t = { analyzed: null, timer: undefined, generation: 0 };
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
    const result = await this.engine.run(doc.uri.toString(), generation, text, catalog, this.datasets.ignores, this.options(doc, settings));
    if (!result || doc.isClosed || this.docs.get(doc.uri.toString()) !== t) return t.analyzed; // superseded, or closed meanwhile
    if (doc.version !== version || generation !== t.generation) return t.analyzed; // an edit came in meanwhile: never show an older version
    t.analyzed = { document: doc, version, result };
    this.emitter.fire({ uri: doc.uri, analyzed: t.analyzed });
    return t.analyzed;
  }

  private options(doc: vscode.TextDocument, s: Settings): RunOptions {
    return {
      format: doc.languageId === 'plaintext' ? 'plaintext' : 'markdown',
      language: s.articleLanguage,
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
    this.engine.forget(key);
    this.emitter.fire({ uri, analyzed: null });
  }

  dispose(): void {
    for (const t of this.docs.values()) if (t.timer) clearTimeout(t.timer);
    this.docs.clear();
    this.engine.dispose();
    for (const l of this.listeners) l.dispose();
    this.emitter.dispose();
  }
}

// ---------------------------------------------------------------------------------------
// The engine, in a worker where one can be started.
// ---------------------------------------------------------------------------------------

/** Set by the bundles: which worker to start ('node' on the desktop, 'web' in the browser); undefined in tests. */
declare const CROSSCHECK_WORKER: 'node' | 'web' | undefined;
declare const require: (id: string) => unknown;
declare const __dirname: string;

/** What this file uses of a Web Worker (the extension is compiled without the DOM's types). */
interface WebWorkerLike {
  onmessage: ((e: { data: FromEngine }) => void) | null;
  onerror: ((e: { message?: string; preventDefault?: () => void }) => void) | null;
  postMessage(m: ToEngine): void;
  terminate(): void;
}

/** A started worker, as the client needs it. */
interface Port {
  post(m: ToEngine): void;
  terminate(): void;
}

/** Sends runs to the engine and resolves each with its result, or null when it was superseded. */
class EngineClient {
  private port: Port | null = null;
  private local: ((m: ToEngine) => void) | null = null;
  private readonly waiting = new Map<string, { generation: number; resolve: (r: CheckResult | null) => void; message: Extract<ToEngine, { type: 'run' }> }>();
  private contextId = 0;
  private fellBack = false;
  private disposed = false;
  private context: { catalog: Catalog | null; ignores: readonly IgnoreEntry[] } | null = null;

  constructor() {
    try {
      this.port = startWorker((m) => this.receive(m), (why) => this.fallBack(why));
    } catch (e) {
      this.fallBack(e);
    }
  }

  run(key: string, generation: number, text: string, catalog: Catalog | null, ignores: readonly IgnoreEntry[], options: RunOptions): Promise<CheckResult | null> {
    if (!this.context || this.context.catalog !== catalog || this.context.ignores !== ignores) {
      this.context = { catalog, ignores };
      this.send({ type: 'context', id: ++this.contextId, catalog, ignores });
    }
    const message: ToEngine = { type: 'run', key, generation, text, context: this.contextId, options };
    return new Promise((resolve) => {
      this.waiting.get(key)?.resolve(null); // an older run of this document: its result would be dropped anyway
      this.waiting.set(key, { generation, resolve, message });
      this.send(message);
    });
  }

  forget(key: string): void {
    this.waiting.get(key)?.resolve(null);
    this.waiting.delete(key);
    this.send({ type: 'forget', key });
  }

  dispose(): void {
    this.disposed = true;
    for (const w of this.waiting.values()) w.resolve(null);
    this.waiting.clear();
    this.port?.terminate();
    this.port = null;
  }

  private send(m: ToEngine): void {
    if (this.port) {
      try {
        this.port.post(m);
        return;
      } catch (e) {
        this.fallBack(e); // sends the context and the runs in flight, this one included, on this thread
        if (m.type !== 'forget') return;
      }
    }
    this.inThread()(m);
  }

  private receive(m: FromEngine): void {
    const w = this.waiting.get(m.key);
    if (!w || w.generation !== m.generation) return;
    this.waiting.delete(m.key);
    if (m.type === 'result') w.resolve(m.result);
    else {
      if (m.type === 'error') console.error(`[crosscheck] analysis failed: ${m.message}`);
      w.resolve(null);
    }
  }

  /** The worker could not start or failed: the engine runs on this thread from now on, and runs in flight are sent again (once). */
  private fallBack(why: unknown): void {
    if (this.fellBack || this.disposed) return; // a failing worker reports more than once (error, then exit)
    this.fellBack = true;
    const port = this.port;
    this.port = null;
    console.warn(`[crosscheck] analysis worker unavailable, analysing on the extension host: ${why instanceof Error ? why.message : String(why)}`);
    port?.terminate();
    if (this.context) this.inThread()({ type: 'context', id: this.contextId, catalog: this.context.catalog, ignores: this.context.ignores });
    for (const w of [...this.waiting.values()]) this.inThread()(w.message);
  }

  private inThread(): (m: ToEngine) => void {
    return (this.local ??= engineLocal().engineHandler((m) => this.receive(m), (f) => setTimeout(f, 0)));
  }
}

/** Starts the engine's worker for this bundle, or returns null (tests, or a host without workers). */
function startWorker(receive: (m: FromEngine) => void, fail: (why: unknown) => void): Port | null {
  // Each bundle defines CROSSCHECK_WORKER, so the branch for the other platform is left out of it.
  if (typeof CROSSCHECK_WORKER === 'undefined') return null;
  if (CROSSCHECK_WORKER === 'node') {
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const path = require('node:path') as typeof import('node:path');
    const w = new Worker(path.join(__dirname, 'worker.js'));
    w.on('message', receive);
    w.on('error', fail);
    w.on('exit', (code) => code !== 0 && fail(new Error(`worker exited with code ${code}`)));
    w.unref();
    return { post: (m) => w.postMessage(m), terminate: () => void w.terminate() };
  }
  const WebWorker = (globalThis as { Worker?: new (url: string) => WebWorkerLike }).Worker;
  if (CROSSCHECK_WORKER === 'web' && WebWorker) {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'crosscheck' && e.packageJSON?.publisher === 'crosscheck');
    if (!ext) return null;
    const w = new WebWorker(vscode.Uri.joinPath(ext.extensionUri, 'dist', 'web', 'worker.js').toString(true));
    w.onmessage = (e) => receive(e.data);
    w.onerror = (e) => {
      e.preventDefault?.();
      fail(new Error(e.message || 'the worker failed to load'));
    };
    return { post: (m) => w.postMessage(m), terminate: () => w.terminate() };
  }
  return null;
}
