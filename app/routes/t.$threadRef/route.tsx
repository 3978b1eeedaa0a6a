import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireMember } from "../../auth/guards.server";
import {
  canChangeThreadState,
  canChooseSolution,
  canDeletePost,
  canEditPost,
  canMarkHelpful,
  canMoveTrack,
  canSeeHiddenPost,
  canSeePostHistory,
  canWriteArticle,
} from "../../auth/permissions";
import { FormError } from "../../components/forms/field";
import { Pagination } from "../../components/pagination";
import { TagList } from "../../components/tag-list";
import { meetingCopy } from "../../copy/meetings";
import { postAnchor, threadPath } from "../../models/thread-path";
import { TrackBadge } from "../../components/track-badge";
import { notFound } from "../../copy/not-found";
import { getDb } from "../../db.server";
import { SimilarThreads } from "../../components/similar-threads";
import { searchCopy } from "../../copy/search";
import { similarThreadsFor } from "../../search/index.server";
import { pageCount, readPage } from "../../models/pagination";
import { sendPostItemsOnce } from "../../render-cache/post-item-splice.server";
import { findActiveClaim } from "../../models/mentoring.server";
import { findPublishedArticleForThread } from "../../models/article.server";
import {
  countThreadPosts,
  findPostSummary,
  findThread,
  findThreadCategoryId,
  listThreadPosts,
} from "../../models/thread.server";
import { listTrackChanges } from "../../models/track.server";
import { ModeratorPanel } from "./moderator-panel";
import { ReplyForm } from "./reply-form";
import { findDraft } from "../../models/draft.server";
import { findQuote } from "../../models/quote.server";
import { insertQuote } from "../../forms/quote";
import { listBookmarkedPostIds } from "../../models/bookmark.server";
import { listUndoableDeletions } from "../../models/post.server";
import { UNDO_MINUTES } from "../../copy/everyday";
import { TrackControls } from "./track-controls";
import { PostItemMarkup } from "./post-item-markup";
import { renderPostItems } from "./post-items.server";
import { quoteIntoDraft, type QuoteProblem } from "./everyday-post-actions";
import { FlagFormView, useFlagResultFor } from "./flag-form";
import { UnreadDivider } from "./unread-divider";
import { LiveReplies } from "./live-replies";
import { CheckIcon } from "../../components/icons";
import { WatchLevelForm } from "../../components/watch-level-form";
import { readThreadPage } from "../../notifications/thread-reading.server";
import { notificationCopy } from "../../copy/notifications";
import { Fragment, useState } from "react";
import { MAX_MENTIONS_NOTIFIED } from "../../notifications/mentions";
import { handleThreadAction, POSTS_PER_PAGE, type ReplyResult } from "./thread-actions.server";
import { invariantResponse } from "../../invariant";
import { errorPageTitle, RouteErrorBoundary } from "../../components/route-error-boundary";
import { browseCopy, threadListCopy } from "../../copy/browse";
import { threadPageCopy } from "../../copy/thread-page";
import { listCategoryOptions } from "../../models/tag-options.server";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  {
    title: error
      ? errorPageTitle(error)
      : data
        ? threadPageCopy.title(data.thread.title)
        : threadPageCopy.fallbackTitle,
  },
];

function parseThreadRef(ref: string | undefined) {
  const match = /^([1-9][0-9]{0,15})(?:-(.*))?$/.exec(ref ?? "");
  invariantResponse(match, notFound.thread, { status: 404 });
  return { id: Number(match[1]), slug: match[2] };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const ref = parseThreadRef(params.threadRef);
  const db = getDb();
  const thread = await findThread(db, ref.id);
  invariantResponse(thread, notFound.thread, { status: 404 });
  const url = new URL(request.url);
  if (ref.slug !== thread.slug) throw redirect(`${threadPath(thread)}${url.search}`, 301);
  const page = readPage(url, POSTS_PER_PAGE);
  const quoteId = Number(url.searchParams.get("citer"));
  const [posts, solution, quote, postCount, claim, trackChanges, draft] = await Promise.all([
    listThreadPosts(db, thread.id, page, member.id),
    thread.solutionPostId ? findPostSummary(db, thread.solutionPostId) : undefined,
    // ?citer= may name a post in another thread: quoting across threads.
    Number.isSafeInteger(quoteId) && quoteId > 0 ? findQuote(db, quoteId) : undefined,
    // Deleted posts keep their place in the stream, so pages count every post.
    countThreadPosts(db, thread.id),
    thread.track === "newcomer" ? findActiveClaim(db, thread.id) : undefined,
    listTrackChanges(db, thread.id),
    findDraft(db, member.id, thread.id),
  ]);
  const postIds = posts.map((post) => post.id);
  const [bookmarked, undoable] = await Promise.all([
    listBookmarkedPostIds(db, member.id, postIds),
    listUndoableDeletions(
      db,
      member.id,
      postIds.filter((id) => posts.find((post) => post.id === id)?.deleted),
      new Date(),
      UNDO_MINUTES,
    ),
  ]);
  const threadAuthored = { author_id: thread.author.id };
  const reading = await readThreadPage(
    db,
    member.id,
    thread.id,
    posts.map((post) => post.id),
  );
  const moderator = canChangeThreadState(member);
  const knowledgeArticle = (await findPublishedArticleForThread(db, thread.id)) ?? null;
  const similar = await similarThreadsFor(db, thread);
  const categories = moderator ? await listCategoryOptions(db) : [];
  const categoryId = moderator ? ((await findThreadCategoryId(db, thread.id)) ?? 0) : 0;
  const flaggedPostId = Number(url.searchParams.get("anmeldt")) || null;
  const items = renderPostItems(
    posts.map((post) => {
      const authored = { author_id: post.author.id };
      return {
        ...post,
        can: {
          edit: canEditPost(member, { ...authored, locked: thread.locked }),
          delete: canDeletePost(member, authored),
          seeHistory: canSeePostHistory(member, authored),
          markHelpful: canMarkHelpful(member, authored),
        },
      };
    }),
    {
      threadId: thread.id,
      thread,
      viewer: {
        id: member.id,
        moderator: canSeeHiddenPost(member),
        canChooseSolution: canChooseSolution(member, threadAuthored),
        bookmarked,
        undoable,
      },
      openingPostId: page.page === 1 ? (posts[0]?.id ?? null) : null,
      flaggedPostId,
      flagQueuedOnly: url.searchParams.get("skjult") === "nej",
    },
  );
  return json({
    thread,
    // Each post as finished markup, sent once (see PostHtmlContext): the browser never renders a post item itself.
    posts: sendPostItemsOnce(context, items),
    solution: solution
      ? { id: solution.id, html: solution.html, author: solution.author_name, municipality: solution.municipality_name }
      : null,
    reply: {
      // A quote from a «Citér» link goes after the saved draft, so following the link loses nothing.
      text: quote ? insertQuote(draft?.body ?? "", quote.text).text : (draft?.body ?? ""),
      restoredDraft: Boolean(draft),
      // The reply box is keyed on the viewer's own last post: it empties after their reply, not when others' arrive.
      ownLastPostId: posts.findLast((post) => post.author.id === member.id)?.id ?? 0,
    },
    viewer: {
      canWriteArticle: canWriteArticle(member),
      canMoveTrack: canMoveTrack(member, threadAuthored),
    },
    claim: claim ? { name: claim.display_name, mine: claim.member_id === member.id } : null,
    lastTrackChange: trackChanges.at(-1) ?? null,
    knowledgeArticle,
    similar,
    moderation: moderator ? { categories, categoryId } : null,
    page: page.page,
    pages: pageCount(postCount, POSTS_PER_PAGE),
    reading,
    mentionStorm: Number(url.searchParams.get("omtalte")) || null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const member = await requireMember(request);
  return handleThreadAction(request, member, parseThreadRef(params.threadRef).id);
}

export default function ThreadPage() {
  const {
    thread,
    posts,
    solution,
    reply,
    viewer,
    page,
    pages,
    claim,
    lastTrackChange,
    knowledgeArticle,
    moderation,
    reading,
    mentionStorm,
    similar,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as (Partial<ReplyResult> & { error?: string | null }) | undefined;
  const replyResult = result?.intent === "reply" || result?.intent === "preview" ? (result as ReplyResult) : undefined;
  const [opening, ...rest] = posts;
  const openingOnPage = page === 1 && opening;
  const flagResultFor = useFlagResultFor();
  const [quoteProblem, setQuoteProblem] = useState<QuoteProblem | null>(null);
  const streamItem = (post: (typeof posts)[number]) => {
    const flagResult = flagResultFor(post.id);
    return (
      <>
        <PostItemMarkup postId={post.id} html={post.html} />
        {/* A refused flag comes back as action data: the form, open, with what was chosen and written. */}
        {flagResult ? <FlagFormView postId={post.id} threadUrl={threadPath(thread)} mine={flagResult} /> : null}
        {quoteProblem?.postId === post.id ? (
          <span className="field__error" role="alert">
            {quoteProblem.message}
          </span>
        ) : null}
      </>
    );
  };
  return (
    <article className="thread">
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to="/">{browseCopy.front}</Link> › <Link to={`/k/${thread.category.slug}`}>{thread.category.name}</Link>
      </nav>
      <header className="thread__header">
        <h1>{thread.title}</h1>
        <p className="thread__meta">
          <TrackBadge track={thread.track} />
          {thread.solutionPostId ? <span className="badge badge--answered">{threadListCopy.answered}</span> : null}
          {thread.pinned ? <span className="badge badge--pinned">{threadListCopy.pinned}</span> : null}
          {thread.locked ? <span className="badge badge--locked">{threadListCopy.locked}</span> : null}{" "}
          {threadPageCopy.startedBy(thread.author.name)}{" "}
          <Link to={`/kommune/${thread.municipality.slug}`}>{thread.municipality.name}</Link> ·{" "}
          {threadPageCopy.replyCount(thread.replyCount)}
        </p>
        <TagList tags={thread.tags} />
        <WatchLevelForm
          targetType="thread"
          targetId={thread.id}
          level={reading.watchLevel}
          redirectTo={threadPath(thread)}
        />
        {claim ? (
          <p className="notice">{claim.mine ? threadPageCopy.claimMine : threadPageCopy.claimOther(claim.name)}</p>
        ) : null}
        <TrackControls
          threadUrl={threadPath(thread)}
          track={thread.track}
          canMove={viewer.canMoveTrack}
          lastChange={lastTrackChange}
        />
        {knowledgeArticle ? (
          <p className="notice">
            {threadPageCopy.inKnowledgeBase}{" "}
            <Link to={`/vidensbank/${knowledgeArticle.slug}`}>{knowledgeArticle.title}</Link>
          </p>
        ) : null}
        <p className="thread__links">
          <Link to={`/moeder/foreslaa?traad=${thread.id}`}>{meetingCopy.proposeFromThread}</Link>
          {viewer.canWriteArticle ? (
            <>
              {" · "}
              <Link to={`/vidensbank/ny?traad=${thread.id}`}>{threadPageCopy.writeArticle}</Link>
            </>
          ) : null}
        </p>
        {moderation ? (
          <ModeratorPanel
            threadUrl={threadPath(thread)}
            threadId={thread.id}
            locked={thread.locked}
            pinned={thread.pinned}
            categoryId={moderation.categoryId}
            categories={moderation.categories}
          />
        ) : null}
      </header>
      {result?.error && !replyResult ? <FormError message={result.error} /> : null}
      {mentionStorm ? (
        <p className="notice">{notificationCopy.mentionStorm(mentionStorm, MAX_MENTIONS_NOTIFIED)}</p>
      ) : null}
      {/* One click handler for every «Citér» in the stream: the items are server-rendered markup. */}
      <ol className="post-stream" onClick={(event) => void quoteIntoDraft(event).then(setQuoteProblem)}>
        {openingOnPage ? <li>{streamItem(opening)}</li> : null}
        {openingOnPage && solution ? (
          <li>
            <section className="solution" aria-labelledby="loesning-titel">
              <p className="solution__label" id="loesning-titel">
                <CheckIcon /> {threadPageCopy.solutionFrom(solution.author, solution.municipality)}
              </p>
              <div className="prose" dangerouslySetInnerHTML={{ __html: solution.html }} />
              <p>
                <a href={`#${postAnchor(solution.id)}`}>{threadPageCopy.goToSolution}</a>
              </p>
            </section>
          </li>
        ) : null}
        {(openingOnPage ? rest : posts).map((post) => (
          <Fragment key={post.id}>
            {post.id === reading.firstUnreadPostId ? <UnreadDivider /> : null}
            <li>{streamItem(post)}</li>
          </Fragment>
        ))}
      </ol>
      {page === pages ? <LiveReplies threadId={thread.id} lastPostId={posts.at(-1)?.id ?? 0} /> : null}
      <Pagination page={page} pages={pages} label={threadPageCopy.pagesLabel} />
      {thread.locked ? (
        <p className="notice">{threadPageCopy.lockedNoReplies}</p>
      ) : (
        <ReplyForm
          threadId={thread.id}
          threadUrl={threadPath(thread)}
          ownLastPostId={reply.ownLastPostId}
          replyResult={replyResult}
          initialText={reply.text}
          restoredDraft={reply.restoredDraft}
        />
      )}
      <SimilarThreads threads={similar} heading={searchCopy.similarHeading} id="lignende-traade" />
    </article>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
