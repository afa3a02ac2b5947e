import type { BuiltinDetector, Match, PostDocument, Severity } from '../engine/types.js';

interface Params {
  /** National-number prefixes Ofcom reserves for drama (e.g. 7700900): found like real numbers. */
  'reserved-prefixes'?: string[];
}

// Cheap pre-check: a run of at least 7 digits, possibly grouped. Most posts have none, so the
// 150 KB libphonenumber metadata is loaded only when a post could hold a number.
const DIGIT_RUN = /(?:\+|\d)[\d\s().-]{5,}\d/;
const PERSONAL_TYPES = new Set(['MOBILE', 'PERSONAL_NUMBER', 'FIXED_LINE_OR_MOBILE', 'PAGER']);
const ORGANISATION_TYPES = new Set(['TOLL_FREE', 'SHARED_COST', 'UAN', 'PREMIUM_RATE', 'VOICEMAIL']);

// 'POSSIBLE' so Ofcom drama numbers are found; validity is then checked per number.
// (leniency is supported at run time but missing from the library's type declarations.)
const FIND_OPTIONS = { defaultCountry: 'GB', v2: true, leniency: 'POSSIBLE' } as { defaultCountry: 'GB'; v2: true };

type Lib = typeof import('libphonenumber-js/max');
let lib: Promise<Lib> | undefined;

/**
 * `dp/phone-number`: UK and international numbers found by libphonenumber (GB default
 * region). A number must be valid by libphonenumber's metadata, or lie in an Ofcom drama
 * range; so dates, times, money, counts and reference numbers, which are "possible" but not
 * valid, never match. Mobiles keep the rule's severity; landlines are warnings (often a
 * business or office); freephone and 03 numbers are info; the organisation's own numbers in
 * `organisation.allow.phones` are not findings.
 */
export const phoneNumber: BuiltinDetector<Params> = {
  name: 'phone-number',
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { 'reserved-prefixes': { type: 'array', items: { type: 'string', pattern: '^[0-9]+$' } } },
  },
  async detect(doc, params, ctx) {
    const post = doc as PostDocument;
    if (!DIGIT_RUN.test(post.prose)) return [];
    const { findNumbers, parsePhoneNumberFromString } = await (lib ??= import('libphonenumber-js/max'));
    const allowed = new Set(
      ctx.organisation.allow.phones.map((p) => parsePhoneNumberFromString(p, 'GB')?.number).filter((n): n is NonNullable<typeof n> => !!n),
    );
    const reserved = params['reserved-prefixes'] ?? [];
    const out: Match[] = [];
    for (const found of findNumbers(post.prose, FIND_OPTIONS)) {
      const { number } = found;
      const raw = post.prose.slice(found.startsAt, found.endsAt);
      const national = number.nationalNumber;
      const drama = number.countryCallingCode === '44' && /^[0+(]/.test(raw) && reserved.some((p) => national.startsWith(p));
      if (!drama && !number.isValid()) continue;
      if (allowed.has(number.number)) continue;
      const type = drama ? (national.startsWith('7') ? 'MOBILE' : 'FIXED_LINE') : number.getType();
      let severity: Severity | undefined;
      let note: string | undefined;
      if (type && ORGANISATION_TYPES.has(type)) {
        severity = 'info';
        note = "A non-geographic number, usually an organisation's; if it is yours, add it to organisation.allow.phones.";
      } else if (!type || !PERSONAL_TYPES.has(type)) {
        severity = 'warning';
        note = "A landline: check it is not a resident's; if it is the organisation's, add it to organisation.allow.phones.";
      }
      out.push({ start: found.startsAt, end: found.endsAt, sensitive: true, ...(severity ? { severity, note } : {}) });
    }
    return out;
  },
};
