import { getDb } from "../app/db.server";
import { hashPassword } from "../app/auth/password.server";
import type { SiteRole, Track } from "../db/schema";
import { insertThread } from "../app/models/thread.server";
import { freeHandleFor } from "../app/notifications/member-handle.server";

let counter = 0;
const cachedHashes = new Map<string, Promise<string>>();

export const TEST_PASSWORD = "korrekt-hest-batteri";

export async function createMunicipality(
  overrides: Partial<{
    name: string;
    slug: string;
    joined_on: string;
    experience_override: "newcomer" | "experienced" | null;
  }> = {},
) {
  counter += 1;
  return getDb()
    .insertInto("municipality")
    .values({
      name: overrides.name ?? `Testkommune ${counter}`,
      slug: overrides.slug ?? `testkommune-${counter}`,
      region: "Region Midtjylland",
      joined_on: overrides.joined_on ?? "2018-01-01",
      experience_override: overrides.experience_override ?? null,
      created_at: new Date().toISOString(),
    })
    .returning(["id", "name", "slug", "joined_on", "experience_override"])
    .executeTakeFirstOrThrow();
}

export async function createMember(
  overrides: Partial<{
    email: string;
    role: SiteRole;
    municipalityId: number;
    password: string;
    displayName: string;
  }> = {},
) {
  counter += 1;
  const municipalityId = overrides.municipalityId ?? (await createMunicipality()).id;
  const password = overrides.password ?? TEST_PASSWORD;
  let hash = cachedHashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    cachedHashes.set(password, hash);
  }
  return getDb()
    .insertInto("member")
    .values({
      municipality_id: municipalityId,
      email: overrides.email ?? `medlem${counter}@test.tvaers.dk`,
      display_name: overrides.displayName ?? `Medlem ${counter}`,
      handle: await freeHandleFor(getDb(), overrides.displayName ?? `Medlem ${counter}`),
      profession: "SSP-konsulent",
      role: overrides.role ?? "member",
      password_hash: await hash,
      created_at: new Date().toISOString(),
    })
    .returning(["id", "email", "role", "municipality_id", "display_name", "handle"])
    .executeTakeFirstOrThrow();
}

export async function createCategory() {
  counter += 1;
  return getDb()
    .insertInto("category")
    .values({ slug: `kategori-${counter}`, name: `Kategori ${counter}`, description: "", position: counter })
    .returning(["id", "slug"])
    .executeTakeFirstOrThrow();
}

export async function createThread(input: {
  authorId: number;
  municipalityId: number;
  categoryId?: number;
  track?: Track;
  title?: string;
  body?: string;
}) {
  const categoryId = input.categoryId ?? (await createCategory()).id;
  return insertThread(getDb(), {
    title: input.title ?? "En tråd om skolevægring",
    body: input.body ?? "Hvordan gør I?",
    categoryId,
    authorId: input.authorId,
    municipalityId: input.municipalityId,
    track: input.track ?? "shared",
    tagIds: [],
    createdAt: new Date().toISOString(),
  });
}

/** A Remix route call context as the Express server builds it. */
export function loadContext(clientAddress = "127.0.0.1") {
  return { cspNonce: "test", clientAddress };
}

export function formRequest(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields),
  });
}

/** A request from a signed-in member: GET without fields, a urlencoded POST with them. */
export function memberRequest(
  path: string,
  token: string,
  fields?: Record<string, string> | [string, string][] | null,
): Request {
  const headers = { cookie: `tvaers_session=${token}` };
  if (!fields) return new Request(`http://localhost${path}`, { headers });
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
}

/** A route's Response, whether the loader or action returned or threw it. */
export async function settle(work: () => Promise<unknown>): Promise<Response> {
  try {
    return (await work()) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
