import { expect } from 'vitest';
import { CONTEXT_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('dp/child-details', {
  invalid: [
    // (was test/dp/context-rules.test.ts)
    { text: 'Congratulations to Ffion (7) from Ysgol Gymraeg Teilo Sant for her poem!', found: ['Ffion (7) from Ysgol'] },
    {
      name: 'masks the person and the detail in message and excerpt',
      text: 'Congratulations to Ffion (7) from Ysgol Gymraeg Teilo Sant for her poem!',
      errors: [{ message: expect.not.stringContaining('Ffion (7) from Ysgol'), excerpt: expect.not.stringContaining('Ffion (7) from Ysgol') }],
    },
    { text: 'Well done Tom, aged 9, of Year 4 at Model Primary School.', found: ['Tom, aged 9, of Year 4 at Model Primary School'] },
    { text: 'Well done to 10-year-old Osian on his win.', found: ['10-year-old Osian'] },
    { text: 'Zephyr (6) won the colouring competition.', found: ['Zephyr (6)'] },
    { text: 'Llongyfarchiadau i Cai, 7 oed, o Ysgol y Strade.', found: ['Cai, 7 oed, o Ysgol'] },
    { text: 'Da iawn Megan o Flwyddyn 6 yn Ysgol Bro Myrddin.', found: ['Megan o Flwyddyn 6 yn Ysgol'] },
    { text: 'Good luck to Rhys and Cerys from Ysgol Bro Dinefwr!', found: ['Rhys and Cerys from Ysgol'] },
  ],
  valid: [
    // (was test/dp/context-rules.test.ts)
    'Headteacher Mrs Evans of Ysgol Bro Myrddin welcomed the minister.',
    'Sian Evans, our teacher at Ysgol y Strade, retires.',
    'Happy 100th birthday to Mrs Jones (100) of Llanelli!',
    'Sian Evans (45) of Llanelli won the raffle.',
    'Ysgol Dewi Sant is closed today because of snow.',
    'School buses run as normal; Year 2026 was a good one.',
    'Mae Joe Allen yn gyn-ddisgybl o Ysgol y Preseli.',
    ...CONTEXT_LOOKALIKES,
  ],
});
