/**
 * The ground floor: types and small values every layer shares. It imports nothing of
 * smpolicy's own, so any layer may import it and it can never take part in a cycle.
 */
export type * from './document.js';
export type * from './finding.js';
export type * from './context.js';
export type * from './detector.js';
export { formatLocation, type Location } from './location.js';
export { LineIndex } from './line-index.js';
export { afterLast, lineNear, LINE_REACH, nextOf } from './line-near.js';
export { UserError } from './user-error.js';
export { lowerProse } from './lower-prose.js';
export { DocMemo } from './doc-memo.js';
export type * from './pack.js';
export { DEFAULTABLE } from './pack.js';
export { electionAt, publication } from './publication.js';
export { locateAttachments, type LocatedAttachment } from './attachments.js';
export { printable } from './printable.js';
export { boundaryAfter, escapeRegExp } from './regex-start.js';
export { hostOf, onOwnDomain } from './own-domain.js';
export { firstNotBefore } from './sorted.js';
