/**
 * Hardening (issue #8, §5): one span, one rule. Where two identifier rules match the same
 * characters, the rule that fits best reports them (`superseded-by:` in the packs).
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../support/engine.js';
import { shippedPacks } from '../support/rule-tester.js';

async function ruleIds(text: string): Promise<string[]> {
  const packs = (await shippedPacks()).filter((p) => p.pack === 'data-protection');
  return (await lintText(text, 'draft.md', { packs, redact: false })).map((f) => `${f.ruleId} ${f.actual}`);
}

describe('one span gets the one rule that fits it best', () => {
  it.each([
    ['an NHS number is not also a phone number', 'Mr Jones, NHS number 999 000 0018, was discharged.', 'dp/nhs-number 999 000 0018', 'dp/phone-number'],
    ['a postcode is not also a vehicle registration', 'Mrs Evans of Bryn Awel, SA20 0SP, called.', 'SA20 0SP', 'dp/vehicle-registration'],
    ['Welsh: a postcode is not also a vehicle registration', 'Mae Mrs Evans yn byw yn SA20 0AN.', 'SA20 0AN', 'dp/vehicle-registration'],
    ['a National Insurance number is not also a registration', 'Her NI number is AB 12 34 56 C.', 'dp/ni-number AB 12 34 56 C', 'dp/vehicle-registration'],
  ])('%s', async (_, text, expected, absent) => {
    const found = await ruleIds(text);
    expect(found.some((f) => f.includes(expected))).toBe(true);
    expect(found.filter((f) => f.startsWith(absent))).toEqual([]);
  });

  it.each([
    ['an account number after "account number"', 'Mr Jones, account number 12345678, has been refunded.'],
    ['Welsh: an account number after "rhif cyfrif"', 'Mae rhif cyfrif Mr Jones, 12345678, wedi ei ad-dalu.'],
  ])('%s is not a phone number', async (_, text) => {
    expect((await ruleIds(text)).filter((f) => f.startsWith('dp/phone-number'))).toEqual([]);
  });
});
