/**
 * A small stand-in for the `vscode` module so extension code can be unit-tested in plain Node
 * (the real editor runs in test/e2e). Only what the tested modules touch is here.
 */
export class MarkdownString {
  value: string;
  isTrusted?: boolean | { enabledCommands: readonly string[] };
  supportHtml?: boolean;
  constructor(value = '', public supportThemeIcons = false) {
    this.value = value;
  }
  appendMarkdown(s: string): this {
    this.value += s;
    return this;
  }
  appendText(s: string): this {
    // Like VS Code: escape Markdown syntax characters.
    this.value += s.replace(/[\\`*_{}[\]()#+\-!~]/g, '\\$&');
    return this;
  }
}
export class Position {
  constructor(public line: number, public character: number) {}
}
export class Range {
  constructor(public start: Position, public end: Position) {}
}
export class Hover {
  constructor(public contents: MarkdownString, public range?: Range) {}
}
export class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (l: (e: T) => void) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T): void {
    for (const l of this.listeners) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}
export const workspace = {
  getConfiguration: () => ({ get: () => undefined }),
  onDidChangeConfiguration: () => ({ dispose() {} }),
};
export const window = { showWarningMessage: () => Promise.resolve(undefined) };
