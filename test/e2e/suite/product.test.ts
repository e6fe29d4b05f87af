import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test, waitFor } from '../host/src/framework';
import { activateProduct, codeActionsAt, hoverTexts, hoversAt, openFixture, positionOf, waitForDiagnostics, workspaceFile } from '../host/src/helpers';

const conflictAt = (doc: vscode.TextDocument, text: string) => (ds: vscode.Diagnostic[]) =>
  ds.some((d) => d.source === 'crosscheck' && codeOf(d) === 'figure-conflict' && doc.getText(d.range) === text);
/** Hover Markdown as a reader sees it: no-break spaces and escapes undone. */
const plain = (md: string): string => md.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!~|])/g, '$1');
const codeOf = (d: vscode.Diagnostic): string | undefined => (typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code));

suite('Problems panel', () => {
  test('a wrong figure is a figure-conflict warning with a linked code and related information', async () => {
    const { document } = await openFixture('prison.md');
    await activateProduct();
    const ds = await waitForDiagnostics(document.uri, conflictAt(document, '60,000'));
    const d = ds.find((x) => document.getText(x.range) === '60,000')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /CECOT capacity/);
    assert.match(d.message, /Breitbart and Atlas News say “40,000”; MercoPress says “up to 40,000”/);
    assert.ok(typeof d.code === 'object' && d.code.target.toString().includes('crosscheck.openDocs'), 'the code links to its documentation');
    assert.deepEqual(d.relatedInformation ?? [], [], 'the sources are in the hover, not repeated above it');
    assert.ok(!ds.some((x) => document.getText(x.range) === 'some 15,000'), 'an agreeing figure is not flagged');
  });

  test('a Spanish article is checked too', async () => {
    const { document } = await openFixture('carcel.md');
    await activateProduct();
    const ds = await waitForDiagnostics(document.uri, conflictAt(document, '3,6'));
    assert.ok(!ds.some((d) => document.getText(d.range) === '40.000'));
  });
});

suite('Hover', () => {
  test('compares every source side by side, with the verdict and why it matched', async () => {
    const { document } = await openFixture('prison.md');
    await activateProduct();
    await waitForDiagnostics(document.uri, conflictAt(document, '60,000'));
    const text = plain(hoverTexts(await hoversAt(document.uri, positionOf(document, '60,000').translate(0, 2))).join('\n'));
    for (const want of ['CECOT capacity', 'Breitbart', 'MercoPress', 'Atlas News', 'Conflicts', 'Matched by', 'room for']) assert.ok(text.includes(want), `hover lacks "${want}":\n${text}`);
  });

  test('links a rate to the chart of its series', async () => {
    const { document } = await openFixture('prison.md');
    await activateProduct();
    await waitForDiagnostics(document.uri, (ds) => ds.length > 0);
    const text = plain(hoverTexts(await hoversAt(document.uri, positionOf(document, '2.6'))).join('\n'));
    assert.match(text, /El Salvador homicide rate 2023/);
    assert.match(text, /command:crosscheck\.compareSources/);
  });
});

suite('Quick fixes', () => {
  test('replacing a figure with the sourced value changes the text and the finding goes', async () => {
    const { document } = await openFixture('prison.md');
    await activateProduct();
    const ds = await waitForDiagnostics(document.uri, conflictAt(document, '60,000'));
    const d = ds.find((x) => document.getText(x.range) === '60,000')!;
    const actions = await codeActionsAt(document.uri, d.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Cite ')), `no citation fix in ${titles.join(' / ')}`);
    assert.ok(titles.some((t) => t.startsWith('Disable figure-conflict for this line')));
    assert.equal(titles.filter((t) => t.startsWith('Ignore this finding on “60,000”')).length, 1, titles.join(' / '));
    const fix = actions.find((a) => a.title.startsWith('Replace with “40,000”'));
    assert.ok(fix?.edit, `no replacement fix in ${titles.join(' / ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(document.getText().includes('room for 40,000 inmates'));
    await waitForDiagnostics(document.uri, (list) => !list.some((x) => codeOf(x) === 'figure-conflict' && document.getText(x.range).includes('40,000')));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

suite('Commands', () => {
  test('every command responds', async () => {
    const { document } = await openFixture('prison.md');
    await activateProduct();
    await waitForDiagnostics(document.uri, conflictAt(document, '60,000'));
    assert.equal(await vscode.commands.executeCommand('crosscheck.toggleHighlights'), false);
    assert.equal(await vscode.commands.executeCommand('crosscheck.toggleHighlights'), true);
    const labels = await vscode.commands.executeCommand<string[]>('crosscheck.showSources', document.uri.toString(), document.offsetAt(positionOf(document, '60,000')));
    assert.ok(labels.some((l) => l.includes('Breitbart: 40,000')), labels.join(' / '));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('crosscheck.reloadDatasets');
    await openFixture('prison.md');
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('crosscheck.exportReport', 'json');
    const json = JSON.parse(report.getText());
    assert.equal(json.version, 1);
    assert.ok(json.files[0].figures.some((f: { text: string; quantity: string }) => f.text === '60,000' && f.quantity === 'cecot.capacity'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await openFixture('prison.md');
    const md = await vscode.commands.executeCommand<vscode.TextDocument>('crosscheck.exportReport', 'markdown');
    assert.match(md.getText(), /# Crosscheck report/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

suite('Settings and datasets', () => {
  test('a severity setting applies without a reload', async () => {
    const { document } = await openFixture('prison.md');
    await activateProduct();
    await waitForDiagnostics(document.uri, conflictAt(document, '60,000'));
    const config = vscode.workspace.getConfiguration('crosscheck');
    await config.update('severity', { 'figure-conflict': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'figure-conflict'));
    } finally {
      await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(document.uri, conflictAt(document, '60,000'));
  });

  test('a malformed workspace dataset gets a diagnostic naming the problem, and the bundled data keeps working', async () => {
    const bad = workspaceFile('broken.crosscheck.json');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{ "version": 1, "claims": [ { "id": "Bad Id" } ] }'));
    try {
      const ds = await waitForDiagnostics(bad, (list) => list.length > 0);
      assert.match(ds[0]!.message, /\$\.claims\[0\]/);
      const { document } = await openFixture('prison.md');
      await waitForDiagnostics(document.uri, conflictAt(document, '60,000'));
    } finally {
      await vscode.workspace.fs.delete(bad);
    }
  });

  test('a workspace dataset adds a source that changes the verdict', async () => {
    const file = workspaceFile('local.crosscheck.json');
    const data = {
      version: 1,
      sources: [{ id: 'local-brochure-2024', publisher: 'Local brochure', author: null, title: 'Brochure', published: '2024-06-30', url: null, kind: 'official', language: 'en', attribution: { how: 'stated', note: 'Test.' } }],
      claims: [{ id: 'local.capacity', quantity: 'cecot.capacity', source: 'local-brochure-2024', value: 60000, hedge: 'exact', asWritten: '60,000', quote: 'The complex has room for 60,000 inmates.' }],
    };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(data)));
    try {
      const { document } = await openFixture('prison.md');
      await activateProduct();
      await waitFor(() => {
        const ds = vscode.languages.getDiagnostics(document.uri);
        const d = ds.find((x) => document.getText(x.range) === '60,000');
        return d && codeOf(d) === 'sources-disagree' ? d : undefined;
      }, { message: 'the new source did not turn the conflict into a disagreement' });
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });
});

suite('Editing', () => {
  test('typing a wrong figure is flagged, and a closed untitled document loses its diagnostics', async () => {
    await activateProduct();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Draft\n\nThe CECOT mega-prison has room for 40,000 inmates.\n' });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(positionOf(doc, '40,000'), positionOf(doc, '40,000').translate(0, 6)), '45,000');
    await vscode.workspace.applyEdit(edit);
    await waitForDiagnostics(doc.uri, conflictAt(doc, '45,000'));
    const uri = doc.uri;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(uri, (ds) => ds.length === 0);
  });

  test('a directive comment silences a finding', async () => {
    const api = (await activateProduct()).exports as { analyses: { analyzeNow(d: vscode.TextDocument): Promise<{ result: { diagnostics: { code: string }[] } } | null> } };
    const silenced = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The CECOT mega-prison has room for 45,000 inmates. <!-- crosscheck-disable-line figure-conflict -->\n' });
    const unsilenced = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The CECOT mega-prison has room for 45,000 inmates.\n' });
    const codes = async (d: vscode.TextDocument) => ((await api.analyses.analyzeNow(d))?.result.diagnostics ?? []).map((x) => x.code);
    assert.deepEqual(await codes(unsilenced), ['figure-conflict']);
    assert.deepEqual(await codes(silenced), []);
  });
});
