/**
 * "Ignore this finding" never loses a decision: an ignore file that does not parse is left as it
 * is, with the reason, instead of being rewritten with only the new entry.
 */
import { describe, expect, it } from 'vitest';
import { addIgnore, parseIgnoreFile } from '../../src/engine/ignoreFile';

const A = { code: 'figure-conflict', key: '0123456789abcdef', figure: '20,000' };
const B = { code: 'unsourced', key: 'fedcba9876543210' };
const file = (...ignored: object[]): string => JSON.stringify({ version: 1, ignored }, null, 2) + '\n';

describe('addIgnore', () => {
  it.each<[string, string | null, RegExp]>([
    ['merge-conflict markers', `{\n  "version": 1,\n  "ignored": [\n<<<<<<< HEAD\n    ${JSON.stringify(A)}\n=======\n    ${JSON.stringify(B)}\n>>>>>>> theirs\n  ]\n}\n`, /merge-conflict markers/],
    ['an extra field on an entry', file({ ...A, reviewer: 'ana' }), /does not match the ignore file's format.*unknown key "reviewer"/],
    ['an extra top-level field', JSON.stringify({ version: 1, ignored: [A], owner: 'desk' }), /unknown key "owner"/],
    ['a future version', JSON.stringify({ version: 2, ignored: [A] }), /does not match the ignore file's format/],
    ['truncated JSON', file(A).slice(0, 40), /not valid JSON/],
    ['a key Crosscheck did not write', file({ ...A, key: 'xyz' }), /16-hex-digit key/],
  ])('refuses to rewrite a file with %s', (_name, existing, why) => {
    const r = addIgnore(existing, B);
    expect(r.text).toBeNull();
    expect(r.error).toMatch(why);
    expect(r.error).toMatch(/left unchanged/);
  });

  it.each<[string, string | null, object[]]>([
    ['no file yet', null, [B]],
    ['an empty file', '', [B]],
    ['a file of white space', ' \n', [B]],
    ['a valid file: every entry kept', file(A), [A, B]],
    ['the entry already there: no duplicate', file(A, B), [A, B]],
  ])('writes the entry to %s', (_name, existing, ignored) => {
    const r = addIgnore(existing, B);
    expect(r.error).toBeNull();
    expect(JSON.parse(r.text!)).toEqual({ version: 1, ignored });
    expect(parseIgnoreFile(r.text!).error).toBeNull();
  });
});
