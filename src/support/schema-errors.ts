import type { ErrorObject } from 'ajv';
import { didYouMean } from './nearest.js';
import { pointerSegments, type Locate } from './yaml-locate.js';

export interface Problem { message: string; line: number; column: number; pointer: string }

function schemaAt(schema: unknown, schemaPath: string): Record<string, unknown> | undefined {
  let node = schema as Record<string, unknown> | undefined;
  for (const seg of pointerSegments(schemaPath.replace(/^#/, ''))) {
    if (!node || typeof node !== 'object') return undefined;
    node = node[seg] as Record<string, unknown> | undefined;
  }
  return node;
}

/** Resolves `$ref`s inside one schema document (only local "#/..." refs are used). */
function deref(schema: unknown, node: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  let n = node;
  for (let i = 0; n && typeof n.$ref === 'string' && i < 10; i++) n = schemaAt(schema, n.$ref);
  return n;
}

const label = (pointer: string): string => {
  const segs = pointerSegments(pointer);
  return segs.length ? `'${segs.filter((s) => !/^\d+$/.test(s)).pop() ?? segs[segs.length - 1]}'` : 'the document';
};

/**
 * Turns ajv's errors into one clear problem each: unknown keys name the nearest valid key,
 * enums list the allowed values, and every problem has a line:column in the user's file.
 */
export function describeSchemaErrors(errors: ErrorObject[], schema: unknown, locate: Locate): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' && errors.some((o) => o !== e && o.instancePath === e.instancePath && o.keyword !== 'anyOf')) continue;
    let message: string;
    let where = locate(e.instancePath);
    const params = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String(params.additionalProperty);
        // With ajv's `verbose`, the schema object that rejected the key comes with the error;
        // a $ref'd definition's schemaPath is relative to that definition, not to the root.
        const parent = (e.parentSchema as Record<string, unknown> | undefined) ?? deref(schema, schemaAt(schema, e.schemaPath.replace(/\/additionalProperties$/, '')));
        const allowed = Object.keys((parent?.properties as object) ?? {});
        message = `unknown key '${key}'${didYouMean(key, allowed)}${allowed.length ? '' : ''}`;
        where = locate(e.instancePath, key);
        break;
      }
      case 'required':
        message = `missing required key '${String(params.missingProperty)}'${e.instancePath ? ` in ${label(e.instancePath)}` : ''}`;
        break;
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]).map(String);
        const value = String(pointerValue(e.data));
        message = `${label(e.instancePath)} must be one of: ${allowed.join(', ')} (got '${value}')${didYouMean(value, allowed)}`;
        break;
      }
      case 'const':
        message = `${label(e.instancePath)} must be ${JSON.stringify(params.allowedValue)}`;
        break;
      case 'type':
        message = `${label(e.instancePath)} must be ${String(params.type).replace(',', ' or ')}`;
        break;
      case 'format':
        message = `${label(e.instancePath)} must be a ${params.format === 'date' ? 'date (YYYY-MM-DD)' : String(params.format)}`;
        break;
      case 'pattern':
        message = `${label(e.instancePath)} has an invalid value '${String(e.data)}' (expected ${describePattern(String(params.pattern))})`;
        break;
      default:
        message = `${label(e.instancePath)} ${e.message ?? 'is invalid'}`;
    }
    const id = `${where.line}:${where.column}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ message, line: where.line, column: where.column, pointer: e.instancePath });
  }
  return out;
}

function pointerValue(v: unknown): unknown {
  return typeof v === 'object' ? JSON.stringify(v) : v;
}

function describePattern(p: string): string {
  if (p === '^[a-z0-9-]+/[a-z0-9-]+$') return "a rule id such as 'dp/phone-number'";
  if (p === '^[a-z0-9-]+$') return 'lower-case letters, digits and hyphens';
  if (p.startsWith('^https?')) return 'an http(s) address';
  if (p.includes('@')) return 'an e-mail address';
  if (p.includes('(day|week|month|year)')) return "a duration such as '6 months'";
  if (p.startsWith('^\\d{4}-\\d{2}-\\d{2}(?:[T ]')) return 'an ISO date or date-time such as 2026-12-01 or 2026-12-01T09:00';
  return `to match /${p}/`;
}
