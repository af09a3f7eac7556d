// Splitting an export's CSV text: quotes, separators, line breaks of every kind, the line each record
// starts on (also after a quoted field that spans lines), blank lines, and a quote never closed.
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../scenarios/import/csvTable.ts';

describe('readCsvTable', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, keeping each record its line', () => {
    const table = readCsvTable(
      '\uFEFFid,note\r\nA,"disk full, ""again"""\r\n\r\nB,"two\nlines"\nC, plain \n',
    );
    expect(table.header).toEqual(['id', 'note']);
    expect(table.records).toEqual([
      { line: 2, fields: ['A', 'disk full, "again"'] },
      { line: 4, fields: ['B', 'two\nlines'] },
      { line: 6, fields: ['C', 'plain'] },
    ]);
    expect(table.broken).toEqual([]);
  });

  it('takes the separator the header uses most: semicolons and tabs as spreadsheets write them', () => {
    expect(readCsvTable('id;opened\nA;01-02-2024 10:00\n').records[0]?.fields).toEqual([
      'A',
      '01-02-2024 10:00',
    ]);
    expect(readCsvTable('id\topened\nA\t01-02-2024 10:00\n').separator).toBe('\t');
  });

  it('keeps empty fields, and reports a quote that is never closed with its line', () => {
    const table = readCsvTable('id,opened,resolved\nA,x,\nB,"y\n');
    expect(table.records).toEqual([{ line: 2, fields: ['A', 'x', ''] }]);
    expect(table.broken).toEqual([{ line: 3, message: 'a quoted field starts here and is never closed' }]);
  });

  it('gives an empty header for an empty file', () => {
    expect(readCsvTable('\n  \n').header).toEqual([]);
  });
});
