import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, loadAxeInEveryPage, seriousViolations } from "./support/axe";
import { useForum } from "./support/forum";
import { waitForHydration } from "./support/hydration";
import { assertNoConsoleErrors, expectedStatusError, trackConsoleErrors } from "./support/server";

// Every main page, as the role that uses it, at a desktop and a phone width: nothing wider than the screen,
// a Danish <title>, no serious or critical axe violation and no console error.
const ROLES = {
  member: "erfaren@demo.tvaers.dk",
  newcomer: "ny@demo.tvaers.dk",
  mentor: "mentor@demo.tvaers.dk",
  moderator: "moderator@demo.tvaers.dk",
  admin: "admin@demo.tvaers.dk",
} as const;
type Role = keyof typeof ROLES | "guest";

// axe is injected into the pages, which the app's nonce-based CSP would block.
const forum = useForum({
  env: { POSTING_MIN_INTERVAL_SECONDS: "0" },
  context: { bypassCSP: true, viewport: { width: 1280, height: 900 } },
});
const url = forum.url;

const stamp = Date.now().toString(36);
const LONG_THREAD_TITLE = `Skabelon til underretning med kode og tabel (${stamp})`;
const LONG_WORD =
  "Ungdomsrådgivningssamarbejdskoordinationsudvalgsmødereferatgodkendelsesprocedurebeskrivelsesdokument";
const LONG_BODY = [
  `Et langt ord: ${LONG_WORD}, og et langt link: https://example.org/${"meget-lang-sti-".repeat(8)}slut`,
  "",
  "```",
  `svar = "Hej, jeg hedder Line og er rådgiver her på chatten. ${"Du er velkommen til at skrive, hvad du har på hjerte. ".repeat(3)}"`,
  "næste linje",
  "```",
  "",
  "| Kommune | Åbningstid | Telefonnummer til vagten | Kontaktperson og funktion | Bemærkning om weekendvagt |",
  "|---|---|---|---|---|",
  "| Aarhus | 10–22 | se intranettet | Koordinator for ungerådgivning | Weekendvagt hver anden uge efter aftale |",
].join("\n");

interface Stop {
  role: Role;
  path: string;
  /** The status the page answers with; 200 unless an error page. */
  status?: number;
}

let stops: Stop[] = [];

/** Facts about the demo network the walk needs, read from the database. */
function readIds() {
  const db = new Database(forum.server.databasePath, { readonly: true });
  try {
    const thread = db.prepare("select id, slug from thread where title = ?").get(LONG_THREAD_TITLE) as {
      id: number;
      slug: string;
    };
    const post = db.prepare("select id from post where thread_id = ? order by id limit 1").get(thread.id) as {
      id: number;
    };
    const article = db
      .prepare("select slug from knowledge_article where status = 'published' order by id limit 1")
      .get() as { slug: string };
    const colleague = db.prepare("select id from member where email = ?").get("karen.skov@demo.tvaers.dk") as {
      id: number;
    };
    const self = db.prepare("select id from member where email = ?").get(ROLES.member) as { id: number };
    return {
      threadPath: `/t/${thread.id}-${thread.slug}`,
      threadId: thread.id,
      postId: post.id,
      articleSlug: article.slug,
      colleagueId: colleague.id,
      selfId: self.id,
    };
  } finally {
    db.close();
  }
}

/** A revoked invitation, whose link answers 410. Written straight to the database: only its token's hash is stored. */
function insertRevokedInvitation(): string {
  const token = `revokedinvitation${stamp.replace(/[^a-z2-7]/g, "a")}aaaaaa`;
  const db = new Database(forum.server.databasePath);
  try {
    const admin = db.prepare("select id, municipality_id from member where email = ?").get(ROLES.admin) as {
      id: number;
      municipality_id: number;
    };
    const now = new Date().toISOString();
    db.prepare(
      `insert into invitation (token_hash, email, municipality_id, role, invited_by_id, expires_at, revoked_at, created_at)
       values (?, ?, ?, 'member', ?, ?, ?, ?)`,
    ).run(
      createHash("sha256").update(token).digest("hex"),
      `trukket-${stamp}@kommune.dk`,
      admin.municipality_id,
      admin.id,
      now,
      now,
      now,
    );
  } finally {
    db.close();
  }
  return token;
}

beforeAll(async () => {
  // A thread with a long word, a long link, a code block and a table, written through the real form.
  const author = await forum.memberPage(ROLES.member);
  await author.goto(url("/ny"));
  await author.getByLabel("Titel", { exact: true }).fill(LONG_THREAD_TITLE);
  await author.getByLabel("Kategori", { exact: true }).selectOption({ label: "Metoder og værktøjer" });
  await author.getByLabel("Indlæg", { exact: true }).fill(LONG_BODY);
  await author.getByRole("button", { name: "Opret tråd" }).click();
  await author.getByRole("heading", { level: 1, name: LONG_THREAD_TITLE }).waitFor();
  await author.getByLabel("Dit svar", { exact: true }).fill(`Tak, den bruger vi. ${LONG_WORD}`);
  await author.getByRole("button", { name: "Send svar" }).click();
  await author.getByText("Tak, den bruger vi.").waitFor();

  // A flag on the opening post, so the moderators' queue shows a post with a code block and a table.
  const flagger = await forum.memberPage(ROLES.mentor);
  await flagger.goto(author.url());
  const opening = flagger.locator("article.post--opening");
  await opening.getByText("Anmeld", { exact: true }).click();
  await opening.getByLabel(/Uden for emnet/).check();
  await opening.getByRole("button", { name: "Send anmeldelse" }).click();
  await opening.getByText("Tak. En moderator ser på din anmeldelse.").waitFor();

  const ids = readIds();
  const revokedToken = insertRevokedInvitation();
  stops = [
    { role: "guest", path: "/login" },
    { role: "guest", path: "/glemt-adgangskode" },
    { role: "guest", path: `/invitation/${revokedToken}`, status: 410 },
    { role: "member", path: "/" },
    { role: "member", path: ids.threadPath },
    { role: "member", path: "/soeg?q=skolev%C3%A6gring" },
    { role: "member", path: "/ny" },
    { role: "member", path: `/indlaeg/${ids.postId}/rediger` },
    { role: "member", path: "/tags" },
    { role: "member", path: "/tag/skolevaegring" },
    { role: "member", path: "/k/cases" },
    { role: "member", path: "/kommuner" },
    { role: "member", path: "/kommune/aarhus" },
    { role: "member", path: `/medlem/${ids.colleagueId}` },
    { role: "member", path: `/medlem/${ids.selfId}` },
    { role: "member", path: "/profil" },
    { role: "member", path: "/profil/mail" },
    { role: "member", path: "/notifikationer" },
    { role: "member", path: "/moeder" },
    { role: "member", path: `/moeder/foreslaa?traad=${ids.threadId}` },
    { role: "member", path: "/vidensbank" },
    { role: "member", path: `/vidensbank/${ids.articleSlug}` },
    { role: "member", path: "/findes-ikke", status: 404 },
    { role: "member", path: "/admin", status: 403 },
    { role: "newcomer", path: "/" },
    { role: "newcomer", path: "/?velkommen=1" },
    { role: "newcomer", path: "/kom-godt-i-gang" },
    { role: "mentor", path: "/mentorkoe" },
    { role: "moderator", path: "/admin/flag" },
    { role: "moderator", path: "/moeder/ny" },
    { role: "moderator", path: `/admin/del/${ids.threadId}` },
    { role: "moderator", path: "/vidensbank/ny" },
    { role: "moderator", path: `/vidensbank/ny?traad=${ids.threadId}` },
    { role: "moderator", path: `/vidensbank/${ids.articleSlug}/rediger` },
    { role: "admin", path: "/admin" },
    { role: "admin", path: "/admin/nye" },
    { role: "admin", path: "/admin/tags" },
    { role: "admin", path: "/admin/invitationer" },
    { role: "admin", path: "/admin/medlemmer" },
    { role: "admin", path: "/admin/kommuner" },
    { role: "admin", path: "/admin/log" },
  ];
}, 180_000);

let rolePages: Promise<Map<Role, Page>> | undefined;

/**
 * One page per role for both widths (a guest's and each member's, signed in once for the file), with axe
 * loaded into every page they open. Each stop is loaded afresh at the width being walked.
 */
function pagesByRole(): Promise<Map<Role, Page>> {
  rolePages ??= (async () => {
    const pages = new Map<Role, Page>();
    for (const role of new Set(stops.map((stop) => stop.role))) {
      const page = role === "guest" ? await guestPage() : await forum.memberPage(ROLES[role]);
      await loadAxeInEveryPage(page.context());
      pages.set(role, page);
    }
    return pages;
  })();
  return rolePages;
}

let guestContext: BrowserContext | undefined;
async function guestPage(): Promise<Page> {
  guestContext = await forum.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await guestContext.newPage();
  trackConsoleErrors(page);
  return page;
}
afterAll(async () => {
  await guestContext?.close();
});

async function walk(width: number): Promise<string[]> {
  const problems: string[] = [];
  const pages = await pagesByRole();
  for (const page of pages.values()) await page.setViewportSize({ width, height: 900 });
  // PAGES_ONLY=<regex> narrows the walk while working on one page; the suite always walks them all.
  const only = process.env.PAGES_ONLY ? new RegExp(process.env.PAGES_ONLY) : null;
  for (const stop of stops.filter((s) => !only || only.test(s.path))) {
    const page = pages.get(stop.role);
    if (!page) throw new Error(`no page for ${stop.role}`);
    const where = `${stop.role} ${stop.path} @${width}`;
    const response = await page.goto(url(stop.path));
    const status = response?.status() ?? 0;
    if (status !== (stop.status ?? 200)) problems.push(`${where}: status ${status}, expected ${stop.status ?? 200}`);
    // Scripts loaded and hydrated, so hydration errors and client-only markup are part of what is checked.
    await waitForHydration(page);
    const title = await page.title();
    if (!/\S/.test(title)) problems.push(`${where}: empty <title>`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) problems.push(`${where}: ${scrollWidth} px wide`);
    const report = describeViolations(where, await seriousViolations(page));
    if (report) problems.push(report);
    try {
      assertNoConsoleErrors(page, stop.status ? [expectedStatusError(stop.status)] : []);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message.split("\n").slice(0, 4).join("\n")}`);
    }
  }
  return problems;
}

describe("every main page", () => {
  it("at 390 px: no page is wider than the screen, every page has a title, axe finds nothing serious, no console errors (CSP bypassed for axe)", async () => {
    const problems = await walk(390);
    expect(problems.join("\n")).toBe("");
  }, 600_000);

  it("at 1280 px: every page has a title, axe finds nothing serious, no console errors (CSP bypassed for axe)", async () => {
    const problems = await walk(1280);
    expect(problems.join("\n")).toBe("");
  }, 600_000);
});
