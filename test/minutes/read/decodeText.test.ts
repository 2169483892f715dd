// Decoding text minutes: UTF-8 with or without BOM, UTF-16 with BOM, Big5, and what is not text.
import { decodeText, normalizeLineBreaks } from "../../../src/minutes/read/decodeText";
import { errorOf, hex, unwrap, utf8 } from "./support";

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = [endian === "le" ? 0xff : 0xfe, endian === "le" ? 0xfe : 0xff];
  for (const unit of Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))) {
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes.push(...(endian === "le" ? [low, high] : [high, low]));
  }
  return new Uint8Array(bytes);
}

describe("decodeText recognizes the encoding", () => {
  test.each([
    ["UTF-8", utf8("主席：陳志銘"), "主席：陳志銘", "utf-8"],
    ["UTF-8 with BOM (the BOM is dropped)", utf8("\uFEFF主席：陳志銘"), "主席：陳志銘", "utf-8"],
    ["plain ASCII", utf8("111/03/17"), "111/03/17", "utf-8"],
    ["UTF-16LE with BOM", utf16("主席：陳志銘", "le"), "主席：陳志銘", "utf-16le"],
    ["UTF-16BE with BOM", utf16("主席：陳志銘", "be"), "主席：陳志銘", "utf-16be"],
    ["Big5", hex("a544ae75a147b3afa7d3bbca"), "主席：陳志銘", "big5"],
    ["Big5 whose trail byte is a backslash (許 = B3 5C)", hex("acf6bffda147b35cb5d7aada"), "紀錄：許菁芳", "big5"],
    ["Big5 ending with a DOS Ctrl-Z", hex("a544ae75a147b3afa7d3bbca1a"), "主席：陳志銘", "big5"],
    ["line breaks are left for normalizeLineBreaks", utf8("甲\r\n乙\r"), "甲\r\n乙\r", "utf-8"],
  ])("%s", (_name, bytes, text, encoding) => {
    expect(unwrap(decodeText(bytes))).toEqual({ text, encoding });
  });

  test("valid UTF-8 wins over Big5 when the bytes are both", () => {
    // é is C3 A9 in UTF-8, and C3A9 is also a Big5 character.
    expect(unwrap(decodeText(utf8("café 10 時"))).encoding).toBe("utf-8");
  });
});

describe("decodeText refuses what is not text, with the reason", () => {
  test.each([
    ["a NUL byte", hex("e4b8ad00e69687"), "不是文字檔：第 4 個位元組是 NUL（可能是二進位檔，或沒有 BOM 的 UTF-16 文字）"],
    ["UTF-16LE without BOM", hex("310031003000"), "不是文字檔：第 2 個位元組是 NUL（可能是二進位檔，或沒有 BOM 的 UTF-16 文字）"],
    ["a control character", utf8("主席\n陳志銘\u0001"), "不是文字檔：第 2 行含有控制字元 U+0001（可能是二進位檔）"],
    ["an escape sequence", utf8("\u001b[31m紅字"), "不是文字檔：第 1 行含有控制字元 U+001B（可能是二進位檔）"],
    ["bytes valid in neither UTF-8 nor Big5", hex("80818283"), "無法辨識文字編碼：不是有效的 UTF-8，也不像 Big5 中文文字（可能是二進位檔）"],
    [
      "GB2312 (simplified Chinese), which decodes as Big5 but not as common characters",
      hex(
        "b1beb8aed3da33d4c231c8d5baafb0e4313131c4eabfaab7c5cec4bcfeb8f1cabdcdc6b9e3bcc6bbaea3acd4a4bcc6d3da37d4c23331c8d5bdf8d0d0c6dad6d0bcecbacba3acc7ebb8f7b3a4b9d9d7aad6aacdacc8cac5e4bacfb0ecc0edd2d4cfc2cac2cfee0a",
      ),
      "無法辨識文字編碼：不是有效的 UTF-8，也不像 Big5 中文文字（可能是二進位檔）",
    ],
    ["a broken UTF-16 surrogate", hex("fffe00d8"), "標示為 UTF-16 編碼（有 BOM），但內容無法解碼（檔案可能已損毀）"],
  ])("%s", (_name, bytes, message) => {
    expect(errorOf(decodeText(bytes))).toBe(message);
  });
});

describe("normalizeLineBreaks makes every line break LF", () => {
  test.each([
    ["CRLF", "甲\r\n乙\r\n", "甲\n乙\n"],
    ["CR", "甲\r乙", "甲\n乙"],
    ["LF stays", "甲\n\n乙", "甲\n\n乙"],
    ["mixed", "甲\r\n乙\r丙\n", "甲\n乙\n丙\n"],
    ["CR CR LF is two breaks", "甲\r\r\n乙", "甲\n\n乙"],
    ["Unicode line and paragraph separators", "甲\u2028乙\u2029丙", "甲\n乙\n丙"],
    ["vertical tab and form feed", "甲\v乙\f丙", "甲\n乙\n丙"],
    ["tabs and spaces stay", "\t甲  乙", "\t甲  乙"],
  ])("%s", (_name, text, expected) => {
    expect(normalizeLineBreaks(text)).toBe(expected);
  });
});
