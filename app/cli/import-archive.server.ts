import { z } from "zod";
import type { DB } from "../db.server";
import { writeTransaction } from "../db.server";
import { cleanLine, cleanMultiline } from "../forms/clean-text";
import { slugify } from "../models/slug";
import { insertReply, insertThread } from "../models/thread.server";
import { assertNoPersonalData, PersonalDataRefusal } from "../privacy/personal-data.server";

const archiveSchema = z.object({
  threads: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).optional(),
      title: z.string().min(1).max(300),
      category: z.string().min(1).max(80),
      track: z.enum(["newcomer", "experienced", "shared"]).default("shared"),
      municipality: z.string().min(1).max(80),
      tags: z.array(z.string().min(1).max(60)).max(20).default([]),
      created_at: z.string().datetime().optional(),
      posts: z
        .array(
          z.object({
            author: z.string().min(1).max(120),
            body: z.string().min(1).max(50_000),
            created_at: z.string().datetime().optional(),
          }),
        )
        .min(1),
    }),
  ),
});

export class ImportError extends Error {}

function lineOf(raw: string, index: number): number {
  return raw.slice(0, Math.max(0, index)).split("\n").length;
}

/** Where in the file a thread (by its title) starts, to point at the problem. */
function lineOfThread(raw: string, archive: unknown, threadIndex: number): number | null {
  const threads = (archive as { threads?: { title?: unknown }[] })?.threads;
  const title = threads?.[threadIndex]?.title;
  if (typeof title !== "string") return null;
  const at = raw.indexOf(JSON.stringify(title));
  return at >= 0 ? lineOf(raw, at) : null;
}

/** Parses and validates an archive, refusing it with the line of the first problem. */
export function parseArchive(raw: string) {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    throw new ImportError(
      `The file is not valid JSON${position ? ` (line ${lineOf(raw, Number(position))})` : ""}: ${error instanceof Error ? error.message : error}`,
    );
  }
  const parsed = archiveSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const threadIndex = issue?.path[0] === "threads" && typeof issue.path[1] === "number" ? issue.path[1] : null;
    const line = threadIndex !== null ? lineOfThread(raw, data, threadIndex) : null;
    throw new ImportError(
      `Malformed archive${line ? ` at line ${line}` : ""}: ${issue?.path.join(".")}: ${issue?.message}`,
    );
  }
  // Clean first, then check: a control character between two digits is gone
  // once cleaned, so checking the raw text would miss the number it hid.
  const threads = parsed.data.threads.map((thread) => ({
    ...thread,
    title: cleanLine(thread.title),
    category: cleanLine(thread.category),
    municipality: cleanLine(thread.municipality),
    tags: thread.tags.map(cleanLine),
    posts: thread.posts.map((post) => ({ ...post, author: cleanLine(post.author), body: cleanMultiline(post.body) })),
  }));
  threads.forEach((thread, index) => {
    const fields: Record<string, string> = {
      title: thread.title,
      category: thread.category,
      municipality: thread.municipality,
    };
    thread.tags.forEach((tag, tagIndex) => (fields[`tags.${tagIndex}`] = tag));
    thread.posts.forEach((post, postIndex) => {
      fields[`posts.${postIndex}.author`] = post.author;
      fields[`posts.${postIndex}.body`] = post.body;
    });
    try {
      assertNoPersonalData(fields);
    } catch (error) {
      if (!(error instanceof PersonalDataRefusal)) throw error;
      const line = lineOfThread(raw, data, index);
      const where = Object.keys(error.fieldErrors).join(", ");
      throw new ImportError(
        `Thread ${index + 1} ("${thread.title}"${line ? `, line ${line}` : ""}) contains what looks like a CPR number in ${where}; nothing was imported.`,
      );
    }
  });
  return { threads };
}

export interface ImportResult {
  threads: number;
  posts: number;
  createdMembers: number;
  /** The archive's own thread ids mapped to the new ones (for relevance evaluation). */
  threadIds: Map<string, number>;
}

/**
 * Imports past discussions in one transaction: categories, tags and
 * municipalities are created when missing, unknown authors become placeholder
 * members of their municipality (they cannot sign in), and every post goes
 * through the real post-creation code, so the search index follows.
 */
export async function importArchive(
  db: DB,
  raw: string,
  now = new Date(),
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const archive = parseArchive(raw);
  return writeTransaction(db, async (tx) => {
    const result: ImportResult = { threads: 0, posts: 0, createdMembers: 0, threadIds: new Map() };
    const ensure = async <T extends { id: number }>(find: () => Promise<T | undefined>, create: () => Promise<T>) =>
      (await find()) ?? (await create());
    const total = archive.threads.length;
    for (const [index, thread] of archive.threads.entries()) {
      const municipalityName = cleanLine(thread.municipality);
      const municipality = await ensure(
        () =>
          tx
            .selectFrom("municipality")
            .select("id")
            .where((eb) => eb.or([eb("name", "=", municipalityName), eb("slug", "=", slugify(municipalityName))]))
            .executeTakeFirst(),
        () =>
          tx
            .insertInto("municipality")
            .values({
              slug: slugify(municipalityName),
              name: municipalityName,
              region: "",
              joined_on: "2016-01-01",
              created_at: now.toISOString(),
            })
            .returning("id")
            .executeTakeFirstOrThrow(),
      );
      const categoryName = cleanLine(thread.category);
      const category = await ensure(
        () =>
          tx
            .selectFrom("category")
            .select("id")
            .where((eb) => eb.or([eb("name", "=", categoryName), eb("slug", "=", slugify(categoryName))]))
            .executeTakeFirst(),
        () =>
          tx
            .insertInto("category")
            .values({ slug: slugify(categoryName), name: categoryName, description: "", position: 100 })
            .returning("id")
            .executeTakeFirstOrThrow(),
      );
      const tagIds: number[] = [];
      for (const label of thread.tags.slice(0, 8)) {
        const slug = slugify(label);
        const tag = await ensure(
          () => tx.selectFrom("tag").select("id").where("slug", "=", slug).executeTakeFirst(),
          () =>
            tx
              .insertInto("tag")
              .values({
                slug,
                label: cleanLine(label).replace(/^./, (c) => c.toUpperCase()),
                kind: "theme",
                description: "",
              })
              .returning("id")
              .executeTakeFirstOrThrow(),
        );
        tagIds.push(tag.id);
      }
      const authorId = async (author: string) => {
        const [name = author, ...rest] = cleanLine(author)
          .split(",")
          .map((part) => part.trim());
        const existing = await tx
          .selectFrom("member")
          .select("id")
          .where("display_name", "=", name)
          .where("municipality_id", "=", municipality.id)
          .executeTakeFirst();
        if (existing) return existing.id;
        result.createdMembers += 1;
        const created = await tx
          .insertInto("member")
          .values({
            municipality_id: municipality.id,
            email: `arkiv-${slugify(municipalityName)}-${slugify(name)}-${result.createdMembers}@tvaers.invalid`,
            display_name: name,
            profession: rest.join(", ") || "Tidligere medlem",
            role: "member",
            created_at: now.toISOString(),
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        return created.id;
      };
      // Archives without dates get one thread a day back from now, replies an hour apart, so order is kept.
      const start = thread.created_at
        ? Date.parse(thread.created_at)
        : now.getTime() - (total - index) * 24 * 3_600_000;
      const [opening, ...replies] = thread.posts;
      if (!opening) continue;
      const { threadId } = await insertThread(tx, {
        title: cleanLine(thread.title),
        body: cleanMultiline(opening.body),
        categoryId: category.id,
        authorId: await authorId(opening.author),
        municipalityId: municipality.id,
        track: thread.track,
        tagIds,
        createdAt: new Date(start).toISOString(),
      });
      result.posts += 1;
      for (const [replyIndex, reply] of replies.entries()) {
        const at = reply.created_at ? Date.parse(reply.created_at) : start + (replyIndex + 1) * 3_600_000;
        await insertReply(tx, {
          threadId,
          authorId: await authorId(reply.author),
          body: cleanMultiline(reply.body),
          createdAt: new Date(at).toISOString(),
        });
        result.posts += 1;
      }
      result.threads += 1;
      if (thread.id !== undefined) result.threadIds.set(String(thread.id), threadId);
      onProgress?.(index + 1, total);
    }
    return result;
  });
}
