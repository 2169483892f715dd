// Recognises Excel's "request or response too large" errors (Excel on the web, 5 MB), so a read can be
// retried in smaller blocks, as Microsoft advises: "If you hit a limit error, retry with a smaller block size."

const PAYLOAD_CODES: ReadonlySet<string> = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** The `code` of an OfficeExtension.Error (or anything shaped like one), else undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = error.code;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && PAYLOAD_CODES.has(code);
}
