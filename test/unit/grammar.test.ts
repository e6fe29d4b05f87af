/** The TextMate grammar that scopes figures before any analysis, run with VS Code's own tokenizer (vscode-textmate + Oniguruma). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const ROOT = join(__dirname, '../..');
let grammar: IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const files: Record<string, string> = {
    'text.crosscheck.plain': 'syntaxes/plaintext.tmLanguage.json',
    'text.crosscheck.figures.injection': 'syntaxes/figures.injection.tmLanguage.json',
  };
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (files[scope] ? parseRawGrammar(readFileSync(join(ROOT, files[scope]), 'utf8'), files[scope]) : null),
  });
  grammar = (await registry.loadGrammar('text.crosscheck.plain'))!;
});

function scoped(line: string): string[] {
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  return tokens.filter((t) => t.scopes.some((s) => s.endsWith('.crosscheck'))).map((t) => `${line.slice(t.startIndex, t.endIndex)}=${t.scopes.at(-1)!.replace(/\.crosscheck$/, '')}`);
}

describe('figures grammar', () => {
  it.each([
    ['The prison holds 40,000 inmates.', ['40,000=meta.figure.number']],
    ['It opened on Jan. 31, 2023.', ['Jan. 31, 2023=meta.figure.date']],
    ['Decretado el 27 de marzo de 2022.', ['27 de marzo de 2022=meta.figure.date']],
    ['Under 50% of capacity, or 37.5 percent.', ['Under 50%=meta.figure.hedged', '37.5 percent=meta.figure.percent']],
    ['It cost US$200 million.', ['US$200 million=meta.figure.money']],
    ['Nearly 75,000 were arrested.', ['Nearly 75,000=meta.figure.hedged']],
    ['A rate of 2.6 per 100,000 people.', ['2.6=meta.figure.rate', '100,000=meta.figure.number']],
    ['MS-13 and COVID-19 are names.', []],
  ])('$0', (line, expected) => {
    expect(scoped(line)).toEqual(expected);
  });

  it('uses neutral scopes only, so no theme colours the digits', () => {
    const names = JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'syntaxes/figures.injection.tmLanguage.json'), 'utf8')).repository).match(/"name":"[^"]+"/g)!;
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/"name":"meta\.figure\.[a-z]+\.crosscheck"/);
  });
});
