import { expect } from 'vitest';
import { IDENTIFIER_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

/** The value is personal data: masked in the output. */
const masked = { actual: expect.stringContaining('•••••') };

ruleTester('dp/passport-number', {
  invalid: [
    // (was test/detectors/passport-number.test.ts)
    { text: 'Passport no. 123456789', found: ['123456789'], errors: [masked] },
    { text: 'My passport number is 987654321 and it expires soon', found: ['987654321'], errors: [masked] },
    { text: 'Rhif pasbort: 123456789', found: ['123456789'], errors: [masked] },
    { text: 'Dangoswch eich pasbort 123456789', found: ['123456789'], errors: [masked] },
    { text: 'Irish passport PA1234567', found: ['PA1234567'], errors: [masked] },
    { text: '123456789 is on the passport', found: ['123456789'], errors: [masked] },

    // (was test/dp/identifiers.test.ts)
    { text: 'Mr Jones, your passport 123456789 has been noted.', found: ['123456789'] },
    {
      name: 'masks the value in message and excerpt',
      text: 'Mr Jones, your passport 123456789 has been noted.',
      errors: [{ message: "Passport number in a post: '1234•••••89'", excerpt: expect.not.stringContaining('123456789') }],
    },
    { text: 'Rhif pasbort Mrs Davies yw 123456789.', found: ['123456789'] },
    { text: 'Passport: PA1234567', found: ['PA1234567'] },

    // Added: more Welsh and English wording
    { name: 'Welsh: a mutated form ("basbort")', text: "Mae ei basbort, rhif 987654321, yn y swyddfa.", found: ['987654321'] },
    { name: 'HMPO wording', text: 'HMPO has issued 987654321 to Mrs Davies.', found: ['987654321'] },
  ],
  valid: [
    // (was test/detectors/passport-number.test.ts)
    { name: 'nine digits without passport wording', text: 'Reference 123456789' },
    { name: 'letters and digits without passport wording', text: 'Code AB1234567' },
    { name: 'eight digits', text: 'Passport 12345678' },
    { name: 'ten digits', text: 'Passport 1234567890' },
    { name: 'spaced digits', text: 'Passport 123 456 789' },
    { name: 'wording too far away', text: `Passport ${'x'.repeat(60)} 123456789` },
    { name: 'invoice number', text: 'Passport office invoice INV-2026-004512' },
    { name: 'planning reference', text: 'Passport office: planning PL/05123/2026' },
    { name: 'dates and times', text: 'Passport office 23/11/2026, 2026-11-23 at 10:30' },
    { name: 'money and counts', text: 'Passport fees £1,234,567.89 and 1,250,000 passports' },
    { name: 'switchboard', text: 'Passport enquiries: call 01267 234567' },

    // (was test/dp/identifiers.test.ts)
    'Order 123456789 has been dispatched.',
    'We have 123,456,789 reasons to recycle.',
    ...IDENTIFIER_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: 'Welsh: nine digits without passport wording', text: 'Mae archeb 123456789 wedi ei hanfon.' },
    { name: 'Welsh: bring your passport, no number', text: "Dewch â'ch pasbort i gofrestru; ffoniwch y llyfrgell ar 01632 960123." },
    { name: 'Welsh: a count with passport wording', text: 'Ffioedd pasbort: 1,250,000 o basbortau yn 2026.' },
  ],
});
