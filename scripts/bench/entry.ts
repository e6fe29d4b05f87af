// What the benchmark cases import from Crosscheck, bundled into one ES module by bench.mjs
// (with `vscode` replaced by the unit tests' stand-in, for the hover).
export { analyze, proseOf } from '../../src/engine/analyze';
export { checkAnalysis, checkText } from '../../src/engine/check';
export { openDataset } from '../../src/engine/dataset/open';
export { DocumentSession } from '../../src/engine/session';
export { figureAt, hoverContent } from '../../src/extension/hover';
