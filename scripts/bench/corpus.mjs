// A deterministic corpus of council-style posts, mixed Welsh/English, with seeded
// violations (about one post in five), for throughput measurements.
const EN = [
  'Road closed on the A48 at Cross Hands today for resurfacing works. Please use the signed diversion.',
  'Bin collections will be late this week because of the weather. Thank you for your patience.',
  'Have your say on the new library opening hours: the consultation closes on 30 November.',
  'Llanelli Leisure Centre pool is closed on Saturday for maintenance. Sorry for any inconvenience.',
  'Our Christmas market returns to Carmarthen town centre this weekend, with over 60 stalls.',
];
const CY = [
  "Mae'r ffordd ar gau ar yr A48 yn Cross Hands heddiw ar gyfer gwaith ail-wynebu. Defnyddiwch y gwyriad.",
  'Bydd casgliadau biniau yn hwyr yr wythnos hon oherwydd y tywydd. Diolch am eich amynedd.',
  "Dweud eich dweud am oriau agor newydd y llyfrgell: mae'r ymgynghoriad yn cau ar 30 Tachwedd.",
  "Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn ar gyfer gwaith cynnal a chadw.",
  "Mae ein marchnad Nadolig yn dychwelyd i ganol tref Caerfyrddin y penwythnos hwn.",
];
const VIOLATIONS = [
  ' Welsh to follow.',
  ' Call Mrs Davies on 07700 900123.',
  ' Email dai.jones@example.com for details.',
  ' OFFICIAL-SENSITIVE briefing attached.',
  ' Ffoniwch 07700 900456.',
];

export function generatePosts(n) {
  const posts = [];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(rand() * EN.length);
    const mode = rand();
    let post = mode < 0.6 ? `${CY[k]}\n\n${EN[k]}` : mode < 0.8 ? `${CY[k]} / ${EN[k]}` : EN[k];
    if (rand() < 0.2) post += VIOLATIONS[Math.floor(rand() * VIOLATIONS.length)];
    posts.push(post);
  }
  return posts;
}
