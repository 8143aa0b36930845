import type { Bulletin } from '@luoshi/common';
import { chineseDate } from '@luoshi/common';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { percentText } from './bulletin-content.service';

/** GB/T 9704 党政机关公文格式: A4, fonts and sizes (half-points), margins (twips). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474 };
const FANGSONG = '仿宋_GB2312';
const HEITI = '黑体';
const XIAOBIAOSONG = '方正小标宋简体';
const SIZE_TITLE = 44; // 二号
const SIZE_BODY = 32; // 三号
const SIZE_TABLE = 24; // 小四

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, hint: 'eastAsia' as const });

function run(text: string, name = FANGSONG, size = SIZE_BODY, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: font(name), size, ...extra });
}

/** A body paragraph: 仿宋 三号, first line indented two characters, fixed 28-point lines. */
function body(text: string): Paragraph {
  return new Paragraph({ children: [run(text)], indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' } });
}

function heading(text: string): Paragraph {
  return new Paragraph({ children: [run(text, HEITI)], indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact', before: 120 } });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, bold ? HEITI : FANGSONG, SIZE_TABLE)] })],
  });
}

function table(header: string[], rows: string[][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

/** The 督查通报 as a Word document (GB/T 9704 layout: 小标宋 title, 黑体 headings, 仿宋 body, A4). */
export function bulletinDocument(bulletin: Bulletin, issuedDay: string): Promise<Buffer> {
  const office = bulletin.content.office;
  const c = bulletin.content;
  const ranking = table(
    ['名次', '单位', '交办', '办结', '按期办结率', '超期', '平均超期天数', '报送及时率', '考评得分'],
    c.ranking.map((r) => [
      String(r.rank),
      r.name,
      String(r.total),
      String(r.completed),
      percentText(r.onTimeRate),
      String(r.overdue),
      r.averageDaysLate === null ? '—' : String(r.averageDaysLate),
      percentText(r.reportTimeliness),
      r.score.toFixed(1),
    ]),
  );
  const overdue = c.overdue.length
    ? [
        table(
          ['序号', '事项', '责任单位', '完成时限', '超期天数'],
          c.overdue.map((o, i) => [String(i + 1), o.itemTitle, `${o.organizationName}（${o.role === 'lead' ? '牵头' : '配合'}）`, chineseDate(o.dueDate), String(o.daysOverdue)]),
        ),
      ]
    : [body('本期没有超期事项。')];
  const commended = c.commended.length ? c.commended.map((o, i) => body(`${i + 1}. ${o.name}：${o.reason}。`)) : [body('本期暂无。')];
  const doc = new Document({
    creator: office,
    title: bulletin.title,
    styles: { default: { document: { run: { font: font(FANGSONG), size: SIZE_BODY } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(bulletin.numberLine)], spacing: { after: 240 } }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(bulletin.title, XIAOBIAOSONG, SIZE_TITLE)], spacing: { after: 360 } }),
          heading('一、总体情况'),
          ...c.summary.map(body),
          heading('二、各单位落实情况排名'),
          ranking,
          heading('三、超期事项'),
          ...overdue,
          heading('四、表扬单位'),
          ...commended,
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [run(office)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(chineseDate(issuedDay))] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
