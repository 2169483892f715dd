// Tests that the minutes parser's entry point exposes parseMinutes.

import * as minutes from "../../src/minutes";
import { parseMinutes } from "../../src/minutes/parseMinutes";

describe("index re-exports the public API", () => {
  test("parseMinutes", () => {
    expect(minutes.parseMinutes).toBe(parseMinutes);
  });
});
