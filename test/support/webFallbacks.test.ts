// The fallbacks for older macOS Safari webviews: AbortSignal.timeout and crypto.randomUUID, each used
// natively when present and replaced by an equivalent when not.
import { webcrypto } from "node:crypto";
import { randomUuid, type RandomSource } from "../../src/support/randomUuid";
import { timeoutSignal } from "../../src/support/timeoutSignal";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("timeoutSignal", () => {
  test("uses AbortSignal.timeout when the runtime has it", () => {
    const asked: number[] = [];
    const signal = new AbortController().signal;
    expect(timeoutSignal(250, (ms) => (asked.push(ms), signal))).toBe(signal);
    expect(asked).toEqual([250]);
  });

  test("without it, aborts after the time with a TimeoutError, as the native one does", async () => {
    const signal = timeoutSignal(30, undefined);
    expect(signal.aborted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(signal.aborted).toBe(true);
    expect((signal.reason as DOMException).name).toBe("TimeoutError");
  });
});

describe("randomUuid", () => {
  test("uses crypto.randomUUID when the runtime has it", () => {
    const source: RandomSource = { randomUUID: () => "from-native", getRandomValues: (a) => a };
    expect(randomUuid(source)).toBe("from-native");
  });

  test("without it, makes version-4 UUIDs from getRandomValues, all different", () => {
    const source: RandomSource = { getRandomValues: (array) => webcrypto.getRandomValues(array) };
    const ids = Array.from({ length: 500 }, () => randomUuid(source));
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each<[string, number[]]>([
    ["all zero bytes", Array<number>(16).fill(0)],
    ["all 0xff bytes", Array<number>(16).fill(255)],
  ])("sets the version and variant bits even for %s", (_name, bytes) => {
    const source: RandomSource = { getRandomValues: (array) => (array.set(bytes), array) };
    expect(randomUuid(source)).toMatch(UUID_V4);
  });

  test("no Web Crypto at all is an error that says so, never a weak id", () => {
    expect(() => randomUuid(null)).toThrow(/No Web Crypto/);
  });
});
