/** account/privacy-notice: a council account records the privacy notice its profile links to. */
import { ruleTester } from '../../support/rule-tester.js';
import { GOOD, PERSONAL, withLine, without } from './accounts.js';

const MESSAGE = 'No privacy notice link recorded for this council account';

ruleTester('account/privacy-notice', {
  invalid: [
    { name: 'missing: at the top of the file', text: without(GOOD, 'privacy-notice: https://www.carmarthenshire.gov.wales/privacy'), errors: [{ line: 1, column: 1, severity: 'error', category: 'data-protection', message: MESSAGE }] },
    { name: 'empty: at the value', text: withLine(GOOD, 'privacy-notice: https://www.carmarthenshire.gov.wales/privacy', 'privacy-notice: ""'), errors: [{ line: 8, column: 17 }] },
    { name: 'a service account', text: without(GOOD, 'privacy-notice: https://www.carmarthenshire.gov.wales/privacy').replace('type: corporate', 'type: service'), errors: [{ line: 1 }] },
    { name: 'Welsh: the Welsh account without one', text: 'kind: social-account\nplatform: twitter\nhandle: "@CyngorSirGar"\ntype: corporate\nlanguage: cy\nbio: Newyddion gan Gyngor Sir Gâr\n', errors: [{ line: 1 }] },
  ],
  valid: [
    { name: 'recorded', text: GOOD },
    { name: 'Welsh: the Welsh privacy notice page', text: withLine(GOOD, 'privacy-notice: https://www.carmarthenshire.gov.wales/privacy', 'privacy-notice: https://www.sirgar.llyw.cymru/preifatrwydd') },
    { name: "a member of staff's personal account is not judged", text: PERSONAL },
  ],
});
