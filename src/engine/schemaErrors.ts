/** Human-readable messages for schema failures: the JSON path and the reason. */

interface Issue {
  readonly code?: string;
  readonly path?: readonly PropertyKey[];
  readonly message?: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly format?: string;
  readonly errors?: readonly (readonly Issue[])[];
}

/** A JSON path such as `$.claims[3].value`. */
export function jsonPath(path: readonly PropertyKey[] | undefined): string {
  let out = '$';
  for (const p of path ?? []) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`;
  return out;
}

/** One line per issue: "$.path: reason". */
export function formatIssues(issues: readonly Issue[], limit = 5): string {
  const lines = issues.slice(0, limit).map((i) => `${jsonPath(i.path)}: ${describeIssue(i)}`);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more`);
  return lines.join('; ');
}

/** The reason of one issue in words. */
export function describeIssue(i: Issue): string {
  if (i.message && !i.message.startsWith('Invalid input')) return i.message;
  switch (i.code) {
    case 'invalid_type':
      return `expected ${i.expected ?? 'another type'}`;
    case 'invalid_value':
      return `expected one of ${(i.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key${(i.keys ?? []).length > 1 ? 's' : ''} ${(i.keys ?? []).map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_small':
      return `too small (minimum ${String(i.minimum)})`;
    case 'too_big':
      return `too big (maximum ${String(i.maximum)})`;
    case 'invalid_union': {
      const expected = [...new Set((i.errors ?? []).flat().map((e) => e.expected ?? e.format).filter(Boolean))];
      return expected.length ? `expected ${expected.join(' or ')}` : 'matches none of the allowed forms';
    }
    case 'invalid_format':
      return `not a valid ${i.format ?? 'value'}`;
    default:
      return i.message && i.message !== 'Invalid input' ? i.message : (i.code ?? 'invalid');
  }
}
