/**
 * Claims: the sentences that assert figures, with who they are attributed to
 * ("according to X", "X said", quoted speech, "según X", "dijo X").
 */
import type { Attribution, Claim, Figure, ProseBlock, Sentence } from '../model';
import type { Range } from '../prose/mask';

const SPEECH_EN = 'said|says|told|tells|stated|states|reported|reports|wrote|writes|posted|added|explained|noted|announced|estimated|estimates|claimed|claims|confirmed|tweeted|argued|insisted|warned|acknowledged|conceded';
const SPEECH_ES = 'dijo|dice|afirmó|afirma|aseguró|asegura|señaló|señala|informó|informa|declaró|explicó|indicó|agregó|añadió|sostuvo|publicó|escribió|estimó|detalló|precisó|reveló|admitió|advirtió|anunció|reportó|confirmó';
const ACCORDING = /\b(?:according to|as reported by|citing)\s+((?:the\s+)?[^,.;:()“”"]{2,80})|(?:^|[^\p{L}])(?:según|de acuerdo con|conforme a)\s+((?:el\s+|la\s+|los\s+|las\s+)?[^,.;:()“”"]{2,80})/iu;
const VERB = new RegExp(`(?:^|[^\\p{L}])(${SPEECH_EN}|${SPEECH_ES}|read)(?![\\p{L}])`, 'giu');
/** Lower-case words that may sit inside a speaker's description ("a spokesperson for the Minister"). */
const SUBJECT_WORDS = new Set([
  'of', 'for', 'de', 'del', 'the', 'la', 'el', 'a', 'an', 'social', 'media', 'message', 'statement', 'spokesperson',
  'spokesman', 'spokeswoman', 'minister', 'ministry', 'official', 'officials', 'police', 'government', 'president',
  'vocero', 'portavoz', 'ministro', 'ministra', 'gobierno', 'policía', 'informe', 'report', 'data', 'datos', 'figures',
  'cifras', 'estadísticas', 'statistics', 'office', 'oficina', 'his', 'her', 'their', 'su', 'sus', 'officials',
  'authorities', 'experts', 'analysts', 'prosecutors', 'researchers', 'autoridades', 'funcionarios', 'expertos',
]);
/** Unnamed speakers that still attribute a claim ("officials said"). */
const ROLES = new Set(['officials', 'authorities', 'police', 'government', 'ministry', 'experts', 'analysts', 'prosecutors', 'researchers', 'autoridades', 'funcionarios', 'expertos', 'fiscales', 'policía', 'gobierno']);
const PRONOUN = /^(?:he|she|they|él|ella|ellos|ellas)$/i;

/** A claim of one block: figure indices are local to the block's figures. */
export interface BlockClaim extends Omit<Claim, 'figures'> {
  figures: number[];
}

/**
 * The claims of one block: one per sentence holding figures, with attribution ("he added"
 * takes the last named speaker of the block) and whether the figures sit in quoted speech.
 * `sentenceOf` gives each figure's sentence index within the block.
 */
export function blockClaims(block: ProseBlock, sentences: readonly Sentence[], figures: readonly { start: number; end: number }[], sentenceOf: (k: number) => number): BlockClaim[] {
  if (figures.length === 0) return [];
  const claims: BlockClaim[] = [];
  const textOf = (s: Sentence): string => block.masked.slice(s.start - block.start, s.end - block.start);
  const cache = new Map<number, Attribution | null>();
  const attributionAt = (k: number): Attribution | null => {
    if (!cache.has(k)) cache.set(k, attributionIn(textOf(sentences[k]!), sentences[k]!.start));
    return cache.get(k)!;
  };
  let quotes: Range[] | null = null;
  let f = 0;
  while (f < figures.length) {
    const s = sentenceOf(f);
    const own: number[] = [];
    while (f < figures.length && sentenceOf(f) === s) own.push(f++);
    const sentence = sentences[s]!;
    let attribution = attributionAt(s);
    if (attribution && PRONOUN.test(attribution.who)) {
      for (let k = s - 1; k >= 0 && k >= s - 4; k--) {
        const before = attributionAt(k);
        if (before && !PRONOUN.test(before.who)) {
          attribution = { ...attribution, who: before.who };
          break;
        }
      }
    }
    quotes ??= quoteRegions(block);
    const q = quotes;
    const quoted = own.some((k) => q.some((r) => figures[k]!.start >= r.start && figures[k]!.end <= r.end));
    claims.push({ start: sentence.start, end: sentence.end, figures: own, attribution: attribution ?? (quoted ? { who: '', how: 'quote', start: sentence.start, end: sentence.start } : null), quoted });
  }
  return claims;
}

/** Finds the attribution inside one sentence. */
export function attributionOf(text: string, sentence: Sentence): Attribution | null {
  return attributionIn(text.slice(sentence.start, sentence.end), sentence.start);
}

/** Finds the attribution inside a sentence's text, which starts at document offset `offset`. */
/** A cheap necessary condition for ACCORDING (its phrases, any case), so most sentences skip the regular expression. */
function mayAccord(s: string): boolean {
  const l = s.toLowerCase();
  return l.includes('according') || l.includes('reported') || l.includes('citing') || l.includes('según') || l.includes('acuerdo') || l.includes('conforme');
}

function attributionIn(s: string, offset: number): Attribution | null {
  const sentence = { start: offset };
  const according = mayAccord(s) ? ACCORDING.exec(s) : null;
  if (according) {
    const raw = (according[1] ?? according[2] ?? '').trim();
    const at = according.index + according[0].lastIndexOf(raw);
    const who = trimWho(raw);
    if (who) return { who, how: 'according-to', start: sentence.start + at, end: sentence.start + at + who.length };
  }
  VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VERB.exec(s)) !== null) {
    const verb = m[1]!;
    const verbAt = m.index + m[0].length - verb.length;
    if (verb.toLowerCase() === 'read' && !/(message|statement|post|tweet)\s*$/i.test(s.slice(0, verbAt))) continue;
    const before = subjectBefore(s, verbAt);
    const found = before ?? subjectAfter(s, verbAt + verb.length);
    if (found) return { who: found.who, how: 'said', start: sentence.start + found.at, end: sentence.start + found.at + found.who.length };
  }
  return null;
}

/** The speaker written before a speech verb: "Salvadoran Security Minister Gustavo Villatoro said". */
function subjectBefore(s: string, verbAt: number): { who: string; at: number } | null {
  const words: { w: string; at: number }[] = [];
  const re = /[^\s]+/g;
  const head = s.slice(Math.max(0, verbAt - 200), verbAt);
  const base = Math.max(0, verbAt - 200);
  for (const m of head.matchAll(re)) words.push({ w: m[0], at: base + m.index });
  const picked: { w: string; at: number }[] = [];
  for (let k = words.length - 1; k >= 0 && picked.length < 8; k--) {
    const { w, at } = words[k]!;
    if (picked.length === 0 && PRONOUN.test(w)) return { who: w, at };
    const bare = w.replace(/[’']s$/, '');
    if (/[,.;:”"»)]$/.test(w) && !/\p{Lu}\.$/u.test(w)) break;
    if (/^\p{Lu}/u.test(bare) || SUBJECT_WORDS.has(bare.toLowerCase())) picked.unshift({ w, at });
    else break;
  }
  while (picked.length && /^(of|for|de|del|the|la|el|his|her|their|su|sus)$/.test(picked[0]!.w)) picked.shift();
  if (!picked.some((p) => /^\p{Lu}/u.test(p.w) || ROLES.has(p.w.toLowerCase()))) return null;
  const who = trimWho(s.slice(picked[0]!.at, picked[picked.length - 1]!.at + picked[picked.length - 1]!.w.length));
  return who ? { who, at: picked[0]!.at } : null;
}

/** The speaker written after a speech verb: "…,” said Bullrich". */
function subjectAfter(s: string, from: number): { who: string; at: number } | null {
  const m = /^\s+((?:\p{Lu}[\p{L}’'.-]*)(?:\s+\p{Lu}[\p{L}’'.-]*){0,5})/u.exec(s.slice(from, from + 120));
  if (!m || !m[1]) return null;
  return { who: trimWho(m[1]), at: from + m[0].indexOf(m[1]) };
}

function trimWho(raw: string): string {
  const words = raw.trim().replace(/[.,;:!?”"’)]+$/, '').split(/\s+/).slice(0, 8);
  while (words.length > 0 && /^(the|a|an|el|la|los|las|de|of|in|on|for|that|which|who)$/i.test(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && /^(the|and|but|y|pero)$/i.test(words[0]!)) words.shift();
  return words.join(' ').replace(/[’']s$/, '');
}

/** Regions inside quotation marks in a block (curly pairs, straight quotes toggling, «»). */
export function quoteRegions(block: ProseBlock): Range[] {
  const out: Range[] = [];
  const s = block.masked;
  let open = -1;
  let straight = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“' || c === '«') {
      if (open < 0) open = i;
    } else if (c === '”' || c === '»') {
      if (open >= 0) {
        out.push({ start: block.start + open, end: block.start + i + 1 });
        open = -1;
      }
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        out.push({ start: block.start + straight, end: block.start + i + 1 });
        straight = -1;
      }
    }
  }
  return out;
}

/** The other figures of figure k's sentence (figures are in text order, so its neighbours). */
export function sentenceNeighbours(figures: readonly Figure[], k: number): Figure[] {
  const s = figures[k]!.sentence;
  const out: Figure[] = [];
  for (let i = k - 1; i >= 0 && figures[i]!.sentence === s; i--) out.push(figures[i]!);
  for (let i = k + 1; i < figures.length && figures[i]!.sentence === s; i++) out.push(figures[i]!);
  return out;
}
