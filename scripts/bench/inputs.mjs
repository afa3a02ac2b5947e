// Inputs for the scaling benchmark (DESIGN §7: any 1 MB input under 2 s, time per MB flat from
// 10 KB to 5 MB): each kind of text that once took time growing faster than its length.
const SENTENCES = [
  'Road closed on the A48 at Cross Hands today for resurfacing. ',
  'Ffordd ar gau ar yr A48 yng Nghross Hands heddiw ar gyfer gwaith ail-wynebu. ',
  'Bins will be collected on Saturday 12 December from 7am. ',
  'Bydd biniau yn cael eu casglu ddydd Sadwrn 12 Rhagfyr o 7yb. ',
];
const RANGES = ['07700 900', '01632 960', '0113 496 0', '020 7946 0', '029 2018 0'];
const fill = (bytes, piece) => {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    n += Buffer.byteLength(p);
  }
  return parts.join('').slice(0, bytes);
};

export const INPUT_KINDS = {
  'prose, one line': (bytes) => fill(bytes, (i) => SENTENCES[i % 4]),
  'prose, short lines': (bytes) => fill(bytes, (i) => SENTENCES[i % 4] + (i % 2 ? '\n' : '')),
  // Numbers from five of Ofcom's drama ranges, about 5,000 different ones.
  'dates, prices, phones': (bytes) => fill(bytes, (i) => `On ${1 + (i % 28)}/${1 + (i % 12)}/2026 at ${i % 24}:30 we paid £${i}.99; call ${RANGES[i % 5]}${String(Math.floor(i / 5) % 1000).padStart(3, '0')} or mail a${i}@example.org. `),
  // Context rules at every turn: a named resident, a house address, a birth date, a health
  // term, an insult at the end of a sentence and a quote, again and again on one line.
  'dense personal data, one line': (bytes) => fill(bytes, (i) => `Mrs Davies of ${1 + (i % 90)} Heol y Parc, Llanelli SA19 6AB was born on ${1 + (i % 28)}/0${1 + (i % 9)}/1980, has dementia and is a useless idiot, said Sian Morgan. `),
  'numeric table': (bytes) => fill(bytes, (i) => `${100000 + ((i * 7919) % 900000)}${i % 8 === 7 ? '\n' : '\t'}`),
  'spaced digits': (bytes) => fill(bytes, (i) => `${i % 10} `),
  'dashes and marks': (bytes) => 'OFFICIAL ' + '–'.repeat(Math.max(0, bytes / 3 - 10)),
  'Markdown links': (bytes) => fill(bytes, (i) => `See [the notice](https://example.org/n/${i}?ref=${i}) and **${SENTENCES[i % 4].trim()}**\n`),
};

/** An account file with `admins` admins, each with an unknown key (the schema's own report). */
export function accountWithAdmins(admins) {
  const lines = ['kind: social-account', 'platform: twitter', 'handle: "@ExampleCouncil"', 'type: corporate', 'admins:'];
  for (let i = 0; i < admins; i++) lines.push(`  - { name: Admin ${i}, email: admin${i}@example.org, rol: admin }`);
  return lines.join('\n') + '\n';
}
