/** account/access-review: access to a council account is reviewed at least every six months (the six-monthly audit). */
import { ruleTester } from '../../support/rule-tester.js';
import { GOOD, PERSONAL, withLine, without } from './accounts.js';

// The tests' day is 2026-11-23: six months before is 2026-05-23.
const reviewed = (date: string) => withLine(GOOD, '  last-access-review: 2026-09-14', `  last-access-review: ${date}`);

ruleTester('account/access-review', {
  invalid: [
    {
      name: 'a day more than six months before the run',
      text: reviewed('2026-05-22'),
      errors: [{ line: 15, column: 23, severity: 'warning', category: 'account-security', message: 'Access to the account last reviewed: 2026-05-22; the policy asks for a review at least every six months' }],
    },
    { name: 'last year', text: reviewed('2025-11-23'), found: ['2025-11-23'] },
    { name: 'not recorded: at the security key', text: without(GOOD, '  last-access-review: 2026-09-14'), errors: [{ line: 13, message: 'Access to the account last reviewed: (not set); the policy asks for a review at least every six months' }] },
    { name: 'no security settings at all', text: without(without(without(GOOD, 'security:'), '  two-factor: true'), '  last-access-review: 2026-09-14'), errors: [{ line: 1 }] },
    { name: 'judged against --date: overdue on 2027-03-15', text: GOOD, date: '2027-03-15', found: ['2026-09-14'] },
    { name: 'Welsh: the Welsh account, quoted date', text: 'kind: social-account\nplatform: twitter\nhandle: "@CyngorSirGar"\ntype: corporate\nlanguage: cy\nsecurity: { two-factor: true, last-access-review: "2026-01-31" }\n', errors: [{ line: 6 }] },
  ],
  valid: [
    { name: 'within six months', text: GOOD },
    { name: 'exactly six months before the run', text: reviewed('2026-05-23') },
    { name: 'at a month end: 31 August minus six months is 28 February', text: reviewed('2026-02-28'), date: '2026-08-31' },
    { name: 'judged against --date: not yet due on 2027-03-14', text: GOOD, date: '2027-03-14' },
    { name: 'a date that is not a date is account/schema\'s to report', text: reviewed('01/06/2026') },
    { name: "a member of staff's personal account is not judged", text: PERSONAL },
  ],
});
