import { json, redirect, type TypedResponse } from "@remix-run/node";
import type { ArticleActionData } from "../components/knowledge/article-form";
import { renderMarkdown } from "../markdown/render.server";
import { readArticleSections } from "../models/article-section.server";
import { readArticleForm, type ArticleFormValues, type ArticleInput } from "../models/article-form.server";
import type { SectionInput } from "../models/article-section.server";

/** What the article may cite and be filed under: the thread's posts, the themes, the members who can own it. */
export interface ArticleChoices {
  posts: { id: number }[];
  options: { themes: { id: number }[]; members: { id: number }[] };
}

/**
 * The Vidensbank article form's one path for the new and edit pages: «Forhåndsvis» renders the summary and keeps
 * the form as typed; a refused form comes back with its field errors; otherwise `save` runs (in the caller's
 * transaction) and the reader goes to the article.
 */
export async function answerArticleForm(
  form: FormData,
  choices: ArticleChoices,
  save: (input: ArticleInput & { sections: SectionInput[] }) => Promise<{ slug: string }>,
): Promise<TypedResponse<ArticleActionData> | Response> {
  const result = readArticleForm(form, {
    postIds: new Set(choices.posts.map((p) => p.id)),
    themeTagIds: new Set(choices.options.themes.map((t) => t.id)),
    ownerIds: new Set(choices.options.members.map((m) => m.id)),
  });
  if (form.get("intent") === "preview")
    return json<ArticleActionData>({
      values: result.ok ? formAsTyped(form) : result.values,
      fieldErrors: {},
      personalDataWarning: null,
      previewHtml: renderMarkdown(String(form.get("summary") ?? "")),
    });
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
  const saved = await save(result.input);
  return redirect(`/vidensbank/${saved.slug}`);
}

/** The form as sent, for a preview of a valid form (the parsed values are cleaned and would lose line breaks in key points). */
function formAsTyped(form: FormData): ArticleFormValues {
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
