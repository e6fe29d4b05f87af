/**
 * Settings in one place: the `crosscheck` section, read per resource, parsed once through a
 * schema, cached until a configuration change touches the section. A value of the wrong type
 * falls back to its default with one message naming the setting.
 */
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { CODES } from '../engine/checks/index';

export const SECTION = 'crosscheck';
const CODE_NAMES: ReadonlySet<string> = new Set(CODES.map((c) => c.code));

const Severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);

/** Every setting, with its default (the same defaults as package.json). */
const FIELDS = {
  enable: z._default(z.boolean(), true),
  languages: z._default(z.array(z.string()), ['markdown', 'plaintext']),
  include: z._default(z.array(z.string()), []),
  articleLanguage: z._default(z.enum(['auto', 'en', 'es']), 'auto'),
  severity: z._default(z.record(z.string().check(z.refine((c) => CODE_NAMES.has(c), 'unknown finding code')), Severity), {}),
  tolerance: z._default(z.number().check(z.minimum(0), z.maximum(0.5)), 0),
  'highlight.style': z._default(z.enum(['background', 'underline', 'none']), 'underline'),
  'highlight.claims': z._default(z.boolean(), false),
  'highlight.show': z._default(z.enum(['problems', 'checked', 'all']), 'all'),
  'hover.details': z._default(z.boolean(), false),
  datasets: z._default(z.array(z.string()), ['**/*.crosscheck.json']),
  bundledDataset: z._default(z.boolean(), true),
  maxFileSize: z._default(z.number().check(z.minimum(0)), 5 * 1024 * 1024),
  debounce: z._default(z.number().check(z.minimum(0), z.maximum(5000)), 300),
  'sources.folder': z._default(z.string().check(z.minLength(1)), '.crosscheck/sources/'),
} as const;

export type Settings = { -readonly [K in keyof typeof FIELDS]: z.infer<(typeof FIELDS)[K]> };

/** Parses raw setting values; each bad value falls back to its default and is named in `problems`. */
export function parseSettings(read: (key: string) => unknown): { settings: Settings; problems: string[] } {
  const settings = {} as Record<string, unknown>;
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(FIELDS)) {
    const r = (schema as z.ZodMiniType).safeParse(read(key));
    if (r.success) settings[key] = r.data;
    else {
      settings[key] = (schema as z.ZodMiniType).parse(undefined);
      problems.push(`${SECTION}.${key}`);
    }
  }
  return { settings: settings as Settings, problems };
}

/** The setting keys Crosscheck reads (the test compares them with package.json). */
export const SETTING_KEYS: readonly string[] = Object.keys(FIELDS).map((k) => `${SECTION}.${k}`);

/** Settings per resource, cached; fires when the section changes. */
export class SettingsService implements vscode.Disposable {
  private readonly cache = new Map<string, Settings>();
  private readonly warned = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly listener: vscode.Disposable;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.cache.clear();
      this.emitter.fire();
    });
  }

  /** The settings that apply to a document (or the window, without one). */
  get(uri?: vscode.Uri): Settings {
    const key = uri?.toString() ?? '';
    let s = this.cache.get(key);
    if (!s) {
      const config = vscode.workspace.getConfiguration(SECTION, uri);
      const parsed = parseSettings((k) => config.get(k));
      s = parsed.settings;
      for (const p of parsed.problems) {
        if (this.warned.has(p)) continue;
        this.warned.add(p);
        void vscode.window.showWarningMessage(`Crosscheck: the setting ${p} has a value of the wrong type or range; its default is used.`);
      }
      this.cache.set(key, s);
    }
    return s;
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
