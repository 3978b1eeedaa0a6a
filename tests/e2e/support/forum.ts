import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { launchBrowser, signIn, startServer, trackConsoleErrors, type RunningServer } from "./server";

export interface Forum {
  readonly server: RunningServer;
  readonly browser: Browser;
  url(path: string): string;
  /** A page in a browser context of its own (its own cookies, like another person's browser), closed after the test. */
  freshPage(): Promise<Page>;
  /** A fresh page, signed in as `email` through the real form; closed after the test. */
  signedInPage(email: string): Promise<Page>;
  /** One signed-in page per member, kept for all the tests of the file. */
  memberPage(email: string): Promise<Page>;
}

/**
 * The real server on a fresh demo network and one Chromium for a test file,
 * with the hooks that start and stop them. Call once at the top of the file.
 */
export function useForum(
  options: {
    /** The server's environment; a function is called when the server starts, after earlier beforeAll hooks. */
    env?: Record<string, string> | (() => Record<string, string>);
    context?: BrowserContextOptions;
  } = {},
): Forum {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const testContexts: BrowserContext[] = [];
  const fileContexts: BrowserContext[] = [];
  const memberPages = new Map<string, Promise<Page>>();

  beforeAll(async () => {
    server = await startServer({ env: typeof options.env === "function" ? options.env() : options.env });
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(testContexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await Promise.all(fileContexts.map((context) => context.close()));
    await browser?.close();
    await server?.stop();
  });

  const started = () => {
    if (!server || !browser)
      throw new Error("useForum: the server and browser start in beforeAll; use them inside tests.");
    return { server, browser };
  };
  async function openPage(contexts: BrowserContext[]): Promise<Page> {
    const context = await started().browser.newContext(options.context);
    contexts.push(context);
    const page = await context.newPage();
    trackConsoleErrors(page);
    return page;
  }
  async function signedIn(contexts: BrowserContext[], email: string): Promise<Page> {
    const page = await openPage(contexts);
    await signIn(page, started().server.baseUrl, email);
    return page;
  }

  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    url: (path) => `${started().server.baseUrl}${path}`,
    freshPage: () => openPage(testContexts),
    signedInPage: (email) => signedIn(testContexts, email),
    memberPage(email) {
      let page = memberPages.get(email);
      if (!page) {
        page = signedIn(fileContexts, email);
        memberPages.set(email, page);
      }
      return page;
    },
  };
}
