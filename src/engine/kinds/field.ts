import type { AccountDocument, Match, RunContext } from '../../model/index.js';
import { onOwnDomain } from '../../model/index.js';
import { pointerSegments } from '../../support/yaml-locate.js';
import type { DetectSpec } from '../../model/index.js';
import { compilePattern } from '../regex-safety.js';

type FieldSpec = Extract<DetectSpec, { kind: 'field' }>;

export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/** A value written to fill the field, not to give it ("TBC", "n/a", "i'w gadarnhau"): as good as none. */
const PLACEHOLDER = /^(?:tbc|tba|tbd|n\/?a|none|nil|pending|to follow|to be confirmed|unknown|i ddilyn|i['’]w gadarnhau|dim|\?+|-+|x+)\.?$/i;

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && (v.trim() === '' || PLACEHOLDER.test(v.trim()))) || (Array.isArray(v) && v.length === 0);

/** Subtracts "6 months", "2 weeks", ... from a YYYY-MM-DD day, in UTC. */
export function subtractDuration(date: string, duration: string): string {
  const [, n, unit] = /^(\d+) (day|week|month|year)s?$/.exec(duration)!;
  const d = new Date(`${date}T00:00:00Z`);
  const k = Number(n);
  if (unit === 'day' || unit === 'week') {
    d.setUTCDate(d.getUTCDate() - (unit === 'week' ? 7 * k : k));
    return d.toISOString().slice(0, 10);
  }
  // Months and years keep the day of the month, clamped to the month's end
  // (31 August minus 6 months is 28 February, not 3 March).
  const months = d.getUTCFullYear() * 12 + d.getUTCMonth() - (unit === 'month' ? k : 12 * k);
  const year = Math.floor(months / 12);
  const month = months - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

function onDomains(value: string, domains: string[]): boolean {
  return onOwnDomain(value.includes('@') ? value.split('@').pop()! : value, domains);
}

/** Every concrete pointer a pointer with '*' segments names in the data, with its value. */
export function expand(data: unknown, pointer: string): Array<{ pointer: string; value: unknown }> {
  let found: Array<{ pointer: string; value: unknown }> = [{ pointer: '', value: data }];
  for (const seg of pointerSegments(pointer)) {
    const next: typeof found = [];
    for (const { pointer: p, value } of found) {
      if (seg === '*') {
        if (Array.isArray(value)) value.forEach((v, i) => next.push({ pointer: `${p}/${i}`, value: v }));
        else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) next.push({ pointer: `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, value: v });
      } else {
        const v = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined;
        next.push({ pointer: `${p}/${seg.replace(/~/g, '~0').replace(/\//g, '~1')}`, value: v });
      }
    }
    found = next;
  }
  return found;
}

/**
 * `detect: { kind: field }`: one condition on the value at a JSON Pointer of an account file
 * (each value, where a '*' segment names several). The condition states what the policy
 * requires; a finding is raised where it does not hold.
 */
export function fieldDetector(spec: FieldSpec) {
  const find = spec.matches ? compilePattern(spec.matches, { engine: spec.engine ?? 're2', ignoreCase: spec['ignore-case'] }) : undefined;
  return (doc: AccountDocument, ctx: RunContext): Match[] => {
    if (spec.if && !expand(doc.data, spec.if.pointer).some(({ value }) => holds(spec.if!, value))) return [];
    return expand(doc.data, spec.pointer).flatMap(({ pointer, value }) => check(spec, pointer, value, ctx, find));
  };
}

function holds(cond: NonNullable<FieldSpec['if']>, v: unknown): boolean {
  if ('equals' in cond && v !== cond.equals) return false;
  if (cond.in && !cond.in.includes(v)) return false;
  if ('contains' in cond && !(Array.isArray(v) && v.includes(cond.contains))) return false;
  return true;
}

function check(spec: FieldSpec, pointer: string, value: unknown, ctx: RunContext, find: ((s: string) => unknown[]) | undefined): Match[] {
  const at = (p: string, shown: unknown): Match => ({ start: 0, end: 0, pointer: p, data: { value: shown === undefined ? '(not set)' : typeof shown === 'object' && shown !== null ? JSON.stringify(shown) : String(shown) } });
  if (spec.required) return isEmpty(value) ? [at(pointer, value)] : [];
  if ('equals' in spec) return value === spec.equals ? [] : [at(pointer, value)];
  if (find) return typeof value === 'string' && find(value).length === 0 ? [at(pointer, value)] : [];
  if (spec['min-items'] !== undefined) {
    const count = Array.isArray(value) ? value.length : 0;
    return count < spec['min-items'] ? [{ ...at(pointer, value), data: { value: String(count), count: String(count), min: String(spec['min-items']) } }] : [];
  }
  if (spec['older-than']) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return isEmpty(value) ? [at(pointer, value)] : [];
    return value < subtractDuration(ctx.date, spec['older-than']) ? [at(pointer, value)] : [];
  }
  const list = spec['in-list'];
  if (list) {
    const allowed = list === 'organisation.approved-apps' ? ctx.organisation.approvedApps : list === 'organisation.domains' ? ctx.organisation.domains : list;
    const ok = (v: unknown) => typeof v !== 'string' || (list === 'organisation.domains' ? onDomains(v, allowed) : allowed.some((a) => a.toLowerCase() === v.toLowerCase()));
    if (Array.isArray(value)) return value.flatMap((v, i) => (ok(v) ? [] : [at(`${pointer}/${i}`, v)]));
    return ok(value) ? [] : [at(pointer, value)];
  }
  return [];
}
