import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { Pagination } from "../components/pagination";
import { PostCard } from "../components/post-card";
import { TagList } from "../components/tag-list";
import { threadPath } from "../components/thread-list";
import { TrackBadge } from "../components/track-badge";
import { pluralise } from "../copy/da";
import { getDb } from "../db.server";
import { pageCount, readPage } from "../models/pagination";
import { sendHtmlOnce } from "../models/post-html-channel.server";
import { findThread, listThreadPosts } from "../models/thread.server";

const POSTS_PER_PAGE = 100;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.thread.title} – Tværs` : "Tråd – Tværs" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireMember(request);
  const match = /^([1-9][0-9]{0,15})(?:-(.*))?$/.exec(params.threadRef ?? "");
  if (!match) throw new Response("Tråden findes ikke", { status: 404 });
  const db = getDb();
  const thread = await findThread(db, Number(match[1]));
  if (!thread) throw new Response("Tråden findes ikke", { status: 404 });
  const url = new URL(request.url);
  if (match[2] !== thread.slug) throw redirect(`${threadPath(thread)}${url.search}`, 301);
  const page = readPage(url, POSTS_PER_PAGE);
  const posts = await listThreadPosts(db, thread.id, page);
  return json({ thread, posts: sendHtmlOnce(context, posts), page: page.page, pages: pageCount(thread.replyCount + 1, POSTS_PER_PAGE) });
}

export default function ThreadPage() {
  const { thread, posts, page, pages } = useLoaderData<typeof loader>();
  return (
    <article className="thread">
      <nav aria-label="Brødkrummer" className="breadcrumbs">
        <Link to="/">Forside</Link> › <Link to={`/k/${thread.category.slug}`}>{thread.category.name}</Link>
      </nav>
      <header className="thread__header">
        <h1>{thread.title}</h1>
        <p className="thread__meta">
          <TrackBadge track={thread.track} />
          {thread.pinned ? <span className="badge badge--pinned">Fastgjort</span> : null}
          {thread.locked ? <span className="badge badge--locked">Låst</span> : null} Startet af {thread.author.name},{" "}
          <Link to={`/kommune/${thread.municipality.slug}`}>{thread.municipality.name}</Link> · {pluralise(thread.replyCount, "svar", "svar")}
        </p>
        <TagList tags={thread.tags} />
      </header>
      <ol className="post-stream">
        {posts.map((post, index) => (
          <li key={post.id}>
            <PostCard post={post} isOpening={page === 1 && index === 0} />
          </li>
        ))}
      </ol>
      <Pagination page={page} pages={pages} label="Sider i tråden" />
      {thread.locked ? <p className="notice">Tråden er låst og tager ikke imod nye svar.</p> : null}
    </article>
  );
}
