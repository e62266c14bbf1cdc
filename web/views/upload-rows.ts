import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { newWorkbook } from './new-workbook.ts';

/** One row of an uploaded table, numbered as Excel shows it (the header is row 1). */
export interface UploadRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A cell as the text a person typed: dates as YYYY-MM-DD, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value);
}

/**
 * An uploaded .xlsx (its first sheet) or .csv (UTF-8, a BOM dropped) as trimmed text rows,
 * blank rows left out but counted, so a row number matches what the person sees in Excel.
 * Throws when the file can't be read as either.
 */
export async function uploadRows(filename: string, data: Buffer): Promise<UploadRow[]> {
  if (!/\.xlsx$/i.test(filename)) {
    const records: string[][] = parse(data.toString('utf8').replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: false,
    });
    return records
      .map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }))
      .filter((r) => r.cells.some((c) => c !== ''));
  }
  const book = await newWorkbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: UploadRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    if (cells.some((x) => x !== '')) rows.push({ row: number, cells });
  });
  return rows;
}
