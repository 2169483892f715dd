// Big5 detection: minutes from older Taiwanese government systems are often Big5, never labelled as such.

/**
 * Share of Big5 double-byte characters needed in the frequent range for the bytes to count as Big5.
 * Real minutes sit near 100% (the sample: 1687 of 1688); GB2312 text, which also decodes as Big5
 * without errors, lands near 55% because its hanzi spread over lead bytes Big5 keeps for rare ones.
 */
export const BIG5_FREQUENT_SHARE = 0.8;

/**
 * Counts Big5 double-byte characters and those whose lead byte is 0xA1–0xC6: punctuation, symbols and
 * the 5,401 常用字 of Big5 level 1. Level 2 (0xC9–0xF9) holds the rarer characters.
 */
export function big5LeadBytes(bytes: Uint8Array): { readonly doubleByte: number; readonly frequent: number } {
  let doubleByte = 0;
  let frequent = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    doubleByte++;
    if (lead >= 0xa1 && lead <= 0xc6) frequent++;
    i++;
  }
  return { doubleByte, frequent };
}

function strictBig5(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("big5", { fatal: true }).decode(bytes);
  } catch {
    // Invalid Big5, or a runtime without the Big5 decoder (Node built without ICU): not Big5 to us.
    return undefined;
  }
}

/**
 * The text when the bytes are plausibly Big5 Chinese: they decode without a single error (WHATWG
 * `big5`, which also covers CP950 and HKSCS) and most characters are common ones. Otherwise undefined.
 *
 * @example
 * decodeBig5(big5Bytes("主席：陳志銘")) //=> "主席：陳志銘"
 * decodeBig5(gb2312Bytes("主席：陈志铭")) //=> undefined
 */
export function decodeBig5(bytes: Uint8Array): string | undefined {
  const { doubleByte, frequent } = big5LeadBytes(bytes);
  if (doubleByte === 0 || frequent / doubleByte < BIG5_FREQUENT_SHARE) return undefined;
  return strictBig5(bytes);
}
