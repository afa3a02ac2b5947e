/** account/two-factor: a council account records two-factor authentication as on. */
import { ruleTester } from '../../support/rule-tester.js';
import { GOOD, PERSONAL, withLine, without } from './accounts.js';

const MESSAGE = 'Two-factor authentication is not recorded as on for this account';

ruleTester('account/two-factor', {
  invalid: [
    { name: 'turned off: at the value', text: withLine(GOOD, '  two-factor: true', '  two-factor: false'), errors: [{ line: 14, column: 15, severity: 'error', category: 'account-security', message: MESSAGE }] },
    { name: 'not recorded: at the security key', text: without(GOOD, '  two-factor: true'), errors: [{ line: 13, column: 1, message: MESSAGE }] },
    { name: 'no security settings at all: at the top of the file', text: without(without(without(GOOD, 'security:'), '  two-factor: true'), '  last-access-review: 2026-09-14'), errors: [{ line: 1, column: 1 }] },
    { name: 'misspelt, so not recorded (account/schema names the key)', text: withLine(GOOD, '  two-factor: true', '  two_factor: true'), errors: [{ line: 13 }] },
    { name: "'yes' is not true (account/schema says to write true)", text: withLine(GOOD, '  two-factor: true', '  two-factor: yes'), errors: [{ line: 14 }] },
    { name: 'a service account', text: withLine(withLine(GOOD, 'type: corporate', 'type: service'), '  two-factor: true', '  two-factor: false'), errors: [{ line: 14 }] },
    {
      name: 'Welsh: the Welsh libraries account, in flow style',
      text: 'kind: social-account\nplatform: twitter\nhandle: "@LlyfrgelloeddSG"\ntype: service\nlanguage: cy\nsecurity: { two-factor: false, last-access-review: 2026-10-01 }\n',
      errors: [{ line: 6, column: 25 }],
    },
    {
      name: 'a JSON account file',
      file: 'account.json',
      text: '{\n  "kind": "social-account",\n  "platform": "facebook",\n  "handle": "CarmarthenshireCouncil",\n  "type": "corporate",\n  "security": { "two-factor": false }\n}\n',
      errors: [{ line: 6, column: 31 }],
    },
  ],
  valid: [
    { name: 'turned on', text: GOOD },
    { name: "a member of staff's personal account is not judged", text: PERSONAL },
    { name: 'a personal account with two-factor off is not judged', text: `${PERSONAL}security: { two-factor: false }\n` },
    { name: 'Welsh: the Welsh account, turned on', text: 'kind: social-account\nplatform: twitter\nhandle: "@CyngorSirGar"\ntype: corporate\nlanguage: cy\nsecurity: { two-factor: true }\n' },
  ],
});
