/** account/personal-disclaimer: staff naming the council as employer say their views are their own (Officers Code of Conduct 5.4). */
import { ruleTester } from '../../support/rule-tester.js';
import { GOOD } from './accounts.js';

const personal = (...lines: string[]) => ['kind: social-account', 'platform: twitter', 'handle: "@dai_highways"', 'type: personal', 'mentions-employer: true', ...lines, ''].join('\n');
const NONE = 'Personal account naming the council as employer: neither its disclaimer nor its bio says "views are my own"';
const WEAK = "Personal account naming the council as employer: its disclaimer does not say the views are the author's own";

ruleTester('account/personal-disclaimer', {
  invalid: [
    { name: 'a bio naming the employer, no disclaimer: at mentions-employer', text: personal('bio: Highways engineer at Carmarthenshire County Council. Rugby and running.'), errors: [{ line: 5, column: 20, severity: 'warning', category: 'code-of-conduct', message: NONE }] },
    { name: 'no bio and no disclaimer', text: personal(), errors: [{ line: 5, message: NONE }] },
    { name: 'a disclaimer that is not one: at the disclaimer', text: personal('bio: Planning officer, Carmarthenshire.', 'disclaimer: RTs are not endorsements.'), errors: [{ line: 7, column: 13, message: WEAK }] },
    { name: 'an empty disclaimer', text: personal('disclaimer: ""'), errors: [{ line: 5, message: NONE }] },
    { name: '"views" alone is not a disclaimer', text: personal('bio: Sharing views on planning and walking in Carmarthenshire.'), errors: [{ line: 5 }] },
    { name: 'Welsh: a Welsh bio naming the employer, no disclaimer', text: personal('bio: Llyfrgellydd gyda Chyngor Sir Gâr. Darllen a nofio.'), errors: [{ line: 5 }] },
    { name: 'Welsh: a bilingual bio, no disclaimer in either language', text: personal('bio:', '  en: Librarian at Carmarthenshire County Council', '  cy: Llyfrgellydd gyda Chyngor Sir Gâr'), errors: [{ line: 5 }] },
    { name: 'Welsh: "barn" alone is not a disclaimer', text: personal('bio: Swyddog cynllunio. Rhannu barn am gerdded.'), errors: [{ line: 5 }] },
  ],
  valid: [
    { name: '"Views my own." in the bio', text: personal('bio: Highways engineer at Carmarthenshire County Council. Views my own.') },
    { name: '"All views are my own" in the disclaimer', text: personal('disclaimer: All views are my own') },
    { name: 'capitals and no full stop', text: personal('bio: Planning officer at Carmarthenshire Council | OPINIONS MY OWN') },
    { name: 'a curly apostrophe', text: personal('disclaimer: Tweets are my own and don’t represent my employer') },
    { name: '"not the views of my employer"', text: personal('disclaimer: These are not the views of my employer.') },
    { name: 'Welsh: "Barn bersonol"', text: personal('bio: Llyfrgellydd gyda Chyngor Sir Gâr. Barn bersonol.') },
    { name: 'Welsh: "Fy marn i fy hun" in the disclaimer', text: personal("disclaimer: Fy marn i fy hun yw'r rhain.") },
    { name: 'Welsh: a curly apostrophe in "nid yw’n cynrychioli barn"', text: personal('disclaimer: Nid yw’n cynrychioli barn y cyngor.') },
    { name: 'Welsh: the disclaimer in the Welsh half of a bilingual bio', text: personal('bio:', '  en: Librarian at Carmarthenshire County Council', '  cy: Llyfrgellydd gyda Chyngor Sir Gâr. Barn bersonol.') },
    { name: 'the profile does not name the employer', text: personal('bio: Rugby, running, Llanelli.').replace('mentions-employer: true', 'mentions-employer: false') },
    { name: 'mentions-employer not recorded', text: personal('bio: Rugby, running, Llanelli.').replace('mentions-employer: true\n', '') },
    { name: 'a council account is not judged', text: `${GOOD}mentions-employer: true\n` },
  ],
});
