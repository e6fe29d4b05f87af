/** Text from documents and datasets never reaches the terminal raw: control characters (escape codes) become spaces. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text with control characters other than tab and newline replaced by spaces. */
export function plain(s: string): string {
  return s.replace(CONTROL, ' ');
}
