/** The prose map of a plain-text document: every paragraph is prose; URLs and comments are masked. */
import type { ProseBlock } from '../model';
import type { Comment } from './markdown';
import { maskInlineNoise, maskSlice, type Range } from './mask';

const PARAGRAPH_BREAK = /\r?\n[ \t\u00A0]*\r?\n/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/** Splits plain text into paragraph blocks (blank-line separated), masking URLs and HTML comments. */
export function plainTextProse(text: string): { blocks: ProseBlock[]; comments: Comment[] } {
  const comments: Comment[] = [];
  const commentRanges: Range[] = [];
  if (text.includes('<!--')) {
    for (const m of text.matchAll(HTML_COMMENT)) {
      comments.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      commentRanges.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  const blocks: ProseBlock[] = [];
  let pos = 0;
  let nextComment = 0;
  const push = (start: number, end: number): void => {
    // Trim surrounding whitespace so blocks start and end on text.
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    while (nextComment < commentRanges.length && commentRanges[nextComment]!.end <= start) nextComment++;
    const masks: Range[] = [];
    for (let i = nextComment; i < commentRanges.length && commentRanges[i]!.start < end; i++) masks.push(commentRanges[i]!);
    blocks.push({ start, end, masked: maskInlineNoise(maskSlice(text, start, end, masks)), type: 'paragraph' });
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(pos, m.index);
    pos = m.index + m[0].length;
  }
  push(pos, text.length);
  return { blocks, comments };
}
