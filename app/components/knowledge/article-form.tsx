import { Form, Link } from "@remix-run/react";
import { articleFormCopy, articleStartCopy } from "../../copy/knowledge-base";
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
      <FormError message={hasErrors ? articleFormCopy.notSaved : null} />
      <Field
        label={articleFormCopy.title}
        name="title"
        required
        maxLength={150}
        defaultValue={values.title}
        error={errors.title}
      />
      <MarkdownEditor
        name="summary"
        label={articleFormCopy.summary}
        defaultValue={values.summary}
        error={errors.summary}
        previewHtml={result?.previewHtml}
        personalDataWarning={result?.personalDataWarning}
        rows={8}
      />
      <div className={errors.keyPoints ? "field field--invalid" : "field"}>
        <label htmlFor="felt-keyPoints">{articleFormCopy.keyPoints}</label>
        <p className="field__hint" id="felt-keyPoints-hint">
          {articleFormCopy.keyPointsHint(KEY_POINTS_MAX)}
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
        <legend>{articleFormCopy.sources}</legend>
        {posts.length === 0 ? <p className="muted">{articleFormCopy.noSources}</p> : null}
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
        label={articleFormCopy.themes(MAX_ARTICLE_TAGS)}
        hint={articleStartCopy.themesHint}
      />
      <div className={errors.ownerId ? "field field--invalid" : "field"}>
        <label htmlFor="felt-ownerId">{articleFormCopy.owner}</label>
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
        label={articleFormCopy.reviewOn}
        name="reviewOn"
        type="date"
        required
        defaultValue={values.reviewOn}
        error={errors.reviewOn}
        hint={articleFormCopy.reviewOnHint}
      />
      <fieldset className={errors.status ? "field field--invalid" : "field"}>
        <legend>{articleFormCopy.status}</legend>
        <label className="radio">
          <input type="radio" name="status" value="draft" defaultChecked={values.status === "draft"} />{" "}
          {articleFormCopy.statusDraft}
        </label>
        <label className="radio">
          <input type="radio" name="status" value="published" defaultChecked={values.status === "published"} />{" "}
          {articleFormCopy.statusPublished}
        </label>
      </fieldset>
      <button type="submit" name="intent" value="save" className="button button--primary">
        {submitLabel}
      </button>{" "}
      <Link to={cancelTo}>{articleFormCopy.cancel}</Link>
    </Form>
  );
}
