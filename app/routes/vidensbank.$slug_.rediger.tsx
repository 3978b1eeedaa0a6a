import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireModerator } from "../auth/guards.server";
import { getDb, writeTransaction } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { answerArticleForm } from "../forms/article-form.server";
import { listArticleSections, sectionFormValues } from "../models/article-section.server";
import type { ArticleFormValues } from "../models/article-form.server";
import {
  findArticleBySlug,
  listArticleFormOptions,
  listArticleThreadIds,
  listCitablePosts,
  setArticleStatus,
  updateArticle,
} from "../models/article.server";
import { ArticleForm } from "../components/knowledge/article-form";
import { notFound } from "../copy/not-found";
import { browseCopy } from "../copy/browse";
import { articleEditCopy, articlePageCopy } from "../copy/knowledge-base";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? articleEditCopy.editTitle(data.article.title) : articleEditCopy.editFallbackTitle },
];

async function loadArticle(slug: string | undefined) {
  const db = getDb();
  const article = await findArticleBySlug(db, slug ?? "");
  if (!article) throw new Response(notFound.article, { status: 404 });
  // Sources may be re-chosen among the posts of every thread the article already cites.
  const [posts, options] = await Promise.all([
    listArticleThreadIds(db, article.id).then((ids) => listCitablePosts(db, ids)),
    listArticleFormOptions(db),
  ]);
  return { article, posts, options };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireModerator(request);
  const { article, posts, options } = await loadArticle(params.slug);
  const values: ArticleFormValues = {
    title: article.title,
    summary: article.summarySource,
    keyPoints: article.keyPoints.join("\n"),
    sourcePostIds: article.sources.map((s) => s.postId),
    tagIds: article.tags.map((t) => t.id),
    ownerId: article.owner.id,
    reviewOn: article.reviewOn,
    status: article.status,
    sections: sectionFormValues(await listArticleSections(getDb(), article.id)),
  };
  return json({
    article: { id: article.id, slug: article.slug, title: article.title, status: article.status },
    posts,
    options,
    values,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  const { article, posts, options } = await loadArticle(params.slug);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "publish" || intent === "unpublish") {
    await writeTransaction(getDb(), (tx) =>
      setArticleStatus(tx, article.id, intent === "publish" ? "published" : "draft", moderator.id),
    );
    return redirect(`/vidensbank/${article.slug}`);
  }
  return answerArticleForm(form, { posts, options }, (input) =>
    writeTransaction(getDb(), (tx) => updateArticle(tx, article.id, { ...input, actorId: moderator.id })),
  );
}

export default function EditArticlePage() {
  const { article, posts, options, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const path = `/vidensbank/${article.slug}/rediger`;
  return (
    <>
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to="/vidensbank">{articlePageCopy.knowledgeBase}</Link> ›{" "}
        <Link to={`/vidensbank/${article.slug}`}>{article.title}</Link>
      </nav>
      <h1>{articleEditCopy.editHeading}</h1>
      <Form method="post" action={path} className="row-form">
        <p className="muted">
          {article.status === "published" ? articleEditCopy.isPublished : articleEditCopy.isDraft}
        </p>
        <button
          type="submit"
          name="intent"
          value={article.status === "published" ? "unpublish" : "publish"}
          className="button"
        >
          {article.status === "published" ? articleEditCopy.unpublish : articleEditCopy.publish}
        </button>
      </Form>
      <ArticleForm
        action={path}
        posts={posts}
        options={options}
        values={result?.values ?? values}
        result={result}
        submitLabel={articleEditCopy.save}
        cancelTo={`/vidensbank/${article.slug}`}
      />
    </>
  );
}
