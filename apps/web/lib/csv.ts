// RFC 4180 CSV, just enough to cut the core's CSV down to the rows of a table view in the browser.
// No data import: the table controls (a client leaf) use it.

/** Rows of fields; quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

/** The header and the rows whose `id` column is in `ids`, in the order of `ids`. */
export function csvRows(text: string, ids: readonly string[]): string {
  const [header, ...body] = parseCsv(text);
  const at = header?.indexOf('id') ?? -1;
  if (!header || at < 0) throw new Error('CSV has no id column');
  const byId = new Map(body.map((row) => [row[at], row]));
  const rows = ids.map((id) => byId.get(id)).filter((row): row is string[] => row !== undefined);
  return toCsv([header, ...rows]);
}
