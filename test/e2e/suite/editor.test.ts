// The editor a reporter lives in (issue 11): verdict decorations, the hover, the Figures view,
// the chart, quick fixes for the figure under the cursor, what is not analysed, the docs link.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test, waitFor } from '../host/src/framework';
import { activateProduct, codeActionsAt, hoverTexts, hoversAt, openFixture, positionOf, waitForDiagnostics } from '../host/src/helpers';

/** The parts of the product's API these tests read. */
interface Api {
  analyses: { get(d: vscode.TextDocument): unknown; analyzeNow(d: vscode.TextDocument): Promise<unknown>; relevant(d: vscode.TextDocument): boolean };
  decorations: { rangesFor(e: vscode.TextEditor): Map<string, vscode.Range[]> };
  figures: { groups: readonly { status: string; items: { text: string; sources: string | null; label: string | null }[] }[] };
  chart: { last: { title: string; points: { label: string }[]; figure: { text: string } | null } | null };
}

const api = async (): Promise<Api> => (await activateProduct()).exports as Api;
const plain = (md: string): string => md.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!~|])/g, '$1');
const codeOf = (d: vscode.Diagnostic): string | undefined => (typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code));

/** Opens verdicts.md (a figure of each verdict) and waits for its analysis. */
async function verdicts(): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor; product: Api }> {
  const { document, editor } = await openFixture('verdicts.md');
  const product = await api();
  await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'figure-conflict'));
  await product.analyses.analyzeNow(document);
  return { document, editor, product };
}

async function hoverAt(document: vscode.TextDocument, figure: string): Promise<string> {
  return plain(hoverTexts(await hoversAt(document.uri, positionOf(document, figure).translate(0, 1))).join('\n'));
}

async function withSetting<T>(key: string, value: unknown, fn: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('crosscheck');
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await fn();
  } finally {
    await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

suite('Verdict decorations', () => {
  test('each verdict has its own decoration, "not checked" apart from "agrees"', async () => {
    const { document, editor, product } = await verdicts();
    const texts = (kind: string) => (product.decorations.rangesFor(editor).get(kind) ?? []).map((r) => document.getText(r));
    await waitFor(() => (texts('conflict').length > 0 ? true : undefined), { message: 'no conflict decoration' });
    assert.deepEqual(texts('conflict'), ['60,000']);
    assert.deepEqual(texts('disputed'), ['January 31, 2023']);
    assert.ok(texts('agrees').includes('some 15,000'), texts('agrees').join(' / '));
    assert.ok(texts('unchecked').includes('412,000'), texts('unchecked').join(' / '));
    assert.ok(!texts('agrees').includes('412,000'));
    assert.deepEqual(texts('claim'), [], 'claims are not highlighted by default');
  });

  test('crosscheck.highlight.show narrows what is shown', async () => {
    const { document, editor, product } = await verdicts();
    const texts = (kind: string) => (product.decorations.rangesFor(editor).get(kind) ?? []).map((r) => document.getText(r));
    await withSetting('highlight.show', 'problems', async () => {
      await waitFor(() => (texts('agrees').length === 0 ? true : undefined), { message: 'agreeing figures still shown' });
      assert.deepEqual(texts('unchecked'), []);
      assert.deepEqual(texts('conflict'), ['60,000']);
    });
  });
});

suite('Hover', () => {
  test('the first line is the verdict and the sources’ value, for an agreeing, a conflicting and a disputed figure', async () => {
    const { document } = await verdicts();
    const conflict = await hoverAt(document, '60,000');
    assert.match(conflict, /^\*\*✗ Conflicts\*\* · sources say 40,000 · CECOT capacity/);
    assert.match(conflict, /^✗ \[Breitbart\]\(https:[^)]+\) · 2024-06-17 · \*\*40,000\*\*/m);
    assert.match(await hoverAt(document, 'some 15,000'), /^\*\*✓ Agrees\*\* · sources say some 15,000/);
    assert.match(await hoverAt(document, 'January 31, 2023'), /^\*\*≠ Disputed\*\* · the sources say Jan\. 31, 2023 \/ February 2023/);
    assert.match(await hoverAt(document, '412,000'), /^\*\*\? Not checked\*\*/);
  });

  test('no ids, scores or backslashes unless the details setting is on', async () => {
    const { document } = await verdicts();
    const raw = hoverTexts(await hoversAt(document.uri, positionOf(document, '60,000').translate(0, 1))).join('\n');
    assert.ok(!/cecot\\?\.capacity|match score \d|\\_/.test(raw), raw);
    assert.match(plain(raw), /Matched by ‘room for’/);
    await withSetting('hover.details', true, async () => {
      const detailed = await waitFor(async () => {
        const t = plain(hoverTexts(await hoversAt(document.uri, positionOf(document, '60,000').translate(0, 1))).join('\n'));
        return t.includes('quantity cecot.capacity') ? t : undefined;
      }, { message: 'the details setting shows no ids' });
      assert.match(detailed, /match score \d/);
    });
  });
});

suite('Problems', () => {
  test('one finding per problem on a figure, messages without ids, the code linking to the rendered docs', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The CECOT mega-prison has room for 40,000 inmates.\n\nOfficials say the CECOT has room for 60,000 inmates.\n' });
    await vscode.window.showTextDocument(doc);
    await activateProduct();
    const ds = await waitForDiagnostics(doc.uri, (list) => list.some((d) => codeOf(d) === 'figure-conflict'));
    const at60 = ds.filter((d) => doc.getText(d.range) === '60,000');
    assert.deepEqual(at60.map(codeOf), ['figure-conflict']);
    assert.deepEqual((at60[0]!.relatedInformation ?? []).map((r) => [r.message, doc.getText(r.location.range)]), [['Also given as “40,000” here', '40,000']]);
    for (const d of ds) assert.ok(!/\b[a-z_]+\.[a-z_]+(?:\.\d{4})?\b/.test(d.message.replace(/https?:\S+/g, '')), `an id in “${d.message}”`);
    const target = typeof at60[0]!.code === 'object' ? at60[0]!.code.target : undefined;
    assert.equal(target?.scheme, 'command');
    assert.equal(target?.path, 'crosscheck.openDocs');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the documentation opens rendered and is not analysed', async () => {
    const product = await api();
    await vscode.commands.executeCommand('crosscheck.openDocs', 'figure-conflict');
    const docs = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/docs/diagnostics.md')), { message: 'the docs were not opened' });
    assert.equal(product.analyses.relevant(docs), false);
    assert.deepEqual(vscode.languages.getDiagnostics(docs.uri), []);
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document === docs), 'the raw Markdown is shown instead of the preview');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the exported report is not analysed', async () => {
    await verdicts();
    const product = await api();
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('crosscheck.exportReport', 'markdown');
    assert.match(report.getText(), /60,000/);
    assert.equal(product.analyses.relevant(report), false);
    assert.equal(await product.analyses.analyzeNow(report), null);
    assert.deepEqual(vscode.languages.getDiagnostics(report.uri), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

suite('Quick fixes', () => {
  test('only for the figure under the cursor, with one Ignore per figure', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The CECOT mega-prison has room for 60,000 inmates and currently houses some 15,000 gang members, opened on January 31, 2023.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    await activateProduct();
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'figure-conflict'));
    const line = doc.lineAt(0).range;
    // Ctrl+. on the agreeing figure: VS Code asks about the line; nothing for the other figures.
    editor.selection = new vscode.Selection(positionOf(doc, 'some 15,000').translate(0, 3), positionOf(doc, 'some 15,000').translate(0, 3));
    const onAgreeing = (await codeActionsAt(doc.uri, line)).filter((a) => !a.kind || a.kind.value.startsWith('quickfix'));
    assert.deepEqual(onAgreeing.map((a) => a.title).filter((t) => /Replace|Cite|Ignore|Disable/.test(t)), []);
    editor.selection = new vscode.Selection(positionOf(doc, '60,000').translate(0, 2), positionOf(doc, '60,000').translate(0, 2));
    const titles = (await codeActionsAt(doc.uri, line)).map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Replace with “40,000”')), titles.join(' / '));
    assert.equal(titles.filter((t) => t.startsWith('Ignore')).length, 1, titles.join(' / '));
    assert.ok(!titles.some((t) => /January|Feb/.test(t)), `a fix for another figure: ${titles.join(' / ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

suite('Figures view', () => {
  test('groups the article’s figures by verdict, conflicts first, with the sources’ value', async () => {
    const { product } = await verdicts();
    const groups = await waitFor(() => (product.figures.groups.length > 0 ? product.figures.groups : undefined), { message: 'the Figures view is empty' });
    assert.deepEqual(groups.map((g) => g.status), ['conflict', 'disputed', 'unchecked', 'agrees']);
    assert.deepEqual(groups[0]!.items.map((i) => [i.text, i.sources, i.label]), [['60,000', '40,000', 'CECOT capacity']]);
  });

  test('filters to the figures not checked, and back', async () => {
    const { product } = await verdicts();
    await vscode.commands.executeCommand('crosscheck.figures.showUnchecked');
    try {
      assert.deepEqual(product.figures.groups.map((g) => g.status), ['unchecked']);
    } finally {
      await vscode.commands.executeCommand('crosscheck.figures.showAll');
    }
    assert.equal(product.figures.groups[0]!.status, 'conflict');
  });

  test('a click reveals the figure', async () => {
    const { document } = await verdicts();
    const start = document.offsetAt(positionOf(document, '412,000'));
    await vscode.commands.executeCommand('crosscheck.revealFigure', document.uri.toString(), start, start + 7);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), '412,000');
  });
});

suite('Compare Sources', () => {
  test('charts every source’s value with the article’s figure', async () => {
    const { document, product } = await verdicts();
    const ok = await vscode.commands.executeCommand<boolean>('crosscheck.compareSources', document.uri.toString(), document.offsetAt(positionOf(document, '60,000')));
    assert.equal(ok, true);
    const chart = product.chart.last!;
    assert.equal(chart.title, 'CECOT capacity');
    assert.ok(chart.points.some((p) => p.label === 'Breitbart'));
    assert.equal(chart.figure?.text, '60,000');
    const none = await vscode.commands.executeCommand<boolean>('crosscheck.compareSources', document.uri.toString(), document.offsetAt(positionOf(document, '412,000')));
    assert.equal(none, false);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
