// Splitting an export's CSV text into a header and records, each with the line it starts on: RFC 4180
// quoting, a comma, semicolon or tab separator (whichever the header uses most), one pass over the text.
// The engine has its own reader for its ticket format; this one stays in scenarios/ because the engine's
// public API is closed to new names, and an export's reader needs the header and every field as written.

/** One record of a CSV text: its fields and the line (from 1) on which it starts. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * A CSV text split: the header's column names, the records below it, and the lines that could not be
 * read (a quote never closed).
 * @example
 * const table: CsvTable = { separator: ',', header: ['number'], headerLine: 1, records: [], broken: [] };
 */
export interface CsvTable {
  readonly separator: ',' | ';' | '\t';
  /** The header's column names, trimmed; empty for a file with no non-blank line. */
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly records: readonly CsvRecord[];
  /** Structural problems: a line and what is wrong there. */
  readonly broken: readonly { readonly line: number; readonly message: string }[];
}

function separatorOf(text: string): ',' | ';' | '\t' {
  const end = text.search(/[\r\n]/);
  const header = end < 0 ? text : text.slice(0, end);
  const count = (character: string): number => header.split(character).length - 1;
  const [commas, semicolons, tabs] = [count(','), count(';'), count('\t')];
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

/**
 * Splits CSV text (https://www.rfc-editor.org/rfc/rfc4180): a byte-order mark is dropped, line breaks
 * may be LF, CRLF or CR, blank lines are skipped, unquoted fields are trimmed, a quoted field may hold
 * separators, line breaks and "" for a quote. The first non-blank record is the header. O(length).
 *
 * @param text - the whole file
 * @returns the header, the records and the lines that could not be read
 * @example
 * readCsvTable('number,opened_at\nINC1,"01-02-2024 10:00"\n').records;
 * // => [{ line: 2, fields: ['INC1', '01-02-2024 10:00'] }]
 */
export function readCsvTable(text: string): CsvTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = separatorOf(body.replace(/^\s*[\r\n]+/, ''));
  const records: CsvRecord[] = [];
  const broken: { line: number; message: string }[] = [];
  const length = body.length;
  let position = 0;
  let line = 1;
  while (position < length) {
    const startLine = line;
    const fields: string[] = [];
    let blank = true;
    for (;;) {
      let field: string;
      // Leading spaces before a quote are allowed.
      let start = position;
      while (body[start] === ' ') start++;
      if (body[start] === '"') {
        position = start + 1;
        let value = '';
        let closed = false;
        while (position < length) {
          const next = body.indexOf('"', position);
          if (next < 0) break;
          value += body.slice(position, next);
          if (body[next + 1] === '"') {
            value += '"';
            position = next + 2;
            continue;
          }
          position = next + 1;
          closed = true;
          break;
        }
        if (!closed) {
          broken.push({ line: startLine, message: 'a quoted field starts here and is never closed' });
          return { separator, ...headerAndRecords(records), broken };
        }
        for (const character of value) if (character === '\n') line++;
        // Anything between the closing quote and the separator is kept, as spreadsheets do.
        let end = position;
        while (end < length && body[end] !== separator && body[end] !== '\n' && body[end] !== '\r') end++;
        field = value + body.slice(position, end).trim();
        position = end;
        blank = false;
      } else {
        let end = position;
        while (end < length) {
          const character = body[end];
          if (character === separator || character === '\n' || character === '\r') break;
          end++;
        }
        field = body.slice(position, end).trim();
        if (field !== '' || body[end] === separator) blank = false;
        position = end;
      }
      fields.push(field);
      if (body[position] === separator) {
        position++;
        continue;
      }
      if (body[position] === '\r') position++;
      if (body[position] === '\n') position++;
      line++;
      break;
    }
    if (!blank) records.push({ line: startLine, fields });
  }
  return { separator, ...headerAndRecords(records), broken };
}

function headerAndRecords(
  records: readonly CsvRecord[],
): Pick<CsvTable, 'header' | 'headerLine' | 'records'> {
  const [header, ...rest] = records;
  return header === undefined
    ? { header: [], headerLine: 1, records: [] }
    : { header: header.fields, headerLine: header.line, records: rest };
}
