// Synthetic Markdown news archive for the benchmark: English and Spanish articles about
// prisons, homicide rates, arrests and budgets, with figures in many written forms.
// Deterministic for a given seed; sentences come from templates with random slots so no
// two paragraphs repeat and caching on exact text cannot flatter any tool.

/** A seeded PRNG (mulberry32) with the helpers the generator needs. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// ---------------------------------------------------------------- vocabulary

const PLACES = ['El Salvador', 'Honduras', 'Guatemala', 'Mexico', 'Colombia', 'Ecuador', 'Costa Rica', 'Panama', 'Jamaica', 'Nicaragua', 'the Dominican Republic', 'San Salvador', 'Tegucigalpa', 'San Pedro Sula', 'Guayaquil', 'Tecoluca', 'Soyapango', 'Santa Ana', 'Quetzaltenango', 'Apopa'];
const LUGARES = ['El Salvador', 'Honduras', 'Guatemala', 'México', 'Colombia', 'Ecuador', 'Costa Rica', 'Panamá', 'Nicaragua', 'República Dominicana', 'San Salvador', 'Tegucigalpa', 'San Pedro Sula', 'Guayaquil', 'Tecoluca', 'Soyapango', 'Santa Ana', 'Ilopango', 'Mejicanos', 'Zacatecoluca'];
const INSTITUTIONS = ['the Ministry of Justice and Public Security', 'the National Civil Police', "the Attorney General's Office", 'the prison directorate', 'the Legislative Assembly', 'the Finance Ministry', 'the Inter-American Commission on Human Rights', 'the UN Office on Drugs and Crime', 'the Supreme Court', 'the national statistics office', 'the Forensic Medicine Institute', 'the Human Rights Ombudsman', 'a coalition of local rights groups', 'the Central Reserve Bank', 'the Public Defender’s Office'];
const INSTITUCIONES = ['el Ministerio de Justicia y Seguridad Pública', 'la Policía Nacional Civil', 'la Fiscalía General de la República', 'la Dirección General de Centros Penales', 'la Asamblea Legislativa', 'el Ministerio de Hacienda', 'la Comisión Interamericana de Derechos Humanos', 'la Oficina de las Naciones Unidas contra la Droga y el Delito', 'la Corte Suprema de Justicia', 'el Instituto de Medicina Legal', 'la Procuraduría para la Defensa de los Derechos Humanos', 'el Banco Central de Reserva', 'un colectivo de organizaciones sociales', 'la Defensoría Pública', 'el Instituto Nacional de Estadística'];
const GANGS = ['MS-13', 'Barrio 18', 'the Revolucionarios wing of Barrio 18', 'the Sureños faction', 'Mara Salvatrucha', 'the 18th Street gang'];
const PANDILLAS = ['la MS-13', 'el Barrio 18', 'la facción Revolucionarios del Barrio 18', 'los Sureños', 'la Mara Salvatrucha', 'la pandilla rival'];
const FIRST = ['Ana Lucía', 'Marcos', 'Jimena', 'Rodrigo', 'Beatriz', 'Óscar', 'Carmen', 'Esteban', 'Daniela', 'Héctor', 'Rosa', 'Tomás', 'Lidia', 'Fernando', 'Paula', 'Julián', 'Iris', 'Mauricio', 'Gabriela', 'René'];
const LAST = ['Méndez', 'Argueta', 'Quintanilla', 'Portillo', 'Villalobos', 'Cañas', 'Hernández', 'Orellana', 'Zelaya', 'Funes', 'Ramírez', 'Alvarado', 'Escobar', 'Pineda', 'Guardado', 'Mejía', 'Castaneda', 'Rivas', 'Molina', 'Serrano'];
const ROLES = ['a criminologist at a university in the capital', 'a former prison director', 'a defense lawyer who represents detainees', 'a researcher who tracks violent deaths', 'an economist who studies public budgets', 'a spokesperson for the police', 'the deputy minister of security', 'a mother whose son was detained', 'a human rights investigator', 'an opposition lawmaker'];
const ROLES_ES = ['criminóloga de una universidad de la capital', 'exdirector de Centros Penales', 'abogado defensor de detenidos', 'investigadora que documenta muertes violentas', 'economista especializado en presupuestos públicos', 'portavoz de la Policía', 'viceministro de Seguridad', 'madre de un joven detenido', 'investigadora de derechos humanos', 'diputada de la oposición'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const DOMAINS = ['data.justice-observatory.org', 'www.prison-census.example.net', 'transparencia.gob.example', 'stats.security-monitor.org', 'www.budget-tracker.example.com', 'informes.observatorio-violencia.example'];
const SUBJECTS = ['detainees', 'inmates', 'prisoners', 'people', 'suspected gang members', 'young men', 'women', 'minors', 'police officers', 'soldiers'];
const SUJETOS = ['detenidos', 'reos', 'privados de libertad', 'personas', 'presuntos pandilleros', 'jóvenes', 'mujeres', 'menores de edad', 'agentes', 'soldados'];
const FACILITIES = ['the mega-prison', 'the new maximum-security prison', 'the women’s prison in Ilopango', 'the Izalco prison', 'the Mariona prison', 'the detention center in Tecoluca', 'a juvenile facility', 'the old penitentiary in Santa Ana'];
const CENTROS = ['la megacárcel', 'el nuevo penal de máxima seguridad', 'la cárcel de mujeres de Ilopango', 'el penal de Izalco', 'la cárcel de Mariona', 'el centro de detención de Tecoluca', 'un centro de menores', 'la vieja penitenciaría de Santa Ana'];

const ONES_EN = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_EN = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES_ES = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const TENS_ES = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];

// ---------------------------------------------------------------- figures

/** Groups digits with a separator: 40000 -> "40,000" or "40.000". */
function group(n, sep) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Number words below 100 in English ("sixty-two") or Spanish ("treinta y cuatro"). */
function words(n, lang) {
  if (lang === 'en') {
    if (n < 20) return ONES_EN[n];
    return TENS_EN[Math.floor(n / 10)] + (n % 10 ? '-' + ONES_EN[n % 10] : '');
  }
  if (n < 30) return ONES_ES[n];
  return TENS_ES[Math.floor(n / 10)] + (n % 10 ? ' y ' + ONES_ES[n % 10] : '');
}

/** Figure writers: each takes the PRNG and returns one phrase. */
function figures(r) {
  const bigEn = () => group(r.pick([r.int(1000, 9999), r.int(10, 99) * 1000, r.int(100, 999) * 100, r.int(1000, 120000)]), ',');
  const bigEs = () => group(r.pick([r.int(1000, 9999), r.int(10, 99) * 1000, r.int(100, 999) * 100, r.int(1000, 120000)]), r.chance(0.15) ? ' ' : '.');
  const dec = (lo, hi, sep) => `${r.int(lo, hi)}${sep}${r.int(1, 9)}`;
  const year = () => r.int(2012, 2025);
  return {
    bigEn,
    bigEs,
    countEn: () => r.pick([
      () => bigEn(),
      () => `${r.pick(['nearly', 'about', 'more than', 'at least', 'roughly', 'almost', 'fewer than', 'over', 'some'])} ${bigEn()}`,
      () => words(r.int(2, 99), 'en'),
      () => `${r.int(2, 950)}`,
      () => `${r.pick(['nearly', 'about', 'some'])} ${r.int(2, 90)},000`,
    ])(),
    countEs: () => r.pick([
      () => bigEs(),
      () => `${r.pick(['casi', 'unos', 'unas', 'más de', 'al menos', 'cerca de', 'alrededor de', 'menos de'])} ${bigEs()}`,
      () => `${r.pick(['unos', 'unas', 'más de', 'casi'])} ${r.int(2, 90)} mil`,
      () => `${words(r.int(2, 9), 'es')} mil`,
      () => `${r.pick(['cuarenta', 'treinta', 'veinte', 'cincuenta', 'sesenta'])} mil`,
      () => words(r.int(2, 99), 'es'),
      () => `${r.int(2, 950)}`,
    ])(),
    rateEn: () => r.pick([
      () => `${dec(1, 60, '.')} per 100,000 people`,
      () => `${dec(1, 60, '.')} homicides per 100,000 residents`,
      () => `${r.int(2, 110)} per 100,000 inhabitants`,
      () => `${dec(1, 9, '.')} killings for every 100,000 people`,
    ])(),
    rateEs: () => r.pick([
      () => `${dec(1, 60, ',')} por cada 100.000 habitantes`,
      () => `${dec(1, 60, ',')} homicidios por cada 100 000 habitantes`,
      () => `${r.int(2, 110)} por cada cien mil habitantes`,
      () => `${dec(1, 9, ',')} muertes violentas por cada 100.000 personas`,
    ])(),
    moneyEn: () => r.pick([
      () => `$${r.int(2, 950)} million`,
      () => `$${dec(1, 9, '.')} billion`,
      () => `US$${r.int(2, 400)} million`,
      () => `$${group(r.int(10, 990) * 1000, ',')}`,
      () => `${r.int(5, 90)} million dollars`,
      () => `$${dec(10, 99, '.')} million`,
    ])(),
    moneyEs: () => r.pick([
      () => `US$${r.int(2, 950)} millones`,
      () => `$${r.int(2, 400)} millones`,
      () => `${r.int(5, 900)} millones de dólares`,
      () => `${dec(1, 9, ',')} millones de dólares`,
      () => `US$${group(r.int(10, 990) * 1000, '.')}`,
      () => `${r.pick(['mil', 'dos mil', 'tres mil'])} millones de dólares`,
    ])(),
    pctEn: () => r.pick([
      () => `${r.int(1, 99)} percent`,
      () => `${dec(1, 99, '.')}%`,
      () => { const a = r.int(10, 80); return `between ${a} and ${a + r.int(2, 15)} percent`; },
      () => `${r.int(1, 99)}%`,
      () => `${words(r.int(2, 99), 'en')} percent`,
    ])(),
    pctEs: () => r.pick([
      () => `el ${r.int(1, 99)} %`,
      () => `un ${dec(1, 99, ',')}%`,
      () => { const a = r.int(10, 80); return `entre el ${a} y el ${a + r.int(2, 15)} por ciento`; },
      () => `el ${r.int(1, 99)} por ciento`,
      () => `un ${r.int(1, 99)}%`,
    ])(),
    dateEn: () => r.pick([
      () => { const m = r.int(0, 11); return `${MONTHS_ABBR[m]} ${r.int(1, 28)}, ${year()}`; },
      () => `${MONTHS[r.int(0, 11)]} ${year()}`,
      () => `${MONTHS[r.int(0, 11)]} ${r.int(1, 28)}`,
      () => `in ${year()}`,
      () => `since ${year()}`,
      () => `last ${r.pick(['year', 'month', 'week', 'spring', 'December'])}`,
      () => { const a = r.int(2012, 2022); return `between ${a} and ${a + r.int(1, 3)}`; },
    ])(),
    dateEs: () => r.pick([
      () => `el ${r.int(1, 28)} de ${MESES[r.int(0, 11)]} de ${year()}`,
      () => `en ${MESES[r.int(0, 11)]} de ${year()}`,
      () => `el ${r.int(1, 28)} de ${MESES[r.int(0, 11)]}`,
      () => `en ${year()}`,
      () => `desde ${year()}`,
      () => `el año pasado`,
      () => { const a = r.int(2012, 2022); return `entre ${a} y ${a + r.int(1, 3)}`; },
    ])(),
    year,
    timesEn: () => r.pick([`${r.int(2, 40)} times`, `${words(r.int(2, 9), 'en')} times`, 'twice', 'double', 'half']),
    timesEs: () => r.pick([`${r.int(2, 40)} veces`, `${words(r.int(2, 9), 'es')} veces`, 'el doble', 'la mitad', 'el triple']),
    durEn: () => r.pick([`${r.int(2, 96)} hours`, `${r.int(2, 60)} days`, `${words(r.int(2, 30), 'en')} years`, `${r.int(2, 18)} months`, 'a decade']),
    durEs: () => r.pick([`${r.int(2, 96)} horas`, `${r.int(2, 60)} días`, `${words(r.int(2, 29), 'es')} años`, `${r.int(2, 18)} meses`, 'una década']),
    ordEn: () => r.pick(['first', 'second', 'third', 'fifth', '10th', '21st']),
    ordEsF: () => r.pick(['primera', 'segunda', 'tercera', 'quinta', 'décima', '10.ª']),
  };
}

// ---------------------------------------------------------------- sentences

function person(r, lang) {
  const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  return lang === 'en' ? `${name}, ${r.pick(ROLES)},` : `${name}, ${r.pick(ROLES_ES)},`;
}

function url(r) {
  return `https://${r.pick(DOMAINS)}/${r.pick(['reports', 'datos', 'budget', 'informes', 'series'])}/${r.int(2015, 2025)}/${r.pick(['prison-census', 'homicidios', 'arrests', 'presupuesto', 'detenciones'])}-${r.int(100, 99999)}`;
}

/** Wraps a phrase in emphasis, a link or inline code now and then. */
function decorate(r, s) {
  const x = r.next();
  if (x < 0.05) return `*${s}*`;
  if (x < 0.08) return `**${s}**`;
  if (x < 0.11) return `[${s}](${url(r)})`;
  return s;
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** Lower-cases a sentence's first word unless it is a name. */
const uncap = (s) => (/^(The|Lawmakers|Detainees|Police|Of|At|It|Officials|Prosecutors|Researchers|Families|Analysts|Overcrowding|Prison|Nobody|La|Las|Los|El|Al|De|Es|Con|Nadie|In|Since|Last|Between|En|Desde|Entre)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

function sentenceEn(r, f) {
  const d = (s) => decorate(r, s);
  const inst = () => r.pick(INSTITUTIONS);
  const t = r.pick([
    () => `${cap(inst())} said ${d(f.countEn())} ${r.pick(SUBJECTS)} had been arrested ${f.dateEn()} under the state of exception.`,
    () => `The homicide rate fell to ${d(f.rateEn())} ${f.dateEn()}, according to ${inst()}.`,
    () => `${person(r, 'en')} said ${r.pick(FACILITIES)} now holds ${f.countEn()} ${r.pick(SUBJECTS)}, ${f.timesEn()} what it was built for.`,
    () => `${cap(f.dateEn())}, ${r.pick(PLACES)} recorded ${f.countEn()} homicides, or ${f.rateEn()}.`,
    () => `Lawmakers approved ${d(f.moneyEn())} for prison construction ${f.dateEn()}, ${f.pctEn()} more than the year before.`,
    () => `Detainees can be held for ${f.durEn()} before seeing a judge, up from ${f.durEn()} under the old rules.`,
    () => `Police attributed ${f.pctEn()} of the killings to ${r.pick(GANGS)} and ${r.pick(GANGS)}.`,
    () => `The budget for ${r.pick(['prisons', 'the police', 'the armed forces', 'the courts'])} reached ${f.moneyEn()} in ${f.year()}, while spending on ${r.pick(['health', 'schools', 'rehabilitation programs', 'forensic services'])} was cut by ${f.pctEn()}.`,
    () => `At least ${f.bigEn()} ${r.pick(SUBJECTS)} have died in custody ${f.dateEn()}, according to ${inst()}.`,
    () => `Of the ${f.countEn()} people detained, ${f.countEn()} were later released for lack of evidence.`,
    () => `The data, published at ${url(r)}, show ${f.countEn()} arrests in ${r.pick(PLACES)} alone.`,
    () => `${cap(r.pick(['officials', 'prosecutors', 'researchers', 'families', 'analysts']))} in ${r.pick(PLACES)} cite a rate of ${f.rateEn()}, the lowest since ${f.year()}.`,
    () => `It was the ${f.ordEn()} time in ${f.durEn()} that ${inst()} revised its figures.`,
    () => `The government says it has spent ${f.moneyEn()} on ${r.pick(FACILITIES)}, which covers ${r.int(20, 400)} acres and has ${r.int(8, 40)} cell blocks.`,
    () => `${cap(r.pick(GANGS))} once counted ${f.countEn()} members across ${r.int(2, 14)} departments, ${r.pick(['investigators', 'prosecutors', 'analysts'])} estimate.`,
    () => `${cap(f.pctEn())} of those held have no criminal record, ${r.pick(['a survey', 'a report', 'an audit'])} by ${inst()} found.`,
    () => `${person(r, 'en')} called the figure of ${f.countEn()} "${r.pick(['impossible to verify', 'a political number', 'conservative', 'roughly right'])}."`,
    () => `Overcrowding stood at ${f.pctEn()} ${f.dateEn()}, with ${f.countEn()} beds for ${f.countEn()} inmates.`,
    () => `${cap(f.dateEn())}, the Legislative Assembly extended the emergency measures for the ${f.ordEn()} time, by a vote of ${r.int(56, 84)} to ${r.int(0, 20)}.`,
    () => `Prison food costs ${f.moneyEn()} a year, or about $${r.int(1, 9)}.${r.int(10, 99)} per inmate per day.`,
    () => `The country's population of ${dec1(r)} million makes each death weigh heavily in the rate.`,
    () => `Nobody we spoke to could say where the remaining ${f.countEn()} cases stand.`,
    () => `${cap(r.pick(['hundreds of', 'thousands of', 'dozens of', 'tens of thousands of']))} ${r.pick(SUBJECTS)} remain in pretrial detention, ${inst()} said.`,
  ]);
  let s = t();
  if (r.chance(0.12)) s = `${r.pick(['Meanwhile, ', 'Still, ', 'By contrast, ', 'Even so, ', 'In practice, '])}${uncap(s)}`;
  if (r.chance(0.1)) s = s.replace(/\.$/, `, ${r.pick(['a figure disputed by rights groups', `up from ${f.countEn()} a year earlier`, `down from ${f.rateEn()} in ${f.year()}`, 'officials said'])}.`);
  return s;
}

function dec1(r) {
  return `${r.int(3, 20)}.${r.int(1, 9)}`;
}

function sentenceEs(r, f) {
  const d = (s) => decorate(r, s);
  const inst = () => r.pick(INSTITUCIONES);
  const t = r.pick([
    () => `${cap(inst())} informó de que ${d(f.countEs())} ${r.pick(SUJETOS)} fueron detenidos ${f.dateEs()} bajo el régimen de excepción.`,
    () => `La tasa de homicidios bajó a ${d(f.rateEs())} ${f.dateEs()}, según ${inst()}.`,
    () => `${person(r, 'es')} aseguró que ${r.pick(CENTROS)} alberga ya a ${f.countEs()} ${r.pick(SUJETOS)}, ${f.timesEs()} de su capacidad original.`,
    () => `${cap(f.dateEs())}, ${r.pick(LUGARES)} registró ${f.countEs()} homicidios, es decir, ${f.rateEs()}.`,
    () => `Los diputados aprobaron ${d(f.moneyEs())} para construir cárceles ${f.dateEs()}, ${f.pctEs()} más que el año anterior.`,
    () => `Los detenidos pueden pasar ${f.durEs()} sin ver a un juez, frente a las ${r.int(24, 72)} horas que fijaba la ley anterior.`,
    () => `La Policía atribuyó ${f.pctEs()} de los asesinatos a ${r.pick(PANDILLAS)}.`,
    () => `El presupuesto de ${r.pick(['Centros Penales', 'la Policía', 'la Fuerza Armada', 'los tribunales'])} alcanzó ${f.moneyEs()} en ${f.year()}, mientras que el gasto en ${r.pick(['salud', 'educación', 'programas de reinserción', 'medicina forense'])} cayó ${f.pctEs()}.`,
    () => `Al menos ${f.bigEs()} ${r.pick(SUJETOS)} han muerto bajo custodia del Estado ${f.dateEs()}, de acuerdo con ${inst()}.`,
    () => `De las ${f.countEs()} personas capturadas, ${f.countEs()} quedaron en libertad por falta de pruebas.`,
    () => `Los datos, publicados en ${url(r)}, muestran ${f.countEs()} capturas solo en ${r.pick(LUGARES)}.`,
    () => `${cap(r.pick(['los fiscales', 'las familias', 'los analistas', 'los investigadores']))} de ${r.pick(LUGARES)} citan una tasa de ${f.rateEs()}, la más baja desde ${f.year()}.`,
    () => `Es la ${f.ordEsF()} vez en ${f.durEs()} que ${inst()} corrige sus cifras.`,
    () => `El Gobierno asegura haber invertido ${f.moneyEs()} en ${r.pick(CENTROS)}, que ocupa ${r.int(20, 400)} manzanas y tiene ${r.int(8, 40)} pabellones.`,
    () => `${cap(r.pick(PANDILLAS))} llegó a tener ${f.countEs()} miembros en ${r.int(2, 14)} departamentos, según estimaciones ${r.pick(['policiales', 'fiscales', 'académicas'])}.`,
    () => `${person(r, 'es')} calificó la cifra de ${f.countEs()} de "${r.pick(['imposible de verificar', 'un número político', 'conservadora', 'aproximadamente correcta'])}".`,
    () => `El hacinamiento llegó al ${r.int(100, 400)} % ${f.dateEs()}, con ${f.countEs()} camas para ${f.countEs()} reos.`,
    () => `${cap(f.dateEs())}, la Asamblea prorrogó el régimen por ${f.ordEsF()} vez con ${r.int(56, 84)} votos a favor y ${r.int(0, 20)} en contra.`,
    () => `La alimentación de los reos cuesta ${f.moneyEs()} al año, unos ${r.int(1, 9)},${r.int(10, 99)} dólares por persona y día.`,
    () => `Con ${r.int(3, 20)},${r.int(1, 9)} millones de habitantes, cada muerte pesa mucho en la tasa.`,
    () => `Nadie supo explicar en qué punto están los ${f.countEs()} expedientes restantes.`,
    () => `${cap(r.pick(['cientos de', 'miles de', 'decenas de', 'decenas de miles de']))} ${r.pick(SUJETOS)} siguen en detención provisional, según ${inst()}.`,
  ]);
  let s = t();
  if (r.chance(0.12)) s = `${r.pick(['Mientras tanto, ', 'Aun así, ', 'En cambio, ', 'Sin embargo, ', 'En la práctica, '])}${uncap(s)}`;
  if (r.chance(0.1)) s = s.replace(/\.$/, `, ${r.pick(['una cifra que cuestionan las organizaciones sociales', `frente a ${f.countEs()} un año antes`, `por debajo de ${f.rateEs()} en ${f.year()}`, 'según fuentes oficiales'])}.`);
  return s;
}

// ---------------------------------------------------------------- blocks

/** Sentences without figures: the narrative that carries most of a real article. */
function narrativeEn(r) {
  const who = () => `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const t = r.pick([
    () => `${who()}, ${r.pick(ROLES)}, said the government had never explained how detainees are chosen.`,
    () => `Families wait outside ${r.pick(FACILITIES)} for news that rarely comes, and many say they have not seen their relatives since the arrests began.`,
    () => `Critics argue that ${r.pick(INSTITUTIONS)} has stopped publishing the data it once released every month.`,
    () => `In ${r.pick(PLACES)}, shopkeepers who once paid extortion to ${r.pick(GANGS)} now keep their doors open after dark.`,
    () => `The president has dismissed such concerns as the complaints of people who never lived under gang rule.`,
    () => `Human rights groups have documented beatings, overcrowded cells and a lack of medical care, claims the authorities deny.`,
    () => `Supporters of the policy say the streets of ${r.pick(PLACES)} are safer than they have been in a generation.`,
    () => `Officials from ${r.pick(PLACES)} have visited ${r.pick(FACILITIES)} to study the model, and several have promised to copy it.`,
    () => `Lawyers say their clients are often held without charge and cannot speak with anyone outside.`,
    () => `Nobody at ${r.pick(INSTITUTIONS)} answered our questions about the latest transfers.`,
    () => `The measures were meant to be temporary, but the Legislative Assembly keeps renewing them without debate.`,
    () => `${who()}, ${r.pick(ROLES)}, described the arrests as arbitrary and said evidence was rarely presented.`,
    () => `For many residents of ${r.pick(PLACES)}, the change is visible in the empty corners where lookouts used to stand.`,
    () => `Independent journalists who report on the prisons say they have been followed and threatened.`,
    () => `It is not clear how the government intends to pay for the new facilities, or for how long.`,
    () => `The debate has spread beyond Central America, with candidates across the region promising tougher policing.`,
  ]);
  return t();
}

function narrativeEs(r) {
  const who = () => `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const t = r.pick([
    () => `${who()}, ${r.pick(ROLES_ES)}, afirmó que el Gobierno nunca explicó cómo se elige a los detenidos.`,
    () => `Las familias esperan frente a ${r.pick(CENTROS)} noticias que casi nunca llegan, y muchas no han vuelto a ver a sus parientes.`,
    () => `Los críticos sostienen que ${r.pick(INSTITUCIONES)} dejó de publicar los datos que antes difundía cada mes.`,
    () => `En ${r.pick(LUGARES)}, los comerciantes que antes pagaban extorsión a ${r.pick(PANDILLAS)} ya abren sus negocios de noche.`,
    () => `El presidente ha descartado esas críticas como quejas de quienes nunca vivieron bajo el dominio de las pandillas.`,
    () => `Las organizaciones de derechos humanos han documentado golpizas, celdas hacinadas y falta de atención médica, algo que las autoridades niegan.`,
    () => `Quienes apoyan la política dicen que las calles de ${r.pick(LUGARES)} son hoy más seguras que nunca.`,
    () => `Funcionarios de ${r.pick(LUGARES)} han visitado ${r.pick(CENTROS)} para estudiar el modelo y varios prometieron copiarlo.`,
    () => `Los abogados aseguran que sus clientes siguen presos sin cargos y sin poder hablar con nadie de fuera.`,
    () => `Nadie en ${r.pick(INSTITUCIONES)} respondió a nuestras preguntas sobre los últimos traslados.`,
    () => `Las medidas iban a ser temporales, pero la Asamblea Legislativa las sigue renovando sin debate.`,
    () => `${who()}, ${r.pick(ROLES_ES)}, calificó las capturas de arbitrarias y dijo que rara vez se presentan pruebas.`,
    () => `Para muchos vecinos de ${r.pick(LUGARES)}, el cambio se nota en las esquinas vacías donde antes vigilaban los pandilleros.`,
    () => `Los periodistas independientes que cubren las cárceles dicen haber sido seguidos y amenazados.`,
    () => `No está claro cómo piensa pagar el Gobierno las nuevas instalaciones, ni por cuánto tiempo.`,
    () => `El debate ya desbordó Centroamérica, y candidatos de toda la región prometen mano dura.`,
  ]);
  return t();
}

/** Share of prose sentences without figures; 0 gives the dense archive (every sentence carries figures). */
let narrativeShare = 0;

/**
 * The narrative share that gives the figure density of the five seed articles (27,255
 * characters, 70 hand-annotated figures: one per ~390 characters); measured on the 1 MiB
 * input with Crosscheck's own count, 386 characters per figure.
 */
export const NEWS_NARRATIVE = 0.96;

function paragraph(r, f, lang, n) {
  const out = [];
  for (let k = 0; k < n; k++) {
    if (narrativeShare > 0 && r.chance(narrativeShare)) out.push(lang === 'en' ? narrativeEn(r) : narrativeEs(r));
    else out.push(lang === 'en' ? sentenceEn(r, f) : sentenceEs(r, f));
  }
  return out.join(' ');
}

function heading(r, f, lang, level) {
  const en = [
    () => `${cap(f.countEn())} arrests in ${r.int(2, 36)} months`,
    () => `Inside ${r.pick(FACILITIES)}`,
    () => `The budget: ${f.moneyEn()} and counting`,
    () => `What the homicide numbers for ${f.year()} say`,
    () => `${r.pick(PLACES)} after ${f.durEn()} of emergency rule`,
  ];
  const es = [
    () => `${cap(f.countEs())} capturas en ${r.int(2, 36)} meses`,
    () => `Dentro de ${r.pick(CENTROS)}`,
    () => `El presupuesto: ${f.moneyEs()} y contando`,
    () => `Lo que dicen las cifras de homicidios de ${f.year()}`,
    () => `${r.pick(LUGARES)} tras ${f.durEs()} de régimen de excepción`,
  ];
  return `${'#'.repeat(level)} ${r.pick(lang === 'en' ? en : es)()}`;
}

function list(r, f, lang) {
  const ordered = r.chance(0.3);
  const n = r.int(3, 6);
  const items = [];
  for (let k = 0; k < n; k++) {
    const item = r.chance(0.5)
      ? paragraph(r, f, lang, 1)
      : lang === 'en'
        ? `${r.pick(['Arrests', 'Homicides', 'Releases', 'Deaths in custody', 'Prison budget', 'Capacity'])}: ${r.pick([f.countEn, f.moneyEn, f.pctEn, f.rateEn])()} (${f.year()})`
        : `${r.pick(['Capturas', 'Homicidios', 'Liberaciones', 'Muertes bajo custodia', 'Presupuesto penitenciario', 'Capacidad'])}: ${r.pick([f.countEs, f.moneyEs, f.pctEs, f.rateEs])()} (${f.year()})`;
    items.push(`${ordered ? `${k + 1}.` : r.pick(['-', '*'])} ${item}`);
  }
  return items.join('\n');
}

function quote(r, f, lang) {
  const body = paragraph(r, f, lang, r.int(1, 3));
  const who = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  return `> ${body}\n>\n> — ${who}`;
}

function table(r, f, lang) {
  const head = lang === 'en'
    ? '| Year | Homicides | Rate per 100,000 | Prison population | Budget |'
    : '| Año | Homicidios | Tasa por cada 100.000 | Población penitenciaria | Presupuesto |';
  const rows = [head, '|---:|---:|---:|---:|---:|'];
  const start = r.int(2012, 2018);
  const sep = lang === 'en' ? ',' : '.';
  const dsep = lang === 'en' ? '.' : ',';
  for (let y = start; y < start + r.int(4, 8); y++) {
    const money = lang === 'en' ? `$${r.int(20, 400)} million` : `US$${r.int(20, 400)} millones`;
    rows.push(`| ${y} | ${group(r.int(100, 6500), sep)} | ${r.int(1, 105)}${dsep}${r.int(0, 9)} | ${group(r.int(20000, 110000), sep)} | ${money} |`);
  }
  return rows.join('\n');
}

function codeFence(r, f) {
  const y = f.year();
  return r.pick([
    () => '```json\n' + JSON.stringify({ year: y, homicides: r.int(100, 6000), rate: +(r.int(10, 600) / 10).toFixed(1), detained: r.int(1000, 80000), source: url(r) }, null, 2) + '\n```',
    () => '```csv\nyear,arrests,released\n' + Array.from({ length: r.int(3, 6) }, (_, k) => `${y + k},${r.int(1000, 30000)},${r.int(100, 9000)}`).join('\n') + '\n```',
    () => '```\n$ curl -s ' + url(r) + '.csv | head -n ' + r.int(5, 50) + '\n```',
  ])();
}

function frontMatter(r, f) {
  return `---\ntitle: "Prisons, arrests and budgets: a ${f.year()} archive"\ndate: ${r.int(2023, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}\ntags: [prisons, homicides, budgets]\n---`;
}

/** One article: title, dateline paragraph, sections of paragraphs with lists, quotes and the odd table or fence. */
function article(r, f) {
  const lang = r.chance(0.55) ? 'en' : 'es';
  const other = lang === 'en' ? 'es' : 'en';
  const blocks = [heading(r, f, lang, 1)];
  const city = r.pick(lang === 'en' ? PLACES : LUGARES).toUpperCase();
  const byline = lang === 'en'
    ? `*By ${r.pick(FIRST)} ${r.pick(LAST)}* · ${MONTHS_ABBR[r.int(0, 11)]} ${r.int(1, 28)}, ${f.year()}`
    : `*Por ${r.pick(FIRST)} ${r.pick(LAST)}* · ${r.int(1, 28)} de ${MESES[r.int(0, 11)]} de ${f.year()}`;
  blocks.push(byline);
  blocks.push(`${city} — ${paragraph(r, f, lang, r.int(2, 4))}`);
  const sections = r.int(2, 5);
  for (let s = 0; s < sections; s++) {
    blocks.push(heading(r, f, lang, r.chance(0.8) ? 2 : 3));
    const n = r.int(3, 8);
    for (let k = 0; k < n; k++) {
      const x = r.next();
      // News articles are mostly paragraphs; the dense archive has more lists and tables.
      const [p, l, q, t, c] = narrativeShare > 0 ? [0.8, 0.87, 0.95, 0.96, 0.98] : [0.62, 0.77, 0.89, 0.94, 0.97];
      if (x < p) blocks.push(paragraph(r, f, r.chance(0.12) ? other : lang, r.int(2, 6)));
      else if (x < l) blocks.push(list(r, f, lang));
      else if (x < q) blocks.push(quote(r, f, r.chance(0.3) ? other : lang));
      else if (x < t) blocks.push(table(r, f, lang));
      else if (x < c) blocks.push(codeFence(r, f));
      else blocks.push(`${lang === 'en' ? 'Source' : 'Fuente'}: <${url(r)}>`);
    }
  }
  blocks.push('---');
  return blocks.join('\n\n');
}

/**
 * A Markdown document of about `bytes` UTF-8 bytes (never more), made of whole articles
 * from the PRNG seeded with `seed`. `narrative` is the share of paragraph sentences that
 * carry no figure: 0 makes every sentence carry two or three (a stress test, one figure per
 * ~45 characters); NEWS_NARRATIVE gives about the density of real news articles.
 */
export function generateCorpus(bytes, seed, { narrative = 0 } = {}) {
  narrativeShare = narrative;
  const r = rng(seed);
  const f = figures(r);
  const parts = [frontMatter(r, f)];
  let size = Buffer.byteLength(parts[0]) + 2;
  for (;;) {
    const a = article(r, f);
    const n = Buffer.byteLength(a) + 2;
    if (size + n > bytes) {
      // Fill the tail with whole paragraphs so every size lands within a few hundred bytes of the target.
      for (let tries = 0; tries < 200 && size < bytes - 64; tries++) {
        const p = paragraph(r, f, r.chance(0.55) ? 'en' : 'es', 1);
        const m = Buffer.byteLength(p) + 2;
        if (size + m <= bytes) {
          parts.push(p);
          size += m;
        }
      }
      break;
    }
    parts.push(a);
    size += n;
  }
  return parts.join('\n\n') + '\n';
}
