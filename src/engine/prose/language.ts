/** Cheap English/Spanish detection by counting frequent function words. */
import type { Language } from '../model';

const EN = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'with', 'on', 'as', 'by', 'it', 'from', 'at', 'has', 'have', 'were', 'which', 'this', 'be', 'are', 'an', 'after', 'its', 'their', 'who', 'said', 'than']);
const ES = new Set(['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'por', 'con', 'una', 'es', 'se', 'para', 'al', 'su', 'como', 'más', 'fue', 'sus', 'pero', 'este', 'esta', 'según', 'entre', 'desde', 'ha', 'han', 'sobre', 'dijo']);
const WORD = /[a-záéíóúñü]+/gi;

/** Scores text: positive leans English, negative leans Spanish; the magnitude is the evidence. */
export function languageScore(text: string, maxWords = 4000): number {
  let score = 0;
  let words = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && words < maxWords) {
    words++;
    const w = m[0].toLowerCase();
    if (EN.has(w)) score++;
    else if (ES.has(w)) score--;
    for (let i = 0; i < w.length; i++) {
      if (w.charCodeAt(i) < 128) continue;
      if (/[ñáéíóú]/.test(w)) score -= 0.5; // only words with a non-ASCII letter can hold one
      break;
    }
  }
  return score;
}

/** Language from a score, with a fallback when the evidence is thin. */
export function languageOf(score: number, fallback: Language, minEvidence = 3): Language {
  if (score >= minEvidence) return 'en';
  if (score <= -minEvidence) return 'es';
  return fallback;
}
