import { describe, expect, it } from 'vitest';
import { EXPORT_SOURCES, exportSourceFor } from '../../../src/inputs/exports/index.js';
import { FIXTURES, headOf } from './helpers.js';

const pick = (path: string, o = {}) => exportSourceFor(path, headOf(path), o)?.name;

describe('exportSourceFor', () => {
  it('asks the sources in order: X archive, Facebook, Sprout, then any CSV', () => {
    expect(EXPORT_SOURCES.map((s) => s.name)).toEqual(['x-archive', 'facebook', 'sprout-csv', 'csv']);
  });

  it.each([
    [`${FIXTURES}/sprout/messages.csv`, 'sprout-csv'],
    [`${FIXTURES}/sprout/messages-malformed.csv`, 'sprout-csv'],
    [`${FIXTURES}/twitter-archive`, 'x-archive'],
    [`${FIXTURES}/twitter-archive/data`, 'x-archive'],
    [`${FIXTURES}/twitter-archive/data/tweets.js`, 'x-archive'],
    [`${FIXTURES}/twitter-malformed`, 'x-archive'],
    [`${FIXTURES}/twitter-malformed/data/tweets-part1.js`, 'x-archive'],
    [`${FIXTURES}/facebook/posts/your_posts_1.json`, 'facebook'],
    [`${FIXTURES}/facebook/graph-posts.json`, 'facebook'],
    [`${FIXTURES}/facebook-malformed/posts/your_posts_1.json`, 'facebook'],
    [`${FIXTURES}/facebook-malformed/graph-posts.json`, 'facebook'],
    [`${FIXTURES}/generic/posts.csv`, 'csv'],
    [`${FIXTURES}/generic/posts-semicolon.csv`, 'csv'],
    [`${FIXTURES}/generic/posts-no-text-column.csv`, 'csv'],
    [`${FIXTURES}/generic/posts-malformed.csv`, 'csv'],
  ])('%s is read by %s', (path, source) => {
    expect(pick(path)).toBe(source);
    // Naming a text column does not take a Sprout file from Sprout's reader.
    expect(pick(path, { textColumn: 'text' })).toBe(source);
  });

  it.each([
    ['fixtures/drafts/bin-collection.md'],
    ['fixtures/accounts/carms-twitter.yaml'],
    ['fixtures/exports'],
    ['fixtures/drafts'],
    [`${FIXTURES}/twitter-archive/data/account.js`],
    [`${FIXTURES}/twitter-archive/data/note-tweet.js`],
    [`${FIXTURES}/README.md`],
  ])('%s is not an export', (path) => {
    expect(pick(path)).toBeUndefined();
  });

  it('an account file in JSON, other JSON, and other archive data are not exports', () => {
    expect(exportSourceFor('accounts/council.json', '{ "kind": "social-account", "platform": "facebook", "data": [ { "message": "x" } ] }')).toBeUndefined();
    expect(exportSourceFor('package.json', '{ "name": "x", "version": "1.0.0" }')).toBeUndefined();
    expect(exportSourceFor('data/direct-messages.js', 'window.YTD.direct_messages.part0 = [')).toBeUndefined();
    expect(exportSourceFor('data/comments.json', '{ "comments_v2": [ { "timestamp": 1, "data": [ { "comment": {} } ] } ] }')).toBeUndefined();
  });

  it('by content: a renamed tweets file, a Graph API page, a DYI list', () => {
    expect(exportSourceFor('council-x.js', 'window.YTD.tweets.part0 = [ {')).toBe(EXPORT_SOURCES[0]);
    expect(exportSourceFor('page.json', '{\n  "data": [\n    {\n      "id": "1_2",\n      "message": "Hi",\n      "created_time": "2026-03-02T09:00:00+0000"')?.name).toBe('facebook');
    expect(exportSourceFor('export.json', '[ { "timestamp": 1772442000, "data": [ { "post": "Hi" } ], "title": "x" } ]')?.name).toBe('facebook');
  });
});
