/** Lower-case multi-word hashtags, split with English and Welsh word lists; CamelCase suggested. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/engine/fix.js';
import { lintRule, ruleTester } from '../../support/rule-tester.js';

ruleTester('a11y/camelcase-hashtag', {
  invalid: [
    // English
    {
      name: 'three English words',
      text: 'A48 at Cross Hands: both lanes closed overnight. #roadclosureupdate',
      found: ['#roadclosureupdate'],
      errors: [{ severity: 'warning', suggestions: ['#RoadClosureUpdate'], message: "Hashtag '#roadclosureupdate' is read as one made-up word by screen readers: write '#RoadClosureUpdate'" }],
    },
    { name: 'two English words', text: 'Gritters out from 6pm. #winterready', errors: [{ suggestions: ['#WinterReady'] }] },
    { name: 'family fun day', text: 'Free! #familyfunday', errors: [{ suggestions: ['#FamilyFunDay'] }] },
    { name: 'a word the English list lacks, from extra-english', text: 'See you there #christmasmarket', errors: [{ suggestions: ['#ChristmasMarket'] }] },
    { name: 'two hashtags', text: '#bindayreminder #shoplocal', found: ['#bindayreminder', '#shoplocal'] },
    // A doer the lists lack, made from a listed verb (real-text-blind15).
    { name: "a doer made from a verb: 'recyclers'", text: 'Join the conversation using the hashtag #mightyrecyclers', errors: [{ suggestions: ['#MightyRecyclers'] }] },
    { name: "Welsh post, an English campaign tag with a doer: 'pickers'", text: 'Diolch i bawb a ddaeth i gasglu sbwriel ddoe! #litterpickers', errors: [{ suggestions: ['#LitterPickers'] }] },
    // Council words the common lists lack, from extra-english (drafts-blind43).
    { name: "an awareness tag with 'scams'", text: 'Stay safe from doorstep callers. #scamsawareness', errors: [{ suggestions: ['#ScamsAwareness'] }] },
    { name: "Welsh post, an English tag with 'scammers'", text: 'Peidiwch ag agor y drws i werthwyr diarth. #stopthescammers', errors: [{ suggestions: ['#StopTheScammers'] }] },
    // Welsh
    { name: 'Welsh: two words', text: 'Arafwch, os gwelwch yn dda. #diogelwchffyrdd', errors: [{ suggestions: ['#DiogelwchFfyrdd'] }] },
    { name: 'Welsh: recycling week', text: 'Rhowch eich bocs gwydr allan! #wythnosailgylchu', errors: [{ suggestions: ['#WythnosAilgylchu'] }] },
    { name: 'Welsh: fun day', text: 'Am ddim! #diwrnodhwyl', errors: [{ suggestions: ['#DiwrnodHwyl'] }] },
    { name: 'Welsh: a mutated word and a short word', text: '#cadwcymruyndaclus', errors: [{ suggestions: ['#CadwCymruYnDaclus'] }] },
    { name: 'Welsh: local food', text: '#bwydlleol', errors: [{ suggestions: ['#BwydLleol'] }] },
    // A one-letter word between two others (real-text-blind11).
    { name: 'Welsh: the article y between two words', text: 'Gwisgwch fel eich hoff gymeriad! #diwrnodyllyfr', errors: [{ suggestions: ['#DiwrnodYLlyfr'] }] },
    { name: 'English: the article a between two words', text: 'Have a go! #takeabreak', errors: [{ suggestions: ['#TakeABreak'] }] },
  ],
  valid: [
    // Single words the English list lacks are not split (drafts-blind37).
    'Watch out for scam texts #phishing #ransomware #podcast',
    'Byddwch yn wyliadwrus o negeseuon ffug #phishing #seibrddiogelwch',
    { name: 'single council words the lists lack', text: 'Report it! #scams #vapes #scammers' },
    'Rhowch wybod am sgamiau! #sgamiau #scams',
    { name: 'one doer word is not split', text: 'Diolch to all our #recyclers and #gardeners' },
    // English
    { name: 'single words', text: 'Recycle Week! #recycling #potholes #gritting' },
    { name: 'CamelCase already', text: '#RecycleWeek #RoadClosureUpdate #Carmarthenshire' },
    { name: 'short hashtags', text: '#binday #A48' },
    { name: 'place names', text: '#llanfairpwll #pontarddulais #porthcawl #aberaeron #maesteg #carmarthenshire' },
    { name: 'single words that hold a one-letter word are not split', text: 'Summer fun! #panorama #havana #banana #seaside' },
    { name: 'unknown words are not guessed at', text: '#tiktokmademe #cardiffbay' },
    { name: 'numbers', text: '#senedd2026 #covid19' },
    { name: 'a hashtag inside a URL is not one', text: 'https://www.example.gov.wales/news#roadclosureupdate' },
    { name: 'a password with a hash', text: 'Staff Wi-Fi: Castell#hallofresidence' },
    // Welsh
    { name: 'Welsh: single words and place names', text: 'Wythnos Ailgylchu! #ailgylchu #Llanelli #Caerfyrddin #sirgar #SirGâr #llanymddyfri' },
    { name: 'Welsh: CamelCase already', text: '#WythnosAilgylchu #DiogelwchDŵr' },
    { name: 'Welsh: place names that hold a one-letter word are not split', text: '#pontyberem #llanybydder #pontypridd #tonypandy #betwsycoed' },
  ],
});

describe('a11y/camelcase-hashtag: --fix writes the CamelCase hashtag', () => {
  const fixed = async (text: string) => applyFixes(text, (await lintRule('a11y/camelcase-hashtag', text, { redact: false })).flatMap((f) => (f.fix ? [f.fix] : []))).text;

  it.each([
    ['A48 closed overnight. #roadclosureupdate', 'A48 closed overnight. #RoadClosureUpdate'],
    ['#bindayreminder #shoplocal #recycling', '#BinDayReminder #ShopLocal #recycling'],
    ['Arafwch, os gwelwch yn dda. #diogelwchffyrdd', 'Arafwch, os gwelwch yn dda. #DiogelwchFfyrdd'],
    ['#cadwcymruyndaclus #sirgar', '#CadwCymruYnDaclus #sirgar'],
  ])('%s', async (text, camel) => {
    expect(await fixed(text)).toBe(camel);
    expect(await lintRule('a11y/camelcase-hashtag', camel)).toEqual([]);
  });

  it('no fix where the split is not certain: unknown words, one word, place names, CamelCase already', async () => {
    const text = '#tiktokmademe #cardiffbay #ailgylchu #pontarddulais #RecycleWeek #senedd2026';
    expect(await fixed(text)).toBe(text);
  });
});
