// A synthetic dataset for the matching benchmark: many sources, quantities and claims whose
// cues mix invented words with the everyday words of crime reporting ("prison", "homicide
// rate", "cárcel"), so the cue index is stressed as a large real dataset would stress it.
// Deterministic (seeded PRNG). Returns dataset files of a few MB each (a file may hold 5 MiB).

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON_EN = ['prison', 'inmates', 'homicide rate', 'arrests', 'detainees', 'budget', 'police', 'gang members', 'murders', 'soldiers', 'capacity', 'population'];
const COMMON_ES = ['cárcel', 'reos', 'tasa de homicidios', 'detenidos', 'presupuesto', 'policías', 'pandilleros', 'asesinatos', 'soldados', 'capacidad', 'población'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'pel', 'qui', 'zan', 'dro', 'fen', 'gul', 'hob', 'jin', 'nex'];
const KINDS = [
  ['count', 'people'],
  ['percent', 'percent'],
  ['rate', 'per_100k'],
  ['money', 'USD'],
  ['duration', 'years'],
];

/**
 * @param {{ claims: number, perQuantity?: number, seed?: number }} o
 * @returns {{ name: string, text: string }[]} dataset files
 */
export function generateDataset({ claims, perQuantity = 5, seed = 0xda7a }) {
  const rnd = prng(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const word = () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join('');
  const nQuantities = Math.ceil(claims / perQuantity);
  const nSources = Math.max(1, Math.ceil(nQuantities / 20));
  const sources = Array.from({ length: nSources }, (_, i) => ({
    id: `synthetic-${i}`,
    publisher: `Synthetic Press ${i}`,
    author: null,
    title: `Synthetic article ${i}`,
    published: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    url: null,
    kind: 'news',
    language: i % 2 ? 'es' : 'en',
    attribution: { how: 'stated', note: 'Generated for the benchmark.' },
  }));
  const quantities = [];
  const out = [];
  for (let q = 0; q < nQuantities; q++) {
    const [kind, unit] = pick(KINDS);
    const place = word();
    const id = `syn${q}.${word()}`;
    quantities.push({
      id,
      label: `${place} ${kind}`,
      description: `A generated ${kind} about ${place}.`,
      subject: place,
      kind,
      unit,
      time: 'point',
      cues: {
        subject: { en: [place, `${place} ${pick(COMMON_EN)}`], es: [place] },
        measure: { en: [pick(COMMON_EN), `${word()}*`], es: [pick(COMMON_ES)] },
      },
    });
    for (let c = 0; c < perQuantity && out.length < claims; c++) {
      const value = kind === 'percent' ? Math.round(rnd() * 1000) / 10 : kind === 'rate' ? Math.round(rnd() * 900) / 10 : kind === 'duration' ? 1 + Math.floor(rnd() * 30) : Math.round(rnd() * 100000);
      const asWritten = kind === 'percent' ? `${value}%` : kind === 'rate' ? `${value} per 100,000` : kind === 'money' ? `$${value}` : kind === 'duration' ? `${value} years` : String(value);
      const src = sources[(q * perQuantity + c) % nSources];
      out.push({
        id: `syn-${q}-${c}`,
        quantity: id,
        source: src.id,
        value,
        hedge: 'exact',
        asWritten,
        time: src.published,
        quote: `The ${place} ${kind} was ${asWritten}.`,
      });
    }
  }
  const files = [{ name: 'synthetic-sources.json', text: JSON.stringify({ version: 1, sources }) }];
  const chunk = 4000; // quantities per file, with their claims: about 4 MB
  for (let i = 0; i < quantities.length; i += chunk) {
    const qs = quantities.slice(i, i + chunk);
    const ids = new Set(qs.map((q) => q.id));
    files.push({ name: `synthetic-${files.length}.json`, text: JSON.stringify({ version: 1, quantities: qs, claims: out.filter((c) => ids.has(c.quantity)) }) });
  }
  return files;
}
