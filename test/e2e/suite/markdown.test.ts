import assert from 'node:assert/strict';
import { suite, test } from '../host/src/framework';
import { activateProduct, hoverTexts, hoversAt, openFixture, positionOf, waitForDiagnostics } from '../host/src/helpers';

// Fixture articles live in test/e2e/workspace; each run works on a fresh copy.
const articles = [
  { file: 'article.md', heading: 'Kelmouth ferry', figure: '412,000' },
  { file: 'articulo.md', heading: 'biblioteca de Valdemora', figure: '58.300' },
];

for (const { file, heading, figure } of articles) {
  suite(`Markdown article ${file}`, () => {
    test('opens as a markdown document', async () => {
      const { document } = await openFixture(file);
      assert.equal(document.languageId, 'markdown');
      assert.ok(document.getText().includes(heading), `expected the heading "${heading}"`);
    });

    test('getDiagnostics returns an array for it', async () => {
      const { document } = await openFixture(file);
      await activateProduct();
      const diagnostics = await waitForDiagnostics(document.uri, (d) => Array.isArray(d));
      assert.ok(Array.isArray(diagnostics));
      for (const d of diagnostics) assert.ok(d.range.end.line < document.lineCount, 'a diagnostic lies outside the document');
    });

    test(`the hover provider answers on "${figure}"`, async () => {
      const { document } = await openFixture(file);
      await activateProduct();
      const hovers = await hoversAt(document.uri, positionOf(document, figure));
      assert.ok(Array.isArray(hovers));
      for (const text of hoverTexts(hovers)) assert.equal(typeof text, 'string');
    });
  });
}
