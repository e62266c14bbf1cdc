import type ExcelJS from 'exceljs';

/**
 * A new exceljs workbook, the library loaded on first use: it takes about 370 ms and 20 MB to
 * load, and only an export or an upload of a spreadsheet needs it (not start-up, not the chat).
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: ExcelJSModule } = await import('exceljs');
  return new ExcelJSModule.Workbook();
}
