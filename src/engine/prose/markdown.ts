/**
 * The prose map of a Markdown document, from `@lezer/markdown` (GFM): which spans are
 * prose (paragraphs, headings, list items, quotes, table cells, link text, emphasis) and
 * which are not (code, URLs, link destinations, HTML, image sources, markup characters).
 */
import { parser as baseParser, GFM } from '@lezer/markdown';
import type { SyntaxNodeRef, Tree, TreeCursor, TreeFragment } from '@lezer/common';
import type { ProseBlock } from '../model';
import { maskSlice, maskInlineNoise, type Range } from './mask';

/** The Markdown parser: CommonMark with GitHub's extensions (tables, strikethrough, autolinks, tasks). */
export const markdownParser = baseParser.configure(GFM);

/** An HTML comment, kept for directives. */
export interface Comment {
  start: number;
  end: number;
  text: string;
}

export interface MarkdownProse {
  blocks: ProseBlock[];
  comments: Comment[];
  tree: Tree;
}

/** Inline nodes whose whole span is not prose. */
const MASK_WHOLE = new Set([
  'InlineCode',
  'URL',
  'LinkTitle',
  'LinkLabel',
  'HTMLTag',
  'Comment',
  'ProcessingInstruction',
  'Autolink',
  'Entity',
]);
/** Markup characters inside prose. */
const MASK_MARKS = new Set([
  'EmphasisMark',
  'StrikethroughMark',
  'LinkMark',
  'CodeMark',
  'HeaderMark',
  'QuoteMark',
  'TaskMarker',
  'HardBreak',
]);
const BLOCK_TYPES: Record<string, ProseBlock['type']> = {
  Paragraph: 'paragraph',
  ATXHeading1: 'heading',
  ATXHeading2: 'heading',
  ATXHeading3: 'heading',
  ATXHeading4: 'heading',
  ATXHeading5: 'heading',
  ATXHeading6: 'heading',
  SetextHeading1: 'heading',
  SetextHeading2: 'heading',
  TableCell: 'cell',
};

/** Parses Markdown (optionally reusing fragments of an earlier parse) into prose blocks. */
export function markdownProse(text: string, fragments?: readonly TreeFragment[]): MarkdownProse {
  const tree = markdownParser.parse(text, fragments);
  return { ...proseFromTree(text, tree, 0, text.length), tree };
}

/** More inline delimiters than this in one paragraph is pathological (nested links and emphasis parse in quadratic time). */
export const MAX_INLINE_DELIMITERS = 2000;
const PARAGRAPHS = /(?:[^\n]|\n(?![ \t]*\n))+/g;
const DELIMITERS = /[[\]*_`<>]/g;

/**
 * Keeps parsing linear: a paragraph with more inline delimiters than MAX_INLINE_DELIMITERS has
 * them replaced by spaces (offsets unchanged), so it is read as plain text. Returns the text
 * itself when nothing needs guarding.
 */
export function guardInline(text: string): string {
  if (countDelimiters(text, 0, text.length) <= MAX_INLINE_DELIMITERS) return text;
  return text.replace(PARAGRAPHS, (p) => (countDelimiters(p, 0, p.length) > MAX_INLINE_DELIMITERS ? p.replace(DELIMITERS, ' ') : p));
}

/**
 * Most containers (list items, quotes) a line may open before its text: Lezer's list parsing
 * costs the square of the depth ("- - - … 40" 20,000 deep takes seconds). No article nests lists
 * sixty levels deep.
 */
export const MAX_NESTING = 64;

/**
 * Keeps block parsing linear: the container markers of a line past the MAX_NESTING-th are
 * replaced by "x" (offsets unchanged), so Lezer reads the rest of the line as text. Returns the
 * text and, per guarded line, the range of replaced markers (to be masked in the prose and
 * reported); the text itself when nothing needs guarding.
 */
export function guardNesting(text: string): { text: string; ranges: Range[] } {
  const ranges = deepLines(text, 0, text.length, MAX_NESTING);
  if (ranges.length === 0) return { text, ranges };
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    parts.push(text.slice(at, r.start), text.slice(r.start, r.end).replace(/[^\s]/g, 'x'));
    at = r.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), ranges };
}

/** Per line of text[from, to) opening more than `max` containers: the range from its first marker past `max` to its last marker. */
export function deepLines(text: string, from: number, to: number, max: number): Range[] {
  const out: Range[] = [];
  let i = from;
  while (i < to) {
    let pos = i;
    let depth = 0;
    let first = -1;
    let last = -1;
    for (;;) {
      while (pos < to && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)) pos++;
      const c = text.charCodeAt(pos);
      let end = -1;
      if (c === 62) end = pos + 1; // >
      else if ((c === 45 || c === 43 || c === 42) && isBlank(text.charCodeAt(pos + 1))) end = pos + 1; // - + *
      else if (c >= 48 && c <= 57) {
        let d = pos;
        while (d < to && d - pos < 9 && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
        const t = text.charCodeAt(d);
        if ((t === 46 || t === 41) && isBlank(text.charCodeAt(d + 1))) end = d + 1;
      }
      if (end < 0 || end > to) break;
      if (++depth > max) {
        if (first < 0) first = pos;
        last = end;
      }
      pos = end;
    }
    if (first >= 0) out.push({ start: first, end: last });
    const nl = text.indexOf('\n', pos);
    i = nl < 0 || nl >= to ? to : nl + 1;
  }
  return out;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/** Inline delimiters in text[from, to). */
export function countDelimiters(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 93 || c === 42 || c === 95 || c === 96 || c === 60 || c === 62) n++;
  }
  return n;
}

/** Collects prose blocks and comments of `tree` that start inside [from, to). */
export function proseFromTree(
  text: string,
  tree: Tree,
  from: number,
  to: number,
): { blocks: ProseBlock[]; comments: Comment[] } {
  const blocks: ProseBlock[] = [];
  const comments: Comment[] = [];
  tree.iterate({
    from,
    to,
    enter(node: SyntaxNodeRef) {
      const type = BLOCK_TYPES[node.name];
      if (type) {
        if (node.from >= from && node.from < to) blocks.push(blockOf(text, node, type, comments));
        return false;
      }
      if (node.name === 'CommentBlock') {
        if (node.from >= from && node.from < to) comments.push({ start: node.from, end: node.to, text: text.slice(node.from, node.to) });
        return false;
      }
      if (node.name === 'FencedCode' || node.name === 'CodeBlock' || node.name === 'HTMLBlock' || node.name === 'LinkReference') {
        return false;
      }
      return undefined;
    },
  });
  return { blocks, comments };
}

function blockOf(text: string, node: SyntaxNodeRef, type: ProseBlock['type'], comments: Comment[]): ProseBlock {
  const masks: Range[] = [];
  const walk = (c: TreeCursor): void => {
    if (!c.firstChild()) return;
    do {
      const name = c.name;
      if (MASK_WHOLE.has(name)) {
        masks.push({ start: c.from, end: c.to });
        if (name === 'Comment') comments.push({ start: c.from, end: c.to, text: text.slice(c.from, c.to) });
      } else if (MASK_MARKS.has(name)) {
        masks.push({ start: c.from, end: c.to });
      } else if (name === 'Escape') {
        masks.push({ start: c.from, end: c.from + 1 });
      } else if (name === 'Link' && isFootnoteLink(text, c.from, c.to)) {
        masks.push({ start: c.from, end: c.to });
      } else {
        // Emphasis, links and image alt text stay prose; their marks and sources are masked inside.
        walk(c);
      }
    } while (c.nextSibling());
    c.parent();
  };
  walk(node.node.cursor());
  return finish(text, node, type, masks);
}

function finish(text: string, node: SyntaxNodeRef, type: ProseBlock['type'], masks: Range[]): ProseBlock {
  const masked = maskInlineNoise(maskSlice(text, node.from, node.to, masks));
  return { start: node.from, end: node.to, masked, type };
}

function isFootnoteLink(text: string, from: number, to: number): boolean {
  const inner = text.slice(from, to);
  return /^\[\^[^\]]*\]$/.test(inner) || /^\[\d{1,3}\]$/.test(inner);
}
