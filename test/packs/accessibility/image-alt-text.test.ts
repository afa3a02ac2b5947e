/** Images without alt text, or without Welsh alt text on a Welsh or bilingual post. */
import { ruleTester } from '../../support/rule-tester.js';

const attach = (entry: string, body: string) => `---\nattachments:\n${entry}---\n${body}`;
const EN = 'Work on Pont Abraham bridge starts on Monday 6 July and will take six weeks.';
const CY = 'Bydd y gwaith ar bont Pont Abraham yn dechrau ddydd Llun 6 Gorffennaf ac yn para chwe wythnos.';
const BI = `${CY}\n\n${EN}`;

ruleTester('a11y/image-alt-text', {
  invalid: [
    // English post
    {
      name: 'an attachment with no alt',
      text: attach('  - path: ./img/bridge-works.jpg\n', EN),
      found: ['./img/bridge-works.jpg'],
      errors: [{ severity: 'error', line: 3, message: "Image './img/bridge-works.jpg' has no alt text" }],
    },
    { name: 'an empty alt', text: attach('  - path: ./img/a.jpg\n    alt: ""\n', EN), found: ['./img/a.jpg'] },
    { name: 'a placeholder alt', text: attach('  - path: ./img/a.jpg\n    alt: "image"\n', EN), found: ['./img/a.jpg'] },
    { name: 'an inline image with empty alt', text: `${EN}\n\n![](./img/a4138-diversion.png)`, found: ['./img/a4138-diversion.png'] },
    { name: 'the second of two attachments', text: attach('  - path: ./img/map.png\n    alt: "Map of the diversion"\n  - path: ./img/crowd.jpg\n', EN), found: ['./img/crowd.jpg'], errors: [{ line: 5 }] },
    // Welsh and bilingual posts
    {
      name: 'bilingual: alt but no alt-cy',
      text: attach('  - path: ./img/new-library.jpg\n    alt: "The glass front of the new library at dusk"\n', BI),
      found: ['./img/new-library.jpg'],
      errors: [{ message: "Image './img/new-library.jpg' has no Welsh alt text (alt-cy)" }],
    },
    { name: 'Welsh only: English alt, no alt-cy', text: attach('  - path: ./img/crowd.jpg\n    alt: "Crowds on the Maes in the sunshine"\n', CY), found: ['./img/crowd.jpg'] },
    { name: 'bilingual: an inline image with English alt only', text: `${BI}\n\n![Map of the diversion route](./img/map.png)`, found: ['./img/map.png'] },
    // Alt text that only promises a description (drafts-blind8): as good as none.
    { name: 'bilingual: alt-cy that promises a translation', text: attach('  - path: ./img/a.jpg\n    alt: "Picture books and beanbags in the new library"\n    alt-cy: "Cyfieithiad i ddilyn"\n', BI), found: ['./img/a.jpg'] },
    { name: 'an English alt that promises a description', text: attach('  - path: ./img/a.jpg\n    alt: "[Description to follow]"\n', EN), found: ['./img/a.jpg'] },
    { name: 'a Welsh pair file makes the English file need alt-cy', text: attach('  - path: ./img/a.jpg\n    alt: "The new library"\n', EN), file: 'library.en.md', pair: CY, found: ['./img/a.jpg'] },
  ],
  valid: [
    // English
    attach('  - path: ./img/map.png\n    alt: "Map of the diversion via the A484 and B4300"\n', EN),
    `We've rebuilt our website.\n\n![Screenshot of the new accessibility page](./img/accessibility-page.png)`,
    { name: 'a Welsh greeting does not make an English post Welsh', text: attach('  - path: ./img/a.jpg\n    alt: "The new library"\n', `Diolch! ${EN}`) },
    EN,
    // Welsh and bilingual
    attach('  - path: ./img/a.jpg\n    alt: "The glass front of the new library"\n    alt-cy: "Blaen gwydr y llyfrgell newydd"\n', BI),
    { name: 'Welsh alt text on a Welsh post', text: attach('  - path: ./img/a.jpg\n    alt: "Staff y cyngor ar stondin yr Eisteddfod"\n', CY) },
    { name: 'Welsh alt text about a path to follow is a description', text: attach('  - path: ./img/a.jpg\n    alt: "Arwydd i ddilyn llwybr yr arfordir ger Amroth"\n', CY) },
    { name: 'English alt text about what follows is a description', text: attach('  - path: ./img/a.jpg\n    alt: "Walkers on the path to follow the river Teifi"\n', EN) },
    { name: 'bilingual alt text', text: `${BI}\n\n![Map o'r gwyriad / Map of the diversion](./img/map.png)` },
    { name: 'an inline image named in front matter takes its alt-cy', text: `---\nattachments:\n  - path: ./img/map.png\n    alt-cy: "Map o'r gwyriad"\n---\n${BI}\n\n![Map of the diversion](./img/map.png)` },
  ],
});
