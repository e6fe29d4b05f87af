/** The checks, in the order their findings are listed. */
import { arithmetic } from './arithmetic';
import type { Check } from './context';
import { figureConflict } from './figureConflict';
import { inconsistentInDocument } from './inconsistentInDocument';
import { outdated } from './outdated';
import { PARTLY_CHECKED } from './partlyChecked';
import { sameCount } from './sameCount';
import { sourcesDisagree } from './sourcesDisagree';
import { unsourced } from './unsourced';

export const CHECKS: readonly Check[] = [figureConflict, outdated, inconsistentInDocument, sameCount, arithmetic, sourcesDisagree, unsourced];

/** Every diagnostic code, with its default severity and what it means (for docs, settings and SARIF). */
export const CODES = [
  { code: 'figure-conflict', severity: 'warning', description: figureConflict.description },
  { code: 'outdated', severity: 'warning', description: outdated.description },
  { code: 'inconsistent-in-document', severity: 'warning', description: inconsistentInDocument.description },
  { code: 'arithmetic', severity: 'warning', description: arithmetic.description + ' Information when the inputs come from the sources or the figure states no period.' },
  { code: 'sources-disagree', severity: 'information', description: sourcesDisagree.description },
  { code: 'unsourced', severity: 'hint', description: unsourced.description },
  { code: 'file-skipped', severity: 'information', description: 'The file was not analysed (too large, binary, or not text).' },
  PARTLY_CHECKED,
] as const;
