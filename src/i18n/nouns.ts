/**
 * Counted nouns in both languages (docs/glossary.md, "Plurals and numbers"). Welsh: zero
 * "dim + plural", one "1 + singular" (a feminine noun soft-mutated: "1 broblem"), every
 * other number "# o + plural" (soft mutation after *o*). `#` stands for the figure.
 */
import type { Lang } from './lang.js';
import type { Forms } from './plural.js';

const EN = {
  post: { one: '# post', other: '# posts' },
  account: { one: '# account', other: '# accounts' },
  finding: { one: '# finding', other: '# findings' },
  error: { one: '# error', other: '# errors' },
  warning: { one: '# warning', other: '# warnings' },
  info: { one: '# info', other: '# infos' },
  document: { one: '# document', other: '# documents' },
  rule: { one: '# rule', other: '# rules' },
  pack: { one: '# pack', other: '# packs' },
  problem: { one: '# problem', other: '# problems' },
  moreProblem: { one: '# more problem', other: '# more problems' },
  file: { one: '# file', other: '# files' },
  input: { one: '# input', other: '# inputs' },
  fix: { one: '# fix', other: '# fixes' },
  image: { one: '# image', other: '# images' },
  domain: { one: '# domain', other: '# domains' },
  app: { one: '# approved app', other: '# approved apps' },
  election: { one: '# election', other: '# elections' },
  field: { one: '# field', other: '# fields' },
} satisfies Record<string, Forms>;

export type Noun = keyof typeof EN;

const CY: Record<Noun, Forms> = {
  post: { zero: 'dim negeseuon', one: '# neges', other: '# o negeseuon' },
  account: { zero: 'dim cyfrifon', one: '# cyfrif', other: '# o gyfrifon' },
  finding: { zero: 'dim canfyddiadau', one: '# canfyddiad', other: '# o ganfyddiadau' },
  error: { zero: 'dim gwallau', one: '# gwall', other: '# o wallau' },
  warning: { zero: 'dim rhybuddion', one: '# rhybudd', other: '# o rybuddion' },
  info: { zero: 'dim nodiadau', one: '# nodyn', other: '# o nodiadau' },
  document: { zero: 'dim dogfennau', one: '# ddogfen', other: '# o ddogfennau' },
  rule: { zero: 'dim rheolau', one: '# rheol', other: '# o reolau' },
  pack: { zero: 'dim pecynnau', one: '# pecyn', other: '# o becynnau' },
  problem: { zero: 'dim problemau', one: '# broblem', other: '# o broblemau' },
  moreProblem: { zero: 'dim problemau eraill', one: '# broblem arall', other: '# o broblemau eraill' },
  file: { zero: 'dim ffeiliau', one: '# ffeil', other: '# o ffeiliau' },
  input: { zero: 'dim mewnbynnau', one: '# mewnbwn', other: '# o fewnbynnau' },
  fix: { zero: 'dim cywiriadau', one: '# cywiriad', other: '# o gywiriadau' },
  image: { zero: 'dim delweddau', one: '# ddelwedd', other: '# o ddelweddau' },
  domain: { zero: 'dim parthau', one: '# parth', other: '# o barthau' },
  app: { zero: 'dim apiau cymeradwy', one: '# ap cymeradwy', other: '# o apiau cymeradwy' },
  election: { zero: 'dim etholiadau', one: '# etholiad', other: '# o etholiadau' },
  field: { zero: 'dim meysydd', one: '# maes', other: '# o feysydd' },
};

export const NOUNS: Record<Lang, Record<Noun, Forms>> = { en: EN, cy: CY };
