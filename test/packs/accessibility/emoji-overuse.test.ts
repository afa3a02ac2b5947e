/** Emoji runs and emoji-heavy posts, counted as a screen reader announces them. */
import { ruleTester } from '../../support/rule-tester.js';

const list = (n: number) => Array.from({ length: n }, (_, i) => `${['🎨', '🧪', '🎭', '🦕', '🎲', '🎬', '🧩', '🐛', '🎤', '🏆', '📚', '☀️'][i % 12]} item ${i + 1}`).join('\n');

ruleTester('a11y/emoji-overuse', {
  invalid: [
    // English
    {
      name: 'five in a row',
      text: 'Christmas Fair at County Hall on Saturday, 10am–4pm! 🎄🎅🎁✨🎉',
      found: ['🎄🎅🎁✨🎉'],
      errors: [{ severity: 'warning', message: '5 emoji in a row (more than 3): a screen reader reads each one out by name' }],
    },
    { name: 'applause, spaced', text: 'Congratulations to our new apprentices! 👏 👏 👏 👏 👏', found: ['👏 👏 👏 👏 👏'] },
    { name: 'four with skin tones', text: 'Well done! 👍🏽👍🏽👍🏽👍🏽', found: ['👍🏽👍🏽👍🏽👍🏽'] },
    { name: 'too many in a post, at the first', text: list(11), errors: [{ message: '11 emoji in the post (more than 10): a screen reader reads each one out by name', line: 1, column: 1 }] },
    { name: 'a lower limit', text: 'Great day 🎉🎉', params: { 'max-in-a-row': 1 }, found: ['🎉🎉'] },
    // Welsh
    { name: 'Welsh: five in a row', text: 'Ffair Nadolig yn Neuadd y Sir ddydd Sadwrn! 🎄🎅🎁✨🎉', found: ['🎄🎅🎁✨🎉'] },
    { name: 'Welsh: four flags in a row', text: 'Pob lwc i Gymru! 🏴󠁧󠁢󠁷󠁬󠁳󠁿🏴󠁧󠁢󠁷󠁬󠁳󠁿🏴󠁧󠁢󠁷󠁬󠁳󠁿🏴󠁧󠁢󠁷󠁬󠁳󠁿', found: ['🏴󠁧󠁢󠁷󠁬󠁳󠁿🏴󠁧󠁢󠁷󠁬󠁳󠁿🏴󠁧󠁢󠁷󠁬󠁳󠁿🏴󠁧󠁢󠁷󠁬󠁳󠁿'] },
  ],
  valid: [
    // English
    'Happy St David’s Day! 🏴󠁧󠁢󠁷󠁬󠁳󠁿🌼🎉',
    { name: 'a family is one emoji', text: 'Bring the family 👨‍👩‍👧‍👦 to the parade 🌼' },
    { name: 'text symbols are not emoji', text: '© Cyngor Sir Enghraifft ™ ® 2026 #1 ↔' },
    { name: 'ten in a post is within the limit', text: list(10) },
    { name: 'three in a row', text: 'Free entry! 🎈🎉🥳' },
    { name: 'each post of a thread counts on its own', text: `${list(6)}\n---\n${list(6)}` },
    // Welsh
    'Dydd Gŵyl Dewi Hapus! 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Dewch â’r teulu i’r orymdaith 👨‍👩‍👧‍👦',
    'Diolch yn fawr iawn i bawb! 🙏',
  ],
});
