/** The engine's reading of a dataset quote, for verifying that it states its claim's value. */
import { analyze } from '../analyze';
import type { Analysis } from '../model';

/** Year-less dates in quotes resolve against a fixed date (compared by month and day). */
export function readQuote(quote: string): Analysis {
  return analyze(quote, { format: 'plaintext', language: 'auto', referenceDate: { date: '2024-06-15', source: 'option' } });
}
