/**
 * A CSV file read as spreadsheet programs read it, for the tests: the import splits fields on any of the separators
 * it is set to (LibreOffice Calc offers tab, comma and semicolon at once) and honours RFC 4180 quotes; a program that
 * guesses the separator tries each candidate and keeps the one that gives every line the same number of fields.
 */

/** Rows of fields, split on any character of `separators` outside quotes; "" inside quotes is one quote. */
export function readDelimited(text: string, separators: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (separators.includes(ch)) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * The separator a guessing import settles on: among comma, semicolon, tab and bar, those that split every line
 * into the same number of fields, more than one; the one giving the most fields wins. Null when none does.
 */
export function guessSeparator(text: string): string | null {
  let best: { separator: string; fields: number } | null = null;
  for (const separator of [',', ';', '\t', '|']) {
    const widths = new Set(readDelimited(text, separator).map((row) => row.length));
    const [fields] = [...widths];
    if (widths.size === 1 && fields! > 1 && (!best || fields! > best.fields)) best = { separator, fields: fields! };
  }
  return best?.separator ?? null;
}
