import type { ErrorObject } from 'ajv';
import { distance, nearest } from './nearest.js';
import { inLanguage, language, t, type Lang, type MessageKey } from '../i18n/index.js';
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
  return segs.length ? `'${segs.filter((s) => !/^\d+$/.test(s)).pop() ?? segs[segs.length - 1]}'` : t('schema.document');
};

/**
 * Turns ajv's errors into one clear problem each: unknown keys name the nearest valid key,
 * enums list the allowed values and the nearest, a value of the wrong type says what was
 * expected and what was written ('yes' for true or false), a date not YYYY-MM-DD names the
 * ISO date it means, a value that may take several shapes is reported in the shape it has,
 * and every problem has a line:column in the user's file.
 */
/** The problems worded in `lang`, whatever the run's language. */
export const describeSchemaErrorsIn = (lang: Lang, all: ErrorObject[], schema: unknown, locate: Locate): Problem[] =>
  inLanguage(lang, () => describeSchemaErrors(all, schema, locate));

export function describeSchemaErrors(all: ErrorObject[], schema: unknown, locate: Locate): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  // A suggestion once per word and list: a register of 8,000 admins with the same misspelt key
  // asks the same question 8,000 times.
  const hints = new Map<string, string>();
  const hint = (word: string, allowed: string[]) => {
    const key = `${word}\u0000${allowed.join('\u0000')}`;
    let h = hints.get(key);
    if (h === undefined) hints.set(key, (h = didYouMean(word, allowed)));
    return h;
  };
  const { errors, shapes } = settleAnyOf(all);
  for (const e of errors) {
    if (e.keyword === 'if' || (e.keyword === 'anyOf' && !shapes.has(e) && errors.some((o) => o !== e && o.instancePath === e.instancePath && o.keyword !== 'anyOf'))) continue;
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
        message = t('schema.unknownKey', { key, hint: hint(key, allowed) });
        where = locate(e.instancePath, key);
        break;
      }
      case 'required':
        message = e.instancePath ? t('schema.missingKeyIn', { key: String(params.missingProperty), where: label(e.instancePath) }) : t('schema.missingKey', { key: String(params.missingProperty) });
        break;
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]).map(String);
        const value = String(pointerValue(e.data));
        message = t('schema.oneOf', { name: label(e.instancePath), list: allowed.join(', '), value, hint: hint(value, allowed) });
        break;
      }
      case 'anyOf':
        // Every shape the value may take failed on its type (see settleAnyOf): say them all.
        message = shapes.has(e) ? t('schema.mustBe', { name: label(e.instancePath), what: shapes.get(e)!.join(t('schema.orShape')), got: got(e.data), hint: '' }) : ajvMessage(e);
        break;
      case 'const':
        message = t('schema.mustBeValue', { name: label(e.instancePath), value: JSON.stringify(params.allowedValue) });
        break;
      case 'type':
        message = t('schema.mustBe', { name: label(e.instancePath), what: typeWords(params.type, e.parentSchema), got: got(e.data), hint: typeHint(params.type, e.data) });
        break;
      case 'format':
        message = params.format === 'date' ? describeDate(label(e.instancePath), e.data) : t('schema.mustBeFormat', { name: label(e.instancePath), format: String(params.format) });
        break;
      case 'pattern':
        message = t('schema.badPattern', { name: label(e.instancePath), value: String(e.data), expected: describePattern(String(params.pattern)) });
        break;
      default:
        message = ajvMessage(e);
    }
    const id = `${where.line}:${where.column}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ message, line: where.line, column: where.column, pointer: e.instancePath });
  }
  return out;
}

/**
 * A value that may take several shapes (a bilingual field is a text or a mapping of en: and
 * cy:) gets an error from every shape it fails: "'bio' must be string" beside "unknown key
 * 'cym'". Only the shapes the value has are reported; when it has none of them (a list where
 * a text or mapping goes), the anyOf error stands for all, naming each shape (`shapes`).
 */
function settleAnyOf(errors: ErrorObject[]): { errors: ErrorObject[]; shapes: Map<ErrorObject, string[]> } {
  const dropped = new Set<ErrorObject>();
  const shapes = new Map<ErrorObject, string[]>();
  for (const any of errors) {
    if (any.keyword !== 'anyOf') continue;
    const prefix = `${any.schemaPath}/`;
    const branches = new Map<number, ErrorObject[]>();
    for (const e of errors) {
      if (e === any || dropped.has(e) || !e.schemaPath.startsWith(prefix)) continue;
      if (e.instancePath !== any.instancePath && !e.instancePath.startsWith(`${any.instancePath}/`)) continue;
      const n = Number(e.schemaPath.slice(prefix.length).split('/')[0]);
      if (!Number.isInteger(n)) continue;
      branches.set(n, [...(branches.get(n) ?? []), e]);
    }
    if (!branches.size) continue;
    // A branch whose own type the value does not have: "must be string" for a mapping.
    const typeError = (n: number, list: ErrorObject[]) => list.find((e) => e.keyword === 'type' && e.instancePath === any.instancePath && e.schemaPath === `${prefix}${n}/type`);
    const wrongShape = [...branches].filter(([n, list]) => typeError(n, list));
    if (wrongShape.length < branches.size) {
      // The shapes the value has explain it better than "must match a schema in anyOf".
      dropped.add(any);
      for (const [, list] of wrongShape) for (const e of list) dropped.add(e);
    } else {
      for (const [, list] of branches) for (const e of list) dropped.add(e);
      const options = Array.isArray(any.schema) ? (any.schema as unknown[]) : [];
      shapes.set(any, [...branches].sort(([a], [b]) => a - b).map(([n, list]) => typeWords((typeError(n, list)!.params as Record<string, unknown>).type, options[n])));
    }
  }
  return { errors: errors.filter((e) => !dropped.has(e)), shapes };
}

const TYPE_WORDS = new Set(['string', 'boolean', 'array', 'object', 'integer', 'number', 'null']);
const typeWord = (type: string) => (TYPE_WORDS.has(type) ? t(`schema.type.${type}` as 'schema.type.string') : type);

/** What a value of a JSON Schema type is called for a reader; a mapping names its keys. */
function typeWords(type: unknown, schemaNode: unknown): string {
  const types = (Array.isArray(type) ? type.map(String) : String(type).split(',')).map((x) => x.trim());
  const keys = schemaNode && typeof schemaNode === 'object' ? Object.keys(((schemaNode as Record<string, unknown>).properties as object) ?? {}) : [];
  return types
    .map((type) =>
      type === 'object' && keys.length
        ? keys.length <= 3
          ? t('schema.mappingKeys', { keys: `${keys.slice(0, -1).join(', ')}${keys.length > 1 ? t('schema.and') : ''}${keys[keys.length - 1]}` })
          : t('schema.mappingSuch', { keys: keys.slice(0, 4).join(', ') })
        : typeWord(type),
    )
    .join(t('schema.or'));
}

/** The value a user wrote, as a message quotes it. */
function got(v: unknown): string {
  if (v === null || v === undefined) return t('schema.got.nothing');
  if (Array.isArray(v)) return t('schema.got.list');
  if (typeof v === 'object') return t('schema.got.mapping');
  if (typeof v === 'string') return `'${v.length > 60 ? `${v.slice(0, 57)}...` : v}'`;
  return String(v);
}

/** How to write the value the schema wanted, where the fix is a matter of YAML syntax. */
function typeHint(type: unknown, v: unknown): string {
  const types = Array.isArray(type) ? type.map(String) : String(type).split(',');
  if (types.length !== 1) return '';
  if (types[0] === 'string' && (typeof v === 'number' || typeof v === 'boolean')) return t('schema.hintQuote', { value: String(v) });
  if (types[0] === 'array' && typeof v === 'string' && v.trim() && !/[[\],]/.test(v)) return t('schema.hintList', { value: v });
  return '';
}

const isRealDate = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** A date that is not YYYY-MM-DD, or not a real day: the nearest ISO date when one is plain. */
function describeDate(name: string, v: unknown): string {
  if (typeof v !== 'string') return t('schema.dateType', { name, got: got(v) });
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (iso) return t('schema.dateNotReal', { name, value: v });
  // Day first, as the UK writes dates (01/06/2026 is 1 June), or year first with short parts.
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v.trim());
  const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(v.trim());
  const [y, m, d] = dmy ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])] : ymd ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])] : [0, 0, 0];
  const meant = y && isRealDate(y, m, d) ? t('hint.didYouMeanOne', { word: `${y}-${pad(m)}-${pad(d)}` }) : '';
  return t('schema.dateFormat', { name, value: v, hint: meant });
}

/** Common names of allowed values ("Welsh" for cy, "fb" for facebook), used only when the value they name is allowed. */
const ALIASES: Record<string, string> = {
  welsh: 'cy', cymraeg: 'cy', cymru: 'cy',
  english: 'en', saesneg: 'en',
  both: 'bilingual', dwyieithog: 'bilingual', 'en/cy': 'bilingual', 'cy/en': 'bilingual',
  fb: 'facebook', ig: 'instagram', insta: 'instagram', yt: 'youtube', li: 'linkedin', 'x.com': 'x', 'twitter.com': 'twitter',
};

const squash = (s: string) => s.toLowerCase().replace(/[\s_.()-]+/g, '');

/**
 * "; did you mean 'X'?" for the allowed value nearest to what was written: the same letters
 * spaced or cased differently ("Linked In"), a common name ("Welsh" for cy), or a near
 * spelling that keeps some of the letters (so "fb" never suggests "x").
 */
function didYouMean(word: string, allowed: Iterable<string>): string {
  const list = [...allowed];
  const alias = ALIASES[word.trim().toLowerCase()];
  const same = list.find((a) => a !== word && squash(a) === squash(word)) ?? (alias && list.includes(alias) ? alias : undefined);
  if (same) return t('hint.didYouMean', { word: same });
  const n = nearest(word, list);
  if (n && distance(word.toLowerCase(), n.toLowerCase()) < Math.max(word.length, n.length)) return t('hint.didYouMean', { word: n });
  // A short form of one value: "comms" for communications, "recruit" for recruitment.
  const start = word.toLowerCase().slice(0, 4);
  const starting = word.length >= 4 ? list.filter((a) => a.toLowerCase().startsWith(start)) : [];
  return starting.length === 1 ? t('hint.didYouMean', { word: starting[0] }) : '';
}

/** Limits ajv words itself ("must NOT have fewer than 1 items"), worded in the run's language; the English is ajv's own. */
const LIMITS = {
  minItems: 'schema.minItems',
  maxItems: 'schema.maxItems',
  minLength: 'schema.minLength',
  maxLength: 'schema.maxLength',
  minProperties: 'schema.minProperties',
  maxProperties: 'schema.maxProperties',
  minimum: 'schema.minimum',
  maximum: 'schema.maximum',
  exclusiveMinimum: 'schema.exclusiveMinimum',
  exclusiveMaximum: 'schema.exclusiveMaximum',
} as const satisfies Record<string, MessageKey>;

/** Any other ajv error: the limits above and uniqueItems in words, else ajv's own text ("is invalid" in Welsh). */
function ajvMessage(e: ErrorObject): string {
  const name = label(e.instancePath);
  const params = e.params as Record<string, unknown>;
  if (Object.hasOwn(LIMITS, e.keyword) && params.limit !== undefined) return t(LIMITS[e.keyword as keyof typeof LIMITS], { name, limit: String(params.limit) });
  if (e.keyword === 'uniqueItems' && params.i !== undefined) return t('schema.uniqueItems', { name, i: String(params.i), j: String(params.j) });
  return language() === 'en' && e.message ? `${name} ${e.message}` : t('schema.invalid', { name });
}

function pointerValue(v: unknown): unknown {
  return typeof v === 'object' ? JSON.stringify(v) : v;
}

function describePattern(p: string): string {
  if (p === '^[a-z0-9-]+/[a-z0-9-]+$') return t('schema.pattern.ruleId');
  if (p === '^[a-z0-9-]+$') return t('schema.pattern.slug');
  if (p.startsWith('^https?')) return t('schema.pattern.url');
  if (p.includes('@')) return t('schema.pattern.email');
  if (p.includes('(day|week|month|year)')) return t('schema.pattern.duration');
  if (p.startsWith('^\\d{4}-\\d{2}-\\d{2}(?:[T ]')) return t('schema.pattern.dateTime');
  return t('schema.pattern.regex', { pattern: p });
}
