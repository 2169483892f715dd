// A1 references: column letters ⇄ numbers, and the rectangular ranges tables, validations and formats cover.

export interface CellRange {
  /** 1-based, inclusive */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const cellAddress = (row: number, column: number): string => `${columnLetters(column)}${row}`;

/** "N12" or "$N$12" → { row: 12, column: 14 }; undefined for anything else. */
export function parseAddress(text: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(text.trim());
  if (!match) return undefined;
  return { row: Number(match[2]), column: columnNumber(match[1] ?? "") };
}

/** "A1:O5" (or a single cell "A1") → the range; undefined for anything else (whole columns, names). */
export function parseRange(text: string): CellRange | undefined {
  const [first, second, extra] = text.split(":");
  if (first === undefined || extra !== undefined) return undefined;
  const a = parseAddress(first);
  const b = second === undefined ? a : parseAddress(second);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

export const formatRange = (r: CellRange): string => `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
