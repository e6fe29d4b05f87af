/**
 * Text for a terminal: article and dataset strings may carry escape sequences that clear the
 * screen, retitle the window or write the clipboard. Every control character except line feed
 * and tab (C0, DEL, C1, so ESC and CSI too) and the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, which reorder what the reader sees) are shown as a
 * visible escape (`\x1b`, `\u202e`) instead of being sent raw. JSON and SARIF are not passed
 * through here: they stay exact, JSON's own escaping covers C0.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
