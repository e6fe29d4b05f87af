/** The extension's entry point: a wiring list of adapters over the engine. */
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
