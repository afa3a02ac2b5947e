import { expect } from 'vitest';
import { CONTEXT_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('dp/postal-address', {
  invalid: [
    // (was test/dp/context-rules.test.ts)
    { text: 'Thanks to Mrs Davies of 14 Heol y Parc, SA19 6AB, for reporting it.', found: ['14 Heol y Parc, SA19 6AB'] },
    {
      name: 'masks the person and the detail in message and excerpt',
      text: 'Thanks to Mrs Davies of 14 Heol y Parc, SA19 6AB, for reporting it.',
      errors: [{ message: expect.not.stringContaining('14 Heol y Parc, SA19 6AB'), excerpt: expect.not.stringContaining('14 Heol y Parc, SA19 6AB') }],
    },
    { text: '@dai_99 lives at 22 King Street and has complained again.', found: ['22 King Street'] },
    { text: 'Mr Jones, Flat 3, 22 Park Avenue, SA31 2AB', found: ['Flat 3, 22 Park Avenue, SA31 2AB'] },
    { text: 'Mrs Evans, Bryn Awel Cottage, Llandeilo, SA19 6AB', found: ['Bryn Awel Cottage, Llandeilo, SA19 6AB'] },
    { text: "Diolch i'r preswylydd yn 7 Maes y Deri am roi gwybod.", found: ['7 Maes y Deri'] },
    { text: 'Mae Sian yn byw yn 2 Ffordd Glasfryn.', found: ['2 Ffordd Glasfryn'] },
    { text: 'Flooding reported outside 3 Station Road this morning.', found: ['3 Station Road (warning)'] },
    { name: 'an address with nobody named is a warning to check', text: 'Flooding reported outside 3 Station Road this morning.', errors: [{ severity: 'warning' }] },
    { name: 'an address with a person is an error', text: 'Mrs Davies of 14 Heol y Parc called.', errors: [{ severity: 'error' }] },
  ],
  valid: [
    // (was test/dp/context-rules.test.ts)
    'Heol y Parc will be closed from 14 November for resurfacing.',
    'The new library at 12 King Street opens on Monday.',
    'Petition handed in at 10 Downing Street.',
    'In 2026 King Street will be pedestrianised.',
    'Join us on 5 November at King Street.',
    'Visit County Hall, Carmarthen SA31 1JP.',
    'Road closed on the A48 near Cross Hands.',
    ...CONTEXT_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: "Welsh: a café's address, nobody named", text: "Ymunwch â ni yng nghaffi'r Gath Ddu, 12 Heol y Brenin, ar gyfer bore coffi." },
    { name: 'Welsh: a date before a street', text: 'Ymunwch â ni ar 5 Tachwedd yn Heol y Brenin.' },
  ],
});
