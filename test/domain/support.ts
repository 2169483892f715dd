// Test helpers for the domain core: build known-good values without repeating Result checks.

import { parseIsoDate, type IsoDate } from "../../src/domain/isoDate";
import type { Result } from "../../src/domain/result";

/** The value of a Result that the test expects to be ok; fails the test with the message otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got error: ${result.error}`);
  return result.value;
}

/** The error of a Result that the test expects to fail. */
export function errorOf<T>(result: Result<T>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** A date literal for tests: `iso("2022-03-17")`. */
export function iso(text: string): IsoDate {
  return unwrap(parseIsoDate(text));
}
