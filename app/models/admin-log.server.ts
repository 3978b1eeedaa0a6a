import { adminActionLabel, adminDetailLabels, adminLogCopy, adminTargetLabels } from "../copy/admin-log";
import { experienceLabels, roleLabels, tagKindLabels, trackLabels } from "../copy/da";
import { formatLongDate } from "../copy/dates";
import type { DB } from "../db.server";
import { flagReasonLabels as FLAG_REASON_LABELS } from "../copy/flags";
import type { listAdminEvents } from "./admin-event.server";
import { threadPath } from "./thread-path";

// The audit log as people read it: Danish action names, the target by name with a link, and what
// changed as label/value rows instead of the stored JSON. The stored record itself is never changed.

type StoredEvent = Awaited<ReturnType<typeof listAdminEvents>>[number];

export interface LogValue {
  text: string;
  href?: string;
}

export interface LogDetailRow {
  label: string;
  value?: LogValue;
  before?: LogValue;
  after?: LogValue;
}

export interface DescribedAdminEvent {
  id: number;
  createdAt: string;
  action: string;
  actionLabel: string;
  actor: LogValue;
  target: LogValue & { kind: string };
  details: LogDetailRow[];
  /** When a redaction or erasure took text out of this record's details. */
  scrubbedAt: string | null;
}

type Lookup = Map<number, LogValue>;

interface Lookups {
  member: Lookup;
  municipality: Lookup;
  thread: Lookup;
  post: Lookup;
  tag: Lookup;
  article: Lookup;
  invitation: Lookup;
  category: Lookup;
}

const MEMBER_KEYS = new Set(["memberId", "ownerId"]);
const MUNICIPALITY_KEYS = new Set(["municipalityId", "mentorMunicipalityId"]);
const THREAD_KEYS = new Set(["threadId", "mergedThreadId", "newThreadId"]);
const DATE_KEYS = new Set(["joined_on", "reviewOn"]);
/** What a bare before/after value is, by action. */
const SCALAR_CHANGE: Record<string, keyof Lookups | "track" | "role"> = {
  "thread.category_changed": "category",
  "thread.track_changed": "track",
  "member.role_changed": "role",
  "member.municipality_changed": "municipality",
};

function parseDetail(detail: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(detail);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const isId = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value) && value > 0;

/** Every id the events point at, by table, so each table is read once. */
function collectIds(events: { event: StoredEvent; detail: Record<string, unknown> }[]) {
  const ids: Record<keyof Lookups, Set<number>> = {
    member: new Set(),
    municipality: new Set(),
    thread: new Set(),
    post: new Set(),
    tag: new Set(),
    article: new Set(),
    invitation: new Set(),
    category: new Set(),
  };
  for (const { event, detail } of events) {
    if (isId(event.actor_id)) ids.member.add(event.actor_id);
    if (isId(event.target_id) && event.target_type in ids) ids[event.target_type as keyof Lookups].add(event.target_id);
    const visit = (record: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(record)) {
        if (!isId(value)) continue;
        if (MEMBER_KEYS.has(key)) ids.member.add(value);
        if (MUNICIPALITY_KEYS.has(key)) ids.municipality.add(value);
        if (THREAD_KEYS.has(key)) ids.thread.add(value);
        if (key === "articleId") ids.article.add(value);
      }
    };
    visit(detail);
    for (const side of ["before", "after"] as const) {
      const value = detail[side];
      if (value && typeof value === "object" && !Array.isArray(value)) visit(value as Record<string, unknown>);
      const scalarKind = SCALAR_CHANGE[event.action];
      if (isId(value) && scalarKind && scalarKind in ids) ids[scalarKind as keyof Lookups].add(value);
    }
  }
  return ids;
}

async function loadLookups(db: DB, ids: ReturnType<typeof collectIds>): Promise<Lookups> {
  const list = (set: Set<number>) => [...set];
  const none = Promise.resolve([]);
  const [members, municipalities, threads, posts, tags, articles, invitations, categories] = await Promise.all([
    ids.member.size
      ? db.selectFrom("member").select(["id", "display_name"]).where("id", "in", list(ids.member)).execute()
      : none,
    ids.municipality.size
      ? db.selectFrom("municipality").select(["id", "name", "slug"]).where("id", "in", list(ids.municipality)).execute()
      : none,
    ids.thread.size
      ? db.selectFrom("thread").select(["id", "slug", "title"]).where("id", "in", list(ids.thread)).execute()
      : none,
    ids.post.size
      ? db
          .selectFrom("post")
          .innerJoin("thread", "thread.id", "post.thread_id")
          .select(["post.id", "thread.id as thread_id", "thread.slug", "thread.title"])
          .where("post.id", "in", list(ids.post))
          .execute()
      : none,
    ids.tag.size
      ? db.selectFrom("tag").select(["id", "slug", "label"]).where("id", "in", list(ids.tag)).execute()
      : none,
    ids.article.size
      ? db
          .selectFrom("knowledge_article")
          .select(["id", "slug", "title"])
          .where("id", "in", list(ids.article))
          .execute()
      : none,
    ids.invitation.size
      ? db.selectFrom("invitation").select(["id", "email"]).where("id", "in", list(ids.invitation)).execute()
      : none,
    ids.category.size
      ? db.selectFrom("category").select(["id", "slug", "name"]).where("id", "in", list(ids.category)).execute()
      : none,
  ]);
  const map = <T extends { id: number }>(rows: T[], value: (row: T) => LogValue): Lookup =>
    new Map(rows.map((row) => [row.id, value(row)]));
  return {
    member: map(members, (m) => ({ text: m.display_name, href: `/medlem/${m.id}` })),
    municipality: map(municipalities, (m) => ({ text: m.name, href: `/kommune/${m.slug}` })),
    thread: map(threads, (t) => ({ text: t.title, href: threadPath(t) })),
    post: map(posts, (p) => ({
      text: adminLogCopy.postIn(p.title),
      href: threadPath({ id: p.thread_id, slug: p.slug }, p.id),
    })),
    tag: map(tags, (t) => ({ text: t.label, href: `/tag/${t.slug}` })),
    article: map(articles, (a) => ({ text: a.title, href: `/vidensbank/${a.slug}` })),
    invitation: map(invitations, (i) => ({ text: adminLogCopy.invitationTo(i.email) })),
    category: map(categories, (c) => ({ text: c.name, href: `/k/${c.slug}` })),
  };
}

function plain(value: unknown): LogValue {
  if (value === null || value === undefined || value === "") return { text: adminLogCopy.none };
  if (typeof value === "boolean") return { text: value ? adminLogCopy.yes : adminLogCopy.no };
  if (Array.isArray(value))
    return { text: value.length ? value.map((item) => plain(item).text).join(", ") : adminLogCopy.none };
  if (typeof value === "object")
    return {
      text: Object.entries(value)
        .map(([k, v]) => `${adminDetailLabels[k] ?? k}: ${plain(v).text}`)
        .join("; "),
    };
  return { text: String(value) };
}

function lookedUp(lookup: Lookup, value: unknown, kind: string): LogValue {
  if (!isId(value)) return plain(value);
  return lookup.get(value) ?? { text: adminLogCopy.gone(kind, value) };
}

function pick<T extends string>(labels: Record<T, string>, value: unknown): LogValue {
  return typeof value === "string" && value in labels ? { text: labels[value as T] } : plain(value);
}

function formatValue(key: string, value: unknown, lookups: Lookups): LogValue {
  if (MEMBER_KEYS.has(key)) return lookedUp(lookups.member, value, adminLogCopy.kinds.member);
  if (MUNICIPALITY_KEYS.has(key)) return lookedUp(lookups.municipality, value, adminLogCopy.kinds.municipality);
  if (THREAD_KEYS.has(key)) return lookedUp(lookups.thread, value, adminLogCopy.kinds.thread);
  if (key === "articleId") return lookedUp(lookups.article, value, adminLogCopy.kinds.article);
  if (key === "reasons" && Array.isArray(value))
    return { text: value.map((reason) => pick(FLAG_REASON_LABELS, reason).text).join(", ") || adminLogCopy.none };
  if (key === "role") return pick(roleLabels, value);
  if (key === "kind") return pick(tagKindLabels, value);
  if (key === "status") return pick(adminLogCopy.articleStatus, value);
  if (key === "experience_override")
    return value === null ? { text: adminLogCopy.asMunicipality } : pick(experienceLabels, value);
  if (key === "direction")
    return {
      text:
        value === "step-up" ? adminLogCopy.stepUp : value === "step-down" ? adminLogCopy.stepDown : plain(value).text,
    };
  if (key === "sourcePostIds" && Array.isArray(value))
    return { text: value.length ? value.map((id) => `nr. ${String(id)}`).join(", ") : adminLogCopy.none };
  if (DATE_KEYS.has(key) && typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value))
    return { text: formatLongDate(value) };
  return plain(value);
}

function scalarChange(action: string, value: unknown, lookups: Lookups): LogValue {
  const kind = SCALAR_CHANGE[action];
  if (kind === "track") return pick(trackLabels, value);
  if (kind === "role") return pick(roleLabels, value);
  if (kind === "category") return lookedUp(lookups.category, value, adminLogCopy.kinds.category);
  if (kind === "municipality") return lookedUp(lookups.municipality, value, adminLogCopy.kinds.municipality);
  return plain(value);
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

function detailRows(action: string, detail: Record<string, unknown>, lookups: Lookups): LogDetailRow[] {
  const rows: LogDetailRow[] = [];
  const { before, after, ...rest } = detail;
  const beforeRecord = asRecord(before);
  const afterRecord = asRecord(after);
  if (beforeRecord || afterRecord) {
    // Field by field; when both sides are known, only the fields that changed.
    const keys = [...new Set([...Object.keys(beforeRecord ?? {}), ...Object.keys(afterRecord ?? {})])];
    for (const key of keys) {
      const label = adminDetailLabels[key] ?? key;
      if (beforeRecord && afterRecord) {
        if (JSON.stringify(beforeRecord[key] ?? null) === JSON.stringify(afterRecord[key] ?? null)) continue;
        rows.push({
          label,
          before: formatValue(key, beforeRecord[key], lookups),
          after: formatValue(key, afterRecord[key], lookups),
        });
      } else {
        rows.push({ label, value: formatValue(key, (beforeRecord ?? afterRecord)?.[key], lookups) });
      }
    }
  } else if (before !== undefined || after !== undefined) {
    rows.push({
      label: adminDetailLabels.change ?? adminLogCopy.change,
      before: scalarChange(action, before, lookups),
      after: scalarChange(action, after, lookups),
    });
  }
  for (const [key, value] of Object.entries(rest))
    rows.push({ label: adminDetailLabels[key] ?? key, value: formatValue(key, value, lookups) });
  return rows;
}

export async function describeAdminEvents(db: DB, events: StoredEvent[]): Promise<DescribedAdminEvent[]> {
  const parsed = events.map((event) => ({ event, detail: parseDetail(event.detail) }));
  const lookups = await loadLookups(db, collectIds(parsed));
  return parsed.map(({ event, detail }) => {
    const kind = adminTargetLabels[event.target_type as keyof typeof adminTargetLabels] ?? event.target_type;
    const targetLookup = event.target_type in lookups ? lookups[event.target_type as keyof Lookups] : undefined;
    // Settings (synonyms, onboarding steps) have no page of their own; their details say what they were.
    const target =
      event.target_id === null || !targetLookup
        ? { text: kind }
        : (targetLookup.get(event.target_id) ?? { text: adminLogCopy.gone(kind, event.target_id) });
    return {
      id: event.id,
      createdAt: event.created_at,
      action: event.action,
      actionLabel: adminActionLabel(event.action),
      actor:
        event.actor_id === null
          ? { text: adminLogCopy.system }
          : (lookups.member.get(event.actor_id) ?? { text: event.actor_name ?? adminLogCopy.erasedMember }),
      target: { ...target, kind },
      details: detailRows(event.action, detail, lookups),
      scrubbedAt: event.scrubbed_at,
    };
  });
}
