/** Party political content: parties, calls to vote, slogans, praise or attack of politicians; errors in a pre-election period. */
import { expect } from 'vitest';
import { ruleTester } from '../../support/rule-tester.js';

const elections = [{ name: 'Senedd election 2026', from: '2026-03-26', to: '2026-05-07' }];
const inside = { config: { elections }, date: '2026-04-20' };
const outside = { config: { elections }, date: '2026-11-23' };

ruleTester('conduct/political-neutrality', {
  invalid: [
    { name: "Welsh: a party adjective after a member (real-text-blind305)", text: "Dywedodd Mark Example, yr Aelod Ceidwadol dros Ogledd Cymru, fod angen newid.", found: ["Aelod Ceidwadol (warning)"] },
    { name: "Welsh: a Labour government", text: "Mae’r llywodraeth Lafur wedi torri’r gyllideb.", found: ["llywodraeth Lafur (warning)"] },
    { name: "Welsh: 'ar ochr Cymru' as a slogan", text: "Pleidleisiwch heddiw: ar ochr Cymru!", found: ['ar ochr Cymru (warning)'] },
    { name: "a call to elect a person by name", text: 'On 4 May, elect Helen Example as your councillor.', found: ['elect Helen Example (warning)'], ...outside },
    // English, outside a pre-election period: warnings
    // A living member paying tribute is no tribute to the dead; 'y Blaid' and a county party, mutated (real-text-blind41, real-text-blind44).
    { name: 'Welsh: an MS of a party paying tribute to care workers', text: 'Mae AS Plaid Cymru dros y Gogledd wedi talu teyrnged i weithwyr gofal yr ardal.', ...outside, found: ['Plaid Cymru (warning)'] },
    { name: 'a party MS paying tribute to care workers', text: 'A Plaid Cymru MS for North Wales has paid tribute to the area’s care workers.', ...outside, found: ['Plaid Cymru (warning)'] },
    { name: "Welsh: 'y Blaid' capitalised is Plaid Cymru", text: "Hogia'r Blaid ydy'r gwaetha' am addo a pheidio gwneud.", ...outside, found: ['Blaid (warning)'] },
    { name: 'Welsh: a county party soft-mutated', text: 'Roedd y Cynghorydd Aeron Example o Lais Gwynedd yn chwerthinllyd.', ...outside, found: ['Lais Gwynedd (warning)'] },
    { name: 'a county party named in English', text: 'Llais Gwynedd councillors voted against the plan.', ...outside, found: ['Llais Gwynedd (warning)'] },
    { name: 'a party thanked', text: 'Huge thanks to Welsh Labour for keeping their promise!', ...outside, found: ['Welsh Labour (warning)'] },
    { name: 'candidates praised at a by-election hustings', text: 'Brilliant candidates at tonight’s hustings for the Pentre-bach by-election.', ...outside, found: ['Brilliant candidates (warning)'] },
    { name: 'Welsh: candidates praised in an election', text: "Llongyfarchiadau i'r ymgeiswyr gwych yn yr etholiad ddoe.", ...outside, found: ['ymgeiswyr gwych (warning)'] },
    { name: 'the Tories blamed', text: 'The Tories in Westminster have cut our funding again.', ...outside, found: ['Tories (warning)'] },
    { name: 'a party adjective before a political noun', text: 'Because of Conservative cuts, the library will close.', ...outside, found: ['Conservative cuts (warning)'] },
    { name: 'Labour-led, hyphenated', text: 'The Labour-led cabinet approved it.', ...outside, found: ['Labour-led (warning)'] },
    { name: 'the Greens and the Lib Dems', text: 'Great to see the Greens backing it. Shame on the Lib Dems.', ...outside, found: ['Greens (warning)', 'Lib Dems (warning)'] },
    { name: 'vote for a party', text: 'Wales deserves better: vote Propel on 7 May.', ...outside, found: ['vote Propel (warning)'] },
    { name: 'vote for her', text: 'Vote for her on 7 May!', ...outside, found: ['Vote for her (warning)'] },
    // A candidate by full name (drafts-blind6).
    { name: 'vote for a named person', text: 'Remember: on 21 January, vote for Eleri Bowen to keep the library open!', ...outside, found: ['vote for Eleri Bowen (warning)'] },
    { name: 'Welsh: vote for a named person', text: "Cofiwch: ar 21 Ionawr, pleidleisiwch dros Eleri Bowen i gadw'r llyfrgell ar agor!", ...outside, found: ['pleidleisiwch dros Eleri Bowen (warning)'] },
    { name: 're-elect a councillor', text: 'Re-elect Cllr Jones on 7 May!', ...outside, found: ['Re-elect Cllr (warning)'] },
    { name: 'Welsh: re-elect a councillor', text: 'Ailetholwch y Cynghorydd Evans!', ...outside, found: ['Ailetholwch y Cynghorydd (warning)'] },
    { name: 'praise beside a politician', text: 'Congratulations to our brilliant MS, Catrin Example.', ...outside, found: ['brilliant MS (warning)'] },
    { name: 'attack beside a councillor', text: 'Shame on Cllr Jones for this.', ...outside, found: ['Shame on Cllr (warning)'] },
    { name: 'the Prime Minister attacked by title', text: 'The Prime Minister has failed Wales again.', ...outside, found: ['Prime Minister has failed (warning)'] },
    { name: 'the First Minister let down', text: 'Shameful: the First Minister let down every rural school.', ...outside, found: ['First Minister let down (warning)'] },
    { name: 'Welsh: the First Minister attacked (mutated)', text: "Mae ein Prif Weinidog wedi siomi pob ysgol wledig.", ...outside, found: ['Prif Weinidog wedi siomi (warning)'] },
    { name: 'a slogan', text: 'Get Brexit Done!', ...outside, found: ['Get Brexit Done (warning)'] },
    { name: 'Reform UK, any case', text: 'REFORM UK want to scrap it.', ...outside, found: ['REFORM UK (warning)'] },
    // Welsh
    { name: 'Welsh: vote for Plaid Cymru (mutated)', text: 'Pleidleisiwch dros Blaid Cymru ar 7 Mai!', ...outside, found: ['Pleidleisiwch dros Blaid Cymru (warning)'] },
    { name: 'Welsh: the Conservatives after a clitic', text: "Oherwydd toriadau'r Ceidwadwyr, bydd y gwasanaeth yn dod i ben.", ...outside, found: ['Ceidwadwyr (warning)'] },
    { name: 'Welsh: Liberal Democrats thanked', text: "Diolch o galon i'r Democratiaid Rhyddfrydol am frwydro drosto.", ...outside, found: ['Democratiaid Rhyddfrydol (warning)'] },
    { name: 'Welsh: the Greens', text: "Ac mae'r Gwyrddion yn iawn.", ...outside, found: ['Gwyrddion (warning)'] },
    { name: 'Welsh: vote for her (inflected dros)', text: 'Pleidleisiwch drosti hi ar 7 Mai!', ...outside, found: ['Pleidleisiwch drosti (warning)'] },
    { name: 'Welsh: praise after the title', text: "Llongyfarchiadau i'n Haelod o'r Senedd gwych.", ...outside, found: ["Haelod o'r Senedd gwych (warning)"] },
    { name: 'Welsh: a party slogan', text: 'Llafur Cymru: yn cyflawni dros Gymru.', ...outside, found: ['Llafur Cymru (warning)', 'yn cyflawni dros Gymru (warning)'] },
    { name: 'Welsh: Labour Party mutated', text: "Mae'r Blaid Lafur wedi addo hyn.", ...outside, found: ['Blaid Lafur (warning)'] },
    // Inside a pre-election period: errors, and councillors named are warnings
    {
      name: 'inside the period, an error naming the election',
      text: 'Reform UK want to scrap it.',
      ...inside,
      errors: [{ severity: 'error', message: "Party political content (a political party named): 'Reform UK' during the pre-election period (Senedd election 2026)" }],
    },
    { name: 'the publication day is the scheduled date, not --date', text: '---\nscheduled: 2026-04-30T08:00\n---\nVote Labour!', ...outside, found: ['Vote Labour'] },
    { name: 'a councillor named inside the period', text: 'Cllr Jones opened the new play park today.', ...inside, found: ['Cllr Jones (warning)'] },
    { name: 'Welsh: a councillor named inside the period', text: 'Agorodd Y Cynghorydd Evans y parc newydd.', ...inside, found: ['Cynghorydd Evans (warning)'] },
    // A tribute excuses praise of the politician who died, nothing else.
    { name: 'praise of a living councillor beside a word about dying', text: 'Our brilliant Cllr Jones says the scheme will not be allowed to die.', ...outside, found: ['brilliant Cllr (warning)'] },
    { name: 'a party thanked in a tribute', text: 'Cllr Huw Example passed away last week. Huge thanks to Welsh Labour for their support.', ...outside, found: ['Welsh Labour (warning)'] },
    // "the late" before a time is no tribute: a party named there is a warning as anywhere.
    { name: "'the late 1990s' is no tribute", text: 'In the late 1990s the local Plaid Cymru branch fought to keep the mill open.', ...outside, found: ['Plaid Cymru (warning)'] },
    { name: "Welsh: a time of the 1990s, no tribute", text: "Ar ddiwedd y 1990au bu cangen leol Plaid Cymru yn ymladd i gadw'r felin ar agor.", ...outside, found: ['Plaid Cymru (warning)'] },
    // A party in the life of a politician who died (blind set: a town council's tribute) is information.
    { name: 'a party in a tribute, as information', text: 'Former Mayor Huw Example, who died on Wednesday aged 84, was a stalwart of the local Plaid Cymru branch.', ...outside, found: ['Plaid Cymru (info)'] },
    { name: "Welsh: 'a fu farw' marks the tribute (mutated)", text: "Mae cynghorwyr wedi talu teyrnged i Huw Example, cyn-Faer a fu farw yn 84 oed. Roedd yn weithgar yng nghangen leol Plaid Cymru.", ...outside, found: ['Plaid Cymru (info)'] },
    { name: 'Welsh: a party in a tribute, as information', text: "Bu farw'r cyn-Faer Huw Example yn 84 oed. Roedd yn weithgar yng nghangen leol Plaid Cymru am hanner canrif.", ...outside, found: ['Plaid Cymru (info)'] },
    { name: 'Welsh: a party thanked in a tribute is still a warning', text: "Bu farw'r Cynghorydd Huw Example ddydd Sul. Diolch yn fawr i Blaid Cymru am eu cefnogaeth.", ...outside, found: ['Blaid Cymru (warning)'] },
    { name: 'Welsh: praise of a living MS', text: "Diolch i'n Haelod o'r Senedd gwych am ei gwaith.", ...outside, found: ["Haelod o'r Senedd gwych (warning)"] },
    { name: 'a councillor named in a tribute inside the period', text: 'We are sad to announce that Cllr Jones passed away on Sunday.', ...inside, found: ['Cllr Jones (warning)'] },
    { name: 'inside the period, Welsh', text: 'Pleidleisiwch dros Blaid Cymru!', ...inside, errors: [{ severity: 'error', message: expect.stringContaining('during the pre-election period') }] },
    // A party's possessive (real-text-blind19): the apostrophe is dropped in matching, so the 's forms are listed.
    { name: "a party's candidates", text: "Plaid Cymru's candidates in the elections across the five wards are as follows:", ...outside, found: ["Plaid Cymru's (warning)"] },
    { name: "Labour's plans, as written", text: "Today we read Labour's plans for the high street.", ...outside, found: ["Labour's (warning)"] },
    // A party's member in the singular (real-text-blind67).
    { name: 'a Liberal Democrat member', text: 'Welsh Liberal Democrat Kirsty Example AM said the unit must stay open.', ...outside, found: ['Welsh Liberal Democrat (warning)'] },
    { name: 'Welsh: a Liberal Democrat member', text: "Dywedodd y Democrat Rhyddfrydol Kirsty Example AS fod rhaid cadw'r uned ar agor.", ...outside, found: ['Democrat Rhyddfrydol (warning)'] },
    // A mock election's words do not excuse a real politician praised, nor a party named.
    { name: 'a mock election beside a real MS praised', text: 'After our mock election, our brilliant MS Jane Example answered questions.', ...outside, found: ['brilliant MS (warning)'] },
    { name: 'Welsh: a party named beside a mock election', text: 'Etholiad ffug heddiw: enillodd Plaid Cymru yn yr ysgol!', ...outside, found: ['Plaid Cymru (warning)'] },
  ],
  valid: [
    { name: "Welsh: a conservative estimate", text: "Roedd yn amcangyfrif ceidwadol o’r gost." },
    { name: "Welsh: a trade union, \"undeb llafur\"", text: "Mae Undeb Llafur Unite yn cefnogi’r gweithwyr." },
    // A slogan that is also plain words of place (real-text-blind280).
    { name: "Welsh: 'ar ochr Cymru ger …', a place", text: "Ceir y crynodiadau uchaf ar hyd traethlin Wirral, ac ar ochr Cymru ger y mynediadau i’r cafnau ym Maes-glas." },
    { name: "'on Wales's side of the border', a place", text: "The path runs on Wales's side of the border." },
    // A title's "Elect" in a club's minutes is no call to vote (real-text-blind100).
    { name: "a president elect in a club's minutes", text: 'Present: Sian Example (County President Elect), Helen Example, Mair Example.', ...outside },
    { name: "Welsh: a chair elect in a club's minutes", text: 'Yn bresennol: Sian Example (Chair Elect), Helen Example a Mair Example.', ...outside },
    { name: "Welsh: a street named 'y Blaid'", text: "Bydd Heol y Blaid, Pontarddulais ar gau am bythefnos tra bod Dŵr Cymru'n gosod pibell newydd.", ...outside },
    { name: "a street named 'y Blaid' in English", text: 'Heol y Blaid in Pontarddulais is closed for two weeks while a new main is laid.', ...outside },
    { name: "Welsh: 'plaid' in lower case is any party", text: 'Mae pob plaid wedi cyflwyno ymgeisydd, a gallwch bleidleisio dros blaid neu dros unigolyn.', ...outside },
    { name: 'paying tribute to care workers, no party named', text: 'The council leader paid tribute to the area’s care workers today.', ...outside },
    // Declared results and notices inside the period name the elected councillor and every party (drafts-blind15).
    { name: 'a declaration of result names the councillor elected, inside the period', text: 'Declaration of Result: Llandybïe Ward By-election\nRhian Bowen (Plaid Cymru – The Party of Wales): 612\nRhian Bowen has been elected as County Councillor for Llandybïe Ward.', ...inside },
    { name: "Welsh: a declaration of result names the councillor elected, inside the period", text: "Datganiad o'r Canlyniad: Isetholiad Ward Llandybïe\nMae Rhian Bowen wedi'i hethol yn Gynghorydd Sir dros Ward Llandybïe.", ...inside },
    { name: 'results declared at the count list the parties, inside the period', text: 'The first results have been declared at the count.\nWard Sanclêr: elected: Gethin Rees (Plaid Cymru – The Party of Wales); Catherine Moss (Welsh Conservatives).', ...inside },
    { name: "the council's political make-up after the election", text: "Following the elections, this is the political make-up of the Council's 75 seats:\nPlaid Cymru: 36\nWelsh Labour: 21", ...outside },
    { name: "Welsh: the council's political make-up", text: 'Dyma gyfansoddiad gwleidyddol y Cyngor:\nPlaid Cymru: 36\nLlafur Cymru: 21', ...outside },
    // A possessive of an ordinary word stays ordinary.
    { name: "the labour market's figures", text: "The labour market's latest figures show 1,200 vacancies in the county.", ...outside },
    // A mock election's candidates are pupils (drafts-blind15).
    // A youth council's elections, in the plural and with the article (drafts-blind42).
    { name: "Welsh: a youth council's elections, its candidates praised", text: "Etholiadau'r Cyngor Ieuenctid\n\nPleidleisiodd 4,120 o ddisgyblion dros aelodau newydd y Cyngor Ieuenctid, ar ôl areithiau gwych gan yr ymgeiswyr. Defnyddiodd disgyblion Blwyddyn 9 flychau pleidleisio go iawn o'n swyddfa etholiadau.", ...outside },
    { name: "a youth council's elections, its candidates praised", text: 'Youth Council elections\n\n4,120 pupils voted for new members of the Youth Council, after great speeches from the candidates. Year 9 pupils used real ballot boxes from our elections office.', ...outside },
    { name: "Welsh: a mock election's candidates praised", text: "Etholiad ffug ym Mlwyddyn 10! Pleidleisiodd y disgyblion ar ôl areithiau gwych gan yr ymgeiswyr.", ...outside },
    { name: "a mock election's candidates praised", text: 'A mock election in Year 10! Pupils voted after brilliant speeches from the candidates.', ...outside },
    // Candidates with no election to stand in: a school's house captains (real-text-blind15), exams, a job
    { name: 'school house-captain candidates praised', text: 'Children voted for their House Captains today, after listening to such amazing speeches from candidates in Year 6.', ...outside },
    { name: 'exam candidates', text: 'Good luck to all our brilliant candidates sitting their GCSE exams this week!', ...outside },
    { name: 'Welsh: job candidates', text: "Diolch i'r ymgeiswyr gwych a ddaeth i'r cyfweliadau ddoe.", ...outside },
    // A vote for a first name, a place or a book in a competition
    'Vote for Grace in the Reader of the Year competition!',
    "Pleidleisiwch dros Parc Howard yng ngwobr Dewis y Bobl.",
    // English look-alikes
    'The First Minister visited the new school in Llanelli today and met pupils.',
    "Croesawyd Prif Weinidog Cymru i'r ysgol newydd heddiw.",
    'A prime minister of the nineteenth century once lived in this house.',
    'The latest labour market statistics show 1,200 vacancies; labour costs are rising.',
    'Labour market statistics are published today.',
    // Welsh nouns before Llafur/Lafur that make it work, not the party (blind drafts).
    'Mae hen adeilad y Gyfnewidfa Lafur ar y Stryd Fawr, Castell-nedd yn cael bywyd newydd.',
    'Mae ystadegau diweddaraf y farchnad lafur yn dangos 1,200 o swyddi gwag; mae costau llafur yn codi.',
    'Welsh Government is reforming council tax: what does the reform of the council tax mean for you?',
    'Four of our parks have won a Green Flag award. The bowling greens are open, and green waste collections carry on.',
    'At a conservative estimate, there are 150 listed buildings in the conservation area.',
    'Conservative estimates put the cost at £2m.',
    'Lost property: a red plaid scarf.',
    'Plaid scarves and tartan blankets at the Christmas market.',
    "Students from Wales's national conservatoire, with liberal helpings of folk song.",
    'Propel your career with an apprenticeship.',
    'The Parc Howard Bowling Greens reopen on Saturday.',
    'Greens Bowling Club opens for the season this weekend.',
    'They explained how the National Assembly for Wales became the Senedd.',
    { name: 'a library poll inside the period', text: 'Readers’ Choice: vote for your favourite novel in any of our libraries.', ...inside },
    { name: 'a neutral voting explainer inside the period', text: 'On the ballot paper, you vote for a party or for an independent candidate.', ...inside },
    { name: 'polling stations and the count inside the period', text: 'Polling stations are open from 7am to 10pm. The count starts at 9am at Carmarthen Leisure Centre.', ...inside },
    { name: 'a statutory notice listing the parties inside the period', text: 'Statement of Parties and Individual Candidates Nominated:\n• Plaid Cymru\n• Reform UK\n• Welsh Labour\n• Welsh Conservatives', ...inside },
    { name: 'a declaration of result', text: 'Declaration of result: Plaid Cymru 2, Reform UK 2, Welsh Labour 1.', ...outside },
    { name: 'a councillor named outside the period', text: 'Cllr Rhian Example, Cabinet Member for Education, said: "This building will serve the community."', ...outside },
    { name: 'a councillor quoted praising a building', text: 'Cllr Jones said the new library was a fantastic building for the town.', ...outside },
    { name: 'praise in a tribute to a councillor who has died', text: 'The centre is renamed in tribute to Huw Example, who sadly passed away in February. He was a hard-working Councillor and a champion of sport.', ...outside },
    // Welsh look-alikes
    { name: 'Welsh: praise in a tribute to a councillor who has died', text: "Bu farw'r Cynghorydd Huw Example ddydd Sul. Roedd yn Gynghorydd diflino dros ei ward.", ...outside },
    "Mae ystadegau'r farchnad lafur yn dangos 1,200 o swyddi gwag; mae costau llafur yn codi.",
    'Yn ôl amcangyfrif ceidwadol, mae 150 o adeiladau rhestredig yn yr ardal.',
    'Mae casgliadau gwastraff gwyrdd yn parhau, ac mae Gwobr y Faner Werdd gan bedwar parc.',
    // "gwyrddion" is also the plural of gwyrdd (green); "Undebau Llafur" are trade unions (real Welsh sentences, techiaith corpus).
    "Ymysg bryniau Maldwyn y mae Dolwar Fechan, yn un o'r hafanau bychain gwyrddion.",
    'Ar yr ochr arall yr oedd caeau gwyrddion serth.',
    'Bu\'n aelod o Gyngor Cyffredinol Cyngres yr Undebau Llafur am rai blynyddoedd.',
    'Mae cynrychiolwyr yr undeb Llafur yn cwrdd â\'r rheolwyr ddydd Llun.',
    { name: 'Welsh: voting for a party (generic)', text: "Byddwch chi'n pleidleisio dros blaid neu dros ymgeisydd annibynnol.", ...inside },
    { name: 'Welsh: a library poll', text: "Pleidleisiwch dros eich hoff nofel yn unrhyw un o'n llyfrgelloedd.", ...inside },
    { name: 'Welsh: a statutory notice', text: "Datganiad o'r Pleidiau a'r Ymgeiswyr Unigol a Enwebwyd:\n• Plaid Cymru\n• Ceidwadwyr Cymreig\n• Llafur Cymru", ...inside },
    { name: 'Welsh: a councillor named outside the period', text: "Meddai'r Cynghorydd Rhian Example, Aelod y Cabinet: \"Bydd yr adeilad hwn yn gwasanaethu'r gymuned.\"", ...outside },
  ],
});
