import { newWorkbook } from './new-workbook.ts';

/** A column of an export: its header and how Excel should treat it. */
export interface Column {
  readonly header: string;
  readonly kind?: 'text' | 'date' | 'number';
  readonly width?: number;
}

export type Cell = string | number | null;

/** A table for download, written as .xlsx or CSV from the same rows. */
export interface TableFile {
  readonly name: string;
  readonly sheet: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

function csvField(value: Cell): string {
  const text = value === null ? '' : String(value);
  // A leading = + - @ would make Excel run the cell as a formula.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a BOM (Excel on Windows needs it for Chinese), CRLF line ends. */
export function toCsv(table: TableFile): string {
  const lines = [table.columns.map((c) => csvField(c.header)), ...table.rows.map((r) => r.map(csvField))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/** A real workbook: date cells for dates, numbers for numbers, a frozen header row and filters on it. */
export async function toXlsx(table: TableFile): Promise<Buffer> {
  const book = await newWorkbook();
  book.creator = '同工助手';
  const sheet = book.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.width ?? (c.kind === 'date' ? 12 : Math.max(8, c.header.length * 2 + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      row.map((v, i) => {
        const kind = table.columns[i]?.kind ?? 'text';
        if (v === null || v === '') return null;
        if (kind === 'date' && typeof v === 'string') {
          // ISO, or the CSV export's 「2026年11月3日（周二）」 (written out so Excel's CSV import keeps it as text).
          const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(v);
          if (d) return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
        }
        if (kind === 'number') return Number(v);
        return v;
      }),
    );
  }
  table.columns.forEach((c, i) => {
    if (c.kind === 'date') sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
