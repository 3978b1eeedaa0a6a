import { Form } from "@remix-run/react";
import type { QueueItem } from "../../models/mentoring.server";
import { TagList } from "../tag-list";
import { threadPath } from "../../models/thread-path";
import { mentorQueueCopy } from "../../copy/mentor-queue";

function ageText(createdAt: string, now: string): string {
  const hours = Math.max(0, Math.floor((Date.parse(now) - Date.parse(createdAt)) / 3_600_000));
  return mentorQueueCopy.age(hours);
}

/** Unanswered newcomer questions with their age and who has said "Jeg svarer". */
export function MentorQueueList({ items, now, viewerId }: { items: QueueItem[]; now: string; viewerId: number }) {
  if (items.length === 0) return <p className="empty">{mentorQueueCopy.empty}</p>;
  return (
    <ol className="queue">
      {items.map((item) => (
        <li key={item.id} className="queue__item">
          <div className="queue__main">
            <h3 className="thread-list__title">
              <a href={threadPath(item)}>{item.title}</a>
            </h3>
            <p className="thread-list__meta">
              {item.author}, <a href={`/kommune/${item.municipality.slug}`}>{item.municipality.name}</a>
              {mentorQueueCopy.waiting}
              <strong>{ageText(item.createdAt, now)}</strong>{" "}
              {item.fromPairedMunicipality ? (
                <span className="badge badge--pinned">{mentorQueueCopy.fromPaired}</span>
              ) : null}
            </p>
            <TagList tags={item.tags} />
          </div>
          <div className="queue__claim">
            {item.claim && item.claim.memberId !== viewerId ? (
              <p className="muted">{mentorQueueCopy.answering(item.claim.name)}</p>
            ) : (
              <Form method="post" action="/mentorkoe" preventScrollReset>
                <input type="hidden" name="threadId" value={item.id} />
                {item.claim ? (
                  <>
                    <p className="queue__claimed">{mentorQueueCopy.claimed}</p>
                    <button type="submit" name="intent" value="release" className="button">
                      {mentorQueueCopy.release}
                    </button>
                  </>
                ) : (
                  <button type="submit" name="intent" value="claim" className="button button--primary">
                    {mentorQueueCopy.claim}
                  </button>
                )}
              </Form>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
