/** A bilingual article with every kind of figure, and the promises every analysis keeps. */
import type { Analysis } from '../../src/engine/model';

/** An article in both languages, with every kind of figure. */
export const ARTICLE = `# Prison population

The prison can hold 40,000 inmates, officials said on Jan. 31, 2023. Nearly 75,000 people were arrested in the first year, and the homicide rate fell to 2.6 per 100,000 people.

El penal alberga a unos 15 mil reos, según el ministerio. La tasa fue de 2,4 por cada 100.000 habitantes en marzo del 2022; a finales de septiembre había más de 6.000 denuncias.

- Between 10,000 and 20,000 people fled in June.
- About 50% of cases, or 50 percent, took *a few days*.

`;
/** `ARTICLE` repeated to exactly `n` characters. */
export const articleOf = (n: number): string => ARTICLE.repeat(Math.ceil(n / ARTICLE.length)).slice(0, n);

/** What the analysis breaks of the model's promises about `text` (empty when sound). */
export function broken(text: string, a: Analysis): string[] {
  const out: string[] = [];
  a.figures.forEach((f, i) => {
    const at = `figure ${i} ${JSON.stringify(f.text)} [${f.start},${f.end})`;
    if (!(0 <= f.start && f.start < f.end && f.end <= text.length) || f.text !== text.slice(f.start, f.end)) out.push(`${at}: offsets or text do not match the input`);
    const prev = a.figures[i - 1];
    if (prev && prev.end > f.start) out.push(`${at}: overlaps or precedes figure ${i - 1}`);
    if (typeof f.value === 'number') {
      if (!Number.isFinite(f.value)) out.push(`${at}: value ${f.value}`);
      if ((f.min !== null && f.min > f.value) || (f.max !== null && f.value > f.max)) out.push(`${at}: ${f.value} outside [${f.min}, ${f.max}]`);
    }
    if (f.kind === 'range' && (f.value !== null || (f.min !== null && f.max !== null && f.min > f.max))) out.push(`${at}: bad range`);
    if (f.kind === 'date' && !(typeof f.value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.value))) out.push(`${at}: date ${JSON.stringify(f.value)}`);
  });
  a.claims.forEach((c, k) => {
    for (const i of c.figures) if (!a.figures[i]) out.push(`claim ${k}: no figure ${i}`);
  });
  return out;
}
