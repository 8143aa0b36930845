/** One catalogue entry: the sentence in each language, with `{name}` placeholders. */
export interface ErrorEntry {
  zh: string;
  en: string;
}
