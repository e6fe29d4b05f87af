// A stand-in for the `vscode` module, enough for the extension's `activate` to run in plain
// Node so the benchmark can time it: configuration reads return nothing (defaults apply),
// there are no open documents, and every other API is a no-op that returns a disposable.
'use strict';

function stub(name) {
  const f = function () {};
  const assigned = new Map();
  return new Proxy(f, {
    set(_t, p, v) {
      assigned.set(p, v);
      return true;
    },
    get(_t, p) {
      if (assigned.has(p)) return assigned.get(p);
      if (p === 'then') return undefined; // not a promise
      if (p === Symbol.iterator) return function* () {};
      if (p === Symbol.toPrimitive) return () => name;
      if (p === 'dispose') return () => {};
      return stub(`${name}.${String(p)}`);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

const base = stub('vscode');
const configuration = { get: () => undefined, inspect: () => undefined, has: () => false, update: async () => {} };
const overrides = {
  workspace: new Proxy(
    { getConfiguration: () => configuration, textDocuments: [], workspaceFolders: undefined },
    { get: (t, p) => (p in t ? t[p] : base.workspace[p]) },
  ),
  window: new Proxy({ visibleTextEditors: [], activeTextEditor: undefined }, { get: (t, p) => (p in t ? t[p] : base.window[p]) }),
  Uri: { joinPath: (u, ...parts) => ({ ...u, path: [u.path, ...parts].join('/') }), file: (p) => ({ scheme: 'file', path: p }), parse: (s) => ({ scheme: 'file', path: s }) },
  EventEmitter: class {
    constructor() {
      this.listeners = [];
      this.event = (l) => (this.listeners.push(l), { dispose: () => {} });
    }
    fire(e) {
      for (const l of this.listeners) l(e);
    }
    dispose() {}
  },
};
// A bundler copies the module's own keys (`import * as vscode`), so every name the extension
// uses must be an own key: they are read from its sources.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const dir = join(__dirname, '..', '..', 'src', 'extension');
const names = new Set();
for (const f of readdirSync(dir)) for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/\bvscode\.([A-Za-z]+)/g)) names.add(m[1]);
const api = {};
for (const n of names) api[n] = n in overrides ? overrides[n] : base[n];
module.exports = Object.assign(api, overrides);
