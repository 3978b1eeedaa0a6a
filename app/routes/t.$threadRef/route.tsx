import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireMember } from "../../auth/guards.server";
import { canChangeThreadState, canChooseSolution, canDeletePost, canEditPost, canMarkHelpful, canMoveTrack, canSeeHiddenPost, canSeePostHistory, canWriteArticle } from "../../auth/permissions";
import { FormError } from "../../components/forms/field";
import { MarkdownEditor } from "../../components/forms/markdown-editor";
import { Pagination } from "../../components/pagination";
import { TagList } from "../../components/tag-list";
import { meetingCopy } from "../../copy/meetings";
import { postAnchor, threadPath } from "../../models/thread-path";
import { TrackBadge } from "../../components/track-badge";
import { pluralise } from "../../copy/da";
import { getDb } from "../../db.server";
import { pageCount, readPage } from "../../models/pagination";
import { sendHtmlOnce } from "../../models/post-html-channel.server";
import { findActiveClaim } from "../../models/mentoring.server";
import { findPublishedArticleForThread } from "../../models/article.server";
import { countThreadPosts, findPostSummary, findThread, listThreadPosts } from "../../models/thread.server";
import { listTrackChanges } from "../../models/track.server";
import { ModeratorPanel } from "./moderator-panel";
import { TrackControls } from "./track-controls";
import { PostItem } from "./post-item";
import { handleThreadAction, POSTS_PER_PAGE, type ReplyResult } from "./thread-actions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.thread.title} – Tværs` : "Tråd – Tværs" }];

function parseThreadRef(ref: string | undefined) {
  const match = /^([1-9][0-9]{0,15})(?:-(.*))?$/.exec(ref ?? "");
  if (!match) throw new Response("Tråden findes ikke", { status: 404 });
  return { id: Number(match[1]), slug: match[2] };
}

function quoteOf(source: string, author: string): string {
  const quoted = source.split("\n").slice(0, 20).map((line) => `> ${line}`).join("\n");
  return `> **${author}** skrev:\n${quoted}\n\n`;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const ref = parseThreadRef(params.threadRef);
  const db = getDb();
  const thread = await findThread(db, ref.id);
  if (!thread) throw new Response("Tråden findes ikke", { status: 404 });
  const url = new URL(request.url);
  if (ref.slug !== thread.slug) throw redirect(`${threadPath(thread)}${url.search}`, 301);
  const page = readPage(url, POSTS_PER_PAGE);
  const quoteId = Number(url.searchParams.get("citer"));
  const [posts, solution, quoted, postCount, claim, trackChanges] = await Promise.all([
    listThreadPosts(db, thread.id, page, member.id),
    thread.solutionPostId ? findPostSummary(db, thread.solutionPostId) : undefined,
    Number.isSafeInteger(quoteId) && quoteId > 0 ? findPostSummary(db, quoteId) : undefined,
    // Deleted posts keep their place in the stream, so pages count every post.
    countThreadPosts(db, thread.id),
    thread.track === "newcomer" ? findActiveClaim(db, thread.id) : undefined,
    listTrackChanges(db, thread.id),
  ]);
  const threadAuthored = { author_id: thread.author.id };
  const moderator = canChangeThreadState(member);
  const knowledgeArticle = (await findPublishedArticleForThread(db, thread.id)) ?? null;
  const categories = moderator ? await db.selectFrom("category").select(["id", "name"]).orderBy("position").execute() : [];
  const categoryId = moderator ? (await db.selectFrom("thread").select("category_id").where("id", "=", thread.id).executeTakeFirstOrThrow()).category_id : 0;
  return json({
    thread,
    posts: sendHtmlOnce(
      context,
      posts.map((post) => {
        const authored = { author_id: post.author.id };
        return {
          ...post,
          can: { edit: canEditPost(member, { ...authored, locked: thread.locked }), delete: canDeletePost(member, authored), seeHistory: canSeePostHistory(member, authored), markHelpful: canMarkHelpful(member, authored) },
        };
      }),
    ),
    solution: solution ? { id: solution.id, html: solution.html, author: solution.author_name, municipality: solution.municipality_name } : null,
    quote: quoted ? { id: quoted.id, text: quoteOf(quoted.source, quoted.author_name) } : null,
    viewer: {
      id: member.id,
      moderator: canSeeHiddenPost(member),
      canWriteArticle: canWriteArticle(member),
      canChooseSolution: canChooseSolution(member, threadAuthored),
      canMoveTrack: canMoveTrack(member, threadAuthored),
    },
    claim: claim ? { name: claim.display_name, mine: claim.member_id === member.id } : null,
    lastTrackChange: trackChanges.at(-1) ?? null,
    knowledgeArticle,
    moderation: moderator ? { categories, categoryId } : null,
    page: page.page,
    pages: pageCount(postCount, POSTS_PER_PAGE),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const member = await requireMember(request);
  return handleThreadAction(request, member, parseThreadRef(params.threadRef).id);
}

export default function ThreadPage() {
  const { thread, posts, solution, quote, viewer, page, pages, claim, lastTrackChange, knowledgeArticle, moderation } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as (Partial<ReplyResult> & { error?: string | null }) | undefined;
  const replyResult = result?.intent === "reply" || result?.intent === "preview" ? (result as ReplyResult) : undefined;
  const [opening, ...rest] = posts;
  const openingOnPage = page === 1 && opening;
  return (
    <article className="thread">
      <nav aria-label="Brødkrummer" className="breadcrumbs">
        <Link to="/">Forside</Link> › <Link to={`/k/${thread.category.slug}`}>{thread.category.name}</Link>
      </nav>
      <header className="thread__header">
        <h1>{thread.title}</h1>
        <p className="thread__meta">
          <TrackBadge track={thread.track} />
          {thread.solutionPostId ? <span className="badge badge--answered">Besvaret</span> : null}
          {thread.pinned ? <span className="badge badge--pinned">Fastgjort</span> : null}
          {thread.locked ? <span className="badge badge--locked">Låst</span> : null} Startet af {thread.author.name},{" "}
          <Link to={`/kommune/${thread.municipality.slug}`}>{thread.municipality.name}</Link> · {pluralise(thread.replyCount, "svar", "svar")}
        </p>
        <TagList tags={thread.tags} />
        {claim ? <p className="notice">{claim.mine ? "Du har sagt, at du svarer på spørgsmålet." : `${claim.name} er mentor og har sagt, at de svarer.`}</p> : null}
        <TrackControls threadUrl={threadPath(thread)} track={thread.track} canMove={viewer.canMoveTrack} lastChange={lastTrackChange} />
        {knowledgeArticle ? (
          <p className="notice">
            Denne tråd er samlet i Vidensbanken: <Link to={`/vidensbank/${knowledgeArticle.slug}`}>{knowledgeArticle.title}</Link>
          </p>
        ) : null}
        <p className="thread__links">
          <Link to={`/moeder/foreslaa?traad=${thread.id}`}>{meetingCopy.proposeFromThread}</Link>
          {viewer.canWriteArticle ? (
            <>
              {" · "}
              <Link to={`/vidensbank/ny?traad=${thread.id}`}>Lav en artikel til Vidensbanken</Link>
            </>
          ) : null}
        </p>
        {moderation ? <ModeratorPanel threadUrl={threadPath(thread)} threadId={thread.id} locked={thread.locked} pinned={thread.pinned} categoryId={moderation.categoryId} categories={moderation.categories} /> : null}
      </header>
      {result?.error && !replyResult ? <FormError message={result.error} /> : null}
      <ol className="post-stream">
        {openingOnPage ? (
          <li>
            <PostItem post={opening} isOpening thread={thread} viewer={viewer} />
          </li>
        ) : null}
        {openingOnPage && solution ? (
          <li>
            <section className="solution" aria-labelledby="loesning-titel">
              <p className="solution__label" id="loesning-titel">
                ✓ Løsning – svar fra {solution.author}, {solution.municipality}
              </p>
              <div className="prose" dangerouslySetInnerHTML={{ __html: solution.html }} />
              <p>
                <a href={`#${postAnchor(solution.id)}`}>Gå til svaret i tråden</a>
              </p>
            </section>
          </li>
        ) : null}
        {(openingOnPage ? rest : posts).map((post) => (
          <li key={post.id}>
            <PostItem post={post} isOpening={false} thread={thread} viewer={viewer} />
          </li>
        ))}
      </ol>
      <Pagination page={page} pages={pages} label="Sider i tråden" />
      {thread.locked ? (
        <p className="notice">Tråden er låst og tager ikke imod nye svar.</p>
      ) : (
        <section className="form-card reply-form" id="svar" aria-labelledby="svar-titel">
          <h2 id="svar-titel">Skriv et svar</h2>
          <FormError message={replyResult?.error} />
          <Form method="post" action={`${threadPath(thread)}#svar`} noValidate preventScrollReset>
            <MarkdownEditor
              // A new key after each accepted reply empties the box; a refused reply keeps the text.
              key={`${quote?.id ?? "svar"}-${thread.replyCount}`}
              label="Dit svar"
              defaultValue={replyResult?.body ?? quote?.text ?? ""}
              error={replyResult?.fieldErrors?.body}
              previewHtml={replyResult?.previewHtml}
              personalDataWarning={replyResult?.personalDataWarning}
              rows={8}
            />
            <button type="submit" name="intent" value="reply" className="button button--primary">
              Send svar
            </button>
          </Form>
        </section>
      )}
    </article>
  );
}
