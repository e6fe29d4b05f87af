/**
 * Why each figure matched its quantity, or why it matched none, in plain words (no scores):
 * for `crosscheck check --explain`. A match is told from the evidence the matcher recorded
 * (the same the hover shows); a figure with no match is told by looking again at its sentence
 * for what the matcher needs: a measure word, a compatible kind and unit, the quantity's place,
 * no foreign place or veto word, a subject, and one clear winner.
 */
import type { Catalog, CueRole } from '../dataset/catalog';
import type { Quantity } from '../dataset/schema';
import type { CheckResult } from '../check';
import type { Figure } from '../model';
import { findCues, type CueHit } from './cues';
import { compatible, type CueEvidence } from './score';
import type { Match } from './match';
import { CONTEXT_WORDS, type ContextSource } from '../frames/context';

export interface Explanation {
  figure: number;
  /** The quantity matched, or null. */
  quantity: string | null;
  /** One sentence: why. */
  why: string;
}

/** Explains every figure of a checked document. */
export function explainFigures(text: string, result: CheckResult, catalog: Catalog | null): Explanation[] {
  const { analysis, matches, judgements } = result;
  if (!catalog) return analysis.figures.map((_, k) => ({ figure: k, quantity: null, why: 'no dataset is loaded, so no figure is matched' }));
  let whole: CueHit[] | null = null;
  const inText = (): CueHit[] => (whole ??= findCues(text, 0, catalog, analysis.language));
  const bySentence = new Map<number, CueHit[]>();
  const cuesOf = (s: number): CueHit[] => {
    let c = bySentence.get(s);
    if (!c) {
      const sen = analysis.sentences[s];
      c = sen ? findCues(text.slice(sen.start, sen.end), sen.start, catalog, sen.language) : [];
      bySentence.set(s, c);
    }
    return c;
  };
  // A cue met as another form of its words is told as both: “held” (a form of “hold”).
  const cue = (c: CueEvidence): string => (c.via === 'stem' && c.end > c.start ? `${quote(text.slice(c.start, c.end).replace(/\s+/g, ' '))} (a form of ${quote(c.cue)})` : quote(c.cue));
  return analysis.figures.map((f, k) => {
    const m = matches[k];
    if (m) {
      const label = catalog.dataset.quantities.get(m.quantity)?.label;
      const parts = evidenceParts(m, analysis.figures, cue);
      if (m.evidence.runnerUp) parts.push(`it fits ${m.quantity} clearly better than ${m.evidence.runnerUp.quantity}`);
      const j = judgements[k];
      const verdict = j ? `; against the sources it ${j.verdict === 'agrees' ? 'agrees' : j.verdict === 'conflicts' ? 'conflicts' : `is ${j.verdict}`}` : '';
      return { figure: k, quantity: m.quantity, why: `matched ${m.quantity}${label ? ` (${label})` : ''}${m.known ? '' : ', a period no source covers'}: ${parts.join('; ')}${verdict}` };
    }
    // A weak reading: shown as "may refer to", never judged.
    const t = result.tentative?.[k]?.match;
    if (t) {
      const label = catalog.dataset.quantities.get(t.quantity)?.label;
      return { figure: k, quantity: null, why: `may refer to ${t.quantity}${label ? ` (${label})` : ''}, not judged because ${t.confidence.doubt ?? 'the reading is weak'}: ${evidenceParts(t, analysis.figures, cue).join('; ')}` };
    }
    return { figure: k, quantity: null, why: `no quantity: ${whyNot(f, cuesOf(f.sentence), f.sentence > 0 ? cuesOf(f.sentence - 1) : [], inText, catalog)}` };
  });
}

/** The evidence of a match in words, each piece with where it came from. */
function evidenceParts(m: Match, figures: readonly Figure[], cue: (c: CueEvidence) => string): string[] {
  const e = m.evidence;
  const from = (where: ContextSource | undefined): string => (where ? ` (${CONTEXT_WORDS[where]})` : '');
  const parts = [`${cue(e.measure)}${from(e.context?.measure)} names what is measured`];
  if (e.subject.cue.startsWith('(')) parts.push('the sentence before speaks of the same quantity');
  else if (e.context?.subject) parts.push(`${cue(e.subject)}${from(e.context.subject)} says what it is about`);
  else parts.push(`${cue(e.subject)} ${e.subject.where === 'sentence' ? 'in the sentence' : e.subject.where === 'previous' ? 'in the sentence before' : 'as the article’s subject'} says what it is about`);
  if (e.time) parts.push(e.time.how === 'latest' ? `no year is given, so the latest period (${e.time.period}) is used` : `${quote(e.time.text)}${from(e.context?.time)} gives the period ${e.time.period}`);
  if (e.holder && e.holder.where in CONTEXT_WORDS) parts.push(`${quote(e.holder.text)} (${CONTEXT_WORDS[e.holder.where as ContextSource]}) says whose it is`);
  if (e.percentSign) parts.push('its % sign is read as a slip for a rate per inhabitants');
  if (e.listedWith !== undefined) parts.push(`it is listed with ${quote(figures[e.listedWith]?.text ?? '')}, a figure of the same quantity`);
  return parts;
}

function whyNot(f: Figure, here: CueHit[], prev: CueHit[], inText: () => CueHit[], catalog: Catalog): string {
  const refers = (h: CueHit, q: string, role: CueRole): boolean => h.entry.roles.get(role)?.has(q) ?? false;
  const measured = new Map<string, CueHit>();
  for (const h of here) for (const q of h.entry.roles.get('measure') ?? []) if (!measured.has(q) && !(h.start < f.end && f.start < h.end)) measured.set(q, h);
  const qs = [...measured.keys()].map((id) => catalog.dataset.quantities.get(id)).filter((q): q is Quantity => !!q);
  if (qs.length === 0) {
    if (f.kind === 'year' || f.kind === 'date') return 'it is a year or date, and no word in its sentence names a date a quantity records';
    return 'no word in its sentence names what any quantity of the dataset measures (no measure word)';
  }
  const fits = qs.filter((q) => compatible(f, q));
  if (fits.length === 0) {
    if (f.kind === 'year' || f.kind === 'date') return `it is a ${f.kind} that says when; the quantities its sentence names (such as ${qs[0]!.id}) are not dates`;
    const q = qs[0]!;
    const kind = (k: string, u: string | null): string => `a ${k}${u && u !== k ? ` in ${u.replace(/_/g, ' ')}` : ''}`;
    return `its sentence names what ${q.id} measures (${quote(measured.get(q.id)!.entry.text)}), but that is ${kind(q.kind, q.unit)} and this figure is ${kind(f.kind, f.unit)} (unit mismatch)${qs.length > 1 ? `; so is every other quantity named there (${qs.length - 1})` : ''}`;
  }
  const reasons: string[] = [];
  const open: Quantity[] = [];
  for (const q of fits) {
    const hit = (role: CueRole, list: readonly CueHit[]): CueHit | undefined => list.find((h) => refers(h, q.id, role));
    const foreign = q.cues.foreign ? hit('foreign', here) : undefined;
    const veto = q.cues.veto ? hit('veto', here) : undefined;
    if (q.cues.anchor && !hit('anchor', here) && !hit('anchor', prev) && !hit('anchor', inText())) reasons.push(`${q.id} belongs to a place or body the article never names (${list(q.cues.anchor.en)})`);
    else if (foreign && !hit('anchor', here) && !hit('subject', here)) reasons.push(`${quote(foreign.entry.text)} in its sentence names another place than ${q.id}’s (a foreign place)`);
    else if (veto) reasons.push(`${quote(veto.entry.text)} in its sentence rules out ${q.id}`);
    else if (q.cues.require && !hit('require', here)) reasons.push(`${q.id} also needs one of ${list(q.cues.require.en.concat(q.cues.require.es))} in the sentence`);
    else if (!hit('subject', here) && !hit('subject', prev) && !hit('subject', inText())) reasons.push(`nothing in the sentence, the one before or the article says it is about ${q.subject} (no subject word)`);
    else open.push(q);
  }
  if (open.length > 1) {
    const groups = [...new Set(open.map((q) => q.series?.id ?? q.id))];
    if (groups.length > 1) return `its words fit ${groups.slice(0, 3).join(' and ')} about as well (a tie), so neither is chosen`;
  }
  if (open.length) {
    const q = open[0]!;
    const h = measured.get(q.id)!;
    const exclude = here.find((x) => refers(x, q.id, 'exclude'));
    if (exclude) return `${quote(exclude.entry.text)} is nearer to it than ${quote(h.entry.text)} and rules out ${q.id}`;
    if (q.series) return `${q.id} is a series, and no period it covers is named near the figure`;
    return `the evidence for ${q.id} is too weak: ${quote(h.entry.text)} is far from the figure or in another clause, or what it is about is named only elsewhere`;
  }
  return reasons[0]! + (reasons.length > 1 ? `; ${reasons.length - 1} other quantit${reasons.length > 2 ? 'ies are' : 'y is'} ruled out too` : '');
}

function quote(s: string): string {
  return `“${s.replace(/\*$/, '…')}”`;
}

function list(cues: readonly string[]): string {
  const shown = cues.slice(0, 3).map((c) => (c.startsWith('@') ? `cue set ${c}` : quote(c)));
  return shown.join(', ') + (cues.length > shown.length ? '…' : '');
}
