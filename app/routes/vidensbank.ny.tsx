import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireModerator } from "../auth/guards.server";
import { Field, FormError } from "../components/forms/field";
import { MarkdownEditor } from "../components/forms/markdown-editor";
import { TagPicker } from "../components/forms/tag-picker";
import { threadPath } from "../models/thread-path";
import { formatDate } from "../copy/dates";
import { getDb, writeTransaction } from "../db.server";
import type { FieldErrors } from "../forms/post-input";
import { readForm } from "../forms/read-form.server";
import { renderMarkdown } from "../markdown/render.server";
import { KEY_POINTS_MAX, MAX_ARTICLE_TAGS } from "../forms/article-limits";
import { readArticleForm, type ArticleFormValues } from "../models/article-form.server";
import { articleStartCopy, pageTitle } from "../copy/pages";
import { readArticleSections } from "../models/article-section.server";
import { AudienceSectionFields } from "../components/knowledge/audience-section-fields";
import {
  addYear,
  createArticle,
  listArticleFormOptions,
  listCitablePosts,
  todayInDenmark,
} from "../models/article.server";
import { findThread } from "../models/thread.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.form ? "Ny artikel til Vidensbanken – Tværs" : pageTitle(articleStartCopy.title) },
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

export interface ArticleActionData {
  values: ArticleFormValues;
  fieldErrors: FieldErrors;
  personalDataWarning: string | null;
  previewHtml: string | null;
}

export async function action({ request }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  const found = await threadFromUrl(request);
  if (found.state !== "found") throw new Response(articleStartCopy.noThread, { status: 404 });
  const { thread } = found;
  const db = getDb();
  const form = await readForm(request);
  const [posts, options] = await Promise.all([listCitablePosts(db, [thread.id]), listArticleFormOptions(db)]);
  const result = readArticleForm(form, {
    postIds: new Set(posts.map((p) => p.id)),
    themeTagIds: new Set(options.themes.map((t) => t.id)),
    ownerIds: new Set(options.members.map((m) => m.id)),
  });
  if (form.get("intent") === "preview") {
    return json<ArticleActionData>({
      values: result.ok ? inputToValues(form) : result.values,
      fieldErrors: {},
      personalDataWarning: null,
      previewHtml: renderMarkdown(String(form.get("summary") ?? "")),
    });
  }
  if (!result.ok)
    return json<ArticleActionData>(
      {
        values: result.values,
        fieldErrors: result.fieldErrors,
        personalDataWarning: result.personalDataWarning,
        previewHtml: null,
      },
      { status: result.status },
    );
  const created = await writeTransaction(db, (tx) => createArticle(tx, { ...result.input, actorId: moderator.id }));
  return redirect(`/vidensbank/${created.slug}`);
}

/** The form as sent, for a preview of a valid form (the parsed values are cleaned and would lose line breaks in key points). */
function inputToValues(form: FormData): ArticleFormValues {
  const numbers = (name: string) => form.getAll(name).map(Number).filter(Number.isSafeInteger);
  return {
    title: String(form.get("title") ?? ""),
    summary: String(form.get("summary") ?? ""),
    keyPoints: String(form.get("keyPoints") ?? ""),
    sourcePostIds: numbers("sourcePostIds"),
    tagIds: numbers("tagIds"),
    ownerId: Number(form.get("ownerId")) || 0,
    reviewOn: String(form.get("reviewOn") ?? ""),
    status: form.get("status") === "published" ? "published" : "draft",
    sections: readArticleSections(form).values,
  };
}

function HowToStartAnArticle({ unknownThread }: { unknownThread: boolean }) {
  return (
    <>
      <nav aria-label="Brødkrummer" className="breadcrumbs">
        <Link to="/vidensbank">Vidensbank</Link>
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
      <nav aria-label="Brødkrummer" className="breadcrumbs">
        <Link to="/vidensbank">Vidensbank</Link> › <Link to={thread.url}>{thread.title}</Link>
      </nav>
      <h1>Ny artikel til Vidensbanken</h1>
      <p className="lead">
        Saml det, tråden har lært netværket, i en kort artikel. Medlemmer ser den først, når den er offentliggjort.
      </p>
      <ArticleForm
        action={`/vidensbank/ny?traad=${thread.id}`}
        posts={posts}
        options={options}
        values={result?.values ?? defaults}
        result={result}
        submitLabel="Opret artikel"
        cancelTo={thread.url}
      />
    </>
  );
}

/** The article form, shared with the edit page (vidensbank.$slug_.rediger.tsx). */
export function ArticleForm({
  action,
  posts,
  options,
  values,
  result,
  submitLabel,
  cancelTo,
}: {
  action: string;
  posts: { id: number; excerpt: string; createdAt: string; author: string; municipality: string }[];
  options: { themes: { id: number; label: string }[]; members: { id: number; name: string }[] };
  values: ArticleFormValues;
  result: ArticleActionData | undefined;
  submitLabel: string;
  cancelTo: string;
}) {
  const errors = result?.fieldErrors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Form method="post" action={action} noValidate className="form-card">
      <FormError message={hasErrors ? "Artiklen er ikke gemt. Ret felterne nedenfor – din tekst er bevaret." : null} />
      <Field label="Titel" name="title" required maxLength={150} defaultValue={values.title} error={errors.title} />
      <MarkdownEditor
        name="summary"
        label="Resumé"
        defaultValue={values.summary}
        error={errors.summary}
        previewHtml={result?.previewHtml}
        personalDataWarning={result?.personalDataWarning}
        rows={8}
      />
      <div className={errors.keyPoints ? "field field--invalid" : "field"}>
        <label htmlFor="felt-keyPoints">Hovedpunkter</label>
        <p className="field__hint" id="felt-keyPoints-hint">
          Ét punkt pr. linje, højst {KEY_POINTS_MAX}.
        </p>
        <textarea
          id="felt-keyPoints"
          name="keyPoints"
          rows={6}
          defaultValue={values.keyPoints}
          aria-describedby="felt-keyPoints-hint"
          aria-invalid={errors.keyPoints ? true : undefined}
        />
        {errors.keyPoints ? (
          <p className="field__error" role="alert">
            {errors.keyPoints[0]}
          </p>
        ) : null}
      </div>
      <fieldset className={errors.sourcePostIds ? "field field--invalid" : "field"}>
        <legend>Kilder: de indlæg, artiklen bygger på</legend>
        {posts.length === 0 ? <p className="muted">Tråden har ingen indlæg, der kan citeres.</p> : null}
        {posts.map((post) => (
          <label key={post.id} className="radio">
            <input
              type="checkbox"
              name="sourcePostIds"
              value={post.id}
              defaultChecked={values.sourcePostIds.includes(post.id)}
            />{" "}
            <strong>{post.author}</strong>, {post.municipality}, {formatDate(post.createdAt)}: {post.excerpt}
          </label>
        ))}
        {errors.sourcePostIds ? (
          <p className="field__error" role="alert">
            {errors.sourcePostIds[0]}
          </p>
        ) : null}
      </fieldset>
      <TagPicker
        options={options.themes.map((tag) => ({ value: String(tag.id), label: tag.label, kind: "theme" as const }))}
        selected={values.tagIds.map(String)}
        error={errors.tagIds}
        max={MAX_ARTICLE_TAGS}
        label={`Temaer (højst ${MAX_ARTICLE_TAGS})`}
        hint={articleStartCopy.themesHint}
      />
      <div className={errors.ownerId ? "field field--invalid" : "field"}>
        <label htmlFor="felt-ownerId">Ansvarlig</label>
        <select
          id="felt-ownerId"
          name="ownerId"
          defaultValue={String(values.ownerId)}
          aria-invalid={errors.ownerId ? true : undefined}
        >
          {options.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        {errors.ownerId ? (
          <p className="field__error" role="alert">
            {errors.ownerId[0]}
          </p>
        ) : null}
      </div>
      <AudienceSectionFields values={values.sections} errors={errors} />
      <Field
        label="Gennemgås senest"
        name="reviewOn"
        type="date"
        required
        defaultValue={values.reviewOn}
        error={errors.reviewOn}
        hint="Den ansvarlige tjekker, at artiklen stadig holder. Derefter står den på moderatorernes liste."
      />
      <fieldset className={errors.status ? "field field--invalid" : "field"}>
        <legend>Status</legend>
        <label className="radio">
          <input type="radio" name="status" value="draft" defaultChecked={values.status === "draft"} /> Kladde – kun
          moderatorer kan se den
        </label>
        <label className="radio">
          <input type="radio" name="status" value="published" defaultChecked={values.status === "published"} />{" "}
          Offentliggjort – alle medlemmer kan se den
        </label>
      </fieldset>
      <button type="submit" name="intent" value="save" className="button button--primary">
        {submitLabel}
      </button>{" "}
      <Link to={cancelTo}>Annullér</Link>
    </Form>
  );
}
