/** Realistic council posts used by the language tests (written for these tests). */

/** English posts that mention Welsh names of places, buildings and events. */
export const ENGLISH_POSTS: string[] = [
  'Canolfan Hamdden Caerfyrddin is closed today for repairs.',
  'Heol y Parc in Llanelli will be closed from 9am on Monday for resurfacing works. Diversions will be signposted.',
  'Bin collections in Ammanford, Llandeilo and Cross Hands are running a day late this week because of the bank holiday.',
  'Have your say on the future of library services in Sir Gâr. Our consultation closes on 31 March: https://example.gov.wales/consult',
  'Parc Gwledig Pen-bre is open as usual this weekend. Why not visit Cefn Sidan beach and the adventure playground?',
  'The A484 at Cwmffrwd is closed in both directions following a collision. Please avoid the area.',
  'Recycling centres at Nantycaws and Trostre will open late on Tuesday due to staff training.',
  'Looking for something to do this half term? Join us at Llyfrgell Caerfyrddin for free craft sessions for children aged 5 to 11.',
  'Gritters are out tonight on all priority routes. Take care if you are travelling over the Mynydd Du.',
  'Residents of Heol Pont-y-pridd, Pen-y-groes, are reminded that parking restrictions start on 1 June.',
  'Congratulations to Ysgol Gymraeg Bro Myrddin on their excellent inspection report!',
  'Our customer service centre at Tŷ Elwyn, Llanelli, will be closed on Friday afternoon.',
  'Planning application PL/01234 for land at Heol y Bryn, Tumble, is now open for comments until 14 July.',
  'Swimming lessons at Canolfan Hamdden Llanelli are back from September. Book online or call 01554 744000.',
  'Free parking in council car parks in Carmarthen, Llanelli and Ammanford every Saturday in December.',
  'Garden waste collections restart in March. Sign up before 28 February to get your first collection.',
  'The cabinet will discuss the draft budget at its meeting in Neuadd y Sir on Wednesday. Watch live on our website.',
  'Flood warning: the River Tywi at Llandeilo and Ffair-fach is expected to rise overnight. Move valuables upstairs.',
  'Thank you to everyone who came to Gŵyl Cefn Sidan on Saturday! 🌊 #SirGâr',
  'We are recruiting care workers in the Llanymddyfri area. Apply by Friday @CyngorSirGar',
];

/** Welsh posts, including English-looking names, times, hashtags and emoji. */
export const WELSH_POSTS: string[] = [
  'Bydd casgliadau biniau yn hwyr yr wythnos hon oherwydd y tywydd.',
  'Mae Canolfan Hamdden Caerfyrddin ar gau heddiw ar gyfer gwaith atgyweirio.',
  "Bydd Heol y Parc yn Llanelli ar gau o 9am ddydd Llun er mwyn ail-wynebu'r ffordd.",
  "Dweud eich dweud am ddyfodol gwasanaethau llyfrgell yn Sir Gâr. Mae'r ymgynghoriad yn cau ar 31 Mawrth.",
  'Mae Parc Gwledig Pen-bre ar agor fel arfer y penwythnos hwn. Beth am ymweld â thraeth Cefn Sidan?',
  "Mae'r A484 yng Nghwmffrwd ar gau i'r ddau gyfeiriad yn dilyn gwrthdrawiad. Osgowch yr ardal os gwelwch yn dda.",
  'Bydd y canolfannau ailgylchu yn Nantycaws a Throstre yn agor yn hwyr ddydd Mawrth oherwydd hyfforddiant staff.',
  "Chwilio am rywbeth i'w wneud dros hanner tymor? Ymunwch â ni yn Llyfrgell Caerfyrddin am sesiynau crefft am ddim i blant 5 i 11 oed.",
  "Mae'r graeanwyr allan heno ar bob llwybr blaenoriaeth. Byddwch yn ofalus os ydych yn teithio dros y Mynydd Du.",
  'Atgoffir trigolion Heol Pont-y-pridd, Pen-y-groes, bod cyfyngiadau parcio yn dechrau ar 1 Mehefin.',
  'Llongyfarchiadau i Ysgol Gymraeg Bro Myrddin ar eu hadroddiad arolygu rhagorol!',
  'Bydd ein canolfan gwasanaethau cwsmeriaid yn Nhŷ Elwyn, Llanelli, ar gau brynhawn dydd Gwener.',
  'Mae cais cynllunio PL/01234 ar gyfer tir yn Heol y Bryn, Tymbl, bellach ar agor am sylwadau tan 14 Gorffennaf.',
  'Mae gwersi nofio yng Nghanolfan Hamdden Llanelli yn ôl o fis Medi. Archebwch ar-lein neu ffoniwch 01554 744000.',
  "Parcio am ddim ym meysydd parcio'r cyngor yng Nghaerfyrddin, Llanelli a Rhydaman bob dydd Sadwrn ym mis Rhagfyr.",
  'Bydd casgliadau gwastraff gardd yn ailddechrau ym mis Mawrth. Cofrestrwch cyn 28 Chwefror i gael eich casgliad cyntaf.',
  'Bydd y cabinet yn trafod y gyllideb ddrafft yn ei gyfarfod yn Neuadd y Sir ddydd Mercher. Gwyliwch yn fyw ar ein gwefan.',
  "Rhybudd llifogydd: disgwylir i Afon Tywi yn Llandeilo a Ffair-fach godi dros nos. Symudwch eitemau gwerthfawr i fyny'r grisiau.",
  'Diolch i bawb a ddaeth i Ŵyl Cefn Sidan ddydd Sadwrn! 🌊 #SirGâr',
  'Rydym yn recriwtio gweithwyr gofal yn ardal Llanymddyfri. Gwnewch gais erbyn dydd Gwener @CyngorSirGar',
];
