// The real Graph SDK pointed at the test server over plain HTTP. Needed because the SDK's own
// AuthenticationHandler adds the token only to https:// Graph hosts (or https customHosts) and strips
// `Authorization` from any other URL, so Client.init against http://127.0.0.1 sends no token.
import { BearerTokenHandler } from "../../../src/calendar/graph/client";
import {
  Client,
  HTTPMessageHandler,
  type Middleware,
  RedirectHandler,
  RedirectHandlerOptions,
  RetryHandler,
  RetryHandlerOptions,
} from "@microsoft/microsoft-graph-client";

export interface SdkClientOptions {
  /** Defaults to the server's token. */
  token?: string;
  /** RetryHandler's base delay in seconds when there is no Retry-After (SDK default 3). */
  retryDelaySeconds?: number;
  /** RetryHandler's retries (SDK default 3; 0 turns retrying off). */
  maxRetries?: number;
}

export { BearerTokenHandler };

/** A Client whose chain is ours for auth, then the SDK's RetryHandler, RedirectHandler and HTTPMessageHandler. */
export function createSdkClient(server: { origin: string; token: string }, options: SdkClientOptions = {}): Client {
  const token = options.token ?? server.token;
  const middleware: Middleware[] = [
    new BearerTokenHandler(() => Promise.resolve(token)),
    new RetryHandler(new RetryHandlerOptions(options.retryDelaySeconds ?? 3, options.maxRetries ?? 3)),
    new RedirectHandler(new RedirectHandlerOptions()),
    new HTTPMessageHandler(),
  ];
  return Client.initWithMiddleware({ baseUrl: `${server.origin}/`, defaultVersion: "v1.0", middleware });
}
