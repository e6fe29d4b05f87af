/** package.json against the code: every command and setting has an implementation, and the reverse. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/extension/commands';
import { SOURCES_COMMANDS } from '../../src/extension/sources';
import { parseSettings, SETTING_KEYS } from '../../src/extension/settings';
import { CODES } from '../../src/engine/checks/index';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
const contributes = pkg.contributes;

describe('manifest', () => {
  it('declares exactly the commands the extension registers', () => {
    expect(contributes.commands.map((c: { command: string }) => c.command).sort()).toEqual([...COMMANDS, ...SOURCES_COMMANDS].sort());
    const source = readFileSync(join(__dirname, '../../src/extension/commands.ts'), 'utf8');
    for (const c of COMMANDS) expect(source).toContain(`registerCommand('${c}'`);
    const sources = readFileSync(join(__dirname, '../../src/extension/sources.ts'), 'utf8');
    for (const c of SOURCES_COMMANDS) expect(sources).toContain(`registerCommand('${c}'`);
  });

  it('declares exactly the settings the extension reads, with the same defaults', () => {
    const declared = contributes.configuration.properties as Record<string, { default: unknown }>;
    expect(Object.keys(declared).sort()).toEqual([...SETTING_KEYS].sort());
    const defaults = parseSettings(() => undefined).settings as Record<string, unknown>;
    for (const key of SETTING_KEYS) expect(declared[key]!.default, key).toEqual(defaults[key.replace(/^crosscheck\./, '')]);
  });

  it('documents every finding code and lets each be configured', () => {
    const docs = readFileSync(join(__dirname, '../../docs/diagnostics.md'), 'utf8');
    const severity = contributes.configuration.properties['crosscheck.severity'];
    for (const { code } of CODES) {
      expect(docs).toContain(`## ${code}`);
      expect(Object.keys(severity.properties)).toContain(code);
    }
  });

  it('fits the code-server recipe and declares what the web and untrusted workspaces need', () => {
    expect(pkg.engines.vscode).toBe('^1.90.0');
    expect(pkg.devDependencies['@types/vscode']).toBe('1.90.0');
    expect(pkg.main).toBe('./dist/extension.js');
    expect(pkg.browser).toBe('./dist/web/extension.js');
    expect(pkg.bin.crosscheck).toBe('./dist/cli.js');
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe('limited');
    // Every setting that decides which data files load is restricted in untrusted folders.
    expect(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations).toEqual(['crosscheck.datasets', 'crosscheck.bundledDataset', 'crosscheck.sources.folder']);
    expect(pkg.capabilities.untrustedWorkspaces.description).toMatch(/Restricted Mode/);
    expect(pkg.capabilities.virtualWorkspaces).toBe(true);
    expect(contributes.jsonValidation[0].url).toBe('./schemas/crosscheck-dataset.schema.json');
  });
});

describe('settings', () => {
  it.each([
    ['enable', 'yes'],
    ['debounce', -5],
    ['languages', 'markdown'],
    ['severity', { 'figure-conflict': 'loud' }],
    ['severity', { 'no-such-code': 'off' }],
    ['tolerance', 3],
    ['highlight.style', 'blink'],
  ])('a wrong %s (%j) falls back to the default and is named', (key, value) => {
    const { settings, problems } = parseSettings((k) => (k === key ? value : undefined));
    expect(problems).toEqual([`crosscheck.${key}`]);
    expect((settings as Record<string, unknown>)[key]).toEqual((parseSettings(() => undefined).settings as Record<string, unknown>)[key]);
  });

  it('keeps good values', () => {
    const { settings, problems } = parseSettings((k) => ({ debounce: 50, severity: { unsourced: 'off' }, 'highlight.style': 'background' })[k as 'debounce']);
    expect(problems).toEqual([]);
    expect(settings.debounce).toBe(50);
    expect(settings.severity).toEqual({ unsourced: 'off' });
    expect(settings['highlight.style']).toBe('background');
  });
});
