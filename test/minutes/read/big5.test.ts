// Big5 detection: strict decoding plus a check that the characters are the common ones real minutes use.
import { BIG5_FREQUENT_SHARE, big5LeadBytes, decodeBig5 } from "../../../src/minutes/read/big5";
import { SAMPLE_TEXT, fixture, hex } from "./support";

describe("big5LeadBytes counts double-byte characters and the common ones", () => {
  test.each([
    ["ASCII only", hex("31313020"), { doubleByte: 0, frequent: 0 }],
    ["主席：陳志銘 (all common)", hex("a544ae75a147b3afa7d3bbca"), { doubleByte: 6, frequent: 6 }],
    ["a level-2 (rare) character, lead byte C9–F9", hex("c94031"), { doubleByte: 1, frequent: 0 }],
    ["a trail byte that is ASCII is not counted again", hex("b35c5c"), { doubleByte: 1, frequent: 1 }],
  ])("%s", (_name, bytes, counts) => {
    expect(big5LeadBytes(bytes)).toEqual(counts);
  });

  test("the sample minutes in Big5 are nearly all common characters", () => {
    const { doubleByte, frequent } = big5LeadBytes(fixture("minutes/secretariat-110-big5.txt"));
    expect(frequent / doubleByte).toBeGreaterThan(0.99);
    expect(BIG5_FREQUENT_SHARE).toBeLessThan(frequent / doubleByte);
  });
});

describe("decodeBig5", () => {
  test("reads the Big5 sample back to the UTF-8 sample exactly", () => {
    expect(decodeBig5(fixture("minutes/secretariat-110-big5.txt"))).toBe(SAMPLE_TEXT);
  });

  test.each([
    ["ASCII (nothing says Big5)", hex("3131302e")],
    ["a lead byte without its trail byte", hex("a544ae")],
    ["an invalid trail byte (0x7F)", hex("a47f")],
    ["mostly rare characters (text in another encoding)", hex("c9a1d7d3e5e5a544")],
  ])("refuses %s", (_name, bytes) => {
    expect(decodeBig5(bytes)).toBeUndefined();
  });
});
