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

/** The single edit that turns `before` into `after` (common prefix and suffix left out). */
export function diff(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { start, end: endB, text: after.slice(start, endA) };
}
