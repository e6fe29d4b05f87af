/**
 * Documents Crosscheck leaves alone although their language is one it reads: its own exported
 * reports and documentation, which quote figures by design. Both carry a marker comment in
 * their first lines; an article can carry it too.
 */
import * as vscode from 'vscode';

/** The marker that keeps a document from being checked. */
export const SKIP_MARKER = '<!-- crosscheck-skip-file -->';
/** How far into a document the marker is looked for. */
const HEAD_LINES = 5;

/** True if the text's first lines carry the marker. */
export function hasSkipMarker(head: string): boolean {
  return head.includes(SKIP_MARKER);
}

/** True if the document is one Crosscheck must not check (it carries the marker). */
export function skipsItself(doc: vscode.TextDocument): boolean {
  return hasSkipMarker(doc.getText(new vscode.Range(0, 0, Math.min(HEAD_LINES, doc.lineCount), 0)));
}
