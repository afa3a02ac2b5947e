/**
 * Fallback identifier: franc-all's trigram models, restricted to Welsh and English.
 * Importing this module loads franc-all's data (~40 ms), so identify.ts only loads it
 * on demand, through `loadFallback()`.
 */
import { franc } from 'franc-all';

const ONLY = { only: ['cym', 'eng'], minLength: 1 };

/** 'cy' or 'en' by franc-all (Welsh/English only); 'unknown' when it cannot say. */
export function francCyEn(text: string): 'cy' | 'en' | 'unknown' {
  const code = franc(text, ONLY);
  return code === 'cym' ? 'cy' : code === 'eng' ? 'en' : 'unknown';
}
