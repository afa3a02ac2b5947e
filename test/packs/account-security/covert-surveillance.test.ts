/** account/covert-surveillance: an account used to investigate records its RIPA authorisation. */
import { ruleTester } from '../../support/rule-tester.js';
import { GOOD, PERSONAL } from './accounts.js';

const MESSAGE = 'Account used for investigation has no RIPA authorisation reference';
const purpose = (list: string, more = '') => `${GOOD}purpose: [${list}]\n${more}`;

ruleTester('account/covert-surveillance', {
  invalid: [
    { name: 'investigation without an authorisation: at the top of the file', text: purpose('communications, investigation'), errors: [{ line: 1, column: 1, severity: 'error', category: 'code-of-conduct', message: MESSAGE }] },
    { name: 'an empty authorisation: at the value', text: purpose('investigation', 'ripa-authorisation: ""\n'), errors: [{ line: 19, column: 21 }] },
    { name: 'a placeholder is no authorisation (blind accounts: "TBC")', text: purpose('investigation', 'ripa-authorisation: "TBC"\n'), errors: [{ line: 19, column: 21 }] },
    { name: "Welsh: a placeholder is no authorisation (i'w gadarnhau)", text: purpose('investigation', "ripa-authorisation: \"i'w gadarnhau\"\n"), errors: [{ line: 19, column: 21 }] },
    { name: 'a personal account used to investigate is judged too', text: `${PERSONAL}purpose: [investigation]\n`, errors: [{ line: 1 }] },
    { name: 'purpose as a block list', text: `${GOOD}purpose:\n  - customer-service\n  - investigation\n`, errors: [{ line: 1 }] },
    { name: 'Welsh: trading standards on the Welsh account', text: 'kind: social-account\nplatform: facebook\nhandle: SafonauMasnachSirGar\ntype: service\nlanguage: cy\nbio: Rhybuddion am sgamiau yn Sir Gâr\npurpose: [investigation]\n', errors: [{ line: 1 }] },
  ],
  valid: [
    { name: 'investigation with an authorisation', text: purpose('communications, investigation', 'ripa-authorisation: RIPA-2026-007\n') },
    { name: 'no investigation', text: purpose('communications, customer-service') },
    { name: 'no purpose recorded', text: GOOD },
    { name: 'an authorisation without investigation is harmless', text: `${GOOD}ripa-authorisation: RIPA-2025-001\n` },
  ],
});
