import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { xssInputs } from "../fixtures/xss-inputs";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors, expectedStatusError } from "./support/server";

// Every hostile input is posted as its own reply through the thread page's reply form,
// then each thread page is loaded as a real document (server-rendered HTML, then
// hydration) and the rendered post bodies are inspected.
//
// The context bypasses the app's nonce-based CSP on purpose: CSP would block inline
// handlers and scripts and so hide a hole in the Markdown sanitizer, which is what
// this file tests. A payload that gets through then fires alert() → a dialog.

const FORBIDDEN_TAGS = [
  "script",
  "iframe",
  "object",
  "embed",
  "svg",
  "img",
  "style",
  "form",
  "base",
  "meta",
  "link",
  "input",
  "button",
  "textarea",
  "video",
  "audio",
  "source",
  "math",
  "template",
  "noscript",
];
// URL- or style-bearing attributes the sanitizer never allows; an "on…" handler is checked separately.
const FORBIDDEN_ATTRIBUTES = [
  "src",
  "srcdoc",
  "action",
  "formaction",
  "style",
  "xlink:href",
  "data",
  "poster",
  "background",
];
const ALLOWED_PROTOCOLS = ["http:", "https:", "mailto:"];

// One member posts every hostile input in a row; the flood limit is not what this file tests.
const forum = useForum({ env: { POSTING_MIN_INTERVAL_SECONDS: "0" }, context: { bypassCSP: true } });
const url = forum.url;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  page = await forum.memberPage("erfaren@demo.tvaers.dk");
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} (at ${page.url()})`);
    void dialog.dismiss().catch(() => undefined);
  });
});

async function startThread(): Promise<string> {
  await page.goto(url("/ny"));
  await page.getByLabel("Titel", { exact: true }).fill(`Sikkerhedstest af Markdown (${Date.now().toString(36)})`);
  await page.getByLabel("Kategori", { exact: true }).selectOption({ label: "Cases" });
  await page.getByLabel("Indlæg", { exact: true }).fill("Tråden samler svar med fjendtlig Markdown og HTML.");
  await page.getByRole("button", { name: "Opret tråd" }).click();
  await page.waitForURL((current) => /^\/t\/\d+-[a-z0-9-]+$/.test(current.pathname));
  return new URL(page.url()).pathname;
}

/**
 * Sends one reply through the form on the thread page and returns where the app put it
 * (path incl. ?side=, and the post id from the #indlaeg-<id> it redirects to).
 */
async function sendReply(
  name: string,
  markdown: string,
): Promise<{ path: string; postId: number } | { refused: string }> {
  const box = page.getByLabel("Dit svar", { exact: true });
  await box.fill(markdown);
  const confirm = page.locator('.reply-form input[name="confirmPersonalData"]');
  if ((await confirm.count()) > 0) await confirm.check(); // e-mail/phone look-alikes need "save anyway"
  const before = page.url();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/t/")),
    page.getByRole("button", { name: "Send svar" }).click(),
  ]);
  if (response.status() >= 400) {
    const shown = await page
      .locator(".reply-form [role=alert]")
      .allInnerTexts()
      .catch(() => []);
    // Refusing an input outright (NUL bytes, say) is as safe as rendering it inert; anything else is a bug.
    if (response.status() === 400 && shown.some((text) => text.includes("ugyldige eller usynlige tegn")))
      return { refused: shown.join(" | ") };
    throw new Error(`The reply "${name}" was refused with ${response.status()}: ${shown.join(" | ")}`);
  }
  await page.waitForURL((current) => current.href !== before && /^#indlaeg-\d+$/.test(current.hash));
  const landed = new URL(page.url());
  const postId = Number(landed.hash.slice("#indlaeg-".length));
  // The reply is on screen after the client-side navigation (loader JSON → innerHTML).
  await page.locator(`#indlaeg-${postId}-tekst`).waitFor({ state: "attached" });
  return { path: `${landed.pathname}${landed.search}`, postId };
}

interface Finding {
  postId: number;
  problem: string;
}

/** Looks at every rendered body of the given posts and lists what should not be there. */
function inspectBodies(postIds: number[]): Promise<Finding[]> {
  return page.evaluate(
    ({ postIds, tags, attributes, protocols }) => {
      const findings: { postId: number; problem: string }[] = [];
      for (const postId of postIds) {
        const body = document.getElementById(`indlaeg-${postId}-tekst`);
        if (!body || !body.classList.contains("post__body")) {
          findings.push({ postId, problem: "the post body is missing from the page" });
          continue;
        }
        for (const element of Array.from(body.querySelectorAll("*"))) {
          const tag = element.localName.toLowerCase();
          if (tags.includes(tag))
            findings.push({ postId, problem: `<${tag}> element: ${element.outerHTML.slice(0, 160)}` });
          for (const attribute of Array.from(element.attributes)) {
            const attr = attribute.name.toLowerCase();
            if (attr.startsWith("on"))
              findings.push({ postId, problem: `${attr}= on <${tag}>: ${attribute.value.slice(0, 120)}` });
            if (attributes.includes(attr))
              findings.push({ postId, problem: `${attr}= on <${tag}>: ${attribute.value.slice(0, 120)}` });
            if (attr === "href") {
              // What a click would open: the raw value resolved against the page, as the browser does.
              let protocol = "(unparsable)";
              try {
                protocol = new URL(attribute.value, document.baseURI).protocol;
              } catch {
                // keeps "(unparsable)"
              }
              if (!protocols.includes(protocol))
                findings.push({
                  postId,
                  problem: `href with ${protocol} on <${tag}>: ${attribute.value.slice(0, 120)}`,
                });
            }
          }
        }
      }
      return findings;
    },
    { postIds, tags: FORBIDDEN_TAGS, attributes: FORBIDDEN_ATTRIBUTES, protocols: ALLOWED_PROTOCOLS },
  );
}

describe("hostile Markdown and HTML in posts", () => {
  it(
    `renders all ${xssInputs.length} XSS inputs harmlessly when posted as replies through the real form in Chromium`,
    { timeout: 240_000 },
    async () => {
      expect(xssInputs.length).toBeGreaterThanOrEqual(35);
      expect(new Set(xssInputs.map((input) => input.name)).size, "input names are unique").toBe(xssInputs.length);

      const threadPath = await startThread();
      await page.getByRole("heading", { level: 1 }).waitFor();
      const posted = new Map<number, { name: string; path: string }>();
      const refused: string[] = [];
      for (const input of xssInputs) {
        const sent = await sendReply(input.name, input.markdown);
        if ("refused" in sent) refused.push(input.name);
        else posted.set(sent.postId, { name: input.name, path: sent.path });
      }
      expect(posted.size + refused.length, "every input became its own reply or was refused").toBe(xssInputs.length);
      expect(refused.length, `refused outright: ${refused.join(", ")}`).toBeLessThan(5);
      expect(dialogs, "dialogs while posting (client-rendered replies)").toEqual([]);

      // A real page load of every thread page that holds replies: the server-rendered HTML is what a
      // colleague's browser parses first, before React hydrates the page.
      const pages = [...new Set([...posted.values()].map((entry) => entry.path))];
      const findings: string[] = [];
      for (const path of pages) {
        const response = await page.goto(url(path), { waitUntil: "load" });
        expect(response?.status(), path).toBe(200);
        expect(new URL(page.url()).pathname).toBe(threadPath);
        await page.waitForLoadState("networkidle");
        const onPage = [...posted.entries()].filter(([, entry]) => entry.path === path).map(([postId]) => postId);
        for (const finding of await inspectBodies(onPage))
          findings.push(`${posted.get(finding.postId)?.name ?? finding.postId}: ${finding.problem}`);
      }

      // Late handlers (ontoggle, onerror after a failed load) fire after "load"; give them a moment.
      await page.waitForTimeout(500);
      expect(findings, "dangerous markup inside .post__body").toEqual([]);
      expect(dialogs, "dialogs after real page loads").toEqual([]);
      assertNoConsoleErrors(page, refused.length > 0 ? [expectedStatusError(400)] : []);
    },
  );
});
