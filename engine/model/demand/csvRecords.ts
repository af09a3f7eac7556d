// Splitting CSV text into records (RFC 4180: commas, double quotes, "" for a quote, line breaks inside
// quotes), each with the line it starts on; problems come back as data so that all can be reported at once.
// Exports from spreadsheets in many locales separate fields with semicolons (or tabs): the separator is
// whichever of the three the header line uses most.

/** A field separator: the comma of RFC 4180, or the semicolon or tab of other exports. */
export type _CsvSeparator = ',' | ';' | '\t';

/** One record of a CSV text: its fields and the line (from 1) on which it starts. */
export interface _CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A problem with the structure of one line, e.g. a quote that is never closed. */
export interface _CsvStructureIssue {
  readonly line: number;
  readonly message: string;
}

/** The records of a CSV text, and the problems of the lines that could not be read. */
export interface _CsvContent {
  readonly records: readonly _CsvRecord[];
  readonly issues: readonly _CsvStructureIssue[];
}

/**
 * The separator a CSV text uses: whichever of comma, semicolon and tab occurs most often, outside
 * double quotes, on its first non-blank line (the header); a comma when none does or on a tie.
 * @example
 * _detectCsvSeparator('timestamp;type;note\n1;incident;"a, b"\n'); // => ';'
 */
export function _detectCsvSeparator(text: string): _CsvSeparator {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seenContent = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) {
      if (seenContent) break;
    } else if (!quoted && (character === ',' || character === ';' || character === '\t')) {
      counts[character]++;
    }
    if (character.trim() !== '') seenContent = true;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Splits CSV text into records, following RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180) with the
 * usual leniencies: a byte-order mark is dropped, line breaks may be LF, CRLF or CR, blank lines are
 * skipped, spaces around a field are trimmed unless it is quoted, and a quote inside an unquoted field
 * is kept as it is. A quoted field may hold commas, "" (one quote) and line breaks. A record with a
 * structural problem is left out and reported. One pass over the text: O(length).
 *
 * @param text - the whole CSV text
 * @param separator - the field separator, a comma unless given (see {@link _detectCsvSeparator})
 * @returns the records in order, and the structural issues with their line numbers
 * @example
 * _readCsvRecords('type,note\nincident,"disk full, again"\n\nchange,x').records;
 * // => [{ line: 1, fields: ['type', 'note'] }, { line: 2, fields: ['incident', 'disk full, again'] },
 * //     { line: 4, fields: ['change', 'x'] }]
 */
export function _readCsvRecords(text: string, separator: _CsvSeparator = ','): _CsvContent {
  const records: _CsvRecord[] = [];
  const issues: _CsvStructureIssue[] = [];
  let position = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  const length = text.length;

  /** Moves past a line break at `position` (LF, CRLF or CR); returns false when there is none. */
  const skipLineBreak = (): boolean => {
    const character = text[position];
    if (character === '\n' || character === '\r') {
      position += character === '\r' && text[position + 1] === '\n' ? 2 : 1;
      line++;
      return true;
    }
    return false;
  };
  /** Skips the rest of a broken record, up to and including its line break. */
  const skipRestOfLine = (): void => {
    while (position < length && !skipLineBreak()) position++;
  };

  while (position < length) {
    // Blank lines (nothing but spaces or tabs) are skipped.
    let lookahead = position;
    while (text[lookahead] === ' ' || text[lookahead] === '\t') lookahead++;
    if (lookahead >= length) break;
    if (text[lookahead] === '\n' || text[lookahead] === '\r') {
      position = lookahead;
      skipLineBreak();
      continue;
    }
    const startLine = line;
    const fields: string[] = [];
    let broken = false;
    for (;;) {
      while (text[position] === ' ' || (text[position] === '\t' && separator !== '\t')) position++;
      let field = '';
      if (text[position] === '"') {
        const quoteLine = line;
        position++;
        let closed = false;
        while (position < length) {
          const character = text[position];
          if (character === '"') {
            if (text[position + 1] === '"') {
              field += '"';
              position += 2;
              continue;
            }
            position++;
            closed = true;
            break;
          }
          if (character === '\n' || character === '\r') {
            skipLineBreak();
            field += '\n';
            continue;
          }
          field += character;
          position++;
        }
        if (!closed) {
          issues.push({ line: quoteLine, message: 'a quoted field starts here and is never closed' });
          return { records, issues };
        }
        while (text[position] === ' ' || (text[position] === '\t' && separator !== '\t')) position++;
        const after = text[position];
        if (after !== undefined && after !== separator && after !== '\n' && after !== '\r') {
          issues.push({
            line,
            message: `unexpected ${JSON.stringify(after)} after a closing quote (write "" for a quote inside quotes)`,
          });
          broken = true;
          skipRestOfLine();
          break;
        }
      } else {
        const start = position;
        while (position < length) {
          const character = text[position];
          if (character === separator || character === '\n' || character === '\r') break;
          position++;
        }
        field = text.slice(start, position).trim();
      }
      fields.push(field);
      if (text[position] === separator) {
        position++;
        continue;
      }
      skipLineBreak();
      break;
    }
    if (!broken) records.push({ line: startLine, fields });
  }
  return { records, issues };
}
