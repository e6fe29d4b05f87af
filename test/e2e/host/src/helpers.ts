/** VS Code helpers for the e2e suite: the product extension, fixture documents, hovers, diagnostics. */
import * as vscode from 'vscode';
import { waitForEvent, type WaitOptions } from './framework';

/** The product extension's identifier (`publisher.name` in package.json). */
export const PRODUCT_ID = 'crosscheck.crosscheck';

/** The installed product extension; throws when VS Code does not know it. */
export function product(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(PRODUCT_ID);
  if (!ext) throw new Error(`extension ${PRODUCT_ID} is not installed in this VS Code`);
  return ext;
}

/**
 * Activates the product and resolves when it is active. Opening a document only starts
 * activation; hovers and code actions asked for before this may come back empty.
 */
export async function activateProduct(): Promise<vscode.Extension<unknown>> {
  const ext = product();
  await ext.activate();
  return ext;
}

/** URI of a file in the test workspace (test/e2e/workspace, copied for each run). */
export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open; the harness opens test/e2e/workspace');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Opens a workspace file in an editor and returns its document and editor. */
export async function openFixture(relativePath: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  return { document, editor };
}

/** Position of the start of the `occurrence`-th (0-based) `text` in the document; throws when absent. */
export function positionOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = document.getText().indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" (occurrence ${occurrence}) is not in ${document.uri.path}`);
  }
  return document.positionAt(at);
}

/**
 * Resolves with the document's diagnostics once `accept` returns true for them: checked at
 * once, then on each `onDidChangeDiagnostics` event for this URI.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  options: WaitOptions = {},
): Promise<vscode.Diagnostic[]> {
  const current = () => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  };
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    (e) => (e.uris.some((u) => u.toString() === uri.toString()) ? current() : undefined),
    { message: `diagnostics of ${uri.path} not as expected`, ...options, check: current },
  );
}

/** The hovers every provider gives at `position` (`vscode.executeHoverProvider`). */
export async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
}

/** The plain text of hovers' contents, one string per content part. */
export function hoverTexts(hovers: readonly vscode.Hover[]): string[] {
  return hovers.flatMap((h) =>
    h.contents.map((c) => (typeof c === 'string' ? c : c.value)),
  );
}

/** The code actions (quick fixes included) every provider gives for `range`. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}
