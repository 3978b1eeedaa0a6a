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

export const links: LinksFunction = () => [{ rel: "stylesheet", href: handbookStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.article.title} – Vidensbank – Tværs` : "Vidensbank – Tværs" },
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
      <nav aria-label="Brødkrummer" className="breadcrumbs">
        <Link to="/">Forside</Link> › <Link to="/vidensbank">Vidensbank</Link>
      </nav>
      <header>
        <h1>
          {article.status === "draft" ? <span className="badge badge--locked">Kladde</span> : null}
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
            <Link to={`/vidensbank/${article.slug}/rediger`}>Redigér artiklen</Link>
          </p>
        ) : null}
      </header>
      <section aria-labelledby="resume-titel">
        <h2 id="resume-titel">Resumé</h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: article.summaryHtml }} />
      </section>
      {article.keyPoints.length > 0 ? (
        <section aria-labelledby="punkter-titel">
          <h2 id="punkter-titel">Hovedpunkter</h2>
          <ul>
            {article.keyPoints.map((point, index) => (
              <li key={index}>{point}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <AudienceSections sections={sections} />
      <section aria-labelledby="kilder-titel">
        <h2 id="kilder-titel">Kilder fra forummet</h2>
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
          <dt>Erfaringer fra</dt>
          <dd>
            {article.municipalities.length === 0
              ? "–"
              : article.municipalities.map((m, index) => (
                  <span key={m.slug}>
                    {index > 0 ? ", " : null}
                    <Link to={`/kommune/${m.slug}`}>{m.name}</Link>
                  </span>
                ))}
          </dd>
        </div>
        <div>
          <dt>Ansvarlig</dt>
          <dd>
            <Link to={`/medlem/${article.owner.id}`}>{article.owner.name}</Link>
          </dd>
        </div>
        <div>
          <dt>Gennemgås senest</dt>
          <dd>
            {formatLongDate(article.reviewOn)}
            {overdue ? " (skal gennemgås)" : null}
          </dd>
        </div>
      </dl>
    </article>
  );
}
