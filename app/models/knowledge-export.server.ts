import { strToU8, zipSync } from "fflate";
import type { DB } from "../db.server";
import { findArticleBySlug } from "./article.server";
import { threadPath } from "./thread-path";
import { knowledgeExportCopy } from "../copy/knowledge-base";

/** The published Vidensbank as a zip of Markdown files, one per article. */
export async function exportKnowledgeBaseZip(db: DB): Promise<Uint8Array> {
  const published = await db
    .selectFrom("knowledge_article")
    .select("slug")
    .where("status", "=", "published")
    .orderBy("slug")
    .execute();
  const files: Record<string, Uint8Array> = {};
  for (const { slug } of published) {
    const article = await findArticleBySlug(db, slug);
    if (!article) continue;
    const lines = [
      `# ${article.title}`,
      "",
      `${knowledgeExportCopy.theme}: ${article.tags.map((t) => t.label).join(", ") || knowledgeExportCopy.none}  `,
      `${knowledgeExportCopy.owner}: ${article.owner.name}  `,
      `${knowledgeExportCopy.reviewOn}: ${article.reviewOn}  `,
      `${knowledgeExportCopy.contributions}: ${article.municipalities.map((m) => m.name).join(", ") || knowledgeExportCopy.none}`,
      "",
      article.summarySource,
      "",
      ...(article.keyPoints.length
        ? [`## ${knowledgeExportCopy.keyPoints}`, "", ...article.keyPoints.map((point) => `- ${point}`), ""]
        : []),
      ...(article.sources.length
        ? [
            `## ${knowledgeExportCopy.sources}`,
            "",
            ...article.sources.map(
              (source) =>
                `- ${source.author}, ${source.municipality}: «${source.thread.title}» (${threadPath(source.thread, source.postId)})`,
            ),
            "",
          ]
        : []),
    ];
    files[`${slug}.md`] = strToU8(lines.join("\n"));
  }
  return zipSync(files, { level: 6 });
}
