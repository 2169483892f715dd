// Tests for the Result helpers.

import { fail, ok, type Result } from "../../src/domain/result";

describe("ok and fail build the two Result shapes", () => {
  test("ok carries the value", () => {
    expect(ok(10902)).toEqual({ ok: true, value: 10902 });
  });

  test("fail carries the message and fits any Result<T>", () => {
    const failed: Result<number> = fail("列管案號「1X902」格式不正確");
    expect(failed).toEqual({ ok: false, error: "列管案號「1X902」格式不正確" });
  });
});
