/**
 * Reading one dataset file: size limit, comments (JSONC), JSON syntax, schema. Every problem
 * names the file, the JSON path and the reason, with an offset for editors.
 */
import { findNodeAtLocation, parseTree, stripComments, type ParseError } from 'jsonc-parser';
import { describeIssue, jsonPath } from '../schemaErrors';
import { DatasetFile } from './schema';

/** A problem in a dataset file. */
export interface DatasetProblem {
  /** The file's name or path as given. */
  file: string;
  /** JSON path of the offending value (`$` for the whole file). */
  path: string;
  message: string;
  severity: 'error' | 'warning' | 'information';
  /** Offset in the file's text, when known. */
  offset?: number;
  length?: number;
}

/** Dataset files larger than this are refused (5 MiB). */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024;

export interface Loaded {
  file: DatasetFile | null;
  problems: DatasetProblem[];
}

/** Parses a dataset file's text. Nothing here throws. */
export function loadDatasetText(text: string, name: string, maxLength = MAX_DATASET_BYTES): Loaded {
  if (text.length > maxLength) {
    return fail(name, '$', `the file is ${text.length} characters long, over the limit of ${maxLength}; split it into smaller files`);
  }
  if (text.includes('\u0000')) return fail(name, '$', 'the file is binary, not JSON');
  let data: unknown;
  const clean = stripComments(text, ' ');
  try {
    data = JSON.parse(clean);
  } catch (e) {
    if (e instanceof RangeError) return fail(name, '$', 'the JSON is nested too deeply');
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const offset = pos ? Number(pos[1]) : firstSyntaxError(clean); // Node 20 names no position for some errors
    return { file: null, problems: [{ file: name, path: '$', message: `not valid JSON: ${msg.replace(/^Unexpected/, 'unexpected')}`, severity: 'error', ...(offset !== undefined ? { offset, length: 1 } : {}) }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(name, '$', 'expected a JSON object with "version": 1 and lists of sources, quantities, claims or derivations');
  const parsed = DatasetFile.safeParse(data);
  if (parsed.success) return { file: parsed.data, problems: [] };
  const tree = safeTree(clean);
  const problems: DatasetProblem[] = parsed.error.issues.slice(0, 50).map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const node = tree ? nearestNode(tree, path) : undefined;
    return {
      file: name,
      path: jsonPath(issue.path),
      message: describeIssue(issue),
      severity: 'error',
      ...(node ? { offset: node.offset, length: node.length } : {}),
    };
  });
  return { file: null, problems };
}

/** Refuses a dataset file by its size before it is read: a message, or null when it may be read. */
export function sizeProblem(bytes: number, maxBytes = MAX_DATASET_BYTES): string | null {
  return bytes > maxBytes ? `the file is ${bytes} bytes, over the limit of ${maxBytes} for a dataset file (it was not read); split it into smaller files` : null;
}

/** The offset and length of the value at a JSON path such as `$.claims[3].quote`, for problems found after parsing. */
export function locate(text: string, path: string): { offset: number; length: number } | null {
  const segments: (string | number)[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  for (let pos = path.startsWith('$') ? 1 : 0; pos < path.length; pos = re.lastIndex) {
    re.lastIndex = pos;
    const m = re.exec(path);
    if (!m) return null;
    segments.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  }
  const tree = safeTree(stripComments(text, ' '));
  const node = tree ? nearestNode(tree, segments) : undefined;
  return node ? { offset: node.offset, length: node.length } : null;
}

/** The node at a path or, when the value is missing, the nearest object or array holding where it should be. */
function nearestNode(tree: NonNullable<ReturnType<typeof parseTree>>, path: (string | number)[]): ReturnType<typeof findNodeAtLocation> {
  for (let n = path.length; n >= 1; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) return node;
  }
  return undefined;
}

/** Where the first JSON syntax error is, for messages that name a line and column. */
function firstSyntaxError(text: string): number | undefined {
  const errors: ParseError[] = [];
  try {
    parseTree(text, errors);
  } catch {
    return undefined;
  }
  return errors[0]?.offset;
}

function safeTree(text: string): ReturnType<typeof parseTree> {
  try {
    return parseTree(text);
  } catch {
    return undefined;
  }
}

function fail(file: string, path: string, message: string): Loaded {
  return { file: null, problems: [{ file, path, message, severity: 'error' }] };
}
