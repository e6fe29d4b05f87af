/**
 * Edit races in the editor's analysis service (src/extension/analysis.ts), with the `vscode`
 * stand-in and fake timers: random edits typed at random moments while runs are debounced and
 * the dataset loads slowly. Every result published is for the document's version at that
 * moment and equals a fresh check of that version's text; once typing stops, the result is the
 * final text's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkText, type CheckResult } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { AnalysisService, type Analyzed } from '../../src/extension/analysis';
import type { DatasetService } from '../../src/extension/datasets';
import { parseSettings, type SettingsService } from '../../src/extension/settings';
import { EventEmitter, testEvents } from '../support/vscode';

const { catalog } = openDataset([]);
const article = readFileSync(join(__dirname, '../fixtures/matching/en-paraphrase-rates.md'), 'utf8');

function summary(r: CheckResult): unknown {
  return { figures: r.analysis.figures.map((f) => [f.start, f.end, f.value]), quantities: r.quantities, diagnostics: r.diagnostics.map((d) => [d.start, d.end, d.code, d.message]) };
}

interface FakeDoc {
  uri: { toString(): string; scheme: string };
  languageId: string;
  version: number;
  isClosed: boolean;
  getText(): string;
}

const step = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 8 }),
  insert: fc.constantFrom('4', '0', ' ', '\n\n', 'nearly ', '40,000 ', 'CECOT ', '2.6 per 100,000 ', ''),
  wait: fc.integer({ min: 0, max: 40 }),
});

describe('the analysis service under edit races', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('never publishes a result older than the document, and ends on the final text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), async (steps, debounce, loadDelay) => {
        const base = parseSettings(() => undefined).settings;
        const settingsChanged = new EventEmitter<void>();
        const settings = { get: () => ({ ...base, debounce }), onDidChange: settingsChanged.event } as unknown as SettingsService;
        const datasetsChanged = new EventEmitter<void>();
        const datasets = {
          catalog: () => new Promise((resolve) => setTimeout(() => resolve(catalog), loadDelay)),
          ignores: [],
          onDidChange: datasetsChanged.event,
        } as unknown as DatasetService;
        let text = article;
        const texts = new Map<number, string>([[1, text]]);
        const doc: FakeDoc = { uri: { toString: () => 'untitled:race.md', scheme: 'untitled' }, languageId: 'markdown', version: 1, isClosed: false, getText: () => text };
        const service = new AnalysisService(settings, datasets);
        const published: Analyzed[] = [];
        const stale: string[] = []; // recorded, not thrown: the listener runs inside the service's timers
        const sub = service.onDidAnalyze((e) => {
          if (!e.analyzed) return;
          if (e.analyzed.version !== doc.version) stale.push(`published version ${e.analyzed.version} while the document was at ${doc.version}`);
          published.push(e.analyzed);
        });
        testEvents.open.fire(doc);
        for (const s of steps) {
          const start = Math.floor(s.at * text.length);
          text = text.slice(0, start) + s.insert + text.slice(Math.min(text.length, start + s.remove));
          doc.version++;
          texts.set(doc.version, text);
          testEvents.change.fire({ document: doc, contentChanges: [{}] });
          await vi.advanceTimersByTimeAsync(s.wait);
        }
        await vi.advanceTimersByTimeAsync(debounce + loadDelay + 100);
        expect(stale).toEqual([]);
        for (const a of published) expect(summary(a.result)).toEqual(summary(checkText(texts.get(a.version)!, { format: 'markdown', catalog })));
        const last = published.at(-1);
        expect(last?.version).toBe(doc.version);
        expect(summary(last!.result)).toEqual(summary(checkText(text, { format: 'markdown', catalog })));
        expect(service.get(doc as never)).toBe(last);
        sub.dispose();
        service.dispose();
      }),
      { numRuns: 40, seed: 20241121 },
    );
  });
});
