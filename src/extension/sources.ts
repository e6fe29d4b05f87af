/**
 * The reporter's own sources in the editor: "Crosscheck: Add Source…" copies files into the
 * sources folder (setting `crosscheck.sources.folder`, asking for a missing publisher, date or
 * URL), and the folder is watched: any change rebuilds its dataset, `sources.crosscheck.json`,
 * which the dataset service loads like any workspace dataset, so a new source shows in hovers
 * at once. The CLI's `check` builds the same dataset from the same folder.
 */
import * as vscode from 'vscode';
import type { RelatedFigure } from '../engine/sources/related';
import { withMeta } from '../engine/sources/meta';
import type { RequiredMeta } from '../engine/sources/read';
import { engineLocal } from './lazyEngine';
import { readText, type DatasetService } from './datasets';
import type { SettingsService } from './settings';

/** The commands this module registers (package.json declares them; a test compares). */
export const SOURCES_COMMANDS = ['crosscheck.addSource'] as const;
/** Source file endings (as the engine's reader; kept here so the host need not load the engine to watch). */
const SOURCE_EXTENSIONS = ['.md', '.markdown', '.txt', '.text', '.html', '.htm'];
/** The dataset written inside the sources folder (the same name as the CLI's). */
const DATASET = 'sources.crosscheck.json';
const REBUILD_DELAY = 300;

const ASK: Record<RequiredMeta, { prompt: string; placeHolder: string; check: (v: string) => string | null }> = {
  publisher: { prompt: 'Who published it?', placeHolder: 'The Maui News', check: (v) => (v.trim() ? null : 'The publisher is needed.') },
  date: { prompt: 'When was it published? (YYYY-MM-DD)', placeHolder: '2024-08-10', check: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? null : 'Write the date as YYYY-MM-DD.') },
  url: { prompt: 'Its URL (or "none")', placeHolder: 'https://…', check: (v) => (/^(?:https?:\/\/\S+|none)$/.test(v.trim()) ? null : 'An http(s) URL, or "none".') },
};

/** Registers "Add Source…" and watches the sources folder of each workspace folder. */
export function registerSources(settings: SettingsService, datasets: DatasetService): vscode.Disposable {
  let watchers: vscode.Disposable[] = [];
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (folder: vscode.Uri): void => {
    // In Restricted Mode the workspace's datasets are not loaded: nothing is written on its behalf either.
    if (!vscode.workspace.isTrusted) return;
    const key = folder.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => void rebuild(folder).then(() => datasets.reload()), REBUILD_DELAY));
  };
  const watch = (): void => {
    for (const w of watchers) w.dispose();
    watchers = (vscode.workspace.workspaceFolders ?? []).map((wf) => {
      const folder = sourcesUri(wf, settings);
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `*.{${SOURCE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`));
      w.onDidCreate(() => schedule(folder));
      w.onDidChange(() => schedule(folder));
      w.onDidDelete(() => schedule(folder));
      return w;
    });
  };
  watch();
  const listeners = [settings.onDidChange(watch), vscode.workspace.onDidChangeWorkspaceFolders(watch), vscode.workspace.onDidGrantWorkspaceTrust(() => {
    for (const wf of vscode.workspace.workspaceFolders ?? []) schedule(sourcesUri(wf, settings));
  })];
  const command = vscode.commands.registerCommand('crosscheck.addSource', async (uri?: vscode.Uri, selected?: vscode.Uri[]) => {
    const files = selected?.length ? selected : uri ? [uri] : await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: 'Add as Source', filters: { Sources: SOURCE_EXTENSIONS.map((e) => e.slice(1)) } });
    if (!files?.length) return [];
    const wf = vscode.workspace.getWorkspaceFolder(files[0]!) ?? vscode.workspace.workspaceFolders?.[0];
    if (!wf) {
      void vscode.window.showWarningMessage('Crosscheck: open a folder to keep sources in.');
      return [];
    }
    const folder = sourcesUri(wf, settings);
    const added: string[] = [];
    for (const file of files) {
      const name = file.path.slice(file.path.lastIndexOf('/') + 1);
      const raw = await readText(file);
      if (raw === null) continue;
      const meta: Partial<Record<RequiredMeta, string>> = {};
      for (const field of engineLocal().readSource(name, raw).missing) {
        const a = ASK[field];
        const answer = await vscode.window.showInputBox({ title: `Crosscheck: ${name}`, prompt: a.prompt, placeHolder: a.placeHolder, ignoreFocusOut: true, validateInput: a.check });
        if (answer === undefined) return added; // cancelled
        meta[field] = answer.trim();
      }
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(withMeta(name, raw, meta)));
      added.push(name);
    }
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showInformationMessage('Crosscheck: the sources were copied; this folder is not trusted (Restricted Mode), so their dataset is built and used once you trust it.');
      return added;
    }
    const built = await rebuild(folder);
    await datasets.reload();
    void vscode.window.setStatusBarMessage(`Crosscheck: ${added.length} source(s) added; ${built} claims from the sources folder`, 4000);
    return added;
  });
  return new vscode.Disposable(() => {
    for (const t of timers.values()) clearTimeout(t);
    for (const d of [...watchers, ...listeners, command]) d.dispose();
  });
}

/** The sources folder of a workspace folder. */
function sourcesUri(wf: vscode.WorkspaceFolder, settings: SettingsService): vscode.Uri {
  const rel = settings.get(wf.uri)['sources.folder'].replace(/^\.?\/+/, '').replace(/\/+$/, '');
  return vscode.Uri.joinPath(wf.uri, ...rel.split('/').filter(Boolean));
}

/** Rebuilds the folder's dataset from its sources; returns the number of claims. Problems are shown, never silent. */
async function rebuild(folder: vscode.Uri): Promise<number> {
  let entries: [string, vscode.FileType][] = [];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return 0;
  }
  const files: { name: string; text: string }[] = [];
  for (const [name, type] of entries.sort((a, b) => a[0].localeCompare(b[0]))) {
    if (type !== vscode.FileType.File || !SOURCE_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e))) continue;
    const text = await readText(vscode.Uri.joinPath(folder, name));
    if (text !== null) files.push({ name, text });
  }
  const built = engineLocal().buildSourcesDataset(files);
  const errors = built.problems.filter((p) => p.severity === 'error');
  if (errors.length) void vscode.window.showWarningMessage(`Crosscheck: ${errors.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  const text = JSON.stringify(built.file, null, 2) + '\n';
  const target = vscode.Uri.joinPath(folder, DATASET);
  // Unchanged content is not written again: a write would wake every dataset watcher for nothing.
  if ((await readText(target)) !== text) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return built.file.claims?.length ?? 0;
}

/** The hover's "possibly related" list for a figure that matched no quantity (data through appendText). */
export function appendRelated(md: vscode.MarkdownString, related: readonly RelatedFigure[]): void {
  if (related.length === 0) return;
  md.appendMarkdown('**Possibly related** (same unit and period in your sources, not compared):\n\n');
  for (const r of related) {
    md.appendMarkdown('- ');
    md.appendText(`${r.source.publisher} (${r.source.published}): “${r.claim.asWritten}” — ${r.label}`);
    md.appendMarkdown('\n');
  }
  md.appendMarkdown('\n');
}
