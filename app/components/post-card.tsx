import type { ReactNode } from "react";
import { roleLabels } from "../copy/da";
import { formatDateTime } from "../copy/dates";
import type { ThreadPost } from "../models/thread.server";
import { postBodyId, usePostHtml } from "./post-html";
import { postAnchor } from "../models/thread-path";
import { threadPageCopy } from "../copy/thread-page";

export function PostCard({
  post,
  isOpening,
  isSolution = false,
  children,
}: {
  post: Pick<ThreadPost, "id" | "createdAt" | "editedAt" | "author"> & { html: string | null };
  isOpening: boolean;
  isSolution?: boolean;
  children?: ReactNode;
}) {
  const html = usePostHtml(post.id, post.html);
  return (
    <article
      className={["post", isOpening ? "post--opening" : "", isSolution ? "post--solution" : ""]
        .filter(Boolean)
        .join(" ")}
      id={postAnchor(post.id)}
      aria-labelledby={`${postAnchor(post.id)}-forfatter`}
    >
      <header className="post__header">
        <p className="post__author" id={`${postAnchor(post.id)}-forfatter`}>
          <a href={`/medlem/${post.author.id}`} className="post__name">
            {post.author.name}
          </a>
          {post.author.role !== "member" ? (
            <span className="badge badge--role">{roleLabels[post.author.role as keyof typeof roleLabels]}</span>
          ) : null}
          <span className="post__profession">
            {post.author.profession},{" "}
            <a href={`/kommune/${post.author.municipality.slug}`}>{post.author.municipality.name}</a>
          </span>
        </p>
        <p className="post__time">
          <a href={`#${postAnchor(post.id)}`}>
            <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
          </a>
          {post.editedAt ? <span className="post__edited">{threadPageCopy.edited}</span> : null}
          {isSolution ? (
            <>
              {" "}
              <span className="badge badge--answered">{threadPageCopy.solution}</span>
            </>
          ) : null}
        </p>
      </header>
      <div className="post__body prose" id={postBodyId(post.id)} dangerouslySetInnerHTML={{ __html: html }} />
      {children}
    </article>
  );
}
