import { describe, expect, it } from 'vitest';
import { IDENTIFIER_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester, foundByVariant } from '../../support/rule-tester.js';

/** The value is personal data: masked in the output. */
const masked = { actual: expect.stringContaining('•••••') };

// Published scheme test numbers only.
ruleTester('dp/payment-card', {
  invalid: [
    // (was test/detectors/payment-card.test.ts)
    { text: 'Card number 4111 1111 1111 1111 please', found: ['4111 1111 1111 1111'], errors: [masked] },
    { text: 'Rhif cerdyn: 5555-5555-5555-4444', found: ['5555-5555-5555-4444'], errors: [masked] },
    { text: 'Amex 3782 822463 10005.', found: ['3782 822463 10005'], errors: [masked] },
    { text: 'paid with 6011111111111117', found: ['6011111111111117'], errors: [masked] },
    { text: 'Diners 30569309025904', found: ['30569309025904'], errors: [masked] },
    { text: 'JCB 3530 1113 3330 0000', found: ['3530 1113 3330 0000'], errors: [masked] },
    {
      name: 'separates several numbers written in a row',
      text: '4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881',
      found: ['4012888888881881', '4012-8888-8888-1881', '4012 8888 8888 1881'],
    },

    // (was test/dp/identifiers.test.ts)
    { text: 'Mrs Davies paid with card 4111 1111 1111 1111.', found: ['4111 1111 1111 1111'] },
    {
      name: 'masks the value in message and excerpt',
      text: 'Mrs Davies paid with card 4111 1111 1111 1111.',
      errors: [{ message: "Payment card number in a post: '4111•••••11'", excerpt: expect.not.stringContaining('4111 1111 1111 1111') }],
    },
    { text: 'Amex 378282246310005 on the booking', found: ['378282246310005'] },
    { text: 'Talodd Dai gyda cherdyn 5555-5555-5555-4444.', found: ['5555-5555-5555-4444'] },

    // Added: more Welsh and English wording
    { name: 'Welsh: a Visa number in a reply', text: '@dai_99 peidiwch â rhannu rhif eich cerdyn 4012 8888 8888 1881 yma.', found: ['4012 8888 8888 1881'] },
    { name: 'a card number with no card wording at all', text: 'Her number is 5105 1051 0510 5100, use it for the booking', found: ['5105 1051 0510 5100'] },

    // Issue 11: in a comma-separated record a field of four digits or more stands on its own,
    // so the card beside the bank details is found.
    { name: 'a card beside bank details in a comma-separated record', text: 'Mrs Powell,08-99-99,66374958,4111111111111111,Llanelli', found: ['4111111111111111'] },
    { name: 'Welsh: a grouped card in a comma-separated record', text: 'Dai Price,089999,66374958,5555 5555 5555 4444,Caerfyrddin', found: ['5555 5555 5555 4444'] },
    { name: 'a card before a short field', text: 'Cerdyn,4012888888881881,123', found: ['4012888888881881'] },
  ],
  valid: [
    // (was test/detectors/payment-card.test.ts)
    { name: 'Luhn invalid', text: 'Card 4111 1111 1111 1112' },
    { name: 'no issuer range', text: 'Card 9111 1111 1111 1111' },
    { name: 'wrong length for the issuer', text: 'Card 4111 1111 1111 111' },
    { name: 'single digits spaced out', text: '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1' },
    { name: 'glued to letters', text: 'ref X4111111111111111' },
    { name: 'invoice number', text: 'Invoice INV-2026-004512 is overdue' },
    { name: 'planning reference', text: 'Planning application PL/05123/2026' },
    { name: 'dates and times', text: '23/11/2026, 2026-11-23 at 10:30' },
    { name: 'money', text: '£1,234,567.89 raised' },
    { name: 'counts', text: '1,250,000 visitors' },
    { name: 'switchboard and mobile', text: 'Call 01267 234567 or 07700 900123' },
    { name: 'NHS number', text: 'NHS 999 000 0018' },
    { name: 'IBAN', text: 'GB82 WEST 1234 5698 7654 32' },
    { name: 'roads', text: 'A48, M4 and B4309' },

    // (was test/dp/identifiers.test.ts)
    'Card 4111 1111 1111 1112 was declined.',
    'Reference 1234 5678 9012 3456.',
    ...IDENTIFIER_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: 'Welsh: a declined number that fails the Luhn check', text: 'Gwrthodwyd cerdyn 4111 1111 1111 1112.' },
    { name: 'Welsh: a reference of four groups', text: 'Cyfeirnod 1234 5678 9012 3456 ar gyfer eich archeb.' },
    { name: 'Welsh: phone numbers and money', text: 'Ffoniwch 07700 900123 neu 01632 960123; codwyd £1,234,567.89.' },

    // Issue 11: a comma joins digits only as a thousands separator, so grouped counts stay counts.
    { name: 'a count with thousands separators is not a card', text: 'Totals: 4,111,111,111,111,111 pages printed' },
    { name: 'Welsh: a count with thousands separators is not a card', text: 'Cyfanswm: 4,111,111,111,111,111 o dudalennau' },
  ],
});

describe('dp/payment-card names the issuer ({issuer} in a local pack’s message)', () => {
  // (was test/detectors/payment-card.test.ts: the detector's data.issuer, which the shipped message does not show)
  it.each([
    ['Card number 4111 1111 1111 1111 please', 'Visa'],
    ['Rhif cerdyn: 5555-5555-5555-4444', 'Mastercard'],
    ['Amex 3782 822463 10005.', 'American Express'],
    ['paid with 6011111111111117', 'Discover'],
    ['Diners 30569309025904', 'Diners Club'],
    ['JCB 3530 1113 3330 0000', 'JCB'],
  ])('%j: %s', async (text, issuer) => {
    expect(await foundByVariant('dp/payment-card', { message: '{issuer}' }, text)).toEqual([issuer]);
  });
});
