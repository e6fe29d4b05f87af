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

/** A check about one figure at a time (its finding depends on that figure and its judgement only). */
export interface FigureCheck {
  id: string;
  description: string;
  scope: 'figure';
  figure(ctx: CheckContext, k: number): Diagnostic | null;
}

/** A check across the document (figures compared with each other). */
export interface DocumentCheck {
  id: string;
  description: string;
  scope: 'document';
  run(ctx: CheckContext): Diagnostic[];
}

/** A check: an id (its diagnostic code), a description, and a pure function from context to findings. */
export type Check = FigureCheck | DocumentCheck;
