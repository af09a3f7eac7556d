// Tests of _readCsvRecords: RFC 4180 fields, line numbers across blank lines and quoted line breaks,
// the leniencies, and structural problems reported with their lines.
import { describe, expect, it } from 'vitest';
import { _detectCsvSeparator, _readCsvRecords } from '../../../../engine/model/demand/csvRecords.ts';

describe('_readCsvRecords', () => {
  it('splits fields on commas, keeps commas and "" inside quotes, and trims unquoted fields', () => {
    const { records, issues } = _readCsvRecords('a, b ,c\n"x, y"," say ""hi"" ",3\n');
    expect(issues).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', ' say "hi" ', '3'] },
    ]);
  });

  it('skips blank lines, accepts CRLF and CR, drops a byte-order mark, and numbers lines from 1', () => {
    const text = '\uFEFFh1,h2\r\n\r\n  \r\nv1,v2\rw1,\n';
    expect(_readCsvRecords(text).records).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 4, fields: ['v1', 'v2'] },
      { line: 5, fields: ['w1', ''] },
    ]);
  });

  it('keeps line breaks inside quotes and counts them for the lines that follow', () => {
    const text = 'note,type\n"line one\r\nline two",incident\nplain,change';
    expect(_readCsvRecords(text).records).toEqual([
      { line: 1, fields: ['note', 'type'] },
      { line: 2, fields: ['line one\nline two', 'incident'] },
      { line: 4, fields: ['plain', 'change'] },
    ]);
  });

  it('reports a character after a closing quote, leaves that record out, and reads on', () => {
    const { records, issues } = _readCsvRecords('a,b\n"x"y,1\nc,d');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', 'd'] },
    ]);
    expect(issues).toEqual([
      { line: 2, message: 'unexpected "y" after a closing quote (write "" for a quote inside quotes)' },
    ]);
  });

  it('reports a quote that is never closed at the line where it opens', () => {
    const { records, issues } = _readCsvRecords('a,b\n1,2\n"open,3\n4,5\n');
    expect(records).toHaveLength(2);
    expect(issues).toEqual([{ line: 3, message: 'a quoted field starts here and is never closed' }]);
  });

  it('returns nothing for an empty or blank text', () => {
    expect(_readCsvRecords('')).toEqual({ records: [], issues: [] });
    expect(_readCsvRecords('\n  \n')).toEqual({ records: [], issues: [] });
  });

  it('splits on the separator given: semicolons keep commas, tabs keep spaces', () => {
    expect(_readCsvRecords('a;b,c;"d;e"\n', ';').records).toEqual([{ line: 1, fields: ['a', 'b,c', 'd;e'] }]);
    expect(_readCsvRecords('a\tb c\t\n', '\t').records).toEqual([{ line: 1, fields: ['a', 'b c', ''] }]);
  });
});

describe('_detectCsvSeparator', () => {
  it('picks the separator the header uses most, outside quotes, and a comma otherwise', () => {
    expect(_detectCsvSeparator('\n\ntimestamp;type;"a,b,c"\n1,5;x;y\n')).toBe(';');
    expect(_detectCsvSeparator('timestamp\ttype\tnote\n')).toBe('\t');
    expect(_detectCsvSeparator('timestamp,type;x,y\n')).toBe(',');
    expect(_detectCsvSeparator('timestamp\n')).toBe(',');
    expect(_detectCsvSeparator('')).toBe(',');
  });
});
