import { bookmarkCopy, draftCopy } from "../copy/everyday";
import { formatDateTime } from "../copy/dates";
import { threadPath } from "../models/thread-path";

export interface DraftListItem {
  key: string;
  title: string | null;
  excerpt: string;
  updatedAt: string;
  thread: { id: number; slug: string; title: string } | null;
}

export interface BookmarkListItem {
  postId: number;
  savedAt: string;
  thread: { id: number; slug: string; title: string };
  authorName: string;
  excerpt: string | null;
}

/** «Kladder» on the profile: unsent replies and new threads, to continue or throw away. */
export function DraftList({ drafts, justDeleted }: { drafts: DraftListItem[]; justDeleted: boolean }) {
  return (
    <section className="form-card" id="kladder" aria-labelledby="kladder-heading">
      <h2 id="kladder-heading">{draftCopy.heading}</h2>
      {justDeleted ? (
        <p className="form-success" role="status">
          {draftCopy.deleted}
        </p>
      ) : null}
      {drafts.length === 0 ? (
        <p className="empty">{draftCopy.none}</p>
      ) : (
        <ul className="item-list">
          {drafts.map((draft) => (
            <li key={draft.key} className="item-list__item">
              <p className="item-list__title">
                <a href={draft.thread ? `${threadPath(draft.thread)}#svar` : "/ny"}>
                  {draft.thread
                    ? `${draftCopy.continueReply}: ${draft.thread.title}`
                    : `${draftCopy.continueThread}: ${draft.title || draftCopy.newThread}`}
                </a>
              </p>
              <p className="muted">
                «{draft.excerpt}» · <time dateTime={draft.updatedAt}>{formatDateTime(draft.updatedAt)}</time>
              </p>
              <form method="post" action="/api/kladde" className="inline-form">
                <input type="hidden" name="intent" value="delete" />
                <input type="hidden" name="key" value={draft.key} />
                <button type="submit" className="link-button">
                  {draftCopy.delete}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** «Gemte indlæg» on the profile: posts the member saved with «Gem». */
export function BookmarkList({ bookmarks }: { bookmarks: BookmarkListItem[] }) {
  return (
    <section className="form-card" id="gemte" aria-labelledby="gemte-heading">
      <h2 id="gemte-heading">{bookmarkCopy.heading}</h2>
      {bookmarks.length === 0 ? (
        <p className="empty">{bookmarkCopy.none}</p>
      ) : (
        <ul className="item-list">
          {bookmarks.map((bookmark) => (
            <li key={bookmark.postId} className="item-list__item">
              <p className="item-list__title">
                <a href={`/indlaeg/${bookmark.postId}`}>{bookmark.thread.title}</a>{" "}
                <span className="muted">– {bookmark.authorName}</span>
              </p>
              <p className="muted">{bookmark.excerpt ? `«${bookmark.excerpt}»` : bookmarkCopy.unavailable}</p>
              <form method="post" action={`/indlaeg/${bookmark.postId}/gem`} className="inline-form">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="redirectTo" value="/profil#gemte" />
                <button type="submit" className="link-button">
                  {bookmarkCopy.remove}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
