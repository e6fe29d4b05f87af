/**
 * Highlights by status, told apart by shape as well as colour (so "not checked" never passes
 * for "agrees", also for colour-blind readers): a conflict gets a tinted background and a ✗
 * after it (the warning's squiggle is VS Code's own), disputed or outdated a dashed underline
 * and ≠, agrees a thin solid underline and a small ✓, not checked a dotted underline and a
 * faint ? (not on a year that only dates another figure). Colours are theme colours. `crosscheck.highlight.show` says how much to show,
 * `crosscheck.highlight.claims` adds a faint claim background; a command toggles them all.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { figureStatus, periodFigures, type Status } from './figureModel';
import { toRange } from './positions';
import type { Settings, SettingsService } from './settings';

type Kind = Status | 'claim';

/** The statuses each `highlight.show` value shows. */
export const SHOWN: Record<Settings['highlight.show'], readonly Status[]> = {
  problems: ['conflict', 'disputed'],
  checked: ['conflict', 'disputed', 'agrees'],
  all: ['conflict', 'disputed', 'agrees', 'unchecked'],
};

/** A small raised mark after the figure. `textDecoration` carries the extra CSS, as VS Code allows. */
function mark(text: string, color: string, opacity = 1): vscode.ThemableDecorationAttachmentRenderOptions {
  return { contentText: text, color: new vscode.ThemeColor(color), margin: '0 0 0 1px', textDecoration: `none; font-size: 0.9em; font-weight: bold; vertical-align: super; opacity: ${opacity}` };
}

/** The render options of each kind, for the `highlight.style` setting. */
export function renderOptions(kind: Kind, style: Settings['highlight.style']): vscode.DecorationRenderOptions {
  if (kind === 'claim') return { backgroundColor: new vscode.ThemeColor('crosscheck.claimBackground') };
  const background = style === 'background';
  switch (kind) {
    case 'conflict':
      return {
        backgroundColor: new vscode.ThemeColor('crosscheck.figureConflictBackground'),
        borderRadius: '2px',
        after: mark('✗', 'crosscheck.figureConflicts'),
        overviewRulerColor: new vscode.ThemeColor('crosscheck.conflictRuler'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      };
    case 'disputed':
      return {
        borderWidth: '0 0 1.5px 0',
        borderStyle: 'dashed',
        borderColor: new vscode.ThemeColor('crosscheck.figureDisputed'),
        ...(background ? { backgroundColor: new vscode.ThemeColor('crosscheck.figureDisputedBackground') } : {}),
        after: mark('≠', 'crosscheck.figureDisputed'),
      };
    case 'agrees':
      return {
        borderWidth: '0 0 1px 0',
        borderStyle: 'solid',
        borderColor: new vscode.ThemeColor('crosscheck.figureAgrees'),
        ...(background ? { backgroundColor: new vscode.ThemeColor('crosscheck.figureAgreesBackground') } : {}),
        after: mark('✓', 'crosscheck.figureAgrees'),
      };
    case 'unchecked':
      return {
        borderWidth: '0 0 1px 0',
        borderStyle: 'dotted',
        borderColor: new vscode.ThemeColor('crosscheck.figureUnchecked'),
        after: mark('?', 'crosscheck.figureUnchecked', 0.9),
      };
  }
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
    const style = this.settings.get()['highlight.style'];
    for (const kind of ['conflict', 'disputed', 'agrees', 'unchecked', 'claim'] as const) {
      this.types.set(kind, vscode.window.createTextEditorDecorationType({ ...renderOptions(kind, style), rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }));
    }
  }

  /** The ranges each kind decorates in an editor now (the e2e tests read this). */
  rangesFor(editor: vscode.TextEditor): Map<Kind, vscode.Range[]> {
    const ranges = new Map<Kind, vscode.Range[]>([...this.types.keys()].map((k) => [k, []]));
    const a = this.analyses.get(editor.document);
    const s = this.settings.get(editor.document.uri);
    if (!a || !this.enabled || s['highlight.style'] === 'none') return ranges;
    const doc = editor.document;
    const shown = new Set(SHOWN[s['highlight.show']]);
    const periods = shown.has('unchecked') ? periodFigures(a.result) : new Set<number>();
    a.result.analysis.figures.forEach((f, k) => {
      const status = figureStatus(a.result, k);
      if (shown.has(status) && !(status === 'unchecked' && periods.has(k))) ranges.get(status)!.push(toRange(doc, f.start, f.end));
    });
    if (s['highlight.claims']) for (const c of a.result.analysis.claims) ranges.get('claim')!.push(toRange(doc, c.start, c.end));
    return ranges;
  }

  /** Applies the highlights of the editor's document's latest analysis. */
  apply(editor: vscode.TextEditor): void {
    const ranges = this.rangesFor(editor);
    for (const [kind, type] of this.types) editor.setDecorations(type, ranges.get(kind) ?? []);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    for (const s of this.subs) s.dispose();
  }
}
