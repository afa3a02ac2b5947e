/**
 * Word lists for the Welsh/English identifier (see identify.ts). Hand-written from
 * general knowledge of both languages: frequent function words first, then common
 * words of council posts. Nothing here is derived from the measurement corpora.
 *
 * Weights are evidence points: roughly 3 for a frequent word found only in one of
 * the two languages, 2 for a common but less frequent one, 1 for a word that the
 * other language also has but rarely uses, 0 for a word both languages use (listed
 * so that the spelling heuristics do not score it either).
 */

/** Welsh words, weight 3: frequent and found only in Welsh. */
export const CY3 = `
y yr yn mae maen maent roedd oedd oedden oeddent oeddwn oeddet oeddem oeddech
roeddwn roeddet roeddem roeddech roedden roeddent wedi gyda gydag hefyd neu ond ac
ei eu eich ein ddim nid nad sydd bydd fydd byddai fyddai byddwn fyddwn byddwch
fyddwch byddant fyddant byddent fydden byddem fyddem byddech fyddech bod fod hyn
hynny hwn hon hwnnw honno yw ydy ydi ydw ydych ydyn ydym ydynt dyw dydy dydi dydw
dyna dyma mewn rhwng drwy trwy dros wrth heb efo tuag oddi ers wedyn felly oherwydd
eisoes erioed iawn gyfer cyfer nhw chi nhwy oes doedd dylai dylid dylech dylen dylem
gallwch gellir gallai allai gallant gallwn allwn galla gallaf allaf allwch rhaid
angen eisiau sef megis ynghyd ynglŷn ynghylch amdano amdani amdanynt amdanom
amdanoch amdanaf iddo iddi iddynt iddyn iddom iddoch iddon arno arni arnynt arnom
arnoch arnaf arnat ganddo ganddi ganddynt gennym gennych gennyf gynnon gyda'n ohono
ohoni ohonynt ohonom ohonoch ohonof wrtho wrthi wrthynt wrthym ynddi ynddynt drosto
drosti trwyddo hebddo rhagddo yno yna yma acw ymlaen allan gilydd pwy sut pryd rwy
rydw rydyn rydych rydym rydan dwi wyf wyt ydwyf buodd buont buon cafodd gafodd
chafodd cafwyd aeth daeth ddaeth gwnaeth wnaeth dywedodd meddai ddywedodd fyny hefo
tua dwy yng ym ddoe heddiw yfory nawr rŵan eleni llynedd diolch croeso
llongyfarchiadau ddiolch gwybodaeth wybodaeth manylion rhagor ragor trigolion
cymuned gymuned cymunedau gymunedau pobl bobl ysgolion ffordd heol canolfan ganolfan
hamdden llyfrgell casgliadau biniau gwastraff ailgylchu ymgynghoriad tywydd rhybudd
gwaith waith ardal ardaloedd cyngor gyngor chyngor nghyngor gwasanaeth wasanaeth
wasanaethau gwefan wefan digwyddiad digwyddiadau cyfle gyfle cyfleoedd wythnos
wythnosau blwyddyn flwyddyn blynedd mlynedd flynedd blynyddoedd dydd ddydd diwrnod
ddiwrnod gau agor ar-lein e-bost cysylltwch ewch dewch cofiwch gwelwch darllenwch
cliciwch ymunwch rhannwch dilynwch cofrestrwch llenwch anfonwch ffoniwch gwyliwch
peidiwch gadewch dywedwch ymwelwch archebwch gwiriwch gwnewch rhowch cael gael chael
gwneud wneud mynd fynd dod ddod gallu allu gweld weld dweud ddweud gwybod wybod
rhywbeth rhywun popeth pawb bawb unrhyw llawer ychydig digon gormod mwy fwy mwyaf
fwyaf lleiaf cyntaf gyntaf nesaf diwethaf olaf arall eraill hwyr cynnar gynnar
newydd mawr fawr bach fach dda gwych wych pwysig bwysig lleol ystod erbyn ynddo
amser adeg cyfnod gyfnod rhai rhyw holl pob bellach weithiau wastad byth cymorth
gymorth cefnogaeth gefnogaeth iechyd lles diogelwch gofal ofal cartref gartref teulu
teuluoedd blant disgyblion athrawon myfyrwyr swyddfa swydd swyddi ceisiadau ffurflen
tocynnau rhif cyfeiriad ffôn gwirfoddolwyr cymryd gymryd defnyddio ddefnyddio
sicrhau parhau cynnwys gynnwys darparu trefnu cynnal gynnal helpu cefnogi gefnogi
gweithio weithio dysgu ddysgu chwarae cysylltu siarad dechrau ddechrau gorffen aros
edrych teithio byw bwyta talu dalu prynu gwerthu ailagor casglu gasglu derbyn
dderbyn anfon gofyn ofyn ateb gwrando darllen ysgrifennu cerdded rhedeg nofio dathlu
croesawu annog atgoffa cofio gofio deall ddeall creu greu datblygu gwella wella
lleihau cynyddu cyhoeddi ymgynghori ymateb ymweld ymuno cyflwyno gwirio archebu
cofrestru newyddion diweddaraf ddiweddaraf diweddariad cynllun cynlluniau dyddiad
dyddiadau cyfarfod aelodau gwasanaethau yma'n mae'n sy'n ar ôl â hyd hun hunain
nifer neb enw unig arfer arferol hanner sawl dangos rhy newid oed caiff aml unwaith
hoffi heno gobeithio amlwg adref efallai clywed glywed arbennig
`;

/** Welsh words, weight 2. */
export const CY2 = `
ni ti fe fo ef dy fy hwy na nac naill ai os pe petai oni onid tra nes taw fel ger
uwch un dau tri tair pedwar pedair pum chwech chwe saith wyth naw deg ugain miliwn
ail trydydd pa beth ble lle pam faint nos prynhawn noswaith hwyl shwmae helo bob mor
eto dw sy bu fu mis fis misoedd dan dyn tŷ dŵr tai lawr lan mas gan mil rhan rhannau
ochr gwlad byd pethau peth modd mathau rheswm achos problemau cwestiwn syniad gwerth
pris arian am-ddim ifanc hŷn gwahanol wahanol llawn ychwanegol hapus prysur tawel
diogel ddiogel cyhoeddus gyhoeddus cenedlaethol gorau gwell uchel isel hir byr iach
anodd hawdd cyflym araf oer cynnes gwlyb sych eira glaw gwynt llifogydd ffyrdd stryd
strydoedd tref dref trefi pentref pentrefi parciau llyfrgelloedd canolfannau ysgol
bagiau sachau gwydr papur sbwriel casgliad gasgliad farn rhybuddion dargyfeiriad
oedi traffordd cerbydau gyrwyr teithwyr bws bysiau trên trenau parcio pwll campfa
gwyliau gŵyl nadolig penblwydd pen-blwydd cyfarfodydd aelod arweinydd prif cyllideb
treth hawl hawliau grantiau prosiect prosiectau tîm timau busnes busnesau swyddogion
heddlu tân brys llwybr llwybrau traeth traethau coed coedwig natur amgylchedd bywyd
gwyllt anifeiliaid cŵn ci bwyd diod siop siopau marchnad canol dinas iaith
dwyieithog llyfr llyfrau stori straeon cerddoriaeth celf chwaraeon rygbi gêm gemau
clwb clybiau ras hanes diwylliant treftadaeth castell capel eglwys neuadd ystafell
adeilad adeiladau llawr gardd gerddi maes mynydd afon llyn môr ynys cwm dyffryn bryn
glan da gall mi fi i'r o'r a'r i'w di dal braf ceir mai ag gen merch merched drws tu
tro wnes fath bron hoff gair canu gwir awyr adre corff draws fam barod ennill mab
dillad marw tybed eithaf golwg effaith haf torri agored codi medru teledu methu
noson cadw gŵr ofn agos achosi credu balch galw troi calon gaeaf perthyn munud poeth
cefn heibio ymhlith arwain colli uchaf posib posibl hollol ceisio stafell athro
athrawes cinio gosod sicr neges dewis anffodus gweddill cegin cawsom cefais ges
gawson clust gorsaf gwaeth astudio golchi brawd clir isio jyst licio wna wnei wnaf
wnaethon
`;

/** Welsh words, weight 1: rare in English, or Welsh words English also has. */
export const CY1 = `
er sir plant parc pump dim hen pan tan math barn haul prin tir teg nath nag ma mam e
rownd
`;

/** Words both languages use often enough that they decide nothing. */
export const SHARED = `
a does bore man fan pen car ward cabinet staff help problem cant ran via bin grant
dad darn plaid
`;

/** English words, weight 3. */
export const EN3 = `
the and of to are was were been being with will would should could this that these
those from have has had having it its they them their theirs there here what which
who whom whose when where why how you your yours we our ours us he his him she her
hers my not but if by for than then into onto about after before over under between
through during without within upon against because while until since although though
whether also very just only even ever never always often still already again please
thank thanks can cannot may might must shall did doing done today tomorrow yesterday
tonight week weeks weekend month months year years day days time times morning
afternoon evening night new open closed close road roads street council county
residents people service services information support centre center leisure library
libraries school schools bins collection collections waste recycling consultation
event events community communities local area areas children family families visit
join find check read see book apply register contact call online website details due
following ahead weather warning delays delayed diversion works roadworks traffic
closure closures update updates latest news remember everyone anyone someone
everything anything nothing something thing things good great next last first any
some more most such other another each every both either neither much many few
several own same out up down off away back like want need needs use used using work
working keep let look way place part home house water old long little big small
large high low right left best better full available able happy sorry welcome hello
around across near along behind below above outside inside towards toward made make
makes get gets got goes going gone went come comes came take takes took give gives
gave know knew think thought say says said two three four five six seven eight nine
ten hundred thousand email e-mail
`;

/** English words, weight 2. */
export const EN2 = `
in on an as so me yes or is one all add
`;

/** English words, weight 1. */
export const EN1 = `
no do free odd be well go
`;

/**
 * Lower-case words that may join the capitalised words of a name ("Heol y Parc",
 * "Coed y Brenin", "Cwm yr Eglwys", "Bank of England"); between two capitalised
 * words they carry no evidence.
 */
export const CONNECTORS = `
y yr 'r ar yn ym yng dan ger uwch is de du of the upon
`;

/**
 * Content words of council posts in their radical (unmutated) form. Their soft,
 * nasal and aspirate mutations are added with the same weight unless a mutated
 * form is also an English word.
 */
export const CY_MUTABLE = `
cyngor cynghorydd cynghorwyr canolfan casgliad casgliadau cymuned cymunedau cartref
cartrefi cefnogaeth cyfle cyfleoedd cymorth cyfarfod cyhoeddiad cynllun cyllideb
cyfeiriad cwestiwn cwestiynau cerbydau cerddoriaeth castell capel coedwig teulu
teuluoedd tref trefi traeth traethau tocyn tocynnau tywydd tîm treftadaeth teithwyr
plant pobl pentref pentrefi prosiect pwysig pethau pwll parciau prynhawn penwythnos
biniau bagiau busnes busnesau blwyddyn bwyd bywyd dydd diwrnod digwyddiad
digwyddiadau diogelwch dyddiad diwylliant dinas gwybodaeth gwasanaeth gwasanaethau
gwefan gwaith gwastraff gwirfoddolwyr gwlad gwyliau gofal gardd gerddi mawr manylion
marchnad mynydd misoedd llyfrgell llyfrgelloedd llwybr llwybrau lleol llawn rhaglen
rhybudd rhybuddion rhan rhannau rhif rhai
`;

/** English words that a generated Welsh mutation must not claim. */
export const EN_COLLISIONS = `
well air law gap men ben don ran char all fin den fan win rob wen din ham mare mood
bar bin bow dash tar tin nag gas gear gore cap bay bore lawn chapel myth bump raid
bad dark fab
`;
