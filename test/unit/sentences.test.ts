import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/prose/sentences';

function split(text: string, lineBreaks = false): string[] {
  return splitSentences(text, lineBreaks).map((r) => text.slice(r.start, r.end));
}

describe('splitSentences', () => {
  it.each([
    ['It opened on Jan. 31, 2023. It holds 40,000.', ['It opened on Jan. 31, 2023.', 'It holds 40,000.']],
    ['The U.S. Embassy said so. Dr. Smith agreed.', ['The U.S. Embassy said so.', 'Dr. Smith agreed.']],
    ['He lives in the U.S. The rate is 2.6 there.', ['He lives in the U.S.', 'The rate is 2.6 there.']],
    ['Christian K. Caruzo wrote it. Then he left.', ['Christian K. Caruzo wrote it.', 'Then he left.']],
    ['“This is the way. Tough on criminals,” she said. Next.', ['“This is the way.', 'Tough on criminals,” she said.', 'Next.']],
    ['He said “it works.” Then he left.', ['He said “it works.”', 'Then he left.']],
    ['¿Cuántos presos hay? Unos 15 mil. ¡Muchos!', ['¿Cuántos presos hay?', 'Unos 15 mil.', '¡Muchos!']],
    ['Costs rose to $2.5 million... and kept rising.', ['Costs rose to $2.5 million... and kept rising.']],
    ['La Sra. López llegó a las 10 a.m. El Sr. Pérez no.', ['La Sra. López llegó a las 10 a.m.', 'El Sr. Pérez no.']],
    ['Approx. 300 died. See No. 5 for more.', ['Approx. 300 died.', 'See No. 5 for more.']],
    ['EE.UU. deportó a 238 personas. Fue en marzo.', ['EE.UU. deportó a 238 personas.', 'Fue en marzo.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('treats line breaks as boundaries in plain text where they look like one', () => {
    expect(split('Headline without a period\nThe body starts here. It goes on\nand on over a wrapped line.', true)).toEqual([
      'Headline without a period',
      'The body starts here.',
      'It goes on\nand on over a wrapped line.',
    ]);
  });

  it('keeps soft line breaks inside Markdown paragraphs', () => {
    expect(split('The prison holds\n40,000 inmates.')).toEqual(['The prison holds\n40,000 inmates.']);
  });
});
