// Text that Excel would take for something else is written with a leading apostrophe (Excel's quote
// prefix), so a progress note like "=待補" or "-" lands in the cell as the text the user will read back.

/**
 * First characters that make Excel parse an entry instead of storing it as text. Microsoft's reference for
 * Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula." `@` starts a formula too (Lotus-style entry), and a leading
 * apostrophe is itself consumed as the quote prefix, so it is doubled to survive.
 */
const PARSED_STARTS = ["=", "+", "-", "@", "'"] as const;

/** True when `text` must carry the quote prefix to stay literal. */
export function needsQuotePrefix(text: string): boolean {
  return PARSED_STARTS.some((start) => text.startsWith(start));
}

/**
 * The value to send for a text cell: unchanged, or with Excel's quote prefix.
 *
 * @example
 * literalText("=1+1") //=> "'=1+1"  (the cell shows =1+1, as text)
 * literalText("總務組") //=> "總務組"
 */
export function literalText(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}
