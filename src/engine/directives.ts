/** Directive comments in articles: `<!-- crosscheck-disable [codes] -->` and friends. */
import type { Directive } from './model';

const DIRECTIVE = /<!--\s*crosscheck-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

/** Reads the directives out of HTML comments. */
export function parseDirectives(comments: readonly { start: number; end: number; text: string }[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    DIRECTIVE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIRECTIVE.exec(c.text)) !== null) {
      const codes = (m[2] ?? '')
        .split(/[\s,]+/)
        .map((x) => x.trim())
        .filter((x) => /^[a-z][a-z0-9-]*$/.test(x));
      out.push({ start: c.start + m.index, end: c.start + m.index + m[0].length, action: m[1] as Directive['action'], codes });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
