// The real Graph SDK pointed at the test server over plain HTTP. Needed because the SDK's own
// AuthenticationHandler adds the token only to https:// Graph hosts (or https customHosts) and strips
// `Authorization` from any other URL, so Client.init against http://127.0.0.1 sends no token.
import {
  Client,
  type Context,
  HTTPMessageHandler,
  type Middleware,
  RedirectHandler,
  RedirectHandlerOptions,
  RetryHandler,
  RetryHandlerOptions,
} from "@microsoft/microsoft-graph-client";

/** Sets `Authorization: Bearer <token>` on every request, whatever the host. */
export class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly getToken: () => Promise<string>) {}

  async execute(context: Context): Promise<void> {
    const token = await this.getToken();
    const headers = new Headers(context.options?.headers);
    headers.set("Authorization", `Bearer ${token}`);
    context.options = { ...context.options, headers };
    if (!this.next) throw new Error("BearerTokenHandler must not be the last middleware");
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export interface SdkClientOptions {
  /** Defaults to the server's token. */
  token?: string;
  /** RetryHandler's base delay in seconds when there is no Retry-After (SDK default 3). */
  retryDelaySeconds?: number;
  /** RetryHandler's retries (SDK default 3; 0 turns retrying off). */
  maxRetries?: number;
}

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
