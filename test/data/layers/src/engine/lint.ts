// A deliberate violation for test/architecture.test.ts: the engine importing an input source.
import { parse } from '../inputs/draft.js';
export const lint = parse;
