/** Figures in single sentences, as tables: what is found, with value, kind, unit and hedge. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';

function figures(text: string, language: 'en' | 'es' | 'auto' = 'auto'): string[] {
  const a = analyze(text, { format: 'plaintext', language, referenceDate: { date: '2024-06-17', source: 'option' } });
  return a.figures.map((f) => {
    const v = f.kind === 'range' ? `${f.min}..${f.max}` : String(f.value);
    return `${f.text}=${v} ${f.kind}${f.unit ? ' ' + f.unit : ''}${f.hedge && f.hedge !== 'exact' ? ' ' + f.hedge : ''}`;
  });
}

describe('English figures', () => {
  it.each([
    ['The prison can hold 40,000 inmates.', ['40,000=40000 count inmates']],
    ['It is a 40,000-bed prison.', ['40,000=40000 count beds']],
    ['Officials counted nearly 75,000 arrests.', ['nearly 75,000=75000 count arrests approx']],
    ['Over 80,000 people were arrested; fewer than 150 were killed.', ['Over 80,000=80000 count people at_least', 'fewer than 150=150 number at_most']],
    ['At least 6,000 complaints and up to 40,000 inmates.', ['At least 6,000=6000 count complaints at_least', 'up to 40,000=40000 count inmates up_to']],
    ['It cost $6 million, or 1.2 million dollars more than planned.', ['$6 million=6000000 money USD', '1.2 million=1200000 money USD']],
    ['The rate fell to 2.6 per 100,000 people.', ['2.6=2.6 rate per_100k']],
    ['About 50% of cases, or 50 percent, and 3 percentage points more.', ['About 50%=50 percent percent approx', '50 percent=50 percent percent', '3 percentage points=3 percent pp']],
    ['Homicides fell 30 per cent in 2019.', ['30 per cent=30 percent percent', '2019=2019 year year']],
    ['It opened on Jan. 31, 2023, and again in February 2023.', ['Jan. 31, 2023=2023-01-31 date date', 'February 2023=2023-02 date date']],
    ['He took office in December and spoke on June 1.', ['December=2023-12 date date', 'June 1=2024-06-01 date date']],
    ['They met in mid June; he will return at the end of September.', ['mid June=2024-06 date date approx', 'the end of September=2024-09 date date approx']],
    ['A 26-year-old was held for 72 hours.', ['26=26 duration years', '72=72 duration hours']],
    ['It was extended 26 times and covers 116 hectares.', ['26=26 count times', '116=116 count hectares']],
    ['Between 10,000 and 20,000 people, or 10,000 to 20,000.', ['Between 10,000 and 20,000=10000..20000 range people', '10,000 to 20,000=10000..20000 range']],
    ['It rose from 52 to 36 per 100,000.', ['52=52 number', '36=36 rate per_100k']],
    ['The 1990s and 2015-2019 were violent.', ['1990s=1990..1999 range year', '2015-2019=2015..2019 range year']],
    ['Half of the inmates, two-thirds of the guards and one in five families.', ['Half=50 percent percent', 'two-thirds=66.7 percent percent', 'one in five=20 percent percent']],
    ['Forty thousand soldiers and sixty-two police officers.', ['Forty thousand=40000 count soldiers', 'sixty-two=62 count police officers']],
    ['A decade ago it took a few days; tens of thousands of people fled over a century.', ['A decade=10 duration years approx', 'a few days=3 duration days approx', 'tens of thousands=20000 count people at_least', 'a century=100 duration years approx']],
    ['She began a second term and is the third-largest donor.', ['second=2 ordinal ordinal', 'third=3 ordinal rank']],
    ['Its 40k staff and 1.5bn budget.', ['40k=40000 count staff', '1.5bn=1500000000 count budget']],
    ['The count was 40\u00A0000 and the share 2.5%.', ['40\u00A0000=40000 number', '2.5%=2.5 percent percent']],
    ['It is the second country and the first in Latin America.', ['second=2 ordinal rank', 'first=1 ordinal rank']],
    ['It placed the country second in Latin America; the prison will be the 37th in Ecuador.', ['second=2 ordinal rank', '37th=37 ordinal rank']],
    ['He was the first to arrive.', []],
    ['Some 5,000 to 8,000 people left, 3 in 10 of them children.', ['Some 5,000 to 8,000=5000..8000 range people approx', '3 in 10=30 percent percent']],
    ['It ranges from three to six prisoners per space.', ['three to six=3..6 range prisoners']],
    ['Police freed 2 in 2023.', ['2=2 number', '2023=2023 year year']],
  ])('%s', (text, expected) => {
    expect(figures(text, 'en')).toEqual(expected);
  });
});

describe('Spanish figures', () => {
  it.each([
    ['El penal alberga a unos 15 mil reos.', ['unos 15 mil=15000 count reos approx']],
    ['La tasa fue de 2,4 por cada 100.000 habitantes.', ['2,4=2.4 rate per_100k']],
    ['Hay más de 6.000 denuncias y casi 75.000 detenidos.', ['más de 6.000=6000 count denuncias at_least', 'casi 75.000=75000 count detenidos approx']],
    ['Costó US$200 millones y 10 dólares por día.', ['US$200 millones=200000000 money USD', '10=10 money USD']],
    ['El 40 por ciento, menos de 50% y hasta 3 millones.', ['40 por ciento=40 percent percent', 'menos de 50%=50 percent percent at_most', 'hasta 3 millones=3000000 number up_to']],
    ['Fue el 31 de enero de 2023 y en marzo del 2022.', ['31 de enero de 2023=2023-01-31 date date', 'marzo del 2022=2022-03 date date']],
    ['Llegó a mediados de junio y volverá a finales de septiembre.', ['a mediados de junio=2024-06 date date approx', 'a finales de septiembre=2024-09 date date approx']],
    ['Cuarenta mil soldados y sesenta y dos policías.', ['Cuarenta mil=40000 count soldados', 'sesenta y dos=62 count policías']],
    ['Entre 65 y 70 por ciento de los casos.', ['Entre 65 y 70 por ciento=65..70 range percent']],
    ['Asumió su segundo mandato de cinco años.', ['segundo=2 ordinal ordinal', 'cinco=5 duration years']],
    ['Decenas de miles de personas y alrededor de 300 muertos.', ['Decenas de miles=20000 count personas at_least', 'alrededor de 300=300 count muertos approx']],
    ['La mitad de los presos y uno de cada cinco jóvenes.', ['La mitad=50 percent percent', 'uno de cada cinco=20 percent percent']],
    ['Siete de cada 10 homicidios y 8 de cada 10 víctimas.', ['Siete de cada 10=70 percent percent', '8 de cada 10=80 percent percent']],
    ['Ocurre uno cada 9 horas.', ['9=9 duration hours']],
    ['Es el segundo país más seguro y el primero en América Latina.', ['segundo=2 ordinal rank', 'primero=1 ordinal rank']],
  ])('%s', (text, expected) => {
    expect(figures(text, 'es')).toEqual(expected);
  });
});

describe('patterns of real pages (issue 9)', () => {
  it.each([
    // Bare months as a subject or a modifier; the verb "may", a march and names are not dates.
    ['en', 'May was the calmest month of the year.', ['May=2024-05 date date']],
    ['en', 'The January jailbreak of a drug lord led to a spate of killings.', ['January=2024-01 date date']],
    ['en', "Between January and March, and again in May's final week.", ['January=2024-01 date date', 'March=2024-03 date date', "May's=2024-05 date date"]],
    ['en', 'Police may detain suspects, and the March for Life drew crowds.', []],
    ['en', 'In March, April and May, killings fell.', ['March=2024-03 date date', 'April=2024-04 date date', 'May=2024-05 date date']],
    ['en', 'Theresa May was prime minister; April Jones said so.', []],
    ['en', 'April, who runs the shelter, said 12 families left.', ['12=12 count families']],
    ['es', 'Enero fue el mes más violento del año.', ['Enero=2024-01 date date']],
    ['es', 'Enero Fue El Mes Más Violento', ['Enero=2024-01 date date']],
    ['es', 'Mayo dijo que la cifra bajó; Carlos Mayo marchó a la Plaza de Mayo y Abril Pérez también.', []],
    // Two days of one month: each day a date, the month and year written once.
    ['en', 'Talks were held on 14 and 15 May.', ['14=2024-05-14 date date', '15 May=2024-05-15 date date']],
    ['en', 'Gangs killed dozens between March 25 and 27.', ['March 25=2024-03-25 date date', '27=2024-03-27 date date']],
    ['en', 'The summit ran March 25-27, 2022.', ['March 25=2022-03-25 date date', '27, 2022=2022-03-27 date date']],
    ['en', 'On March 25 and 27 others were freed.', ['March 25=2024-03-25 date date', '27=27 count others']],
    ['es', 'Ocurrió del 25 al 27 de marzo de 2022.', ['25=2022-03-25 date date', '27 de marzo de 2022=2022-03-27 date date']],
    ['es', 'Desde el 25 hasta el 27 de marzo.', ['25=2024-03-25 date date', '27 de marzo=2024-03-27 date date']],
    ['en', 'It happened between 14 and 15 May.', ['14=2024-05-14 date date', '15 May=2024-05-15 date date']],
    ['es', 'Ocurrió entre 25 y 27 de marzo.', ['25=2024-03-25 date date', '27 de marzo=2024-03-27 date date']],
    ['es', 'Ocurrió entre el 25 y el 27 de marzo.', ['25=2024-03-25 date date', '27 de marzo=2024-03-27 date date']],
    // Ages, in digits or words.
    ['en', 'Boys as young as thirteen were held.', ['thirteen=13 duration years']],
    ['en', 'Teenagers aged 12 to 17 and adults as old as 70.', ['12 to 17=12..17 range years', '70=70 duration years']],
    ['en', 'Children between the ages of 12 and 17.', ['12 and 17=12..17 range years']],
    ['en', 'Most of them aged between 18 and 25.', ['between 18 and 25=18..25 range years']],
    ['en', 'Teens aged between twelve and seventeen.', ['between twelve and seventeen=12..17 range years']],
    ['es', 'Menores de entre doce y diecisiete años.', ['entre doce y diecisiete=12..17 range years']],
    ['es', 'Niños de trece años fueron detenidos.', ['trece=13 duration years']],
    ['es', 'Jóvenes de 15 a 17 años y penas de 10 a 20 años; la pena pasó de 10 a 15 años.', ['15 a 17=15..17 range years', '10 a 20=10..20 range years', '10=10 number', '15=15 duration years']],
    // Decades are periods, never counts or single years.
    ['en', "In the 1980s, the '80s and the late nineties; she is in her eighties.", ['1980s=1980..1989 range year', '80s=1980..1989 range year', 'nineties=1990..1999 range year']],
    ['es', 'En los años ochenta y en los años 90 hubo guerra.', ['años ochenta=1980..1989 range year', 'años 90=1990..1999 range year']],
    ['es', 'En los 90 y a finales de los 80 creció; en los años 2000 bajó; los 80 detenidos y de los 90, 30 salieron.', ['90=1990..1999 range year', '80=1980..1989 range year', 'años 2000=2000..2009 range year', '80=80 count detenidos', '90=90 number', '30=30 number']],
    ['es', 'Desde los noventa y en los 90% de los casos.', ['noventa=1990..1999 range year', '90%=90 percent percent']],
    ['es', 'En la década de 1990 y la década de los setenta.', ['década de 1990=1990..1999 range year', 'década de los setenta=1970..1979 range year']],
    // After a verb of change, "hasta" / "up to" give the value reached, not a bound.
    ['es', 'La tasa cayó hasta 17,5 y los robos bajaron hasta el 12%.', ['17,5=17.5 number', '12%=12 percent percent']],
    ['es', 'Las penas pueden llegar hasta 20 años y hay celdas con hasta 80 reos.', ['hasta 20=20 duration years up_to', 'hasta 80=80 count reos up_to']],
    ['en', 'The share rose up to 40%, and sentences of up to 20 years.', ['40%=40 percent percent', 'up to 20=20 duration years up_to']],
    // Spanish rates with no "tasa" beside the figure, the denominator in digits or words.
    ['es', 'Hubo 2,6 homicidios por cada 100.000 habitantes.', ['2,6=2.6 rate per_100k']],
    ['es', 'El país cerró con 7,8 por cada cien mil.', ['7,8=7.8 rate per_100k']],
    ['es', 'Hubo 17,6 asesinatos por 100 mil habitantes.', ['17,6=17.6 rate per_100k']],
    ['en', 'It fell to 2.6 per hundred thousand people.', ['2.6=2.6 rate per_100k']],
    ['es', 'Hubo 7,8 homicidios por cien mil habitantes y 3,1 por cada mil reos.', ['7,8=7.8 rate per_100k', '3,1=3.1 rate per_1k']],
    ['en', 'It was 7.8 per hundred thousand and 3 per thousand inmates.', ['7.8=7.8 rate per_100k', '3=3 rate per_1k']],
    // A verb after the number is never its unit.
    ['es', 'La cifra de 2,6 ubicó al país como el más seguro.', ['2,6=2.6 number']],
    ['es', 'Unas 87 dejaron sus casas y 15 murieron; 12 situó la policía.', ['Unas 87=87 number approx', '15=15 number', '12=12 number']],
    ['en', 'Of those held, 3 left the country, 87 fled and 15 took part in talks.', ['3=3 number', '87=87 number', '15=15 number']],
    // A place in a series written as a number after "número"; identifiers stay out.
    ['es', 'Se aprobó la prórroga número 26 y luego la prórroga n.º 27.', ['26=26 ordinal ordinal', '27=27 ordinal ordinal']],
    ['en', 'It was extension number 26, under Law No. 5 and page number 12.', ['26=26 ordinal ordinal']],
    ['es', 'La ley número 5 y el caso número 12.', []],
    ['es', 'El país ocupa el puesto 12 de 20, se ubicó segundo en 2022 y quedó en el lugar 3.', ['12=12 ordinal rank', '20=20 number', 'segundo=2 ordinal rank', '2022=2022 year year', '3=3 ordinal rank']],
    ['en', 'The country ranked 12th and sits in position 3 in the region.', ['12th=12 ordinal rank', '3=3 ordinal rank']],
    // Clock times, shares and rates in other words.
    ['es', 'El operativo empezó a las 10.30 horas con 40 agentes.', ['40=40 count agentes']],
    ['en', 'One in every three inmates, or 1 out of 3.', ['One in every three=33.3 percent percent', '1 out of 3=33.3 percent percent']],
    ['es', 'Argentina registró 4,4 homicidios cada 100.000 habitantes.', ['4,4=4.4 rate per_100k']],
    // A bound on a ranking.
    ['en', 'Its prisons are among the ten most overcrowded, and in the top five.', ['ten=10 ordinal rank at_most', 'five=5 ordinal rank at_most']],
    ['en', 'The top 10% of earners and the two most senior officials.', ['10%=10 percent percent']],
    ['es', 'Es uno de los diez países más violentos.', ['diez=10 ordinal rank at_most']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(figures(text, lang)).toEqual(expected);
  });

  // Reference date 2024-06-17 (as every table here): without the month before, "diciembre" would be December 2023 too, so the
  // cases are chosen where the narrative and the reference date part ways.
  it.each([
    ['a later month of the same year', 'En enero del 2022 eran 20,000. Para diciembre subió a 47,043 capturas.', 'diciembre', '2022-12'],
    ['an earlier month: the next year', 'In October 2022 there were 50,000. By March the count had reached 62,000.', 'March', '2023-03'],
    ['a month after the article’s date is read as before (future words decide)', 'In May 2024 there were 80,000. By August the count will pass 85,000.', 'August', '2024-08'],
    ['a bare year is no anchor (often a comparison)', 'Visitors fell from 2.9 million in 2022, as the August fire kept travellers away.', 'August', '2023-08'],
    ['only in the same paragraph', 'En enero del 2022 eran 20,000.\n\nPara diciembre subió a 47,043 capturas.', 'diciembre', '2023-12'],
  ] as const)('a year-less month after a dated month in its paragraph: %s', (_, text, month, want) => {
    const a = analyze(text, { format: 'plaintext', language: 'auto', referenceDate: { date: '2024-06-17', source: 'option' } });
    expect(a.figures.find((f) => f.text === month)?.value).toBe(want);
  });

  it('leaves the year of a bare month to the reference date, marked as inferred', () => {
    const a = analyze('May was the calmest month. Enero fue el más violento.', { format: 'plaintext', language: 'auto', referenceDate: { date: '2024-06-17', source: 'option' } });
    expect(a.figures.map((f) => [f.text, f.kind, f.yearInferred, String(f.value).slice(5)])).toEqual([
      ['May', 'date', true, '05'],
      ['Enero', 'date', true, '01'],
    ]);
  });
});

describe('not figures', () => {
  it.each([
    ['en', 'Arrests doubled in the first half of the year and the second half of 2023.', ['2023=2023 year year']],
    ['es', 'En la primera mitad del año y la segunda mitad de 2023.', ['2023=2023 year year']],
  ] as const)('a half of a period is no share: %s: %s', (lang, text, expected) => {
    expect(figures(text, lang)).toEqual(expected);
  });

  it.each([
    ['Gangs such as MS-13, MS13 and Barrio 18 lost ground, as did the 18th Street gang.'],
    ['COVID-19 and the G20 met; F-35 jets flew.'],
    ['See page 12 of Law 27.742, version 2.1.3 and No. 5.'],
    ['It opened at 10:30 a.m. and closed at 5pm; 24/7 and 9/11 are names.'],
    ['It is one of the safest countries and one where families walk.'],
    ['The two leaders met, and the two countries signed; both sides agreed.'],
    ['He got a first-hand look at a one-way, one-dimensional plan.'],
    ['Police said on Sunday that this year and earlier this month were calm.'],
    ['The rate per 100,000 is the usual measure.'],
    ['La MS-13 y el Barrio 18 perdieron; los dos países y uno de los más seguros.'],
    ['La Ley 27.742 y el DNU 70/2023 siguen vigentes.'],
    ['Visit https://example.com/2024/07/page-3 or write to news2024@example.com.'],
    ['This will close in 0 seconds'],
    ['(Photo – Reuters 2024) © 2024 Example Media'],
    ['Actualizado hace 25 minutos'],
    ['Hace 3 horas'],
    ['5 hours ago'],
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('languages', () => {
  it('detects the language per document and per paragraph', () => {
    const a = analyze('The prison holds 40,000 inmates and the rate is low, as it has been for the last year in the country.\n\nEl penal alberga a 40.000 reos y la tasa es baja según el informe.', { format: 'plaintext' });
    expect(a.language).toBe('en');
    expect(a.figures.map((f) => [f.language, f.value])).toEqual([
      ['en', 40000],
      ['es', 40000],
    ]);
  });

  it('obeys a forced language', () => {
    const a = analyze('Hay 40.000 reos en el penal.', { format: 'plaintext', language: 'en' });
    expect(a.language).toBe('en');
  });
});

describe('claims and attribution', () => {
  it.each([
    ['Prisons hold 118,000 people, according to the World Prison Brief.', 'World Prison Brief', 'according-to'],
    ['Security Minister Gustavo Villatoro said 62 people died.', 'Security Minister Gustavo Villatoro', 'said'],
    ['“We hold 40,000,” said Bukele.', 'Bukele', 'said'],
    ['Según Cristosal, murieron 261 personas.', 'Cristosal', 'according-to'],
    ['La Policía informó que hubo 114 homicidios.', 'La Policía', 'said'],
  ])('%s → %s', (text, who, how) => {
    const a = analyze(text, { format: 'plaintext' });
    expect(a.claims).toHaveLength(1);
    expect(a.claims[0]!.attribution?.who).toBe(who);
    expect(a.claims[0]!.attribution?.how).toBe(how);
  });

  it('marks figures in quoted speech', () => {
    const a = analyze('“Gangs murdered 150,000 Salvadorans,” Bullrich wrote. The prison opened in 2023.', { format: 'plaintext' });
    expect(a.claims.map((c) => c.quoted)).toEqual([true, false]);
    expect(a.claims[0]!.attribution?.who).toBe('Bullrich');
    expect(a.claims[1]!.attribution).toBeNull();
  });
});
