// How CLI commands print: one JSON document with --json, aligned zh-TW lines otherwise.

export interface OutputOptions {
  readonly json?: boolean;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints rows as columns padded to the widest cell, counting CJK characters as two columns. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  for (const row of rows) {
    const line = row.map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - width(cell)))).join("  ");
    process.stdout.write(`${line.trimEnd()}\n`);
  }
}
