import { expect } from 'vitest';
import { CONTEXT_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('dp/case-reference', {
  invalid: [
    // (was test/dp/context-rules.test.ts)
    { text: 'Sorry for the delay: your complaint ref CMP-2026-00123 is with the team.', found: ['CMP-2026-00123'] },
    {
      name: 'masks the person and the detail in message and excerpt',
      text: 'Sorry for the delay: your complaint ref CMP-2026-00123 is with the team.',
      errors: [{ message: expect.not.stringContaining('CMP-2026-00123'), excerpt: expect.not.stringContaining('CMP-2026-00123') }],
    },
    { text: 'Case number 123456 for Mr Jones has been closed.', found: ['123456'] },
    { text: '@dai_99 your ticket #48213 is resolved.', found: ['48213'] },
    { text: 'Hi Sian, your enquiry ENQ-7781 has been passed on.', found: ['ENQ-7781'] },
    { text: "Mae cyfeirnod eich cwyn CMP-2026-00123 gyda'r tîm.", found: ['CMP-2026-00123'] },
    { text: 'Rhif eich achos yw 554433.', found: ['554433'] },
  ],
  valid: [
    // (was test/dp/context-rules.test.ts)
    'Complaints fell by 12% in 2026: read the annual report.',
    'Complaint CMP-2026-00123 has been resolved.',
    'Call your case officer on 07700 900123.',
    'Your claim 2026 is late.',
    'Your case will be heard on 23/11/2026.',
    'Mr Jones, planning reference PL/05123/2026 is approved.',
    'In case of snow, schools open at 10:00 on 23/11/2026.',
    ...CONTEXT_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: 'Welsh: a planning reference is a public register', text: 'Mr Jones, mae cais cynllunio PL/05123/2026 wedi ei gymeradwyo.' },
    { name: 'Welsh: complaints as a topic, with no reference', text: 'Gostyngodd cwynion 12% yn 2026: darllenwch yr adroddiad blynyddol.' },
    { name: 'Welsh: a complaint reference with nobody named or addressed', text: 'Mae cwyn CMP-2026-00123 wedi ei datrys.' },
  ],
});
