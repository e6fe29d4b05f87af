/** Findings as engine data: codes, severities, messages, related places and fixes. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A text edit: replace [start, end) with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A fix the editor can offer; the adapter applies its edits. */
export interface Fix {
  title: string;
  edits: Edit[];
  /** The fix that should be preferred when there are several. */
  preferred?: boolean;
}

/** Another place that explains a finding: a span of this document, or a source. */
export interface Related {
  message: string;
  /** A span of the same document. */
  start?: number;
  end?: number;
  /** A source's address (URL) when the evidence is in a dataset. */
  uri?: string;
}

export interface Diagnostic {
  start: number;
  end: number;
  severity: Severity;
  /** Stable code, e.g. `figure-conflict`. */
  code: string;
  message: string;
  related: Related[];
  fixes: Fix[];
  /** Index of the figure the finding is about, when there is one. */
  figure?: number;
}
