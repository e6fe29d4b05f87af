import assert from 'node:assert/strict';
import { suite, test, waitFor } from '../host/src/framework';
import { PRODUCT_ID, activateProduct, openFixture, product } from '../host/src/helpers';

suite('product extension', () => {
  test('is installed with a Node entry point', () => {
    const ext = product();
    assert.equal(ext.id.toLowerCase(), PRODUCT_ID);
    assert.equal(ext.packageJSON.main, './dist/extension.js');
  });

  test('activates when a Markdown document opens', async () => {
    await openFixture('article.md');
    // No event reports another extension's activation, so this polls the condition.
    await waitFor(() => product().isActive, { timeout: 20_000, message: `${PRODUCT_ID} did not activate after a Markdown file opened` });
  });

  test('activate() resolves and leaves it active', async () => {
    const ext = await activateProduct();
    assert.equal(ext.isActive, true);
  });
});
