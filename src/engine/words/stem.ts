/**
 * Words as words: when a word of the article is a form of a cue word ("detained" of "detain",
 * "encarcelados" of "encarcelar", "held" of "hold"), so cue lists need not spell every
 * inflection. Stems come from @orama/stemmers (Porter2 for English, Snowball for Spanish;
 * chosen by measurement, see BENCHMARKS.md), with a short table of irregular verb forms.
 *
 * A stem alone merges too much ("prison"/"prisoner", "encarcelados"/"encarcelamiento",
 * "casa"/"caso"), so two words meet only when, besides the same stem, what differs between them
 * is an inflection of the language (plural, gender, tense, participle), never a derivation
 * ("-er", "-ment", "-ity", "-miento", "-idad") after a shared beginning of four letters or more,
 * and both are content words of four letters or more. Input is folded (lower case, accents off), as the
 * catalog compares words.
 */
import { stemmer as porter2 } from '@orama/stemmers/english';
import { stemmer as snowballEs } from '@orama/stemmers/spanish';
import type { Language } from '../model';
import { isStop } from './stop';

/** Irregular forms → the base form they inflect (folded), per language. */
const IRREGULAR: Record<Language, ReadonlyMap<string, string>> = {
  en: table({
    hold: 'held',
    keep: 'kept',
    flee: 'fled',
    die: 'dies died dying',
    fall: 'fell fallen',
    rise: 'rose risen',
    take: 'took taken',
    begin: 'began begun',
    find: 'found',
    catch: 'caught',
    build: 'built',
    bring: 'brought',
    grow: 'grew grown',
    spend: 'spent',
    seek: 'sought',
    slay: 'slew slain',
    fight: 'fought',
    send: 'sent',
  }),
  es: table({
    detener: 'detuvo detuve detuvieron detuvimos detuviera detuvieran',
    retener: 'retuvo retuvieron',
    mantener: 'mantuvo mantuvieron',
    obtener: 'obtuvo obtuvieron',
    morir: 'murio murieron muere mueren muera mueran',
    caer: 'cayo cayeron',
    reducir: 'redujo redujeron',
    producir: 'produjo produjeron',
    poner: 'puso pusieron',
    huir: 'huyo huyeron',
  }),
};

function table(forms: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [base, list] of Object.entries(forms)) for (const f of list.split(' ')) out.set(f, base);
  return out;
}

/**
 * What may differ between two forms of one word (after their longest common beginning):
 * inflections only. English also allows a doubled final consonant ("stopped"); Spanish the
 * z/c of plurals ("capaz"/"capaces") after folding.
 */
const INFLECTION: Record<Language, ReadonlySet<string>> = {
  en: new Set(['', 's', 'es', 'ed', 'd', 'ing', 'ings', 'e', 'y', 'ies', 'ied']),
  es: new Set(
    (
      ' s es a as o os e en an ' +
      // Infinitives, participles, gerunds.
      'ar er ir ado ados ada adas ido idos ida idas ando iendo ' +
      // Indicative past and present, imperfect, future, subjunctive (folded, so "arrestó" is "arresto").
      'aron ieron amos imos emos aba aban ia ian ara aran era eran ira iran are eran ase asen iese iesen io'
    ).split(' '),
  ),
};

/** Words at least this long may meet by stem; shorter ones only as written. */
export const MIN_STEM_WORD = 4;

/** True if other forms of a folded word may meet it (a content word of four letters or more). */
export function mayStem(word: string): boolean {
  return word.length >= MIN_STEM_WORD && !isStop(word);
}

/** Distinct words remembered per language before the memo starts again (bounded memory). */
const MEMO_LIMIT = 20_000;
const memo: Record<Language, Map<string, string>> = { en: new Map(), es: new Map() };

/**
 * The key a folded word is indexed and looked up by: its stem when it may meet other forms
 * (a content word of four letters or more), else the word itself. Irregular forms take their
 * base form's stem ("held" → "hold").
 */
export function stemKey(word: string, lang: Language): string {
  if (!mayStem(word)) return word;
  const m = memo[lang];
  let s = m.get(word);
  if (s === undefined) {
    const base = IRREGULAR[lang].get(word) ?? word;
    s = lang === 'es' ? snowballEs(base) : porter2(base);
    if (m.size >= MEMO_LIMIT) m.clear();
    m.set(word, s);
  }
  return s;
}

/** The base form of an irregular form, or the word itself. */
export function baseForm(word: string, lang: Language): string {
  return IRREGULAR[lang].get(word) ?? word;
}

/** Every irregular form of a language (to let their first letters through lookups' prefilter). */
export function irregularForms(lang: Language): Iterable<string> {
  return IRREGULAR[lang].keys();
}

/**
 * True if two different folded words are forms of one word in `lang`: the same stem (as
 * `stemKey`), and they differ only by an inflection. Exact equality is the caller's business.
 */
export function sameWord(a: string, b: string, lang: Language): boolean {
  if (a === b) return true;
  if (!mayStem(a) || !mayStem(b)) return false;
  if (stemKey(a, lang) !== stemKey(b, lang)) return false;
  const ba = baseForm(a, lang);
  const bb = baseForm(b, lang);
  if (crossesClass(a, b, ba !== a, bb !== b, lang)) return false;
  return inflected(ba, bb, lang);
}

/**
 * Forms of one stem that are usually different parts of speech: in English a plural or third
 * person in -s beside a past in -ed ("places"/"placed", "plans"/"planned"); in Spanish an
 * infinitive, which names an act or a capacity ("detener", "puede albergar"), beside any other
 * form ("detenidos", "alberga").
 */
function crossesClass(a: string, b: string, irregularA: boolean, irregularB: boolean, lang: Language): boolean {
  // Spanish irregular forms in the table are all finite; English ones are told by their base only.
  if (lang === 'es') return (!irregularA && INFINITIVE.test(a)) !== (!irregularB && INFINITIVE.test(b));
  if (irregularA || irregularB) return false;
  return (PLURAL_EN.test(a) && PAST_EN.test(b)) || (PLURAL_EN.test(b) && PAST_EN.test(a));
}
const INFINITIVE = /[aei]r$/;
const PLURAL_EN = /[^s]s$/;
const PAST_EN = /ed$/;

/**
 * True if two forms are one beginning of four letters or more followed by inflectional endings
 * ("arrest|o", "arrest|aron"). A shorter shared beginning is not one word's forms, whatever
 * the stemmer says ("cas|a", "cas|o"), except a Spanish verb's ("mat|aron", "mat|o").
 */
function inflected(a: string, b: string, lang: Language): boolean {
  // Two irregular forms of one base ("died", "dying").
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const ok = INFLECTION[lang];
  for (let i = common; i >= MIN_STEM_WORD - 1; i--) {
    const ta = a.slice(i);
    const tb = b.slice(i);
    if (!tail(ta, a[i - 1]!, ok, lang) || !tail(tb, b[i - 1]!, ok, lang)) continue;
    // A three-letter root only for Spanish verbs ("mat|aron", "mat|an"), never for nouns' gender and
    // number ("cas|a", "cas|o"), nor a noun's plural beside a verb ("sal|as", "sal|ieron").
    if (i >= MIN_STEM_WORD || (lang === 'es' && (VERB_ES.has(ta) || VERB_ES.has(tb)) && !ta.endsWith('s') && !tb.endsWith('s'))) return true;
  }
  return false;
}

/** Spanish endings that only verbs take (folded), from INFLECTION. */
const VERB_ES: ReadonlySet<string> = new Set([...INFLECTION.es].filter((t) => t.length >= 2 && !['as', 'os', 'es', 'en', 'an'].includes(t)));

/** Endings after a doubled final consonant ("stop|ped", "commit|ting"). */
const AFTER_DOUBLE: ReadonlySet<string> = new Set(['ed', 'ing', 'ings']);

function tail(t: string, before: string, ok: ReadonlySet<string>, lang: Language): boolean {
  if (ok.has(t)) return true;
  return lang === 'en' && t.length > 2 && t[0] === before && !/[aeiou]/.test(before) && AFTER_DOUBLE.has(t.slice(1));
}
