import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { canSeeArticleDrafts } from "../auth/permissions";
import { formatLongDate } from "../copy/dates";
import { getDb } from "../db.server";
import { listArticlesDueForReview, listDraftArticles, listPublishedArticlesByTheme, NO_THEME, todayInDenmark, type ArticleListItem } from "../models/article.server";

export const meta: MetaFunction = () => [{ title: "Vidensbank – Tværs" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const moderator = canSeeArticleDrafts(member);
  const [groups, drafts, due] = await Promise.all([
    listPublishedArticlesByTheme(db),
    moderator ? listDraftArticles(db) : Promise.resolve([]),
    moderator ? listArticlesDueForReview(db, todayInDenmark()) : Promise.resolve([]),
  ]);
  return json({ groups, moderator, drafts, due });
}

function ArticleLinks({ articles, showReview = false }: { articles: ArticleListItem[]; showReview?: boolean }) {
  return (
    <ul className="admin-rows">
      {articles.map((article) => (
        <li key={article.id}>
          <Link to={`/vidensbank/${article.slug}`}>{article.title}</Link>
          {article.status === "draft" ? <span className="badge badge--locked">Kladde</span> : null}
          {showReview ? (
            <span className="muted">
              {" "}
              · {article.ownerName} · skulle gennemgås {formatLongDate(article.reviewOn)}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export default function KnowledgeBasePage() {
  const { groups, moderator, drafts, due } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Vidensbank</h1>
      <p className="lead">Det, netværket har lært, samlet af moderatorerne i korte artikler – med links til trådene, erfaringerne kommer fra.</p>
      {moderator ? (
        <>
          <section aria-labelledby="gennemgang-titel" className="panel">
            <h2 id="gennemgang-titel">Skal gennemgås</h2>
            {due.length === 0 ? <p className="muted">Ingen artikler har passeret deres dato for gennemgang.</p> : <ArticleLinks articles={due} showReview />}
          </section>
          {drafts.length > 0 ? (
            <section aria-labelledby="kladder-titel" className="panel">
              <h2 id="kladder-titel">Kladder</h2>
              <ArticleLinks articles={drafts} />
            </section>
          ) : null}
          <p className="muted">Nye artikler laves fra en tråd: åbn tråden, og vælg «Lav en artikel til Vidensbanken».</p>
        </>
      ) : null}
      {groups.length === 0 ? <p className="empty">Der er endnu ingen artikler i Vidensbanken.</p> : null}
      {groups.map((group) => (
        <section key={group.theme?.slug ?? "oevrige"} aria-labelledby={`tema-${group.theme?.slug ?? "oevrige"}`}>
          <h2 id={`tema-${group.theme?.slug ?? "oevrige"}`}>{group.theme?.label ?? NO_THEME}</h2>
          <ArticleLinks articles={group.articles} />
        </section>
      ))}
    </>
  );
}
