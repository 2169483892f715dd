// Result type for domain parsing: a value, or an error message for the user, never a throw.

/** Either a parsed value or a message (Traditional Chinese) that quotes the offending input. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Wraps a successfully parsed value.
 *
 * @example
 * ok(10902) //=> { ok: true, value: 10902 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Wraps a failure; the message should say what was wrong and what was expected.
 *
 * `never` as the value type lets a failure be returned from any `Result<T>` function.
 *
 * @example
 * fail("列管案號「1X902」格式不正確：應為會議次別加兩位項次，例如 10902")
 */
export function fail(error: string): Result<never> {
  return { ok: false, error };
}
