import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ArticleForm } from "../components/knowledge/article-form";
import { answerArticleForm } from "../forms/article-form.server";
import type { ArticleFormValues } from "../models/article-form.server";
import { requireModerator } from "../auth/guards.server";
import { threadPath } from "../models/thread-path";
import { getDb, writeTransaction } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { articleStartCopy } from "../copy/knowledge-base";
import { pageTitle } from "../copy/pages";
import {
  addYear,
  createArticle,
  listArticleFormOptions,
  listCitablePosts,
  todayInDenmark,
} from "../models/article.server";
import { findThread } from "../models/thread.server";
import { browseCopy } from "../copy/browse";
import { articleEditCopy, articlePageCopy } from "../copy/knowledge-base";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.form ? articleEditCopy.newTitle : pageTitle(articleStartCopy.title) },
];

/** The thread the article is made from (?traad=<id>): absent, unknown or the thread. */
async function threadFromUrl(request: Request) {
  const ref = new URL(request.url).searchParams.get("traad");
  if (ref === null || ref === "") return { state: "absent" as const };
  const id = /^[1-9]\d{0,15}$/.test(ref) ? Number(ref) : 0;
  const thread = id ? await findThread(getDb(), id) : undefined;
  return thread ? { state: "found" as const, thread } : { state: "unknown" as const };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const moderator = await requireModerator(request);
  const found = await threadFromUrl(request);
  // Articles are made from a thread; without one the page explains how to start instead of a bare 404.
  if (found.state !== "found")
    return json({ start: found.state, form: null }, { status: found.state === "absent" ? 200 : 404 });
  const { thread } = found;
  const db = getDb();
  const [posts, options] = await Promise.all([listCitablePosts(db, [thread.id]), listArticleFormOptions(db)]);
  const threadThemes = new Set(thread.tags.map((tag) => tag.slug));
  const defaults: ArticleFormValues = {
    title: thread.title,
    summary: "",
    keyPoints: "",
    sourcePostIds: [],
    tagIds: options.themes.filter((theme) => threadThemes.has(theme.slug)).map((theme) => theme.id),
    ownerId: moderator.id,
    reviewOn: addYear(todayInDenmark()),
    status: "draft",
    sections: {},
  };
  return json({
    start: null,
    form: { thread: { id: thread.id, title: thread.title, url: threadPath(thread) }, posts, options, defaults },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  const found = await threadFromUrl(request);
  if (found.state !== "found") throw new Response(articleStartCopy.noThread, { status: 404 });
  const { thread } = found;
  const db = getDb();
  const form = await readForm(request);
  const [posts, options] = await Promise.all([listCitablePosts(db, [thread.id]), listArticleFormOptions(db)]);
  return answerArticleForm(form, { posts, options }, (input) =>
    writeTransaction(db, (tx) => createArticle(tx, { ...input, actorId: moderator.id })),
  );
}

function HowToStartAnArticle({ unknownThread }: { unknownThread: boolean }) {
  return (
    <>
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to="/vidensbank">{articlePageCopy.knowledgeBase}</Link>
      </nav>
      <h1>{articleStartCopy.heading}</h1>
      {unknownThread ? (
        <p className="notice" role="status">
          {articleStartCopy.unknownThread}
        </p>
      ) : null}
      <p className="lead">{articleStartCopy.lead}</p>
      <ol className="article-start">
        {articleStartCopy.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>
        <Link to="/soeg" className="button">
          {articleStartCopy.search}
        </Link>{" "}
        <Link to="/vidensbank">{articleStartCopy.back}</Link>
      </p>
    </>
  );
}

export default function NewArticlePage() {
  const { start, form } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (!form) return <HowToStartAnArticle unknownThread={start === "unknown"} />;
  const { thread, posts, options, defaults } = form;
  return (
    <>
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to="/vidensbank">{articlePageCopy.knowledgeBase}</Link> › <Link to={thread.url}>{thread.title}</Link>
      </nav>
      <h1>{articleEditCopy.newHeading}</h1>
      <p className="lead">{articleEditCopy.newLead}</p>
      <ArticleForm
        action={`/vidensbank/ny?traad=${thread.id}`}
        posts={posts}
        options={options}
        values={result?.values ?? defaults}
        result={result}
        submitLabel={articleEditCopy.create}
        cancelTo={thread.url}
      />
    </>
  );
}
