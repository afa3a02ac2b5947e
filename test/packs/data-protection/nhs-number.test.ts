import { describe, expect, it } from 'vitest';
import { lintAccount } from '../../support/engine.js';
import { IDENTIFIER_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester, shippedRule, foundByVariant } from '../../support/rule-tester.js';

/** At the rule's severity, masked in the output. */
const withContext = { severity: 'error', actual: expect.stringContaining('•••••') } as const;

// NHS test-range numbers only (999 000 0000–999 999 9999).
ruleTester('dp/nhs-number', {
  invalid: [
    // (was test/detectors/nhs-number.test.ts) with context, at the rule severity
    { text: 'NHS number 999 000 0018', found: ['999 000 0018'], errors: [withContext] },
    { text: 'Patient NHS no: 9990000026 at the hospital', found: ['9990000026'], errors: [withContext] },
    { text: 'His GP has 999-765-4323 on file', found: ['999-765-4323'], errors: [withContext] },
    { text: 'Rhif GIG y claf: 999 111 2227', found: ['999 111 2227'], errors: [withContext] },
    { text: "Mae'r ysbyty wedi cofnodi 9994567896", found: ['9994567896'], errors: [withContext] },
    // without context, a warning
    { name: '3-3-4 without context → warning', text: 'Reference 999 000 0018 for your records', found: ['999 000 0018 (warning)'] },
    { name: 'plain without context → warning (and found with the shipped require-context: false)', text: 'Order 9990000026 has shipped', found: ['9990000026 (warning)'] },
    { name: 'notes the test range', text: 'NHS 999 000 0018', errors: [{ note: expect.stringMatching(/test range/) }] },

    // (was test/dp/identifiers.test.ts)
    { text: 'Mrs Jones, your NHS no. 999 000 0018 is on the letter.', found: ['999 000 0018'] },
    {
      name: 'masks the value in message and excerpt',
      text: 'Mrs Jones, your NHS no. 999 000 0018 is on the letter.',
      errors: [{ message: "NHS number in a post: '999 •••••18'", excerpt: expect.not.stringContaining('999 000 0018') }],
    },
    { text: 'Patient 9997654323 was seen at the hospital.', found: ['9997654323'] },
    { text: 'Rhif GIG y claf yw 999 111 2227.', found: ['999 111 2227'] },
    { text: "Mae'r ysbyty wedi cofnodi 999-222-3332.", found: ['999-222-3332'] },
    { name: 'an NHS number with no health word nearby is a warning', text: 'Order 9990000018 has shipped.', errors: [{ severity: 'warning' }] },
    { name: 'an NHS number with "rhif GIG" is an error', text: 'Rhif GIG: 9990000018', errors: [{ severity: 'error' }] },

    // Added: more Welsh wording
    { name: 'Welsh: a mutated health word ("feddygfa")', text: 'Mae gan y feddygfa rif 999 765 4323 ar gyfer Mrs Davies.', found: ['999 765 4323'] },
    { name: 'Welsh: no health word, a warning', text: 'Cyfeirnod 9997654323 ar gyfer eich archeb.', found: ['9997654323 (warning)'] },
  ],
  valid: [
    // (was test/detectors/nhs-number.test.ts)
    { name: 'wrong check digit', text: 'NHS number 999 765 4324' },
    { name: 'check digit would be 10', text: 'NHS number 9991234560' },
    { name: 'mixed separators', text: 'NHS number 999 000-0018' },
    { name: 'inside a longer number', text: 'NHS 19990000018' },
    { name: 'part of a digit group', text: 'NHS +44 999 000 0018' },
    { name: 'followed by a digit group', text: 'NHS 999 000 0018 12' },
    { name: 'glued to letters', text: 'NHS ref X9990000018' },
    { name: 'invoice number', text: 'Invoice INV-2026-004512 is overdue' },
    { name: 'planning reference', text: 'Planning application PL/05123/2026 approved' },
    { name: 'dates', text: 'On 23/11/2026 and 2026-11-23 the hospital is closed' },
    { name: 'times', text: 'Clinic open 09:00-17:00, 10am–4pm' },
    { name: 'money', text: 'The hospital cost £1,234,567.89' },
    { name: 'counts', text: '1,250,000 visitors to the NHS website' },
    { name: 'switchboard', text: 'Call the council switchboard on 01267 234567' },
    { name: 'mobile', text: 'Text the GP surgery on 07700 900123' },
    { name: 'card', text: 'Card 4111 1111 1111 1111' },
    { name: 'roads', text: 'A48, M4 and B4309 closed near the hospital' },

    // (was test/dp/identifiers.test.ts)
    'NHS number 999 765 4324 (wrong check digit)',
    'Ring 07700 900123 for NHS 111.',
    ...IDENTIFIER_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: 'Welsh: a wrong check digit', text: 'Rhif GIG 999 765 4324 (digid gwirio anghywir).' },
    { name: 'Welsh: a phone number for NHS 111', text: 'Ffoniwch 07700 900123 am wasanaeth GIG 111.' },
    { name: 'Welsh: dates and money at the hospital', text: "Bydd yr ysbyty ar gau ar 23/11/2026; costiodd £1,234,567.89." },
  ],
});

describe('dp/nhs-number beyond posts', () => {
  // (was test/detectors/nhs-number.test.ts: "skips account documents", the detector given an account)
  it('reports nothing in an account file', async () => {
    const { pack, rule } = await shippedRule('dp/nhs-number');
    const account = 'kind: social-account\nplatform: twitter\nhandle: "@x"\ntype: corporate\nnotes: "NHS number 999 000 0018"\n';
    expect(await lintAccount(account, [{ ...pack, rules: [rule] }])).toEqual([]);
  });
});

describe('dp/nhs-number with require-context: true (a local pack setting the param)', () => {
  // (was test/detectors/nhs-number.test.ts: "requireContext drops lone numbers"; shipped: false)
  it('drops lone numbers and keeps those with a health word', async () => {
    expect(await foundByVariant('dp/nhs-number', { params: { 'require-context': true } }, 'Order 9990000026 has shipped')).toEqual([]);
    expect(await foundByVariant('dp/nhs-number', { params: { 'require-context': true } }, 'NHS 9990000026')).toHaveLength(1);
  });
});
