/** YAML front matter at the top of a Markdown file: located, read shallowly, then blanked. */

export interface FrontMatter {
  start: number;
  end: number;
  /** Top-level `key: value` pairs, keys lower-cased, values unquoted. */
  fields: Record<string, string>;
}

const OPEN = /^(?:\uFEFF)?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
/** Front matter longer than this is not front matter (keeps the search bounded). */
const MAX_FRONT_MATTER = 64 * 1024;

/** Finds front matter at the start of `text`, or returns null. */
export function findFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const body = text.slice(open[0].length, open[0].length + MAX_FRONT_MATTER);
  const close = CLOSE.exec(body);
  if (!close) return null;
  const end = open[0].length + close.index + close[0].length;
  const fields: Record<string, string> = Object.create(null);
  for (const line of body.slice(0, close.index).split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (m && m[1] && m[2] !== undefined) fields[m[1].toLowerCase()] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return { start: 0, end, fields };
}

/** Replaces every character of [start, end) but line breaks with spaces, keeping offsets. */
export function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}
