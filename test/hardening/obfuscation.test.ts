/**
 * Hardening (issue #8, §5): personal data disguised as people disguise it (by accident: a
 * font, a paste from a form; or on purpose) is still found, in English and Welsh, and the
 * finding points at the draft's own characters. Reserved test data only.
 */
import { describe, expect, it } from 'vitest';
import { lintRule } from '../support/rule-tester.js';

const ZW = '\u200b';
const SHY = '\u00ad';
const WJ = '\u2060';
const fullWidth = (s: string) => s.replace(/[0-9A-Za-z@]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const arabicIndic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const persian = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const mathBold = (s: string) => s.replace(/\d/g, (d) => String.fromCodePoint(0x1d7ce + Number(d)));

const CASES: Array<[string, string, string]> = [
  // [rule, text, what the finding must cover (in the draft's own characters)]
  ['dp/phone-number', `Call Mrs Davies on ${fullWidth('07700 900123')}`, fullWidth('07700 900123')],
  ['dp/phone-number', `Ffoniwch Dai ar ${arabicIndic('07700 900123')}`, arabicIndic('07700 900123')],
  ['dp/phone-number', `Her number: ${persian('07700 900123')}`, persian('07700 900123')],
  ['dp/phone-number', `Call ${mathBold('07700 900123')} today`, mathBold('07700 900123')],
  ['dp/phone-number', `Call Mrs Davies on 07700${ZW}900123`, `07700${ZW}900123`],
  ['dp/phone-number', `Call Mrs Davies on 07700${SHY}900123`, `07700${SHY}900123`],
  ['dp/phone-number', `Call Mrs Davies on 077${WJ}00 900${WJ}123`, `077${WJ}00 900${WJ}123`],
  ['dp/phone-number', 'Call Mrs Davies on O77OO 9OO123 tonight', 'O77OO 9OO123'],
  ['dp/phone-number', 'Call Mrs Davies on 07700 900l23 tonight', '07700 900l23'],
  ['dp/phone-number', 'Call Mrs Davies on oh seven seven oh oh nine oh oh one two three', 'oh seven seven oh oh nine oh oh one two three'],
  ['dp/phone-number', 'Ffoniwch Dai ar dim saith saith dim dim naw dim dim un dau tri', 'dim saith saith dim dim naw dim dim un dau tri'],
  ['dp/phone-number', 'Call oh double seven double oh nine double oh one two three', 'oh double seven double oh nine double oh one two three'],
  ['dp/phone-number', 'Call Mrs Davies on 07700/900/123', '07700/900/123'],
  ['dp/phone-number', 'Call Mrs Davies on 07700_900_123', '07700_900_123'],
  ['dp/phone-number', 'Call Mrs Davies on 07700.900.123', '07700.900.123'],
  ['dp/phone-number', 'Call Mrs Davies on +44 (0) 7700-900-123', '+44 (0) 7700-900-123'],
  ['dp/phone-number', 'Rhif ffôn Dai: `07700 900123`', '07700 900123'],
  ['dp/phone-number', 'Ring [Dai](tel:07700900123) about it', '07700900123'],
  ['dp/email-address', 'Email Dai at dai.davies [at] example [dot] com', 'dai.davies [at] example [dot] com'],
  ['dp/email-address', 'Email Dai at dai.davies (at) example (dot) com', 'dai.davies (at) example (dot) com'],
  ['dp/email-address', 'Email Dai: dai.davies @ example.com', 'dai.davies @ example.com'],
  ['dp/email-address', `Email Dai: dai.davies${fullWidth('@')}example.com`, `dai.davies${fullWidth('@')}example.com`],
  ['dp/email-address', 'Email Dai: dai.davies at example dot com', 'dai.davies at example dot com'],
  ['dp/email-address', 'E-bostiwch Dai: dai.davies ar example dot com', 'dai.davies ar example dot com'],
  ['dp/email-address', `Email Dai: dai.da${ZW}vies@example.com`, `dai.da${ZW}vies@example.com`],
  ['dp/email-address', 'E-bost Dai: dai.davies [at] example [dot] com', 'dai.davies [at] example [dot] com'],
  ['dp/email-address', 'Her address is <a href="mailto:dai.davies@example.com">here</a>', 'dai.davies@example.com'],
  ['dp/ni-number', 'NI number AB-12-34-56-C', 'AB-12-34-56-C'],
  ['dp/ni-number', 'NI number AB.12.34.56.C', 'AB.12.34.56.C'],
  ['dp/ni-number', `NI number ${fullWidth('AB123456C')}`, fullWidth('AB123456C')],
  ['dp/ni-number', 'National Insurance number AB123456', 'AB123456'],
  ['dp/ni-number', `NI number AB12${ZW}3456C`, `AB12${ZW}3456C`],
  ['dp/ni-number', 'Rhif yswiriant gwladol AB-12-34-56-C', 'AB-12-34-56-C'],
  ['dp/ni-number', 'Rhif yswiriant gwladol Dai yw AB123456', 'AB123456'],
  ['dp/payment-card', 'Card 4111.1111.1111.1111 expires soon', '4111.1111.1111.1111'],
  ['dp/payment-card', 'Card 41111 11111 111111 expires soon', '41111 11111 111111'],
  ['dp/payment-card', 'Card 4111/1111/1111/1111 expires soon', '4111/1111/1111/1111'],
  ['dp/payment-card', `Card ${fullWidth('4111 1111 1111 1111')}`, fullWidth('4111 1111 1111 1111')],
  ['dp/payment-card', `Card 4111${ZW}1111${ZW}1111${ZW}1111`, `4111${ZW}1111${ZW}1111${ZW}1111`],
  ['dp/payment-card', 'Rhif y cerdyn: 4111/1111/1111/1111', '4111/1111/1111/1111'],
  ['dp/payment-card', 'Card number `4111 1111 1111 1111` in a code span', '4111 1111 1111 1111'],
  ['dp/nhs-number', 'NHS number 999-000-0018', '999-000-0018'],
  ['dp/nhs-number', `NHS number ${fullWidth('999 000 0018')}`, fullWidth('999 000 0018')],
  ['dp/nhs-number', `NHS number 999${ZW}000${ZW}0018`, `999${ZW}000${ZW}0018`],
  ['dp/nhs-number', `Rhif GIG ${arabicIndic('999 000 0018')}`, arabicIndic('999 000 0018')],
  ['dp/postcode', `Dai lives at ${fullWidth('SA19 6AB')}`, fullWidth('SA19 6AB')],
  ['dp/postcode', `Dai lives at SA19${ZW} 6AB`, `SA19${ZW} 6AB`],
  ['dp/bank-details', 'IBAN GB82-WEST-1234-5698-7654-32', 'GB82-WEST-1234-5698-7654-32'],
  ['dp/bank-details', `IBAN ${fullWidth('GB82 WEST 1234 5698 7654 32')}`, fullWidth('GB82 WEST 1234 5698 7654 32')],
  ['dp/driving-licence', `Licence ${fullWidth('MORGA657054SM9IJ')}`, fullWidth('MORGA657054SM9IJ')],
  ['dp/driving-licence', `Licence MORGA657${ZW}054SM9IJ`, `MORGA657${ZW}054SM9IJ`],
  ['dp/passport-number', 'Passport number 123-456-789', '123-456-789'],
  ['dp/passport-number', `Passport number ${fullWidth('123456789')}`, fullWidth('123456789')],
  ['dp/phone-number', '---\nattachments:\n  - { path: a.jpg, alt: "Dai, 07700 900123", alt-cy: "Dai, 07700 900123" }\n---\nFfordd ar gau. / Road closed.\n', '07700 900123'],
  ['dp/email-address', '---\nquotes:\n  - { author: "dai.davies@example.com", permission: "DM" }\n---\n"Great" – Dai\n', 'dai.davies@example.com'],
  ['dp/phone-number', '<img src="a.jpg" alt="Call Dai on 07700 900123">', '07700 900123'],
  ['dp/phone-number', 'Ring [Dai](https://example.org/call?number=07700900123) now', '07700900123'],
];

describe('obfuscated personal data is found at the draft’s own characters', () => {
  for (const [rule, text, covered] of CASES) {
    it(`${rule}: ${JSON.stringify(text).slice(1, 70)}`, async () => {
      const findings = await lintRule(rule, { text, file: 'draft.md' }, { redact: false });
      expect(findings.length, 'found').toBeGreaterThan(0);
      const at = text.indexOf(covered);
      const lines = text.slice(0, at).split('\n');
      expect(findings.some((f) => f.line === lines.length && f.column <= lines[lines.length - 1].length + 1 && (f.actual ?? '').length > 0), `at ${lines.length}:${lines[lines.length - 1].length + 1}`).toBe(true);
    });
  }
  it('covers at least 57 forms', () => expect(CASES.length).toBeGreaterThanOrEqual(57));
});
