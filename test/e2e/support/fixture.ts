// The set-up every e2e file but the journey shares: build once, serve dist/ on loopback, one Chromium,
// and a fresh browser context per opened pane, closed after each test.
import type { Browser } from "playwright-core";
import { launchChromium, openPane, type PaneOptions, type PaneSession } from "./browser";
import { ensureBuilt, type Built, type BuildVariant } from "./build";
import { serveStatic, type StaticServer } from "./server";

export interface PaneFixture {
  /** the server's base URL (valid inside tests) */
  url(): string;
  /** a new context with the pane loaded in `options.host`, closed after the test */
  open(options: Omit<PaneOptions, "fakeOffice">): Promise<PaneSession>;
}

/** Registers the jest hooks; call at the top level of a test file. `variant` "graph": the build with sign-in configured. */
export function usePaneFixture(variant: BuildVariant = "plain"): PaneFixture {
  let built: Built | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const sessions: PaneSession[] = [];

  beforeAll(async () => {
    built = await ensureBuilt(variant);
    [server, browser] = await Promise.all([serveStatic(built.dist), launchChromium()]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.context.close();
  });

  const ready = () => {
    if (!built || !server || !browser) throw new Error("the pane fixture is used outside a test");
    return { built, server, browser };
  };

  return {
    url: () => ready().server.url,
    async open(options) {
      const { built: b, server: s, browser: chromium } = ready();
      const session = await openPane(chromium, { ...options, fakeOffice: b.fakeOffice });
      sessions.push(session);
      await session.page.goto(`${s.url}taskpane.html`);
      return session;
    },
  };
}
