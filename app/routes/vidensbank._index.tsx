import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { canSeeArticleDrafts } from "../auth/permissions";
import { formatLongDate } from "../copy/dates";
import { getDb } from "../db.server";
import { audienceLabels } from "../copy/meetings";
import { audienceParam, handbookCopy } from "../copy/handbook";
import { articleIdsWithAudience } from "../models/article-section.server";
import handbookStyles from "../styles/handbook.css";
import {
  listArticlesDueForReview,
  listDraftArticles,
  listPublishedArticlesByTheme,
  NO_THEME,
  todayInDenmark,
  type ArticleListItem,
} from "../models/article.server";
import { knowledgeBaseCopy } from "../copy/knowledge-base";

export const meta: MetaFunction = () => [{ title: knowledgeBaseCopy.title }];

export const links: LinksFunction = () => [{ rel: "stylesheet", href: handbookStyles }];

const isAudienceParam = (value: string | null): value is keyof typeof audienceParam =>
  value !== null && Object.hasOwn(audienceParam, value);

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const moderator = canSeeArticleDrafts(member);
  const param = new URL(request.url).searchParams.get("maalgruppe");
  const audience = isAudienceParam(param) ? param : null;
  const [allGroups, withAudience, drafts, due] = await Promise.all([
    listPublishedArticlesByTheme(db),
    audience ? articleIdsWithAudience(db, audienceParam[audience]) : Promise.resolve(null),
    moderator ? listDraftArticles(db) : Promise.resolve([]),
    moderator ? listArticlesDueForReview(db, todayInDenmark()) : Promise.resolve([]),
  ]);
  const groups = withAudience
    ? allGroups
        .map((group) => ({ ...group, articles: group.articles.filter((article) => withAudience.has(article.id)) }))
        .filter((group) => group.articles.length > 0)
    : allGroups;
  return json({ groups, audience, moderator, drafts, due });
}

function ArticleLinks({ articles, showReview = false }: { articles: ArticleListItem[]; showReview?: boolean }) {
  return (
    <ul className="admin-rows">
      {articles.map((article) => (
        <li key={article.id}>
          <Link to={`/vidensbank/${article.slug}`}>{article.title}</Link>
          {article.status === "draft" ? <span className="badge badge--locked">{knowledgeBaseCopy.draft}</span> : null}
          {showReview ? (
            <span className="muted">
              {" "}
              · {article.ownerName} ·{knowledgeBaseCopy.dueFor(formatLongDate(article.reviewOn))}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export default function KnowledgeBasePage() {
  const { groups, audience, moderator, drafts, due } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{knowledgeBaseCopy.heading}</h1>
      <p className="lead">{knowledgeBaseCopy.lead}</p>
      {moderator ? (
        <>
          <section aria-labelledby="gennemgang-titel" className="panel">
            <h2 id="gennemgang-titel">{knowledgeBaseCopy.dueHeading}</h2>
            {due.length === 0 ? (
              <p className="muted">{knowledgeBaseCopy.noneDue}</p>
            ) : (
              <ArticleLinks articles={due} showReview />
            )}
          </section>
          {drafts.length > 0 ? (
            <section aria-labelledby="kladder-titel" className="panel">
              <h2 id="kladder-titel">{knowledgeBaseCopy.draftsHeading}</h2>
              <ArticleLinks articles={drafts} />
            </section>
          ) : null}
          <p className="muted">{knowledgeBaseCopy.howToStart}</p>
        </>
      ) : null}
      <nav aria-label={handbookCopy.filterLabel}>
        <ul className="audience-filter">
          <li>
            <Link to="/vidensbank" aria-current={audience === null ? "page" : undefined}>
              {handbookCopy.filterAll}
            </Link>
          </li>
          {(Object.keys(audienceParam) as (keyof typeof audienceParam)[]).map((key) => (
            <li key={key}>
              <Link to={`/vidensbank?maalgruppe=${key}`} aria-current={audience === key ? "page" : undefined}>
                {audienceLabels[audienceParam[key]]}
              </Link>
            </li>
          ))}
          <li>
            <Link to="/vidensbank/udskriv">{handbookCopy.print}</Link>
          </li>
        </ul>
      </nav>
      {groups.length === 0 ? (
        <p className="empty">{audience ? handbookCopy.filterEmpty : knowledgeBaseCopy.empty}</p>
      ) : null}
      {groups.map((group) => (
        <section key={group.theme?.slug ?? "oevrige"} aria-labelledby={`tema-${group.theme?.slug ?? "oevrige"}`}>
          <h2 id={`tema-${group.theme?.slug ?? "oevrige"}`}>{group.theme?.label ?? NO_THEME}</h2>
          {group.theme ? (
            <p className="no-print">
              <Link to={`/vidensbank/udskriv?tema=${group.theme.slug}`}>
                {handbookCopy.printTheme(group.theme.label)}
              </Link>
            </p>
          ) : null}
          <ArticleLinks articles={group.articles} />
        </section>
      ))}
    </>
  );
}
