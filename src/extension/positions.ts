/** The one place where engine offsets (UTF-16, into the text) become editor ranges and back. */
import * as vscode from 'vscode';

/** The range of [start, end) in a document. */
export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** The offset of a position. */
export function toOffset(doc: vscode.TextDocument, position: vscode.Position): number {
  return doc.offsetAt(position);
}
