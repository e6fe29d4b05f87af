/**
 * The Figures view (explorer sidebar): the active article's figures grouped by status,
 * conflicts first, each with its value and the sources' value; a click reveals the figure; a
 * title button filters to the figures not checked. The view's description shows the counts.
 */
import * as vscode from 'vscode';
import type { AnalysisService, Analyzed } from './analysis';
import type { DatasetService } from './datasets';
import { countStatuses, groupFigures, STATUS_WORDS, type FigureGroup, type FigureItem, type Status } from './figureModel';

type Node = { group: FigureGroup } | { item: FigureItem };

const ICON: Record<Status, [string, string]> = {
  conflict: ['error', 'crosscheck.figureConflicts'],
  disputed: ['diff-modified', 'crosscheck.figureDisputed'],
  agrees: ['pass', 'crosscheck.figureAgrees'],
  unchecked: ['question', 'crosscheck.figureUnchecked'],
};

export const FIGURES_VIEW = 'crosscheck.figures';

export class FiguresView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subs: vscode.Disposable[];
  private onlyUnchecked = false;
  private current: { analyzed: Analyzed; groups: FigureGroup[] } | null = null;

  constructor(
    private readonly analyses: AnalysisService,
    private readonly datasets: DatasetService,
  ) {
    this.view = vscode.window.createTreeView(FIGURES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.subs = [
      analyses.onDidAnalyze(({ uri }) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) void this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
    ];
    void this.setFilter(false);
  }

  /** Shows only the figures not checked, or all of them. */
  async setFilter(onlyUnchecked: boolean): Promise<void> {
    this.onlyUnchecked = onlyUnchecked;
    await vscode.commands.executeCommand('setContext', 'crosscheck.figures.filtered', onlyUnchecked);
    await this.refresh();
  }

  /** The groups shown now (the e2e tests read them). */
  get groups(): readonly FigureGroup[] {
    return this.current?.groups ?? [];
  }

  private async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const a = editor ? this.analyses.get(editor.document) : null;
    if (!a) {
      // Keep the last article's figures while another kind of editor (output, settings) is active.
      if (!editor || this.analyses.relevant(editor.document)) this.current = null;
    } else {
      const catalog = await this.datasets.catalog();
      this.current = { analyzed: a, groups: groupFigures(a.result, catalog, this.onlyUnchecked ? 'unchecked' : undefined) };
    }
    const c = this.current ? countStatuses(this.current.analyzed.result) : null;
    this.view.description = c ? `✗ ${c.conflict} · ≠ ${c.disputed} · ? ${c.unchecked} · ✓ ${c.agrees}${this.onlyUnchecked ? ' (not checked only)' : ''}` : undefined;
    this.view.message = !this.current ? 'Open an article to see its figures.' : this.current.groups.length === 0 ? (this.onlyUnchecked ? 'Every figure was checked.' : 'No figures in this article.') : undefined;
    this.emitter.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!this.current) return [];
    if (!node) return this.current.groups.map((group) => ({ group }));
    return 'group' in node ? node.group.items.map((item) => ({ item })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('group' in node) {
      const g = node.group;
      const t = new vscode.TreeItem(`${STATUS_WORDS[g.status].heading} (${g.items.length})`, g.status === 'agrees' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      t.iconPath = new vscode.ThemeIcon(ICON[g.status][0], new vscode.ThemeColor(ICON[g.status][1]));
      t.id = `group:${g.status}`;
      return t;
    }
    const f = node.item;
    const t = new vscode.TreeItem(f.text, vscode.TreeItemCollapsibleState.None);
    t.description = f.sources ? `sources: ${f.sources} · ${f.label}` : (f.label ?? 'not tied to a known quantity');
    t.tooltip = `${STATUS_WORDS[f.status].mark} ${f.text}: ${STATUS_WORDS[f.status].plain}${f.label ? ` (${f.label})` : ''}${f.sources ? `; the sources say ${f.sources}` : ''}`;
    t.accessibilityInformation = { label: t.tooltip };
    t.iconPath = new vscode.ThemeIcon(ICON[f.status][0], new vscode.ThemeColor(ICON[f.status][1]));
    t.contextValue = f.comparable ? 'crosscheck.figure.comparable' : 'crosscheck.figure';
    const uri = this.current!.analyzed.document.uri.toString();
    t.id = `${uri}#${f.start}`;
    t.command = { command: 'crosscheck.revealFigure', title: 'Reveal the figure', arguments: [uri, f.start, f.end] };
    return t;
  }

  /** Arguments for commands run from an item's menu: the document and the figure's offset. */
  static argsOf(node: Node | undefined, uri: string | undefined): [string, number] | null {
    return node && 'item' in node && uri ? [uri, node.item.start] : null;
  }

  /** The document the view shows. */
  get documentUri(): string | undefined {
    return this.current?.analyzed.document.uri.toString();
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.view.dispose();
    this.emitter.dispose();
  }
}
