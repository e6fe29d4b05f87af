/**
 * Grouping the sources' figures into quantities: by frame (what is counted, whose, role, unit,
 * head word), with same-valued groups of one general noun or of two languages joined and a
 * source's two values for one key split.
 */
import type { Item } from './build';
import { conceptOf } from './concepts';
import { isGeneric } from './words';
import type { SourceFrame } from './frame';

export interface Group {
  key: string;
  items: Item[];
}

/** Groups items by frame; same-valued groups of one general noun or of two languages join; a source's two values split a group. */
export function group(items: Item[], topic: ReadonlyMap<string, unknown>): Group[] {
  // A head that is only the story's subject ("the fire") says nothing: the next word does.
  for (const it of items) {
    const concept = conceptOf(it.frame.head, it.frame.language);
    if (concept) {
      it.key = `${scopeOf(it.frame)}|${it.frame.kind}|${it.frame.unit}|#${concept}`;
      continue;
    }
    if (!topic.has(it.frame.head)) continue;
    const other = it.frame.near.find((n) => !topic.has(n.stem) && !isGeneric(n.word));
    if (other) it.key = `${scopeOf(it.frame)}|${it.frame.kind}|${it.frame.unit}|${other.stem}`;
  }
  let groups = byKey(items);
  // A source giving two values under one key: tell them apart by the nearest other word.
  for (const g of groups) {
    if (!selfConflicting(g.items)) continue;
    for (const it of g.items) {
      const n = it.frame.near.find((x) => !topic.has(x.stem) && `|${x.stem}` !== it.key.slice(it.key.lastIndexOf('|')));
      it.key = `${g.key}+${n?.stem ?? it.frame.figure}`;
    }
  }
  groups = byKey(items);
  // A figure whose place the text leaves unsaid joins the one place its frame is given with elsewhere.
  for (const g of groups) {
    if (!g.key.startsWith('*~')) continue;
    const rest = g.key.slice(g.key.indexOf('|'));
    const role = g.key.slice(2, g.key.indexOf('|'));
    const placed = groups.filter((h) => h !== g && !h.key.startsWith('*~') && h.key.endsWith(rest) && h.key.slice(h.key.indexOf('~') + 1, h.key.indexOf('|')) === role);
    if (placed.length === 1) for (const it of g.items) it.key = placed[0]!.key;
  }
  groups = byKey(items);
  // Join groups the values say are one: "97 people died" and "killed 97 people", or English and Spanish.
  const merged: Group[] = [];
  for (const g of groups) {
    const into = merged.find((m) => sameThing(m, g));
    if (into) {
      for (const it of g.items) it.key = into.key;
      into.items.push(...g.items);
    } else merged.push(g);
  }
  return merged;
}

/** Whose and in what role, as a key prefix: "sv~actual", "*~forecast" (no place said). */
export function scopeOf(f: SourceFrame): string {
  return `${f.holder?.place ?? '*'}~${f.role}`;
}

function byKey(items: readonly Item[]): Group[] {
  const map = new Map<string, Item[]>();
  for (const it of items) map.set(it.key, [...(map.get(it.key) ?? []), it]);
  return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([key, list]) => ({ key, items: list }));
}

function selfConflicting(items: readonly Item[]): boolean {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.source.id === b.source.id && a.period === b.period && !close(valueOf(a), valueOf(b))) return true;
    }
  }
  return false;
}

function sameThing(a: Group, b: Group): boolean {
  const fa = a.items[0]!.frame;
  const fb = b.items[0]!.frame;
  if (fa.kind !== fb.kind || fa.unit !== fb.unit || fa.role !== fb.role || (fa.holder && fb.holder && fa.holder.place !== fb.holder.place)) return false;
  const generic = fa.generic !== null && fa.generic === fb.generic;
  const langsA = new Set(a.items.map((i) => i.frame.language));
  const otherLanguage = b.items.every((i) => !langsA.has(i.frame.language));
  const nearA = new Set(a.items.flatMap((i) => i.frame.near.map((n) => n.stem)));
  const sharedNear = b.items.some((i) => i.frame.near.some((n) => nearA.has(n.stem) && !isGeneric(n.word)));
  // A value with three significant digits or more (229, 2,207, 4.04 billion) is rarely shared by chance.
  const distinctive = (x: Item): boolean => significantDigits(valueOf(x)) >= 3;
  // One named place, one period, both languages: even a small value ("2.4", "2,4") is the same figure.
  const placed = fa.holder !== null && fa.holder.place === fb.holder?.place && otherLanguage;
  const agree = a.items.some((x) => b.items.some((y) => (x.period === y.period || !x.period || !y.period) && (valueOf(x) >= 10 || (placed && x.period === y.period)) && close(valueOf(x), valueOf(y)) && (generic || otherLanguage || sharedNear || distinctive(x))));
  const clash = a.items.some((x) => b.items.some((y) => x.source.id === y.source.id && x.period === y.period && !close(valueOf(x), valueOf(y))));
  return agree && !clash;
}

function significantDigits(v: number): number {
  return String(Math.abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

export function valueOf(it: Item): number {
  return it.analysis.figures[it.frame.figure]!.value as number;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));
}
