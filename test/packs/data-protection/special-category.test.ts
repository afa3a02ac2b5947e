import { expect } from 'vitest';
import { CONTEXT_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('dp/special-category', {
  invalid: [
    // (was test/dp/context-rules.test.ts)
    { text: 'Mr Jones, who has dementia, was found safe.', found: ['Mr Jones, who has dementia'] },
    {
      name: 'masks the person and the detail in message and excerpt',
      text: 'Mr Jones, who has dementia, was found safe.',
      errors: [{ message: expect.not.stringContaining('Mr Jones, who has dementia'), excerpt: expect.not.stringContaining('Mr Jones, who has dementia') }],
    },
    { text: 'Our resident Sian is HIV positive and asked us for help.', found: ['Our resident Sian is HIV positive'] },
    { text: '@dai_99 was arrested last week.', found: ['@dai_99 was arrested'] },
    { text: 'Mrs Evans, a Muslim, asked about the prayer room.', found: ['Mrs Evans, a Muslim'] },
    { text: 'Sian Evans, a Labour voter, wrote to us.', found: ['Sian Evans, a Labour voter'] },
    { text: 'Tom Jones is a Unison member.', found: ['Tom Jones is a Unison member'] },
    { text: 'Sian, who came out as gay last year, organised it.', found: ['Sian, who came out as gay'] },
    { text: 'Mae gan Mrs Davies ganser.', found: ['Mrs Davies ganser'] },
    { text: 'Cafodd Dai Morgan ei arestio ddoe.', found: ['Dai Morgan ei arestio'] },
    { text: "Mae'r preswylydd yn feichiog.", found: ["'r preswylydd yn feichiog"] },
    { text: 'Mae Dai Jones yn hoyw.', found: ['Dai Jones yn hoyw'] },
    { name: 'names the category in the message', text: '@dai_99 was arrested last week.', errors: [{ message: expect.stringMatching(/\(criminal offence\)/) }] },
    {
      name: 'two categories about one person give one finding naming both',
      text: 'Mr Jones, who has dementia, was arrested.',
      errors: [{ message: expect.stringMatching(/health, criminal offence/) }],
    },
  ],
  valid: [
    // (was test/dp/context-rules.test.ts)
    'Mrs Davies opened the new dementia café.',
    'Dr Evans, the cancer specialist, spoke at the event.',
    'Mrs Evans from St Mary’s Catholic Church said hello.',
    'Thanks to Mrs Davies for raising money for cancer.',
    'Thanks to Sian for supporting people living with dementia.',
    'Cllr Jones (Labour) opened the new play park.',
    'Cllr Jones, a Labour supporter, opened it.',
    'Mrs Jones’s black cat is missing.',
    'Black Lives Matter march in Carmarthen today.',
    'Disabled parking spaces outside Mrs Davies’s shop.',
    'Thanks @CarmsCouncil for the cancer awareness stall.',
    'If you have dementia, our café is for you.',
    'Christian Evans won the race.',
    'Mae Mrs Davies yn cefnogi ymchwil canser.',
    ...CONTEXT_LOOKALIKES,
  ],
});
