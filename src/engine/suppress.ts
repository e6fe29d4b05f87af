/**
 * Silencing findings: directive comments in the article (`crosscheck-disable`, `-enable`,
 * `-disable-next-line`, `-disable-line`, each optionally with codes) and a committable list
 * of ignored findings keyed by a hash of the claim's text, so an ignore survives edits
 * elsewhere in the article.
 */
import type { Diagnostic } from './diagnostics';
import type { Analysis, Directive } from './model';

export interface IgnoreEntry {
  code: string;
  /** `ignoreKey` of the finding. */
  key: string;
}

/** Drops findings silenced by directives. */
export function applyDirectives(text: string, directives: readonly Directive[], diagnostics: Diagnostic[]): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  const lineOf = lineIndex(text);
  const regions: { start: number; end: number; codes: string[] }[] = [];
  const open: { start: number; codes: string[] }[] = [];
  const lineRules: { line: number; codes: string[] }[] = [];
  for (const d of directives) {
    if (d.action === 'disable') open.push({ start: d.end, codes: d.codes });
    else if (d.action === 'enable') {
      for (let k = open.length - 1; k >= 0; k--) {
        const o = open[k]!;
        if (d.codes.length === 0 || o.codes.join() === d.codes.join()) {
          regions.push({ start: o.start, end: d.start, codes: o.codes });
          open.splice(k, 1);
          if (d.codes.length) break;
        }
      }
    } else lineRules.push({ line: lineOf(d.start) + (d.action === 'disable-next-line' ? 1 : 0), codes: d.codes });
  }
  for (const o of open) regions.push({ start: o.start, end: Infinity, codes: o.codes });
  const hit = (codes: string[], code: string): boolean => codes.length === 0 || codes.includes(code);
  return diagnostics.filter((g) => {
    if (regions.some((r) => g.start >= r.start && g.start < r.end && hit(r.codes, g.code))) return false;
    const line = lineOf(g.start);
    return !lineRules.some((r) => r.line === line && hit(r.codes, g.code));
  });
}

/** Drops findings listed in the ignore file. */
export function applyIgnores(text: string, analysis: Analysis, diagnostics: Diagnostic[], ignores: readonly IgnoreEntry[]): Diagnostic[] {
  if (ignores.length === 0) return diagnostics;
  const keys = new Set(ignores.map((i) => `${i.code} ${i.key}`));
  return diagnostics.filter((d) => !keys.has(`${d.code} ${ignoreKey(text, analysis, d)}`));
}

/** A stable key for a finding: its code, the figure and its sentence's words (not its position). */
export function ignoreKey(text: string, analysis: Analysis, d: Diagnostic): string {
  const f = d.figure !== undefined ? analysis.figures[d.figure] : undefined;
  const sentence = f ? analysis.sentences[f.sentence] : undefined;
  const context = sentence ? text.slice(sentence.start, sentence.end) : text.slice(d.start, d.end);
  return fnv1a(`${d.code}\u0000${f?.text ?? ''}\u0000${context.replace(/\s+/g, ' ').trim()}`);
}

/** 64-bit FNV-1a as 16 hex digits (no crypto needed, same in Node and browsers). */
export function fnv1a(s: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
