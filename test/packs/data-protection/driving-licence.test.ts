import { expect } from 'vitest';
import { IDENTIFIER_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

/** The value is personal data: masked in the output. */
const masked = { actual: expect.stringContaining('•••••') };

// DVLA's published example licence numbers and invented ones.
ruleTester('dp/driving-licence', {
  invalid: [
    // (was test/detectors/driving-licence.test.ts)
    { text: 'Licence: MORGA657054SM9IJ ok', found: ['MORGA657054SM9IJ'], errors: [masked] },
    { text: 'Trwydded yrru morga657054sm9ij', found: ['morga657054sm9ij'], errors: [masked] },
    { text: 'copied as MORGA 657054 SM9IJ 35 from the card', found: ['MORGA 657054 SM9IJ 35'], errors: [masked] },
    { text: 'or MORGA 657 054 SM9IJ', found: ['MORGA 657 054 SM9IJ'], errors: [masked] },
    { text: 'with issue number MORGA657054SM9IJ35.', found: ['MORGA657054SM9IJ35'], errors: [masked] },
    { text: 'short surname FO999512018AA1AB', found: ['FO999512018AA1AB'], errors: [masked] },

    // (was test/dp/identifiers.test.ts)
    { text: 'Mrs Morgan’s licence MORGA753116SM9IJ was handed in.', found: ['MORGA753116SM9IJ'] },
    {
      name: 'masks the value in message and excerpt',
      text: 'Mrs Morgan’s licence MORGA753116SM9IJ was handed in.',
      errors: [{ message: "Driving licence number in a post: 'MORG•••••IJ'", excerpt: expect.not.stringContaining('MORGA753116SM9IJ') }],
    },
    { text: 'Trwydded yrru Mrs Morgan: MORGA753116SM9IJ 35', found: ['MORGA753116SM9IJ 35'] },

    // Added: more Welsh and English wording
    { name: 'Welsh: a lower-case licence after "rhif trwydded"', text: 'Rhif trwydded Mr Price yw price702143rp9ab.', found: ['price702143rp9ab'] },
    { name: 'a woman’s licence (month 51–62) in a reply', text: '@dai_99 your licence JONES862103DW9AB is at reception.', found: ['JONES862103DW9AB'] },
  ],
  valid: [
    // (was test/detectors/driving-licence.test.ts)
    { name: 'month 13', text: 'MORGA613054SM9IJ' },
    { name: 'day 32', text: 'MORGA601324SM9IJ' },
    { name: '15 characters', text: 'MORGA65705SM9IJ' },
    { name: '17 characters', text: 'MORGA6570544SM9IJ' },
    { name: 'no surname letters', text: '99999657054SM9IJ' },
    { name: '9 inside the surname', text: 'MO9G9657054SM9IJ' },
    { name: 'glued to letters', text: 'XMORGA657054SM9IJ' },
    { name: 'invoice number', text: 'Invoice INV-2026-004512 is overdue' },
    { name: 'planning reference', text: 'Planning application PL/05123/2026' },
    { name: 'dates and times', text: '23/11/2026, 2026-11-23 at 10:30' },
    { name: 'money and counts', text: '£1,234,567.89 and 1,250,000 visitors' },
    { name: 'switchboard', text: 'Call 01267 234567' },
    { name: 'roads', text: 'A48 AND M4 CLOSED, USE B4309' },

    // (was test/dp/identifiers.test.ts)
    'MORGA713116SM9IJ has month 13.',
    'Bring your driving licence to register.',
    ...IDENTIFIER_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: 'Welsh: bring your licence, no number', text: "Dewch â'ch trwydded yrru i'r llyfrgell i gofrestru." },
    { name: 'Welsh: a licence-shaped code with day 32', text: 'Nid yw MORGA601324SM9IJ yn rhif trwydded dilys.' },
    { name: 'Welsh: a reference and a date', text: 'Cais cynllunio PL/05123/2026, anfoneb INV-2026-004512, 23/11/2026.' },
  ],
});
