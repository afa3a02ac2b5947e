import type { Doc } from '../model/index.js';
export const parse = (text: string): Doc => ({ text });
