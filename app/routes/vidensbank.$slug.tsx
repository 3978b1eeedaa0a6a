import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { canSeeArticleDrafts } from "../auth/permissions";
import { visibilityCopy } from "../copy/permissions-and-limits";
import { threadPath } from "../models/thread-path";
import { formatLongDate } from "../copy/dates";
import { getDb } from "../db.server";
import { findArticleBySlug, todayInDenmark } from "../models/article.server";
import { listArticleSections, orderSectionsFor } from "../models/article-section.server";
import { AudienceSections } from "../components/knowledge/audience-sections";
import handbookStyles from "../styles/handbook.css";
import { notFound } from "../copy/not-found";
import { browseCopy } from "../copy/browse";
import { articlePageCopy, knowledgeBaseCopy } from "../copy/knowledge-base";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: handbookStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? articlePageCopy.title(data.article.title) : articlePageCopy.fallbackTitle },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const article = await findArticleBySlug(getDb(), params.slug ?? "");
  const moderator = canSeeArticleDrafts(member);
  // A draft answers 404 rather than 403 to members, so its existence is not revealed either.
  if (!article || (article.status === "draft" && !moderator)) throw new Response(notFound.article, { status: 404 });
  const sections = orderSectionsFor(await listArticleSections(getDb(), article.id), member.profession).map(
    ({ id, audience, partner, bodyHtml, forViewer }) => ({ id, audience, partner, bodyHtml, forViewer }),
  );
  return json({ article, sections, moderator, overdue: article.reviewOn < todayInDenmark() });
}

export default function ArticlePage() {
  const { article, sections, moderator, overdue } = useLoaderData<typeof loader>();
  return (
    <article className="knowledge-article">
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to="/">{browseCopy.front}</Link> › <Link to="/vidensbank">{articlePageCopy.knowledgeBase}</Link>
      </nav>
      <header>
        <h1>
          {article.status === "draft" ? <span className="badge badge--locked">{knowledgeBaseCopy.draft}</span> : null}
          {article.title}
        </h1>
        {article.tags.length > 0 ? (
          <ul className="tag-list">
            {article.tags.map((tag) => (
              <li key={tag.id}>
                <Link className="tag tag--theme" to={`/tag/${tag.slug}`}>
                  {tag.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {moderator ? (
          <p>
            <Link to={`/vidensbank/${article.slug}/rediger`}>{articlePageCopy.edit}</Link>
          </p>
        ) : null}
      </header>
      <section aria-labelledby="resume-titel">
        <h2 id="resume-titel">{articlePageCopy.summary}</h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: article.summaryHtml }} />
      </section>
      {article.keyPoints.length > 0 ? (
        <section aria-labelledby="punkter-titel">
          <h2 id="punkter-titel">{articlePageCopy.keyPoints}</h2>
          <ul>
            {article.keyPoints.map((point, index) => (
              <li key={index}>{point}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <AudienceSections sections={sections} />
      <section aria-labelledby="kilder-titel">
        <h2 id="kilder-titel">{articlePageCopy.sources}</h2>
        {article.sources.length === 0 ? <p className="muted">{visibilityCopy.articleSourcesGone}</p> : null}
        <ol>
          {article.sources.map((source) => (
            <li key={source.postId}>
              <Link to={threadPath(source.thread, source.postId)}>{source.thread.title}</Link> – {source.author},{" "}
              {source.municipality}
              <p className="muted">{source.excerpt}</p>
            </li>
          ))}
        </ol>
      </section>
      <dl className="facts">
        <div>
          <dt>{articlePageCopy.experienceFrom}</dt>
          <dd>
            {article.municipalities.length === 0
              ? articlePageCopy.none
              : article.municipalities.map((m, index) => (
                  <span key={m.slug}>
                    {index > 0 ? ", " : null}
                    <Link to={`/kommune/${m.slug}`}>{m.name}</Link>
                  </span>
                ))}
          </dd>
        </div>
        <div>
          <dt>{articlePageCopy.owner}</dt>
          <dd>
            <Link to={`/medlem/${article.owner.id}`}>{article.owner.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{articlePageCopy.reviewOn}</dt>
          <dd>
            {formatLongDate(article.reviewOn)}
            {overdue ? articlePageCopy.overdue : null}
          </dd>
        </div>
      </dl>
    </article>
  );
}
