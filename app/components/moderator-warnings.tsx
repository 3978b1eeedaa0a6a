import { formatDateTime } from "../copy/dates";
import { threadPath } from "../models/thread-path";
import { profileCopy } from "../copy/profile";

export interface ModeratorWarningView {
  id: number;
  note: string;
  created_at: string;
  post_id: number | null;
  thread_id: number | null;
  thread_slug: string | null;
  thread_title: string | null;
}

/** The author's own moderator warnings on /profil: read-only, shown only to them. */
export function ModeratorWarnings({ warnings }: { warnings: ModeratorWarningView[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="form-card" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">{profileCopy.warningsHeading}</h2>
      <p className="muted">{profileCopy.warningsPrivate}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.id}>
            <p>
              <time dateTime={warning.created_at}>{formatDateTime(warning.created_at)}</time>
              {warning.thread_id !== null && warning.post_id !== null ? (
                <>
                  {" "}
                  {profileCopy.warningAbout}{" "}
                  <a href={threadPath({ id: warning.thread_id, slug: warning.thread_slug ?? "" }, warning.post_id)}>
                    {warning.thread_title}
                  </a>
                </>
              ) : null}
            </p>
            <p style={{ whiteSpace: "pre-wrap" }}>{warning.note}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
