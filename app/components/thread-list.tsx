import { formatRelative, formatDateTime } from "../copy/dates";
import type { ThreadListItem } from "../models/thread-list.server";
import { threadPath } from "../models/thread-path";
import { TagList } from "./tag-list";
import { ReadStateMarker, type ListReadState } from "./read-state-marker";
import { TrackBadge } from "./track-badge";
import { threadListCopy } from "../copy/browse";

export function ThreadList({
  threads,
  now,
  showCategory = true,
  emptyText = threadListCopy.empty,
  titleLevel = 3,
  readState,
}: {
  threads: ThreadListItem[];
  now: string;
  showCategory?: boolean;
  emptyText?: string;
  /** 2 where the list sits directly under the page's h1, 3 under a section heading. */
  titleLevel?: 2 | 3;
  /** The viewer's unread counts and "ny" markers, by thread id. */
  readState?: Record<number, ListReadState>;
}) {
  const Title = titleLevel === 2 ? "h2" : "h3";
  if (threads.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ol className="thread-list">
      {threads.map((thread) => (
        <li key={thread.id} className="thread-list__item">
          <div className="thread-list__main">
            <Title className="thread-list__title">
              {thread.pinned ? <span className="badge badge--pinned">{threadListCopy.pinned}</span> : null}
              {thread.locked ? <span className="badge badge--locked">{threadListCopy.locked}</span> : null}
              {thread.answered ? <span className="badge badge--answered">{threadListCopy.answered}</span> : null}
              <a href={`${threadPath(thread)}${readState?.[thread.id]?.unread ? "#nye" : ""}`}>{thread.title}</a>
              <ReadStateMarker state={readState?.[thread.id]} />
            </Title>
            <p className="thread-list__meta">
              <TrackBadge track={thread.track} />
              {showCategory ? (
                <>
                  {" "}
                  <a href={`/k/${thread.category.slug}`} className="thread-list__category">
                    {thread.category.name}
                  </a>
                </>
              ) : null}{" "}
              · {thread.author.name}, <a href={`/kommune/${thread.municipality.slug}`}>{thread.municipality.name}</a>
            </p>
            <TagList tags={thread.tags} />
          </div>
          <dl className="thread-list__stats">
            <div>
              <dt>{threadListCopy.replies}</dt>
              <dd>{thread.replyCount}</dd>
            </div>
            <div>
              <dt>{threadListCopy.helpful}</dt>
              <dd>{thread.helpfulCount}</dd>
            </div>
            <div>
              <dt>{threadListCopy.latest}</dt>
              <dd>
                <time dateTime={thread.lastPostAt} title={formatDateTime(thread.lastPostAt)}>
                  {formatRelative(thread.lastPostAt, now)}
                </time>
                <span className="thread-list__last-poster">{threadListCopy.by(thread.lastPoster.name)}</span>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
