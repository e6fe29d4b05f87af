/** The ignore file's format: `{"version": 1, "ignored": [{"code", "key", "figure", "note"}]}`. */
import * as z from 'zod/mini';
import { formatIssues } from './schemaErrors';
import type { IgnoreEntry } from './suppress';

export const IgnoreFile = z.strictObject({
  version: z.literal(1),
  ignored: z.array(
    z.strictObject({
      code: z.string(),
      key: z.string().check(z.regex(/^[0-9a-f]{16}$/, 'expected the 16-hex-digit key Crosscheck wrote')),
      /** The figure as written when it was ignored, for people reading the file. */
      figure: z.optional(z.string()),
      note: z.optional(z.string()),
    }),
  ),
});
export type IgnoreFile = z.infer<typeof IgnoreFile>;

/** Parses an ignore file; a bad one yields no entries and a message. */
export function parseIgnoreFile(text: string): { entries: IgnoreEntry[]; error: string | null } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { entries: [], error: `not valid JSON: ${(e as Error).message}` };
  }
  const r = IgnoreFile.safeParse(data);
  if (!r.success) return { entries: [], error: formatIssues(r.error.issues) };
  return { entries: r.data.ignored.map((i) => ({ code: i.code, key: i.key })), error: null };
}

/**
 * Adds an entry (no duplicates) and returns the new file text. An existing file that does not
 * parse (merge-conflict markers, an unknown field, a wrong type) is never rewritten: the team's
 * earlier decisions would be lost. Then `error` says why, and the caller shows it.
 */
export function addIgnore(existing: string | null, entry: { code: string; key: string; figure?: string; note?: string }): { text: string; error: null } | { text: null; error: string } {
  let file: IgnoreFile = { version: 1, ignored: [] };
  if (existing !== null && existing.trim() !== '') {
    const problem = (why: string) => ({ text: null, error: `${why}; the file was left unchanged, fix it and try again` }) as const;
    if (/^(<{7}|={7}|>{7})(\s|$)/m.test(existing)) return problem('it has merge-conflict markers (<<<<<<<, =======, >>>>>>>)');
    let data: unknown;
    try {
      data = JSON.parse(existing);
    } catch (e) {
      return problem(`it is not valid JSON (${(e as Error).message})`);
    }
    const r = IgnoreFile.safeParse(data);
    if (!r.success) return problem(`it does not match the ignore file's format (${formatIssues(r.error.issues)})`);
    file = r.data;
  }
  if (!file.ignored.some((i) => i.code === entry.code && i.key === entry.key)) file.ignored.push(entry);
  return { text: JSON.stringify(file, null, 2) + '\n', error: null };
}
