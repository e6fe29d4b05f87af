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

/** Adds an entry (no duplicates) and returns the new file text. */
export function addIgnore(existing: string | null, entry: { code: string; key: string; figure?: string; note?: string }): string {
  let file: IgnoreFile = { version: 1, ignored: [] };
  if (existing) {
    const r = IgnoreFile.safeParse(safeJson(existing));
    if (r.success) file = r.data;
  }
  if (!file.ignored.some((i) => i.code === entry.code && i.key === entry.key)) file.ignored.push(entry);
  return JSON.stringify(file, null, 2) + '\n';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
