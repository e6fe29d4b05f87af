/** What every check reads: the text, its analysis, and what matching decided. */
import type { Catalog } from '../dataset/catalog';
import type { Recognition } from '../dataset/recognize';
import type { Diagnostic } from '../diagnostics';
import type { Analysis } from '../model';
import type { Match } from '../match/match';
import type { Judgement } from '../match/verdict';

export interface CheckContext {
  text: string;
  format: 'markdown' | 'plaintext';
  analysis: Analysis;
  catalog: Catalog;
  /** Per figure: its match, or null. */
  matches: (Match | null)[];
  /** Per figure: the judgement against the sources, or null when unmatched. */
  judgements: (Judgement | null)[];
  recognized: Recognition | null;
}

/** A check: an id (its diagnostic code), a description, and a pure function from context to findings. */
export interface Check {
  id: string;
  description: string;
  run(ctx: CheckContext): Diagnostic[];
}
