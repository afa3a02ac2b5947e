// A deterministic export-shaped corpus for the audit benchmark (DESIGN §7): posts of about
// 250 characters from four accounts, every few minutes through 2026, Welsh, English and
// bilingual (some as separate Welsh and English posts at the same minute, as councils post
// them), with seeded violations in about one post in five. Written as a generic CSV
// (id,date,account,url,text) with RFC 4180 quoting. Everything is invented.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const PAIRS = [
  ["Mae'r ffordd ar gau ar yr A48 yn Cross Hands heddiw ar gyfer gwaith ail-wynebu. Defnyddiwch y gwyriad sydd wedi'i arwyddo, a diolch am eich amynedd.", 'The A48 at Cross Hands is closed today for resurfacing works. Please use the signed diversion, and thank you for your patience.'],
  ['Bydd casgliadau biniau yn hwyr yr wythnos hon oherwydd y tywydd. Gadewch eich biniau allan a byddwn yn eu casglu cyn gynted ag y gallwn.', 'Bin collections will be late this week because of the weather. Leave your bins out and we will collect them as soon as we can.'],
  ["Dweud eich dweud am oriau agor newydd y llyfrgell: mae'r ymgynghoriad yn cau ar 30 Tachwedd. Mwy o wybodaeth: https://www.example.org/llyfrgell", 'Have your say on the new library opening hours: the consultation closes on 30 November. More information: https://www.example.org/library'],
  ['Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn ar gyfer gwaith cynnal a chadw. Mae’r gampfa a’r dosbarthiadau ar agor fel arfer.', 'Llanelli Leisure Centre pool is closed on Saturday for maintenance. The gym and classes are open as usual.'],
  ['Mae ein marchnad Nadolig yn dychwelyd i ganol tref Caerfyrddin y penwythnos hwn, gyda dros 60 o stondinau a cherddoriaeth fyw.', 'Our Christmas market returns to Carmarthen town centre this weekend, with over 60 stalls and live music.'],
  ['Rhybudd tywydd melyn am law trwm o 6yh heno tan 9yb yfory. Cymerwch ofal ar y ffyrdd ac edrychwch ar ein tudalen llifogydd.', 'Yellow weather warning for heavy rain from 6pm tonight until 9am tomorrow. Take care on the roads and check our flooding page.'],
];
const VIOLATIONS = [
  ' Welsh to follow.',
  ' Call Mrs Davies back on 07700 900123.',
  ' Email dai.jones@example.com for details.',
  ' OFFICIAL-SENSITIVE briefing attached.',
  ' Ffoniwch Siân ar 07700 900456.',
  ' Staff login: https://contoso.sharepoint.com/sites/Highways/rota.xlsx',
  ' What a bloody awful week.',
];
const ACCOUNTS = ['@ExampleCouncil', '@CyngorEnghraifft', 'Example County Council', 'examplecountycouncil'];

const quote = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Yields the corpus's CSV rows (the header first); `n` posts. */
export function* auditRows(n) {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const start = Date.UTC(2026, 0, 1, 8, 0);
  yield 'id,date,account,url,text\r\n';
  let i = 0;
  let minute = 0;
  while (i < n) {
    minute += 1 + Math.floor(rand() * 4);
    const date = new Date(start + (minute % (360 * 24 * 60)) * 60_000).toISOString().slice(0, 16);
    const [cy, en] = PAIRS[Math.floor(rand() * PAIRS.length)];
    const mode = rand();
    const violation = rand() < 0.2 ? VIOLATIONS[Math.floor(rand() * VIOLATIONS.length)] : '';
    const posts =
      mode < 0.45 ? [[`${cy}\n\n${en}${violation}`, 0]]
      : mode < 0.7 ? [[`${cy}${violation}`, 1], [en, 0]]
      : mode < 0.9 ? [[`${cy} / ${en}${violation}`, 2]]
      : [[`${en}${violation}`, 0]];
    for (const [text, account] of posts) {
      if (i >= n) break;
      const id = String(2026_000_000_000 + i);
      yield `${id},${date},${quote(ACCOUNTS[account])},https://x.com/i/web/status/${id},${quote(text)}\r\n`;
      i++;
    }
  }
}

/** The posts' texts only (for peers that read text). */
export function* auditTexts(n) {
  let header = true;
  for (const row of auditRows(n)) {
    if (header) {
      header = false;
      continue;
    }
    const m = /^[^,]*,[^,]*,(?:"(?:[^"]|"")*"|[^,]*),[^,]*,(.*)\r\n$/s.exec(row);
    const cell = m[1];
    yield cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
  }
}

export async function writeAuditCorpus(path, n) {
  const out = createWriteStream(path);
  let chunk = '';
  for (const row of auditRows(n)) {
    chunk += row;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
