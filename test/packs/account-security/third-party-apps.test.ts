/** account/third-party-apps: connected apps are on organisation.approved-apps (Pembrokeshire privacy notice). */
import { ruleTester } from '../../support/rule-tester.js';
import { CONFIG, GOOD, PERSONAL, withLine } from './accounts.js';

const apps = (line: string) => withLine(GOOD, 'third-party-apps: [Sprout Social]', line);

ruleTester('account/third-party-apps', {
  invalid: [
    {
      name: 'an app that is not approved, at its place in the list',
      config: CONFIG,
      text: apps('third-party-apps: [Sprout Social, FollowerBoost]'),
      errors: [{ line: 16, column: 35, severity: 'error', category: 'data-protection', message: "Connected app 'FollowerBoost' is not on the organisation's approved apps", actual: 'FollowerBoost' }],
    },
    {
      name: 'each unapproved app of a block list at its own line',
      config: CONFIG,
      text: apps('third-party-apps:\n  - Quiz Time\n  - Sprout Social\n  - Hootsuite'),
      errors: [{ line: 17, column: 5 }, { line: 19, column: 5 }],
    },
    { name: 'nothing is approved when the configuration lists no apps', text: GOOD, errors: [{ line: 16, message: "Connected app 'Sprout Social' is not on the organisation's approved apps" }] },
    { name: 'a near spelling is not the approved app', config: CONFIG, text: apps('third-party-apps: [Sprout Socials]'), found: ['Sprout Socials'] },
    { name: 'Welsh: a Welsh-named quiz app on the Welsh account', config: CONFIG, text: apps('third-party-apps: [Cwis Cymraeg Dyddiol]').replace('language: en', 'language: cy'), found: ['Cwis Cymraeg Dyddiol'] },
  ],
  valid: [
    { name: 'only the approved app', config: CONFIG, text: GOOD },
    { name: 'the approved app in another case', config: CONFIG, text: apps('third-party-apps: [sprout social]') },
    { name: 'no apps', config: CONFIG, text: apps('third-party-apps: []') },
    { name: 'no apps recorded', text: withLine(GOOD, 'third-party-apps: [Sprout Social]\n', '') },
    { name: "a member of staff's personal account is not judged", text: `${PERSONAL}third-party-apps: [Tweetdeck, Buffer]\n` },
  ],
});
