import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { AudienceSections } from "../components/knowledge/audience-sections";
import { handbookCopy } from "../copy/handbook";
import { getDb } from "../db.server";
import { listArticleSections, orderSectionsFor } from "../models/article-section.server";
import { findArticleBySlug, listPublishedArticlesByTheme, NO_THEME } from "../models/article.server";
import handbookStyles from "../styles/handbook.css";
import { pageTitle } from "../copy/pages";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: handbookStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.title ?? handbookCopy.printTitle) },
];

/** The published Vidensbank (or one theme, `?tema=<tag slug>`) as one printable document with a table of contents. */
export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const themeSlug = new URL(request.url).searchParams.get("tema");
  const groups = await listPublishedArticlesByTheme(db);
  const chosen = themeSlug ? groups.filter((group) => group.theme?.slug === themeSlug) : groups;
  if (themeSlug && chosen.length === 0) throw new Response(handbookCopy.themeUnknown, { status: 404 });
  // An article under two themes is printed once, under the first.
  const printed = new Set<number>();
  const chapters = [];
  for (const group of chosen) {
    const articles = [];
    for (const item of group.articles) {
      if (printed.has(item.id)) continue;
      printed.add(item.id);
      const article = await findArticleBySlug(db, item.slug);
      if (!article || article.status !== "published") continue;
      const sections = orderSectionsFor(await listArticleSections(db, article.id), member.profession).map(
        ({ id, audience, partner, bodyHtml, forViewer }) => ({ id, audience, partner, bodyHtml, forViewer }),
      );
      articles.push({
        id: article.id,
        slug: article.slug,
        title: article.title,
        summaryHtml: article.summaryHtml,
        keyPoints: article.keyPoints,
        sections,
      });
    }
    if (articles.length > 0) chapters.push({ theme: group.theme?.label ?? NO_THEME, articles });
  }
  const theme = themeSlug ? chosen[0]?.theme?.label : undefined;
  return json({ title: theme ? handbookCopy.printThemeTitle(theme) : handbookCopy.printTitle, chapters });
}

export default function PrintedKnowledgeBase() {
  const { title, chapters } = useLoaderData<typeof loader>();
  return (
    <article className="handbook">
      <p className="breadcrumbs no-print">
        <Link to="/vidensbank">{handbookCopy.knowledgeBase}</Link>
      </p>
      <h1>{title}</h1>
      <section className="handbook-toc" aria-labelledby="indhold">
        <h2 id="indhold">{handbookCopy.contents}</h2>
        <ol>
          {chapters.map((chapter) => (
            <li key={chapter.theme}>
              {chapter.theme}
              <ol>
                {chapter.articles.map((article) => (
                  <li key={article.id}>
                    <a href={`#artikel-${article.id}`}>{article.title}</a>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
      {chapters.map((chapter) =>
        chapter.articles.map((article) => (
          <section
            key={article.id}
            id={`artikel-${article.id}`}
            className="handbook-article"
            aria-labelledby={`artikel-titel-${article.id}`}
          >
            <p className="muted">{chapter.theme}</p>
            <h2 id={`artikel-titel-${article.id}`}>{article.title}</h2>
            <div className="prose" dangerouslySetInnerHTML={{ __html: article.summaryHtml }} />
            {article.keyPoints.length > 0 ? (
              <>
                <h3>{handbookCopy.keyPoints}</h3>
                <ul className="handbook-article__points">
                  {article.keyPoints.map((point, index) => (
                    <li key={index}>{point}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <AudienceSections sections={article.sections} headingLevel={3} />
          </section>
        )),
      )}
    </article>
  );
}
