/**
 * Counted nouns through `Intl.PluralRules`, which knows Welsh's six categories (CLDR `cy`:
 * 0 zero, 1 one, 2 two, 3 few, 6 many, the rest other). Each noun gives the forms it needs,
 * `#` standing for the figure; a missing category falls back to `other` (docs/glossary.md,
 * "Plurals and numbers"): Welsh nouns give "dim + plural", "1 + singular" and "# o +
 * plural" (soft mutation after *o*, written once into the form), right for every number.
 */
import type { Lang } from './lang.js';

export interface Forms {
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

const rules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The CLDR category of `n` in `lang`: 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'. */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  // English whole numbers need no ICU data (loading it costs a cold start tens of
  // milliseconds): 1 is 'one', every other whole number 'other', as CLDR says.
  if (lang === 'en' && Number.isInteger(n)) return n === 1 ? 'one' : 'other';
  return (rules[lang] ??= new Intl.PluralRules(lang)).select(n);
}

/** The form for `n`, with `#` replaced by the figure ("3 o ganfyddiadau", "1 broblem", "dim gwallau"). */
export function countWith(lang: Lang, forms: Forms, n: number): string {
  const form = forms[pluralCategory(lang, n)] ?? forms.other;
  return form.replace('#', formatNumber(n));
}

/** Welsh groups digits like English (glossary): 1,234,567. */
export function formatNumber(n: number): string {
  // Whole numbers under 1,000 have no separator to add: skip ICU's number formatting (its
  // first use loads locale data, tens of milliseconds of a cold start).
  if (Number.isInteger(n) && Math.abs(n) < 1000) return String(n);
  return (grouping ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })).format(n);
}

let grouping: Intl.NumberFormat | undefined;

/** Fills `{name}` placeholders; a placeholder with no value is left as it is. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

/** The placeholders of a template, sorted: both languages of a message must have the same. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}
