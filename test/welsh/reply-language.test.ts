import { describe, expect, it } from 'vitest';
import { fm, ids, lintText, only } from './helpers.js';

const RULE = 'welsh/reply-language';
const TO_WELSH = 'in-reply-to: { language: cy }';
const TO_ENGLISH = 'in-reply-to: { language: en }';

describe('welsh/reply-language: a reply to a Welsh message must be in Welsh', () => {
  it.each([
    ['an English reply', 'Thanks for your message, we will look into it.'],
    ['an English reply naming a Welsh street', 'Thanks for letting us know. The crew will be back on Heol y Parc tomorrow morning.'],
    ['an English reply with a link', 'Sorry about the missed collection. You can report it here: https://example.org/bins'],
    ['an English reply with emoji', 'Thanks for the lovely photos of the Christmas market! 🎄'],
    ['a placeholder reply', 'Welsh to follow'],
  ])('reports %s', async (_name, body) => {
    const found = only(await lintText(fm(TO_WELSH, body)), RULE);
    expect(found.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['4:1 error']);
    expect(found[0].message).toBe('Reply to a message written in Welsh is not in Welsh');
  });

  it('an English reply to a Welsh message is also missing-welsh', async () => {
    expect(ids(await lintText(fm(TO_WELSH, 'Thanks for your message, we will look into it.')))).toEqual(['welsh/missing-welsh', RULE]);
  });

  it.each([
    ['a Welsh reply', fm(TO_WELSH, 'Diolch am eich neges, byddwn yn edrych i mewn iddo.')],
    ['a Welsh reply naming an English place', fm(TO_WELSH, 'Diolch am roi gwybod i ni. Bydd y criw yn Cross Hands bore yfory.')],
    ['a bilingual reply, Welsh first', fm(TO_WELSH, 'Diolch am eich neges. / Thanks for your message.')],
    ['a short Welsh reply', fm(TO_WELSH, 'Diolch yn fawr! 😊')],
    ['an English reply to an English message', fm(TO_ENGLISH, 'Thanks for your message, we will look into it.')],
    ['an English post that is not a reply (missing-welsh instead)', 'Thanks for your message, we will look into it.'],
    ['a Welsh reply to an English message', fm(TO_ENGLISH, 'Diolch am eich neges.')],
  ])('does not report %s', async (_name, text) => {
    expect(ids(await lintText(text))).not.toContain(RULE);
  });

  it('an English reply to an English message needs no Welsh version at all', async () => {
    expect(await lintText(fm(TO_ENGLISH, 'Thanks for getting in touch, the crew will call tomorrow.'))).toEqual([]);
  });
});
