/**
 * Left-aligned columns separated by two spaces; the last column is not padded so lines carry no
 * trailing blanks. Widths count UTF-16 units, which is exact for the seeds' Latin text. With
 * `maxWidth`, the last column is cut with "…" so that no line is wider.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], maxWidth?: number): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const line = (row: readonly string[]) => {
    const text = row
      .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd();
    return maxWidth !== undefined && text.length > maxWidth ? `${text.slice(0, Math.max(0, maxWidth - 1)).trimEnd()}…` : text;
  };
  return `${all.map(line).join('\n')}\n`;
}

/**
 * Label/value pairs with the values lined up. Rows (one per article) go on lines of their own
 * under the label; an inferred value's reasoning goes on an indented "why:" line under it.
 */
export function formatFields(fields: readonly { label: string; value: string; rows?: readonly string[]; why?: readonly string[] }[], indent = ''): string {
  const width = Math.max(0, ...fields.map((f) => f.label.length));
  const pad = `${indent}${''.padEnd(width)}  `;
  return fields
    .map((f) => {
      const [first, ...rest] = f.rows ?? [f.value];
      return [`${indent}${f.label.padEnd(width)}  ${first ?? ''}`, ...rest.map((row) => `${pad}${row}`), ...(f.why ?? []).map((why) => `${pad}  why: ${why}`)].join('\n');
    })
    .join('\n');
}

/** Plain-text highlight for a matched stretch; brackets survive pipes, pagers and grep. */
export function mark(text: string): string {
  return `[[${text}]]`;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
