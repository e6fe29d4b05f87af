/** The hover's "possibly related" list, built with a stand-in for the vscode module. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { buildSourcesDataset } from '../../src/engine/sources/build';
import type { Analyzed } from '../../src/extension/analysis';
import { figureAt, hoverContent } from '../../src/extension/hover';

const dir = join(__dirname, '../fixtures/sources/maui/sources');
const built = buildSourcesDataset(readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })));
const { catalog } = openDataset([{ name: 's.crosscheck.json', text: JSON.stringify(built.file) }], { bundled: false });
const plain = (md: string): string => md.replace(/\\([\\`*_{}[\]()#+\-!~])/g, '$1');

describe('hover on a figure no quantity claims', () => {
  it('lists source figures of the same unit and period as possibly related', () => {
    const text = 'Officials in Lahaina said 41% was a fair estimate.';
    const result = checkText(text, { format: 'markdown', catalog });
    const a: Analyzed = { document: { uri: { toString: () => 'file:///a.md' }, positionAt: (o: number) => o, getText: (r: { start: number; end: number }) => text.slice(r.start, r.end) } as never, version: 1, result };
    const md = plain(hoverContent(a, figureAt(a, text.indexOf('41%')), catalog).value);
    expect(md).toContain('not tied to a known quantity');
    expect(md).toContain('Possibly related');
    expect(md).toContain('Honolulu Ledger (2024-08-08): “86%”');
  });
  it('says nothing of related figures for a matched one', () => {
    const text = 'The fire killed 102 people in Lahaina.';
    const result = checkText(text, { format: 'markdown', catalog });
    const a: Analyzed = { document: { uri: { toString: () => 'file:///a.md' }, positionAt: (o: number) => o, getText: (r: { start: number; end: number }) => text.slice(r.start, r.end) } as never, version: 1, result };
    expect(hoverContent(a, figureAt(a, text.indexOf('102')), catalog).value).not.toContain('Possibly related');
  });
});
