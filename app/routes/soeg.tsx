import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { Pagination } from "../components/pagination";
import { TagList } from "../components/tag-list";
import { TagPicker } from "../components/forms/tag-picker";
import { tagPickerCopy } from "../copy/pages";
import { TrackBadge } from "../components/track-badge";
import { trackLabels, trackParams } from "../copy/da";
import { formatDate } from "../copy/dates";
import { getDb } from "../db.server";
import { pageCount } from "../models/pagination";
import {
  listCategoryOptions,
  listMunicipalityOptions,
  listTagOptions,
  listThreadAuthorOptions,
} from "../models/tag-options.server";
import { searchCopy, searchPage } from "../copy/search";
import { getSearchBackend } from "../search/index.server";
import { hasFilters, readSearchRequest, SEARCH_PER_PAGE } from "../search/query/search-request";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: searchPage.title(data?.q ?? "") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireMember(request);
  const params = new URL(request.url).searchParams;
  const search = readSearchRequest(params);
  const db = getDb();
  const [response, categories, tags, municipalities, authors] = await Promise.all([
    search.q.trim() || hasFilters(search) ? getSearchBackend().search(search) : Promise.resolve(null),
    listCategoryOptions(db),
    listTagOptions(db),
    listMunicipalityOptions(db),
    listThreadAuthorOptions(db),
  ]);
  return json({
    q: search.q,
    filters: { ...search, tagSlugs: search.tagSlugs },
    response,
    page: search.page,
    pages: response ? pageCount(response.total, SEARCH_PER_PAGE) : 1,
    options: { categories, tags, municipalities, authors },
  });
}

export default function SearchPage() {
  const { q, filters, response, page, pages, options } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const params = Object.fromEntries(new URLSearchParams(search));
  // The results already are for the corrected words; the link searches for the words as typed.
  const asTyped = response?.didYouMean
    ? `?${new URLSearchParams({ ...params, q, eksakt: "1", side: "1" }).toString()}`
    : null;
  const pastTheEnd = response !== null && response.total > 0 && response.results.length === 0;
  return (
    <div className="search-page">
      <h1>{searchPage.heading}</h1>
      <Form method="get" action="/soeg" className="form-card search-form" role="search">
        <div className="field">
          <label htmlFor="soeg-q">{searchPage.queryLabel}</label>
          <p className="field__hint" id="soeg-q-hint">
            {searchPage.queryHint}
          </p>
          <input id="soeg-q" name="q" type="search" defaultValue={q} maxLength={500} aria-describedby="soeg-q-hint" />
        </div>
        <details
          className="search-filters"
          open={Boolean(
            filters.categorySlug ||
            filters.tagSlugs.length ||
            filters.municipalitySlug ||
            filters.track ||
            filters.answeredOnly ||
            filters.knowledgeOnly ||
            filters.authorId ||
            filters.from ||
            filters.to,
          )}
        >
          <summary>{searchPage.narrowDown}</summary>
          <div className="filter-grid">
            <div className="field">
              <label htmlFor="soeg-kategori">{searchPage.category}</label>
              <select id="soeg-kategori" name="kategori" defaultValue={filters.categorySlug ?? ""}>
                <option value="">{searchPage.allCategories}</option>
                {options.categories.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="soeg-kommune">{searchPage.municipality}</label>
              <select id="soeg-kommune" name="kommune" defaultValue={filters.municipalitySlug ?? ""}>
                <option value="">{searchPage.allMunicipalities}</option>
                {options.municipalities.map((m) => (
                  <option key={m.slug} value={m.slug}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="soeg-spor">{searchPage.track}</label>
              <select id="soeg-spor" name="spor" defaultValue={filters.track ? trackParams[filters.track] : ""}>
                <option value="">{searchPage.allTracks}</option>
                {(["newcomer", "experienced", "shared"] as const).map((track) => (
                  <option key={track} value={trackParams[track]}>
                    {trackLabels[track]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="soeg-forfatter">{searchPage.author}</label>
              <select
                id="soeg-forfatter"
                name="forfatter"
                defaultValue={filters.authorId ? String(filters.authorId) : ""}
              >
                <option value="">{searchPage.allAuthors}</option>
                {options.authors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.display_name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="soeg-fra">{searchPage.from}</label>
              <input id="soeg-fra" name="fra" type="date" defaultValue={filters.from ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="soeg-til">{searchPage.to}</label>
              <input id="soeg-til" name="til" type="date" defaultValue={filters.to ?? ""} />
            </div>
            <TagPicker
              options={options.tags.map((tag) => ({ value: tag.slug, label: tag.label, kind: tag.kind }))}
              selected={filters.tagSlugs}
              name="tag"
              label={searchPage.tags}
              hint={tagPickerCopy.searchHint}
            />
            <div className="field">
              <label className="radio">
                <input type="checkbox" name="besvaret" value="1" defaultChecked={filters.answeredOnly} />{" "}
                {searchPage.answeredOnly}
              </label>
              <label className="radio">
                <input type="checkbox" name="vidensbank" value="1" defaultChecked={filters.knowledgeOnly} />{" "}
                {searchPage.knowledgeOnly}
              </label>
              <label htmlFor="soeg-sortering">{searchPage.sort}</label>
              <select id="soeg-sortering" name="sortering" defaultValue={filters.sort === "newest" ? "nyeste" : ""}>
                <option value="">{searchPage.bestMatch}</option>
                <option value="nyeste">{searchPage.newestFirst}</option>
              </select>
            </div>
          </div>
        </details>
        <button type="submit" className="button button--primary">
          {searchPage.submit}
        </button>
      </Form>

      {response === null ? (
        <p className="muted">{searchPage.intro}</p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{response.total === 0 ? searchPage.noResults : searchPage.found(response.total)}</h2>
          {asTyped ? (
            <p className="notice" data-testid="search-correction">
              {searchCopy.showingCorrected} <strong>{response.didYouMean}</strong>; {searchCopy.searchInstead}{" "}
              <Link to={`/soeg${asTyped}`}>{q}</Link>
            </p>
          ) : null}
          {!q.trim() && response.total > 0 ? <p className="muted">{searchCopy.filteredIntro}</p> : null}
          {pastTheEnd ? (
            <p className="notice">
              {searchCopy.pastTheEnd(pages)}{" "}
              <Link to={`/soeg?${new URLSearchParams({ ...params, side: "1" }).toString()}`}>
                {searchCopy.backToFirst}
              </Link>
            </p>
          ) : null}
          {response.total === 0 ? <p>{searchPage.nothingFound(q)}</p> : null}
          <ol className="search-results">
            {response.results.map((hit) => (
              <li key={hit.threadId} className="search-result">
                <h3 className="thread-list__title">
                  {hit.answered ? <span className="badge badge--answered">{searchCopy.answered}</span> : null}
                  {hit.article ? <span className="badge badge--knowledge">{searchCopy.knowledge}</span> : null}
                  <a href={hit.url}>{hit.title}</a>
                </h3>
                {hit.article ? (
                  <p className="search-result__article">
                    {searchPage.collectedIn} <Link to={`/vidensbank/${hit.article.slug}`}>{hit.article.title}</Link>
                  </p>
                ) : null}
                <p className="search-result__snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                <p className="thread-list__meta">
                  <TrackBadge track={hit.track} /> {hit.municipality} · {formatDate(hit.createdAt)}
                </p>
                <TagList tags={hit.tags} />
              </li>
            ))}
          </ol>
          <Pagination page={page} pages={pages} label={searchPage.pagesLabel} />
        </section>
      )}
    </div>
  );
}
