/**
 * Validates SARIF against the SARIF 2.1.0 JSON schema (rtm.5, the schema the standard was
 * released with) shipped by Microsoft's `@microsoft/jest-sarif`, offline. The schema is
 * draft-04, hence `ajv-draft-04`; `ajv-formats` checks `uri`, `uri-reference` and `date-time`.
 * Patterns compile without the `u` flag: the schema's `language` pattern has a stray `]` that
 * only Unicode mode rejects.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema errors of a SARIF log, as `path: message` lines (empty when valid). */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}${e.params && 'format' in e.params ? ` (${String(e.params.format)})` : ''}`);
}
