/** account/micro-targeting: custom audiences and interest targeting stay off (Pembrokeshire privacy notice). */
import { ruleTester } from '../../support/rule-tester.js';
import { GOOD, PERSONAL } from './accounts.js';

const MESSAGE = 'Advert targeting by personal profile (custom audiences or interest targeting) is on: the council does not micro-target';
const ads = (lines: string) => `${GOOD}${lines}\n`;

ruleTester('account/micro-targeting', {
  invalid: [
    { name: 'custom audiences on', text: ads('advertising:\n  custom-audiences: true\n  interest-targeting: false'), errors: [{ line: 19, column: 21, severity: 'error', category: 'data-protection', message: MESSAGE }] },
    { name: 'interest targeting on', text: ads('advertising:\n  custom-audiences: false\n  interest-targeting: true'), errors: [{ line: 20, column: 23 }] },
    { name: 'both on: one finding each, in flow style', text: ads('advertising: { custom-audiences: true, interest-targeting: true }'), errors: [{ line: 18, column: 34 }, { line: 18, column: 60 }] },
    { name: 'a service account, only one setting recorded', text: ads('advertising: { interest-targeting: true }').replace('type: corporate', 'type: service'), errors: [{ line: 18 }] },
    { name: 'Welsh: the Welsh account', text: ads('advertising: { custom-audiences: true }').replace('language: en', 'language: cy'), errors: [{ line: 18 }] },
  ],
  valid: [
    { name: 'both off', text: ads('advertising: { custom-audiences: false, interest-targeting: false }') },
    { name: 'no advertising settings recorded (taken as off)', text: GOOD },
    { name: 'an empty advertising mapping', text: ads('advertising: {}') },
    { name: "a member of staff's personal account is not judged", text: `${PERSONAL}advertising: { custom-audiences: true }\n` },
  ],
});
