/**
 * The engine's model of an analysed article. Offsets are UTF-16 code-unit offsets into the
 * document's text (as JavaScript indexes strings); conversion to editor positions happens
 * only at the edges (CLI and extension).
 */

/** A language the engine reads. */
export type Language = 'en' | 'es';

/** What sort of figure a span is. */
export type FigureKind =
  /** A bare number with no unit ("62", "sixty-two"). */
  | 'number'
  /** A number counting a noun ("62 homicides", "two such prisons", "40,000-bed"). */
  | 'count'
  /** A percentage ("50%", "50 percent", "por ciento"). */
  | 'percent'
  /** A rate against a denominator ("2.6 per 100,000 people"). */
  | 'rate'
  /** An amount of money ("$6 million", "10 dólares"). */
  | 'money'
  /** A length of time ("72 hours", "five-year", "a decade"). */
  | 'duration'
  /** An ordinal used as a figure ("second term", "second-safest"). */
  | 'ordinal'
  /** An interval ("between 65 and 70", "10,000 to 20,000"). */
  | 'range'
  /** A calendar date or month ("Jan. 31, 2023", "March 2022", "end of September"). */
  | 'date'
  /** A bare calendar year ("in 2018"). */
  | 'year';

/** How the words qualify a figure; the vocabulary of the gold annotations. */
export type Hedge = 'exact' | 'approx' | 'at_least' | 'at_most' | 'up_to';

/** Precision of a date figure. */
export type DatePrecision = 'day' | 'month' | 'year';

/** One figure found in prose. */
export interface Figure {
  /** Offset of the first character (hedge words included). */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The text of the span, `text === doc.slice(start, end)`. */
  text: string;
  /** What the figure measures. */
  kind: FigureKind;
  /** The value as stated: a number, an ISO date string ("2023-01-31", "2023-02"), or null for ranges. */
  value: number | string | null;
  /** Lower end of the interval the words allow (null when unbounded or not numeric). */
  min: number | null;
  /** Upper end of the interval the words allow (null when unbounded or not numeric). */
  max: number | null;
  /** Unit: "percent", "per_100k", "USD", "years", "date", "year", "ordinal", a counted noun, or null. */
  unit: string | null;
  /** The hedge, or null for dates and years. */
  hedge: Hedge | null;
  /** The hedge as written ("nearly", "más de"), when there is one. */
  hedgeText: string | null;
  /** Language of the paragraph the figure is in. */
  language: Language;
  /** For dates: how precise the words are. */
  precision: DatePrecision | null;
  /** Place value of the last significant digit (40,000 → 1000; 2.6 → 0.1), for rounding tolerance. */
  granularity: number | null;
  /** True for vague quantities ("tens of thousands", "a few days"). */
  vague: boolean;
  /** For dates whose year the words leave out: how the year was chosen. */
  yearInferred: boolean;
  /** Index of the sentence (in `Analysis.sentences`) holding the figure. */
  sentence: number;
}

/** A sentence of prose. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the prose block holding it. */
  block: number;
  language: Language;
  /**
   * Set on the pieces of a sentence too long to check whole (more figures or characters than
   * `analyze.ts` allows one sentence): the whole sentence's range. Each piece is checked as a
   * sentence of its own, and a `partly-checked` finding says so.
   */
  cut?: { start: number; end: number };
}

/** Who a claim is attributed to, and how that is known. */
export interface Attribution {
  /** The attributed party as written ("World Prison Brief", "Bullrich"). */
  who: string;
  /** How the attribution is expressed. */
  how: 'according-to' | 'said' | 'quote';
  start: number;
  end: number;
}

/** A sentence (or clause) asserting one or more figures. */
export interface Claim {
  start: number;
  end: number;
  /** Indices into `Analysis.figures`. */
  figures: number[];
  attribution: Attribution | null;
  /** True when the figures sit inside quoted speech. */
  quoted: boolean;
}

/** A region of the text that is prose, with non-prose parts masked out. */
export interface ProseBlock {
  start: number;
  end: number;
  /** The block's text with markup, code, URLs and the like replaced by spaces (same length). */
  masked: string;
  /** Paragraph, heading, list item, table cell, quote... */
  type: 'paragraph' | 'heading' | 'cell' | 'line';
  /** Set when the block's line nested lists or quotes too deep to parse, and the excess markers were read as text (a `partly-checked` finding says so). */
  flattened?: true;
}

/** A directive comment in the article (`<!-- crosscheck-disable ... -->`). */
export interface Directive {
  start: number;
  end: number;
  /** disable, enable, disable-next-line or disable-line. */
  action: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Codes named after the directive; empty means all. */
  codes: string[];
}

/** Where the reference date for year-less dates came from. */
export interface ReferenceDate {
  /** ISO date (yyyy-mm-dd). */
  date: string;
  source: 'option' | 'front-matter' | 'dateline' | 'dataset' | 'latest-in-text' | 'today';
  /** Span of the dateline when the date was read from the text. */
  start?: number;
  end?: number;
}

/** The complete analysis of one document. */
export interface Analysis {
  /** Language of most of the document. */
  language: Language;
  /** Decimal convention used to read ambiguous separators. */
  numberStyle: 'us' | 'eu';
  referenceDate: ReferenceDate | null;
  blocks: ProseBlock[];
  sentences: Sentence[];
  figures: Figure[];
  claims: Claim[];
  directives: Directive[];
  /** Set when the document was not analysed (too large, binary) and why. */
  skipped: string | null;
}
