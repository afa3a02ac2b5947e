/**
 * Words of a death that are also words of time: "the late" (the late Mr Jones) before a time is
 * no death ("the late 1980s", "the late afternoon", "the late '90s"). Shared by the rules that
 * read tributes (dp/special-category, conduct/political-neutrality).
 */
const NOT_A_DEATH_AFTER = /^[ \u00A0]+(?:\d|['’]\d|(?:nineteen|eighteen|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|afternoon|morning|evening|night|summer|spring|autumn|winter|season|shift|stages?|victorian|medieval|middle|bronze|iron|stone)(?![\p{L}]))/iu;

/** Whether the death word ending at `end` of `text` is a time's instead ("the late 1980s"). */
export const timeNotDeath = (text: string, end: number): boolean => NOT_A_DEATH_AFTER.test(text.slice(end, end + 16));
