/**
 * The child process of the crash test: writes posts through the app's own
 * code (openDatabase, writeTransaction, startThread, replyToThread) as fast as
 * it can until the parent kills it with SIGKILL.
 *
 *   node --import tsx tests/crash/crash-writer.ts DATABASE_FILE ROUND
 *
 * After each commit returns it prints `ACK <postId> <body>`: the
 * acknowledgement a member would see. Writes to a pipe are synchronous on
 * Linux, so a line printed before the kill reaches the parent.
 */
import { randomUUID } from "node:crypto";
import { openDatabase, writeTransaction } from "../../app/db.server";
import { replyToThread, startThread } from "../../app/models/post.server";

const [databasePath, round] = process.argv.slice(2);
if (!databasePath || !round) {
  console.error("usage: crash-writer.ts DATABASE_FILE ROUND");
  process.exit(2);
}

const { db } = openDatabase(databasePath);
const author = await db.selectFrom("member").select(["id", "municipality_id"]).orderBy("id").executeTakeFirstOrThrow();
const category = await db.selectFrom("category").select("id").orderBy("id").executeTakeFirstOrThrow();
let threadId = (await db.selectFrom("thread").select("id").orderBy("id", "desc").executeTakeFirstOrThrow()).id;
process.stdout.write("READY\n");

for (let n = 1; ; n += 1) {
  const body = `crash-r${round}-n${n}-${randomUUID()}`;
  const createdAt = new Date().toISOString();
  let postId: number;
  // Every 25th write opens a new thread, so both insert paths are under test.
  if (n % 25 === 0) {
    const created = await writeTransaction(db, (tx) =>
      startThread(tx, {
        title: `Crashtest runde ${round} tråd ${n}`,
        categoryId: category.id,
        authorId: author.id,
        municipalityId: author.municipality_id,
        track: "shared",
        body,
        tagIds: [],
        createdAt,
      }),
    );
    threadId = created.threadId;
    postId = created.postId;
  } else {
    postId = (await writeTransaction(db, (tx) => replyToThread(tx, { threadId, authorId: author.id, body, createdAt })))
      .postId;
  }
  process.stdout.write(`ACK ${postId} ${body}\n`);
}
