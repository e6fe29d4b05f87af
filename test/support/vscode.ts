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
/** Document events a test fires by hand (open, change, close), as the editor would. */
export const testEvents = {
  open: new EventEmitter<unknown>(),
  change: new EventEmitter<unknown>(),
  close: new EventEmitter<unknown>(),
};
export const workspace = {
  getConfiguration: () => ({ get: () => undefined }),
  onDidChangeConfiguration: () => ({ dispose() {} }),
  onDidOpenTextDocument: (l: (e: unknown) => void) => testEvents.open.event(l),
  onDidChangeTextDocument: (l: (e: unknown) => void) => testEvents.change.event(l),
  onDidCloseTextDocument: (l: (e: unknown) => void) => testEvents.close.event(l),
  textDocuments: [] as unknown[],
};
export const languages = { match: () => 0 };
export const window = { showWarningMessage: () => Promise.resolve(undefined) };
