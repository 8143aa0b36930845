/**
 * Punctuation that has a full-width (Chinese) and a half-width form: both count as the same
 * character when two speeches are compared. NFKC already folds the full-width ASCII forms
 * (，：；！？（） and letters/digits); these are the CJK marks it leaves alone.
 */
const CJK_PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ['。', '.'],
  ['、', ','],
  ['“', '"'],
  ['”', '"'],
  ['‘', "'"],
  ['’', "'"],
  ['《', '<'],
  ['》', '>'],
  ['〈', '<'],
  ['〉', '>'],
  ['【', '['],
  ['】', ']'],
  ['〔', '['],
  ['〕', ']'],
  ['—', '-'],
  ['－', '-'],
  ['…', '...'],
  ['·', '.'],
]);

/**
 * A speech's text as duplicates are recognised: without any whitespace, and with full-width and
 * half-width punctuation unified. Two uploads of the same speech (re-typed spacing, a .docx and a
 * .txt of it) give the same string.
 */
export function normalizeSpeechText(text: string): string {
  return Array.from(text.normalize('NFKC').replace(/\s+/gu, ''), (ch) => CJK_PUNCTUATION.get(ch) ?? ch).join('');
}
