/**
 * What follows a number and says what it measures: %, a rate's denominator, a currency word,
 * a hyphen compound ("40,000-bed"), a time or measure unit, or the noun it counts.
 */
import type { FigureKind, Language } from '../model';
import { COUNT_ADJECTIVES, CURRENCY_WORDS, MEASURE_UNITS, NOT_NOUNS, PERCENT_WORDS, SCALES, TIME_UNITS } from './lexicon';
import { parseNumeral } from './numerals';
import { readNumberWords } from './numberWords';
import type { Quantity, QuantityContext } from './quantity';
import { rateUnit } from './quantity';
import { matchPhrase, type Token } from './tokens';

const PEOPLE = new Set(['people', 'persons', 'inhabitants', 'residents', 'population', 'habitantes', 'personas', 'residentes', 'pobladores', 'citizens', 'live', 'births']);
const HYPHEN_NOUNS = new Set(['bed', 'seat', 'member', 'person', 'man', 'story', 'storey', 'point', 'room', 'cell', 'lane', 'page', 'game', 'vote', 'inmate', 'prisoner', 'officer', 'strong']);

/** Percent, rate, currency word, hyphen compound, time or measure unit, counted noun. */
export function readSuffix(tokens: readonly Token[], q: Quantity, ctx: QuantityContext): void {
  let k = q.textEnd;
  const t = tokens[k];
  if (!t) return;
  // 50%, 50 %
  if (t.text === '%' || t.text === '٪') {
    setKind(q, 'percent', 'percent', k + 1, k + 1);
    return;
  }
  for (const p of PERCENT_WORDS) {
    if (matchPhrase(tokens, k, p)) {
      const unit = p[0] === 'percentage' || p[0] === 'puntos' ? 'pp' : 'percent';
      setKind(q, 'percent', unit, k + p.length, k + p.length);
      return;
    }
  }
  // Hyphen compounds: "40,000-bed", "five-year", "40,000-plus"
  if (t.text === '-' && t.glued && tokens[k + 1]?.glued && tokens[k + 1]!.type === 'word') {
    const w = tokens[k + 1]!.lower;
    // A score or a vote: "an 85-to-15 margin", "un 3-a-1". The number counts nothing by itself.
    if ((w === 'to' || w === 'a') && tokens[k + 2]?.text === '-' && tokens[k + 3]?.type === 'num') return;
    if (w === 'plus') {
      q.hedge = 'at_least';
      q.textEnd = k + 2;
      q.next = k + 2;
      return;
    }
    const time = TIME_UNITS[w];
    if (time) {
      q.value *= time.factor;
      q.granularity *= time.factor;
      setKind(q, 'duration', time.unit, q.textEnd, k + 2);
      return;
    }
    if (!q.words || HYPHEN_NOUNS.has(w) || MEASURE_UNITS[w]) {
      setKind(q, 'count', MEASURE_UNITS[w] ?? plural(w), q.textEnd, k + 2);
      return;
    }
    q.kind = 'number';
    q.unit = 'compound:' + w; // "one-way", "first-hand": flagged for the idiom filter
    return;
  }
  // Currency words: "10 dólares", "200 million dollars", "1.500 millones de dólares"
  const cur = CURRENCY_WORDS[t.lower];
  if (cur) {
    setKind(q, 'money', cur, q.textEnd, k + 1);
    return;
  }
  const ofCur = (t.lower === 'de' || t.lower === 'of') && tokens[k + 1] ? CURRENCY_WORDS[tokens[k + 1]!.lower] : undefined;
  if (ofCur) {
    setKind(q, 'money', ofCur, q.textEnd, k + 2);
    return;
  }
  // Rates: "52 killings per 100,000 people", "2,4 homicidios por cada 100.000 habitantes"
  const rate = readRate(tokens, k, ctx);
  if (rate) {
    setKind(q, 'rate', rate.unit, q.textEnd, rate.next);
    return;
  }
  const time = TIME_UNITS[t.lower];
  if (time && !(t.lower === 'second' && q.value === 1)) {
    q.value *= time.factor;
    q.granularity *= time.factor;
    setKind(q, 'duration', time.unit, q.textEnd, k + 1);
    return;
  }
  const measure = MEASURE_UNITS[t.lower];
  if (measure && !(t.lower === 'm' && !t.glued)) {
    setKind(q, 'count', measure, q.textEnd, k + 1);
    return;
  }
  // The counted noun, skipping up to two adjectives: "two such prisons", "87 Salvadorans".
  let n = k;
  // "tens of thousands of people"; "3 millones de personas", "medio millón de reos".
  const scaleDe = tokens[n]?.lower === 'de' && /^(?:mill[oó]n|millones|bill[oó]n|billones)$/.test(tokens[q.textEnd - 1]?.lower ?? '');
  if ((q.vague && (tokens[n]?.lower === 'of' || tokens[n]?.lower === 'de')) || scaleDe) n++;
  for (let a = 0; a < 2 && tokens[n] && COUNT_ADJECTIVES.has(tokens[n]!.lower); a++) n++;
  let noun = tokens[n];
  // "40,000 convicted criminals": a participle before a plural noun is an adjective.
  if (noun && /(?:ed|ing)$/.test(noun.lower) && isNounToken(tokens[n + 1]) && /s$/.test(tokens[n + 1]!.lower)) noun = tokens[++n];
  if (noun && noun.type === 'word' && isVerbLike(noun.lower, ctx.lang)) return;
  // A Spanish count above one names a plural noun: "2,6 ubicó", "87 dejaron" count nothing.
  if (noun && noun.type === 'word' && ctx.lang === 'es' && q.value !== 1 && !/[sx]$/.test(noun.lower)) return;
  if (noun && noun.type === 'word' && !NOT_NOUNS.has(noun.lower) && noun.lower.length > 1) {
    if (/^\p{Lu}/u.test(noun.text) && !/s$/.test(noun.lower)) return; // a name after a number is not what it counts
    if (/ly$/.test(noun.lower) && noun.lower.length > 4) return; // adverbs
    // A hyphenated modifier before the noun: "a dozen human-rights groups" counts groups.
    const hy = tokens[n + 1];
    const tail = tokens[n + 2];
    if (hy?.text === '-' && hy.glued && tail?.glued && tail.type === 'word' && isNounToken(tokens[n + 3]) && !tokens[n + 3]!.glued) {
      setKind(q, 'count', tokens[n + 3]!.lower, q.textEnd, n + 4);
      return;
    }
    // "15,000 gang members": a singular noun before a plural one is a compound.
    const second = tokens[n + 1];
    if (ctx.lang === 'en' && !/s$/.test(noun.lower) && second && !second.glued && isNounToken(second) && /s$/.test(second.lower)) {
      setKind(q, 'count', `${noun.lower} ${second.lower}`, q.textEnd, n + 2);
      return;
    }
    setKind(q, 'count', noun.lower, q.textEnd, n + 1);
  }
}

const ES_VERBS = new Set(['son', 'están', 'estaban', 'han', 'habían', 'hay', 'fue', 'fueron', 'eran', 'serán', 'siguen', 'quedan', 'tienen', 'murieron']);

/** English verbs that follow a number as its verb, not its noun: irregular past tenses ("3 left", "87 fled", "15 took part"), "remain". */
const EN_IRREGULAR_PAST = new Set([
  'took', 'left', 'fell', 'rose', 'went', 'came', 'ran', 'saw', 'got', 'made', 'gave', 'said', 'told', 'lost', 'won',
  'held', 'kept', 'became', 'began', 'brought', 'stood', 'sat', 'met', 'paid', 'sent', 'spent', 'fought', 'caught',
  'built', 'found', 'felt', 'grew', 'drew', 'knew', 'led', 'struck', 'shot', 'hid', 'wrote', 'spoke', 'broke', 'chose',
  'drove', 'flew', 'threw', 'wore', 'fled', 'fed', 'sought', 'taught', 'bought', 'heard', 'remain',
]);

/** Verb forms that follow a number without naming what it counts ("7,000 released", "murieron"). */
function isVerbLike(w: string, lang: Language): boolean {
  if (lang === 'en' && EN_IRREGULAR_PAST.has(w)) return true;
  if (lang === 'es') return (/(?:aron|ieron|eron|aban|ían)$/.test(w) && w.length > 5) || (/ó$/.test(w) && w.length > 3) || ES_VERBS.has(w);
  return /(?:ed|ing)$/.test(w) && !/eed$/.test(w);
}

function isNounToken(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && !NOT_NOUNS.has(t.lower) && t.lower.length > 1 && !/ly$/.test(t.lower) && !/^\p{Lu}/u.test(t.text);
}

function readRate(tokens: readonly Token[], k: number, ctx: QuantityContext): { unit: string; next: number } | null {
  for (let skip = 0; skip <= 2; skip++) {
    const at = k + skip;
    const t = tokens[at];
    if (!t) return null;
    let d = 0;
    if (t.lower === 'per') d = 1;
    else if (t.lower === 'for' && tokens[at + 1]?.lower === 'every') d = 2;
    else if (t.lower === 'por' && tokens[at + 1]?.lower === 'cada') d = 2;
    else if (t.lower === 'cada' && tokens[at + 1]?.type === 'num') d = 1; // "4,4 homicidios cada 100.000 habitantes"
    else if (t.lower === 'por' && (tokens[at + 1]?.type === 'num' || /^(?:cien|mil)$/.test(tokens[at + 1]?.lower ?? ''))) d = 1; // "por 100.000", "por cien mil"
    if (d) {
      if (tokens[at + d]?.lower === 'capita' || tokens[at + d]?.lower === 'cápita') return { unit: 'per_capita', next: at + d + 1 };
      const num = tokens[at + d];
      if (!num) return null;
      // "por cada cien mil", "per hundred thousand": the denominator in words.
      const lone = num.type === 'word' ? SCALES[num.lower] : undefined; // "per thousand": a scale word alone
      const inWords = num.type === 'word' ? readNumberWords(tokens, at + d, ctx.lang) ?? (lone && lone.factor >= 1000 ? { value: lone.factor, next: at + d + 1, words: 1, granularity: lone.factor } : null) : null;
      if (num.type !== 'num' && !inWords) return null;
      const n = inWords ?? parseNumeral(num.text, ctx.style);
      if (!n || n.value < 10) return null;
      let value = n.value;
      let next = inWords ? inWords.next : at + d + 1;
      const scale = tokens[next] && SCALES[tokens[next]!.lower];
      if (scale && (!scale.lang || scale.lang === ctx.lang)) {
        value *= scale.factor;
        next++;
      }
      if (tokens[next] && PEOPLE.has(tokens[next]!.lower)) next++;
      return { unit: rateUnit(value), next };
    }
    if (t.type !== 'word' || NOT_NOUNS.has(t.lower)) return null;
  }
  return null;
}

export function readMoneyWord(tokens: readonly Token[], q: Quantity): void {
  const t = tokens[q.textEnd];
  if (t && CURRENCY_WORDS[t.lower]) q.next = q.textEnd + 1;
  if (tokens[q.next]?.lower === 'de' && tokens[q.next + 1] && CURRENCY_WORDS[tokens[q.next + 1]!.lower]) q.next += 2;
}

function setKind(q: Quantity, kind: FigureKind, unit: string, textEnd: number, next: number): void {
  q.kind = kind;
  q.unit = unit;
  q.textEnd = textEnd;
  q.next = next;
  q.yearLike = false;
}

function plural(w: string): string {
  if (/s$/.test(w)) return w;
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}
