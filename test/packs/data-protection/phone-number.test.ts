import { ruleTester } from '../../support/rule-tester.js';

ruleTester('dp/phone-number', {
  invalid: [
    {
      name: 'an Ofcom drama mobile, masked in the message',
      text: 'Call Mrs Davies back on 07700 900123 please',
      found: ['07700 900123'],
      errors: [{ message: "Phone number in a post: '0770•••••23'", line: 1, column: 25, severity: 'error' }],
    },
    { name: 'the same in Welsh', text: 'Ffoniwch Dai ar 07700 900456', found: ['07700 900456'] },
    { name: 'international form', text: 'Her number is +44 7700 900789', found: ['+44 7700 900789'] },
    { name: 'international form without the plus', text: 'Text 447700900020 tonight', found: ['447700900020'] },
    { name: 'a landline, as a warning', text: 'Ring him on 029 2018 0123', found: ['029 2018 0123 (warning)'] },
    { name: 'a 0300 number, as info', text: 'Call 0300 123 1113 for the ICO', found: ['0300 123 1113 (info)'] },
    { name: 'a US number written nationally', text: 'Our resident in Boston asked us to call 312-515-2239', found: ['312-515-2239'] },
    { name: 'a foreign number after a phone word', text: 'My phone is 425 8829090', found: ['425 8829090'] },
    { name: 'groups parted by slashes, in Welsh', text: 'Ffoniwch 07700/900/123 heno', found: ['07700/900/123'] },
  ],
  valid: [
    { name: 'dates and times', text: 'The road reopens on 23/11/2026 at 14:30, or 2026-11-23 12:30-14:45.' },
    { name: 'a slashed date and a time, as exports write them', text: 'Posted 15/03/2026 10:05 and 1/4/26 09:30' },
    { name: 'the same in Welsh', text: 'Cyhoeddwyd 15/03/2026 10:05; ar agor eto 02/04/2026 09:30' },
    { name: 'money and counts', text: 'We collected 1,250,000 bins last year, costing £1,234,567.89.' },
    { name: 'planning and invoice references', text: 'Planning application PL/05123/2026, invoice INV-2026-004512.' },
    { name: 'a reference a US number could be', text: 'Order 4015551234 was delivered; reference 2026-004512.' },
    { name: 'road numbers', text: 'The A48 and M4 are clear; B4309 closed.' },
    { name: 'a year range and a count', text: 'Between 2020 and 2026 12 000 people visited.' },
    { name: 'other identifiers called "number"', text: 'Her NHS number is 999 000 0018 and her passport number 123456789.' },
    {
      name: "the organisation's own numbers in organisation.allow.phones, however written",
      text: 'Our switchboard is 01267 234567 or +44 1267 234567',
      config: { organisation: { allow: { phones: ['01267 234567'] } } },
    },
  ],
});
