import { assignmentStateLabel, chineseDate, type AssignmentState, type Light } from '@luoshi/common';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';

/** One row of the 督办台账 as the export's cursor reads it. */
export interface LedgerRow {
  speech_id: string | null;
  speech_title: string | null;
  section_id: string;
  section_title: string;
  section_kind: string;
  item_title: string;
  organization_name: string;
  role: 'lead' | 'support';
  state: AssignmentState;
  due_at: string | null;
  percent: number;
  light: Light | null;
  days_late: number | null;
  leads: string | null;
  supports: string | null;
  last_done: string | null;
  last_problems: string | null;
}

export const LEDGER_COLUMNS = ['序号', '讲话', '事项', '牵头单位', '配合单位', '完成时限', '状态', '进度', '最近进展', '存在问题', '亮灯', '超期天数'] as const;
/** Widths in characters: a CJK character is about two. */
const WIDTHS = [6, 24, 36, 18, 22, 14, 10, 8, 40, 30, 8, 10];
const LIGHT_LABEL: Record<Light, string> = { red: '红灯', yellow: '黄灯', green: '绿灯' };
export const LIGHT_FILL: Record<Light, string> = { red: 'FFFF4D4F', yellow: 'FFFFD666', green: 'FF95DE64' };
const HEADER_FILL = 'FFD9D9D9';
const SECTION_FILL = 'FFF2F2F2';
const OUTSIDE_SPEECH = '其他交办事项';
/** A speech's rows are held (uncommitted) until it ends, to merge its 讲话 cells; longer ones merge in blocks. */
const MERGE_BLOCK_ROWS = 2000;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Writes the 督办台账 to `out` with exceljs' streaming writer, row by row as the cursor yields them:
 * one sheet, the header frozen, rows grouped by speech (its cells merged down the 讲话 column)
 * and by section (a heading row merged across), lights as cell colours. The streaming writer merges
 * only rows not yet committed, so a speech's rows wait until it ends (at most MERGE_BLOCK_ROWS: a
 * longer speech is merged in blocks); memory does not grow with the row count.
 */
export class AssignmentLedgerWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private rowNumber = 1;
  private serial = 0;
  private speech: { key: string; title: string } | null = null;
  /** The current speech block's rows, not yet committed. */
  private pending: ExcelJS.Row[] = [];
  private section: string | null = null;

  constructor(out: Writable) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    this.sheet = this.workbook.addWorksheet('督办台账', { views: [{ state: 'frozen', ySplit: 1 }], properties: { defaultRowHeight: 20 } });
    this.sheet.columns = WIDTHS.map((width) => ({ width }));
    const header = this.sheet.getRow(1);
    LEDGER_COLUMNS.forEach((title, i) => {
      const cell = header.getCell(i + 1);
      cell.value = title;
      cell.font = { bold: true, name: '黑体' };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.border = BORDER;
    });
    header.commit();
  }

  add(r: LedgerRow): void {
    const speechKey = r.speech_id ?? '';
    if (!this.speech || this.speech.key !== speechKey || this.pending.length >= MERGE_BLOCK_ROWS) {
      if (!this.speech || this.speech.key !== speechKey) this.section = null;
      this.closeSpeech();
      this.speech = { key: speechKey, title: r.speech_title ?? OUTSIDE_SPEECH };
    }
    if (r.section_kind === 'section' && this.section !== r.section_id) {
      this.section = r.section_id;
      const row = this.next();
      const cell = row.getCell(3);
      cell.value = r.section_title;
      cell.font = { bold: true };
      for (let c = 3; c <= LEDGER_COLUMNS.length; c++) row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SECTION_FILL } };
      this.border(row);
      this.sheet.mergeCells(row.number, 3, row.number, LEDGER_COLUMNS.length);
    }
    const row = this.next();
    const values = [
      ++this.serial,
      null,
      r.item_title,
      r.role === 'lead' ? r.organization_name : (r.leads ?? ''),
      r.role === 'support' ? r.organization_name : (r.supports ?? ''),
      r.due_at ? chineseDate(r.due_at) : '',
      assignmentStateLabel(r.state, 'zh'),
      `${r.percent}%`,
      r.last_done ?? '',
      r.last_problems ?? '',
      r.light ? LIGHT_LABEL[r.light] : '',
      r.days_late !== null && r.days_late > 0 ? r.days_late : '',
    ];
    values.forEach((v, i) => (row.getCell(i + 1).value = v));
    for (const c of [3, 9, 10]) row.getCell(c).alignment = { wrapText: true, vertical: 'top' };
    if (r.light) row.getCell(11).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_FILL[r.light] } };
    this.border(row);
  }

  async finish(): Promise<void> {
    this.closeSpeech();
    this.sheet.commit();
    await this.workbook.commit();
  }

  private next(): ExcelJS.Row {
    this.rowNumber += 1;
    const row = this.sheet.getRow(this.rowNumber);
    this.pending.push(row);
    return row;
  }

  private border(row: ExcelJS.Row): void {
    for (let c = 1; c <= LEDGER_COLUMNS.length; c++) row.getCell(c).border = BORDER;
  }

  /** The block's 讲话 cells become one (its title in the first), then its rows are committed. */
  private closeSpeech(): void {
    const first = this.pending[0];
    const last = this.pending.at(-1);
    if (!first || !last || !this.speech) return;
    const master = first.getCell(2);
    master.value = this.speech.title;
    master.alignment = { vertical: 'middle', wrapText: true };
    if (last.number > first.number) this.sheet.mergeCells(first.number, 2, last.number, 2);
    last.commit();
    this.pending = [];
  }
}
