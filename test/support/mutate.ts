/** Changing a figure's text to a wrong value, for mutation tests: the change must be flagged. */

const WORDS: Record<string, string> = {
  two: 'five', three: 'six', four: 'seven', five: 'eight', six: 'nine', seven: 'ten', eight: 'eleven', nine: 'twelve', ten: 'fifteen',
  dos: 'cinco', tres: 'seis', cuatro: 'siete', cinco: 'ocho', seis: 'nueve', siete: 'diez',
  second: 'fourth', third: 'fifth', segundo: 'cuarto', segunda: 'cuarta', tercer: 'quinto',
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** A wrong version of a figure's text, or null when there is no sensible one (vague amounts). */
export function mutate(text: string): string | null {
  // Dates: change the year if there is one, else the day, else the month.
  const monthIdx = MONTHS.findIndex((m) => text.includes(m) || text.includes(m.slice(0, 3) + '.'));
  const mesIdx = MESES.findIndex((m) => text.toLowerCase().includes(m));
  if (monthIdx >= 0 || mesIdx >= 0) {
    if (/\b(19|20)\d\d\b/.test(text)) return text.replace(/\b((?:19|20)\d\d)\b/, (y) => String(Number(y) + 1));
    if (/\b\d{1,2}\b/.test(text)) return text.replace(/\b(\d{1,2})\b/, (d) => String(((Number(d) + 9) % 28) + 1));
    if (monthIdx >= 0) {
      const name = MONTHS[monthIdx]!;
      return text.replace(name, MONTHS[(monthIdx + 2) % 12]!);
    }
    const mes = MESES[mesIdx]!;
    return text.replace(mes, MESES[(mesIdx + 2) % 12]!);
  }
  if (/^(19|20)\d\d$/.test(text)) return String(Number(text) - 3);
  const word = /\b([A-Za-zá-ú]+)\b/.exec(text);
  if (!/\d/.test(text)) {
    const lower = text.toLowerCase();
    for (const [w, r] of Object.entries(WORDS)) if (new RegExp(`\\b${w}\\b`).test(lower)) return text.replace(new RegExp(`\\b${w}\\b`, 'i'), r);
    if (/a century/.test(lower)) return text.replace('a century', 'two centuries');
    if (/tens of thousands/.test(lower)) return text.replace(/tens of thousands/i, 'hundreds of thousands');
    void word;
    return null;
  }
  // Digits: ×1.5 keeping the separators and decimals.
  const m = /(\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d+)?)/.exec(text);
  if (!m) return null;
  const raw = m[1]!;
  const grouped = /^\d{1,3}([,.])\d{3}(?:\1\d{3})*$/.exec(raw);
  let out: string;
  if (grouped) {
    const sep = grouped[1]!;
    const v = Number(raw.split(sep).join('')) * 1.5;
    out = String(Math.round(v)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  } else {
    const dec = /[.,]/.exec(raw)?.[0];
    const decimals = dec ? raw.split(dec)[1]!.length : 0;
    const v = Number(raw.replace(',', '.')) * 1.5;
    out = v.toFixed(decimals);
    if (dec === ',') out = out.replace('.', ',');
  }
  return text.slice(0, m.index) + out + text.slice(m.index + raw.length);
}
