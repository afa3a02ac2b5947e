/** account/location-tagging: a council account does not tag posts with the sender's location. */
import { ruleTester } from '../../support/rule-tester.js';
import { GOOD, PERSONAL, withLine } from './accounts.js';

ruleTester('account/location-tagging', {
  invalid: [
    {
      name: 'turned on',
      text: withLine(GOOD, 'location-tagging: false', 'location-tagging: true'),
      errors: [{ line: 17, column: 19, severity: 'warning', category: 'data-protection', message: 'Location tagging is on: posts will carry where they were sent from' }],
    },
    { name: 'Welsh: the Welsh leisure account on Instagram', text: 'kind: social-account\nplatform: instagram\nhandle: "@actifsirgar"\ntype: service\nlanguage: cy\nbio: Nofio a champfa yn Sir Gâr\nlocation-tagging: true\n', errors: [{ line: 7 }] },
  ],
  valid: [
    { name: 'turned off', text: GOOD },
    { name: 'not recorded', text: withLine(GOOD, 'location-tagging: false\n', '') },
    { name: "a member of staff's personal account is not judged", text: `${PERSONAL}location-tagging: true\n` },
  ],
});
