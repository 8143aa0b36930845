import { TIME_LABELS } from '../deadlines/deadline.util';
import { LEAD_LABELS, SUPPORT_LABELS } from '../organizations/actor.util';
import { codeTable } from '../text/char.util';

/** Labels of a task's table that name a person, not a body (责任领导：副县长王某某): part of the table, no actor. */
const PERSON_LABELS: readonly string[] = ['责任领导', '牵头领导', '分管领导', '责任人', '联系领导'];

/** Every label of a task's table line (配合单位：…, 完成时限：…, 责任领导：…). */
const ATTRIBUTE_LABELS: readonly string[] = [...LEAD_LABELS, ...SUPPORT_LABELS, ...TIME_LABELS, ...PERSON_LABELS];
const ATTRIBUTE_FIRST = codeTable(ATTRIBUTE_LABELS.map((w) => w[0]).join(''));
/** Brackets that open a task's table written after its task (……（牵头单位：A；完成时限：X）, ……【责任单位：A】). */
const TABLE_OPENERS = codeTable('（【(［[');

/** Whether a table label and its colon start at `p` (past blanks): 配合单位：, 完成时限: */
export function attributeLabelAt(text: string, p: number): boolean {
  while (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x3000) p++;
  if (ATTRIBUTE_FIRST[text.charCodeAt(p)] !== 1) return false;
  for (const w of ATTRIBUTE_LABELS) if (text.startsWith(w, p) && (text[p + w.length] === '：' || text[p + w.length] === ':')) return true;
  return false;
}

/** Whether a bracketed table opens at `p` (（牵头单位：…, 【责任单位：…): the task's words end before it. */
export function opensTable(text: string, p: number): boolean {
  return TABLE_OPENERS[text.charCodeAt(p)] === 1 && attributeLabelAt(text, p + 1);
}
