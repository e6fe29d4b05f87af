/**
 * What news figures most often count, in English and Spanish words that mean the same thing
 * ("deaths", "dead", "killed", "muertos", "fallecidos", "víctimas mortales"). General language,
 * not any story's: it lets a draft that says "troops" meet a source that says "militares". A
 * frame whose head is one of these words is grouped by the concept, and its quantity's measure
 * cues include the concept's words in both languages.
 */
import type { Language } from '../model';
import { fold } from '../dataset/catalog';
import { cueOf, stem } from './words';

const CONCEPTS: Readonly<Record<string, { en: readonly string[]; es: readonly string[] }>> = {
  deaths: { en: ['deaths', 'dead', 'died', 'killed', 'fatalities', 'victims'], es: ['muertos', 'muertes', 'fallecidos', 'fallecieron', 'murieron', 'víctimas', 'mortales'] },
  injured: { en: ['injured', 'wounded', 'injuries'], es: ['heridos', 'lesionados'] },
  missing: { en: ['missing', 'disappeared'], es: ['desaparecidos'] },
  displaced: { en: ['displaced', 'evacuated', 'evacuees', 'homeless'], es: ['desplazados', 'evacuados', 'damnificados'] },
  arrests: { en: ['arrests', 'arrested', 'detained', 'detainees'], es: ['detenidos', 'detenciones', 'arrestos', 'capturados', 'capturas'] },
  homes: { en: ['homes', 'houses', 'dwellings', 'residential'], es: ['viviendas', 'casas', 'hogares'] },
  buildings: { en: ['buildings', 'structures'], es: ['edificios', 'estructuras', 'inmuebles'] },
  vehicles: { en: ['vehicles', 'cars'], es: ['vehículos', 'coches', 'automóviles', 'carros'] },
  soldiers: { en: ['soldiers', 'troops', 'military'], es: ['militares', 'soldados', 'efectivos'] },
  police: { en: ['police', 'officers', 'agents'], es: ['policías', 'agentes'] },
  towns: { en: ['municipalities', 'towns', 'localities'], es: ['municipios', 'localidades', 'pueblos'] },
  damage: { en: ['damage', 'damages', 'losses'], es: ['daños', 'pérdidas'] },
  claims: { en: ['claims', 'applications'], es: ['solicitudes', 'reclamaciones'] },
  calls: { en: ['calls'], es: ['llamadas'] },
  aid: { en: ['aid', 'relief'], es: ['ayudas', 'ayuda'] },
  visitors: { en: ['visitors', 'tourists', 'arrivals'], es: ['visitantes', 'turistas'] },
  inmates: { en: ['inmates', 'prisoners'], es: ['reos', 'presos', 'reclusos', 'internos'] },
  students: { en: ['students', 'pupils'], es: ['estudiantes', 'alumnos'] },
  workers: { en: ['workers', 'employees', 'jobs'], es: ['trabajadores', 'empleados', 'empleos'] },
  votes: { en: ['votes', 'voters'], es: ['votos', 'votantes', 'electores'] },
  cases: { en: ['infections', 'infected'], es: ['contagios', 'infectados'] },
  lawsuits: { en: ['lawsuits', 'suits'], es: ['demandas'] },
  sirens: { en: ['sirens'], es: ['sirenas'] },
  hectares: { en: ['hectares'], es: ['hectáreas'] },
  acres: { en: ['acres'], es: ['acres'] },
  litres: { en: ['litres', 'liters', 'rainfall'], es: ['litros', 'precipitación'] },
};

let byStem: Map<string, string> | null = null;

function index(): Map<string, string> {
  if (byStem) return byStem;
  byStem = new Map();
  for (const [id, words] of Object.entries(CONCEPTS)) {
    for (const lang of ['en', 'es'] as const) for (const w of words[lang]) byStem.set(`${lang}:${stem(fold(w), lang)}`, id);
  }
  return byStem;
}

/** The concept a stem of a language names, or null. */
export function conceptOf(stemmed: string, lang: Language): string | null {
  return index().get(`${lang}:${stemmed}`) ?? null;
}

/** A concept's words as measure cues, per language. */
export function conceptCues(id: string): { en: string[]; es: string[] } {
  const c = CONCEPTS[id]!;
  const of = (lang: Language, words: readonly string[]): string[] => words.map((w) => cueOf(fold(w), stem(fold(w), lang)));
  return { en: of('en', c.en), es: of('es', c.es) };
}
