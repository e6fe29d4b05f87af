/**
 * Highlights: figures by verdict (agrees, conflicts, disputed, unmatched) and a light
 * highlight for claim sentences, in colours themes can change; conflicts are marked in the
 * overview ruler. A command toggles them.
 */
import * as vscode from 'vscode';
import type { AnalysisService, Analyzed } from './analysis';
import { toRange } from './positions';
import type { SettingsService } from './settings';

type Kind = 'agrees' | 'conflicts' | 'disputed' | 'unmatched' | 'claim';

const COLOR: Record<Kind, string> = {
  agrees: 'crosscheck.figureAgrees',
  conflicts: 'crosscheck.figureConflicts',
  disputed: 'crosscheck.figureDisputed',
  unmatched: 'crosscheck.figureUnmatched',
  claim: 'crosscheck.claimBackground',
};

/** Which highlight a figure gets. */
export function figureKind(a: Analyzed, k: number): Exclude<Kind, 'claim'> {
  const f = a.result.analysis.figures[k]!;
  const flagged = a.result.diagnostics.some((d) => d.figure === k && (d.severity === 'warning' || d.severity === 'error'));
  const verdict = a.result.verdicts[k];
  if (flagged || verdict === 'conflicts' || verdict === 'outdated') return 'conflicts';
  if (verdict === 'disputed') return 'disputed';
  if (verdict === 'agrees') return 'agrees';
  void f;
  return 'unmatched';
}

export class Decorations implements vscode.Disposable {
  private types = new Map<Kind, vscode.TextEditorDecorationType>();
  private enabled = true;
  private readonly subs: vscode.Disposable[];

  constructor(
    private readonly analyses: AnalysisService,
    private readonly settings: SettingsService,
  ) {
    this.createTypes();
    this.subs = [
      analyses.onDidAnalyze(({ uri }) => {
        for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.apply(e);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.apply(e))),
      settings.onDidChange(() => {
        this.createTypes();
        vscode.window.visibleTextEditors.forEach((e) => this.apply(e));
      }),
    ];
  }

  /** Turns the highlights on or off in every editor. */
  toggle(): boolean {
    this.enabled = !this.enabled;
    vscode.window.visibleTextEditors.forEach((e) => this.apply(e));
    return this.enabled;
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  private createTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
    const s = this.settings.get();
    const style = s['highlight.style'];
    for (const kind of Object.keys(COLOR) as Kind[]) {
      const color = new vscode.ThemeColor(COLOR[kind]);
      const options: vscode.DecorationRenderOptions =
        kind === 'claim'
          ? { backgroundColor: color, isWholeLine: false }
          : style === 'background'
            ? { backgroundColor: color, borderRadius: '2px' }
            : style === 'underline'
              ? { borderStyle: 'solid', borderWidth: '0 0 2px 0', borderColor: color }
              : {};
      if (kind === 'conflicts') Object.assign(options, { overviewRulerColor: new vscode.ThemeColor('crosscheck.conflictRuler'), overviewRulerLane: vscode.OverviewRulerLane.Right });
      this.types.set(kind, vscode.window.createTextEditorDecorationType({ ...options, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }));
    }
  }

  /** Applies the highlights of the editor's document's latest analysis. */
  apply(editor: vscode.TextEditor): void {
    const a = this.analyses.get(editor.document);
    const ranges = new Map<Kind, vscode.DecorationOptions[]>([...this.types.keys()].map((k) => [k, []]));
    if (a && this.enabled) {
      const doc = editor.document;
      const showClaims = this.settings.get(doc.uri)['highlight.claims'];
      a.result.analysis.figures.forEach((f, k) => ranges.get(figureKind(a, k))!.push({ range: toRange(doc, f.start, f.end) }));
      if (showClaims) for (const c of a.result.analysis.claims) ranges.get('claim')!.push({ range: toRange(doc, c.start, c.end) });
    }
    if (this.settings.get(editor.document.uri)['highlight.style'] === 'none') for (const k of ['agrees', 'disputed', 'unmatched'] as const) ranges.set(k, []);
    for (const [kind, type] of this.types) editor.setDecorations(type, ranges.get(kind) ?? []);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    for (const s of this.subs) s.dispose();
  }
}
