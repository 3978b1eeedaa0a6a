import { Form, Link } from "@remix-run/react";
import { articleStartCopy } from "../../copy/pages";
import { formatDate } from "../../copy/dates";
import { KEY_POINTS_MAX, MAX_ARTICLE_TAGS } from "../../forms/article-limits";
import type { FieldErrors } from "../../forms/post-input";
import type { ArticleFormValues } from "../../models/article-form.server";
import { Field, FormError } from "../forms/field";
import { MarkdownEditor } from "../forms/markdown-editor";
import { TagPicker } from "../forms/tag-picker";
import { AudienceSectionFields } from "./audience-section-fields";

/** What the new and edit article actions answer when the article is not saved yet. */
export interface ArticleActionData {
  values: ArticleFormValues;
  fieldErrors: FieldErrors;
  personalDataWarning: string | null;
  previewHtml: string | null;
}

/** The Vidensbank article form, on the new article page and the edit page. */
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
