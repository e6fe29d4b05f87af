/** The engine's public surface: text in, findings out. Never imports `vscode`. */
export * from './model';
export { analyze, DEFAULT_MAX_LENGTH, type AnalyzeOptions } from './analyze';
