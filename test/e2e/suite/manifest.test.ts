import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from '../host/src/framework';
import { activateProduct, product } from '../host/src/helpers';

interface ConfigurationSection {
  properties?: Record<string, { default?: unknown }>;
}

// Every command and setting package.json promises must exist at run time.
suite('manifest', () => {
  test('every contributed command is registered after activation', async () => {
    await activateProduct();
    const contributed: string[] = (product().packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), [], 'commands in package.json with no registered implementation');
  });

  test('every contributed setting is known to VS Code with its declared default', () => {
    const configuration: ConfigurationSection | ConfigurationSection[] | undefined = product().packageJSON.contributes?.configuration;
    const sections = Array.isArray(configuration) ? configuration : configuration ? [configuration] : [];
    for (const [key, schema] of sections.flatMap((s) => Object.entries(s.properties ?? {}))) {
      assert.ok('default' in schema, `setting ${key} declares no default`);
      const inspected = vscode.workspace.getConfiguration().inspect(key);
      assert.ok(inspected, `setting ${key} is unknown to VS Code`);
      assert.deepEqual(inspected.defaultValue, schema.default, `VS Code's default for ${key} differs from package.json`);
    }
  });
});
