/**
 * Differential test of number reading against Microsoft's recognizers-text-number: English
 * and Spanish news sentences in which a number, written one of many ways, counts a noun.
 * For each sentence the value Crosscheck gives the figure at the number's position is
 * compared with the value the recognizer resolves at that position.
 *
 * The generator leaves out what the two read differently on purpose, so that every
 * disagreement is a bug in one of them:
 * - "one", "un", "una" alone: Crosscheck reads them as idiom ("one of", "un país"), not
 *   figures. Number words start at 2; "one hundred", "un millón" stay in.
 * - A bare integer from 1800 to 2200 is a year for Crosscheck, so plain digits skip that band.
 * - Separators follow each language's convention (English "40,000" and "2.6", Spanish
 *   "40.000" and "2,4"), and decimals have one or two digits, never three, since "2.600"
 *   is 2600 or 2.6 by convention only. The recognizer resolves Spanish decimals with a
 *   comma ("2,4"); the comparison reads its value with that comma.
 * - Digit groups split by a no-break or thin space ("40 000") are left out: the recognizer
 *   reads only "40" of them.
 * - Spanish counts ending in "uno" ("treinta y un(o) reos") change form with the noun's
 *   gender; the generator avoids a last digit of 1 below the thousands.
 */
import { recognizeNumber, Culture } from '@microsoft/recognizers-text-number';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';

type Lang = 'en' | 'es';

// ---------------------------------------------------------------------------------------
// Writing numbers.
// ---------------------------------------------------------------------------------------

const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1–999 in English words: "sixty-two", "two hundred and fifty". */
function en999(n: number, and: boolean): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const tens = r < 20 ? EN_SMALL[r]! : EN_TENS[Math.floor(r / 10)]! + (r % 10 ? '-' + EN_SMALL[r % 10]! : '');
  if (!h) return tens;
  return `${EN_SMALL[h]} hundred` + (r ? (and ? ' and ' : ' ') + tens : '');
}

/** An integer below 10^9 in English words: "forty-two thousand five hundred". */
function englishWords(n: number, and = false): string {
  const parts: string[] = [];
  const m = Math.floor(n / 1e6);
  const k = Math.floor(n / 1e3) % 1000;
  const r = n % 1000;
  if (m) parts.push(`${en999(m, and)} million`);
  if (k) parts.push(`${en999(k, and)} thousand`);
  if (r) parts.push(en999(r, and));
  return parts.join(' ');
}

const ES_SMALL = [
  '', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce',
  'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés',
  'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve',
];
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];

/** 1–999 in Spanish words; `before` shortens a final "uno" before "mil"/"millones" ("veintiún mil"). */
function es999(n: number, before: boolean): string {
  if (n === 100) return 'cien';
  const h = Math.floor(n / 100);
  const r = n % 100;
  let tens = r < 30 ? ES_SMALL[r]! : ES_TENS[Math.floor(r / 10)]! + (r % 10 ? ' y ' + ES_SMALL[r % 10]! : '');
  if (before) tens = tens.replace(/veintiuno$/, 'veintiún').replace(/uno$/, 'un');
  return [h ? ES_HUNDREDS[h]! : '', tens].filter(Boolean).join(' ');
}

/** An integer below 10^9 in Spanish words: "doscientos cincuenta mil", "tres millones". */
function spanishWords(n: number): string {
  const parts: string[] = [];
  const m = Math.floor(n / 1e6);
  const k = Math.floor(n / 1e3) % 1000;
  const r = n % 1000;
  if (m) parts.push(m === 1 ? 'un millón' : `${es999(m, true)} millones`);
  if (k) parts.push(k === 1 ? 'mil' : `${es999(k, true)} mil`);
  if (r) parts.push(es999(r, false));
  return parts.join(' ');
}

/** Digits grouped by threes with the language's separator. */
function grouped(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
}

/** A decimal with the language's decimal mark. */
function decimal(x: number, lang: Lang): string {
  const s = String(x);
  return lang === 'en' ? s : s.replace('.', ',');
}

interface Written {
  text: string;
  value: number;
  form: string;
}

/** Integers outside 1800–2200 (read as years when bare). */
const notYear = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max }).filter((n) => n < 1800 || n > 2200);
/** Spanish integers whose last group does not end in 1 ("treinta y un reos" vs "treinta y una familias"). */
const noFinalOne = (a: fc.Arbitrary<number>): fc.Arbitrary<number> => a.filter((n) => n % 10 !== 1 || n % 100 === 11);
/** Decimals with one or two digits: 1.2, 2.75, 15. */
const scaled = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(1, 10, 100)).map(([i, d]) => Math.round(i) / d);

function numberIn(lang: Lang): fc.Arbitrary<Written> {
  if (lang === 'en') {
    return fc.oneof(
      notYear(2, 9999).map((n) => ({ text: String(n), value: n, form: 'digits' })),
      fc.integer({ min: 1000, max: 99_999_999 }).map((n) => ({ text: grouped(n, 'en'), value: n, form: 'grouped' })),
      fc.tuple(scaled, fc.constantFrom(['million', 1e6], ['billion', 1e9], ['thousand', 1e3]) as fc.Arbitrary<[string, number]>).map(([x, [w, f]]) => ({
        text: `${decimal(x, 'en')} ${w}`,
        value: Math.round(x * f),
        form: 'digits + scale',
      })),
      fc.oneof(fc.integer({ min: 2, max: 99 }), fc.integer({ min: 100, max: 999 }), fc.integer({ min: 1000, max: 999_999 }), fc.integer({ min: 1_000_000, max: 999_999_999 })).chain((n) =>
        fc.boolean().map((and) => ({ text: englishWords(n, and), value: n, form: 'words' })),
      ),
      fc.constantFrom<[string, number]>(['a hundred', 100], ['a thousand', 1000], ['a million', 1e6], ['two dozen', 24], ['a dozen', 12]).map(([text, value]) => ({ text, value, form: 'a + scale' })),
      fc.integer({ min: 2, max: 999 }).map((n) => ({ text: `${n}k`, value: n * 1000, form: 'digits + k' })),
    );
  }
  return fc.oneof(
    noFinalOne(notYear(2, 9999)).map((n) => ({ text: String(n), value: n, form: 'digits' })),
    noFinalOne(fc.integer({ min: 1000, max: 99_999_999 })).map((n) => ({ text: grouped(n, 'es'), value: n, form: 'grouped' })),
    fc.tuple(scaled, fc.constantFrom(['millones', 1e6], ['mil', 1e3], ['mil millones', 1e9]) as fc.Arbitrary<[string, number]>)
      .filter(([x, [w]]) => !(w === 'mil' && !Number.isInteger(x))) // "2,5 mil" is not written
      .map(([x, [w, f]]) => ({ text: `${decimal(x, 'es')} ${w}${w === 'mil' ? '' : ' de'}`, value: Math.round(x * f), form: 'digits + scale' })),
    noFinalOne(fc.oneof(fc.integer({ min: 2, max: 99 }), fc.integer({ min: 100, max: 999 }), fc.integer({ min: 1000, max: 999_999 }), fc.integer({ min: 1_000_000, max: 999_999_999 }))).map(
      (n) => ({ text: spanishWords(n).replace(/(millón|millones)$/, '$1 de'), value: n, form: 'words' }),
    ),
  );
}

// ---------------------------------------------------------------------------------------
// Sentences: "{hedge}{number} {noun}" in a news-like frame.
// ---------------------------------------------------------------------------------------

const FRAMES: Record<Lang, readonly string[]> = {
  en: [
    'Officials said {Q} were held at the facility last year.',
    'The ministry counted {Q} in the capital.',
    'Police arrested {Q} during the operation, the report said.',
    'The new prison can hold {Q}, according to the government.',
    'Authorities registered {Q} since the state of emergency began.',
    '{Q} remain in custody, the ministry said on Monday.',
  ],
  es: [
    'El ministerio informó que {Q} fueron trasladados al nuevo penal.',
    'Según la policía, {Q} permanecen detenidos.',
    'La cárcel tiene capacidad para {Q}, dijo el ministro.',
    'Las autoridades registraron {Q} desde el inicio del régimen de excepción.',
    '{Q} siguen en prisión, según el informe oficial.',
  ],
};
const NOUNS: Record<Lang, readonly string[]> = {
  en: ['inmates', 'prisoners', 'homicides', 'arrests', 'complaints', 'soldiers', 'gang members', 'detainees', 'police officers'],
  es: ['reos', 'presos', 'detenidos', 'homicidios', 'soldados', 'pandilleros', 'internos', 'reclusos'],
};
const HEDGES: Record<Lang, readonly string[]> = {
  en: ['', '', '', 'nearly ', 'about ', 'more than ', 'at least ', 'almost ', 'roughly ', 'fewer than '],
  es: ['', '', '', 'unos ', 'casi ', 'más de ', 'alrededor de ', 'cerca de ', 'al menos ', 'menos de '],
};

interface Case {
  lang: Lang;
  sentence: string;
  /** Offset of the number in the sentence. */
  at: number;
  written: Written;
}

function caseIn(lang: Lang): fc.Arbitrary<Case> {
  return fc
    .tuple(fc.constantFrom(...FRAMES[lang]), fc.constantFrom(...HEDGES[lang]), numberIn(lang), fc.constantFrom(...NOUNS[lang]))
    .map(([frame, hedge, written, noun]) => {
      const slot = frame.indexOf('{Q}');
      let lead = hedge + written.text;
      if (slot === 0) lead = lead[0]!.toUpperCase() + lead.slice(1);
      const sentence = frame.replace('{Q}', `${lead} ${noun}`);
      return { lang, sentence, at: slot + hedge.length, written };
    });
}

// ---------------------------------------------------------------------------------------
// The two readings.
// ---------------------------------------------------------------------------------------

/** Crosscheck's value for the figure covering offset `at`, or null. */
function crosscheckValue(sentence: string, at: number, lang: Lang): number | null {
  const a = analyze(sentence, { format: 'plaintext', language: lang });
  const f = a.figures.find((x) => x.start <= at && at < x.end);
  return f && typeof f.value === 'number' ? f.value : null;
}

/** The recognizer's value for the number starting at offset `at` (its `end` is inclusive), or null. */
function recognizerValue(sentence: string, at: number, lang: Lang): number | null {
  const results = recognizeNumber(sentence, lang === 'en' ? Culture.English : Culture.Spanish);
  const r = results.find((x) => x.start <= at && at <= x.end);
  const raw = r?.resolution?.['value'];
  if (typeof raw !== 'string') return null;
  // Spanish resolutions keep the decimal comma: "2,4".
  const value = Number(lang === 'es' ? raw.replace(/\./g, '').replace(',', '.') : raw.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

const same = (a: number | null, b: number | null): boolean => a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

// ---------------------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------------------

const SEED = 424242;
const PER_LANGUAGE = 500;
/** Share of generated sentences on which the two must agree. */
const MIN_AGREEMENT = 0.99;

describe('numbers agree with @microsoft/recognizers-text-number', () => {
  it.each<[Lang]>([['en'], ['es']])('generated sentences (%s)', (lang) => {
    const cases = fc.sample(caseIn(lang), { seed: SEED, numRuns: PER_LANGUAGE });
    const disagreements: string[] = [];
    for (const c of cases) {
      const ours = crosscheckValue(c.sentence, c.at, lang);
      const theirs = recognizerValue(c.sentence, c.at, lang);
      if (!same(ours, theirs)) {
        disagreements.push(`${JSON.stringify(c.sentence)} [${c.written.form}, meant ${c.written.value}]: crosscheck ${ours}, recognizer ${theirs}`);
      }
    }
    const agreement = 1 - disagreements.length / cases.length;
    console.info(`differential ${lang}: ${cases.length - disagreements.length}/${cases.length} agree (${(100 * agreement).toFixed(1)}%)`);
    expect(agreement, `${disagreements.length} of ${cases.length} disagree:\n${disagreements.join('\n')}`).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });

  it.each<[Lang, string, string, number]>([
    ['en', 'The prison holds 40,000 inmates.', '40,000', 40000],
    ['en', 'Officials counted 2.6 million arrests.', '2.6', 2.6e6],
    ['en', 'Police detained 150 thousand people.', '150', 150000],
    ['en', 'The ministry registered 62 homicides.', '62', 62],
    ['en', 'The army sent sixty-two soldiers.', 'sixty-two', 62],
    ['en', 'The army sent forty thousand soldiers.', 'forty', 40000],
    ['en', 'The prison holds two hundred and fifty inmates.', 'two', 250],
    ['en', 'The country jailed one million two hundred thousand people.', 'one', 1.2e6],
    ['en', 'The state holds 1,250,000 prisoners.', '1,250,000', 1250000],
    ['en', 'The budget covers 3 billion meals.', '3', 3e9],
    ['en', 'The prison holds a hundred inmates.', 'a', 100],
    ['en', 'The prison holds two dozen inmates.', 'two', 24],
    ['en', 'The prison holds 40k inmates.', '40k', 40000],
    ['en', 'The prison holds nineteen hundred inmates.', 'nineteen', 1900],
    ['es', 'El penal alberga a unos 15 mil reos.', '15', 15000],
    ['es', 'El penal alberga a 40.000 reos.', '40.000', 40000],
    ['es', 'Hubo 2,4 millones de detenidos.', '2,4', 2.4e6],
    ['es', 'El gobierno desplegó cuarenta mil soldados.', 'cuarenta', 40000],
    ['es', 'La policía detuvo a treinta y dos pandilleros.', 'treinta', 32],
    ['es', 'El penal tiene doscientos cincuenta internos.', 'doscientos', 250],
    ['es', 'El país tiene 3 millones de habitantes.', '3', 3e6],
    ['es', 'Se registraron 1.250.000 denuncias.', '1.250.000', 1250000],
    ['es', 'El plan costó 2 mil millones de pesos.', '2', 2e9],
    ['es', 'Hay veintiún mil reclusos.', 'veintiún', 21000],
    ['es', 'El penal tiene mil quinientos reos.', 'mil', 1500],
    ['es', 'El país tiene dos millones trescientos mil habitantes.', 'dos', 2.3e6],
    ['es', 'El penal tiene ciento dos reos.', 'ciento', 102],
    ['es', 'La deuda llega a 3 billones de pesos.', '3', 3e12],
  ])('%s: %s', (lang, sentence, number, value) => {
    const at = sentence.indexOf(number);
    expect({ crosscheck: crosscheckValue(sentence, at, lang), recognizer: recognizerValue(sentence, at, lang) }).toEqual({ crosscheck: value, recognizer: value });
  });

  it.each<[number, string, string]>([
    [62, 'sixty-two', 'sesenta y dos'],
    [250, 'two hundred fifty', 'doscientos cincuenta'],
    [40000, 'forty thousand', 'cuarenta mil'],
    [21000, 'twenty-one thousand', 'veintiún mil'],
    [100100, 'one hundred thousand one hundred', 'cien mil cien'],
    [1_500_032, 'one million five hundred thousand thirty-two', 'un millón quinientos mil treinta y dos'],
  ])('the generator spells %i as %j and %j', (n, en, es) => {
    expect([englishWords(n), spanishWords(n)]).toEqual([en, es]);
  });
});
