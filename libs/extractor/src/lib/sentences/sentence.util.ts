import { codeTable } from '../text/char.util';
import { DIRECTIVE_WORDS, IMPERATIVE_OPENERS, OWN_VOICE_SUBJECTS, PAST_OPENERS, REPORTING_VERBS, RETROSPECTIVE_WORDS, YAO_NOT_AFTER, YAO_NOT_BEFORE } from './cue.constant';

export interface Sentence {
  start: number;
  end: number;
}

/** Closing quotes and brackets, plus … itself: they stay with the sentence they close. */
const TRAILERS = codeTable('”’」』）"…');
const YAO_AFTER = codeTable([...YAO_NOT_AFTER].join(''));
const YAO_BEFORE = codeTable([...YAO_NOT_BEFORE].join(''));
const YAO = 0x8981; // 要
const COMMA = 0xff0c; // ，
/** Characters that may open a directive word (须知 is only ever read as part of 务须/亟须). */
const DIRECTIVE_FIRST = codeTable('必务应希一亟');
const IMPERATIVE_FIRST = codeTable(IMPERATIVE_OPENERS.map((w) => w[0]).join(''));
const REPORTING_FIRST = codeTable(REPORTING_VERBS.map((w) => w[0]).join(''));
const RETROSPECTIVE_FIRST = codeTable(RETROSPECTIVE_WORDS.map((w) => w[0]).join(''));
const PAST_FIRST = codeTable(PAST_OPENERS.map((w) => w[0]).join(''));

/** Sentences of text[start, end): each ends after its terminator (and a closing quote). */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // 。！？；…\n, inlined: this loop runs over every character of the speech
    if (c !== 0x3002 && c !== 10 && c !== 0xff01 && c !== 0xff1f && c !== 0xff1b && c !== 0x2026) continue;
    if (c === 10) {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
      continue;
    }
    let e = i + 1;
    while (e < end && TRAILERS[text.charCodeAt(e)] === 1) e++;
    // a lone line break is never a sentence (it cannot be one here: breaks are handled above)
    out.push({ start: s, end: e });
    s = e;
    i = e - 1;
  }
  if (end > s) out.push({ start: s, end });
  return out;
}

function startsWithAt(text: string, at: number, words: readonly string[]): string | null {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return null;
}

/** Position of the first modal 要 / directive word in text[start, end), or -1. */
export function firstDirectiveCue(text: string, start: number, end: number): number {
  let skipLead = start;
  while (skipLead < end && (text.charCodeAt(skipLead) === COMMA || text.charCodeAt(skipLead) === 0x20)) skipLead++;
  if (IMPERATIVE_FIRST[text.charCodeAt(skipLead)] === 1 && startsWithAt(text, skipLead, IMPERATIVE_OPENERS)) return skipLead;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === YAO) {
      // text.charCodeAt(-1) and past the end are NaN, which index no table entry
      if (YAO_AFTER[text.charCodeAt(i - 1)] === 1 || YAO_BEFORE[text.charCodeAt(i + 1)] === 1) continue;
      if (i + 1 >= end) continue;
      return i;
    }
    if (DIRECTIVE_FIRST[c] === 1) {
      const w = startsWithAt(text, i, DIRECTIVE_WORDS);
      // 应该说 / 应当说 are discourse markers ("it is fair to say"), not obligations
      if (w && !((w === '应该' || w === '应当') && text.charCodeAt(i + 2) === 0x8bf4)) return i;
    }
  }
  return -1;
}

/** A reporting verb before `pos` in the same sentence: the cue belongs to a quotation. */
export function isReported(text: string, sentenceStart: number, pos: number): boolean {
  for (let i = sentenceStart; i < pos; i++) {
    if (REPORTING_FIRST[text.charCodeAt(i)] === 0) continue;
    const w = startsWithAt(text, i, REPORTING_VERBS);
    if (!w) continue;
    if (w === '要求' && (text.charCodeAt(i - 1) === 0x7684 || text.startsWith('按照', i - 2) || text.startsWith('根据', i - 2))) continue;
    if (OWN_VOICE_SUBJECTS.some((s) => i - s.length >= sentenceStart && text.startsWith(s, i - s.length))) continue;
    return true;
  }
  return false;
}

/** Directive cue of a sentence that is the speaker's own (not a quotation), or -1. */
export function ownDirectiveCue(text: string, start: number, end: number): number {
  const cue = firstDirectiveCue(text, start, end);
  return cue >= 0 && !isReported(text, start, cue) ? cue : -1;
}

/** Whether text[start, end) describes past work: a word of review (取得了, 很成功) or a past time opening it (去年，…). */
export function isRetrospective(text: string, start: number, end: number): boolean {
  let s = start;
  while (s < end && (text.charCodeAt(s) === COMMA || text.charCodeAt(s) === 10)) s++;
  if (PAST_FIRST[text.charCodeAt(s)] === 1 && startsWithAt(text, s, PAST_OPENERS)) return true;
  for (let i = start; i < end; i++) {
    if (RETROSPECTIVE_FIRST[text.charCodeAt(i)] === 0) continue;
    for (const w of RETROSPECTIVE_WORDS) if (i + w.length <= end && text.startsWith(w, i)) return true;
  }
  return false;
}
