/** What a capitalised word is in the dictionaries, for telling a name from a heading ("Lateral Flow Tests", "Bathodyn Glas"). */
import { loadWelshWords } from '../../language/welsh-words.js';
import { isWelshWord } from '../../language/welsh-spelling.js';

/** An everyday English word (SCOWL, the Welsh word list's English part): "Lateral", "Flow", "Tests", "Sub-Committee" (each part). */
export const englishWord = (w: string, english = loadWelshWords().english): boolean =>
  english?.has(w) === true || (w.includes('-') && w.split('-').every((p) => english?.has(p) === true));
/** A Welsh common word, not also English nor a name in the dictionary ("bathodyn", "glas", not "gerallt"). */
export const welshOnlyWord = (w: string): boolean => {
  const words = loadWelshWords();
  return !englishWord(w) && !words.names?.has(w) && isWelshWord(w, words);
};
