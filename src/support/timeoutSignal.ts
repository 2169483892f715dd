// AbortSignal.timeout where it exists, else the same from an AbortController and a timer: Safari before
// 16 (the webview of Excel on older macOS) lacks AbortSignal.timeout, and a Graph request must still
// give up after its time.

type NativeTimeout = ((ms: number) => AbortSignal) | undefined;

const native: NativeTimeout = typeof AbortSignal.timeout === "function" ? (ms) => AbortSignal.timeout(ms) : undefined;

/** A signal that aborts with a "TimeoutError" DOMException after `ms` milliseconds. */
export function timeoutSignal(ms: number, nativeTimeout: NativeTimeout = native): AbortSignal {
  if (nativeTimeout) return nativeTimeout(ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException("The operation timed out.", "TimeoutError")), ms);
  return controller.signal;
}
