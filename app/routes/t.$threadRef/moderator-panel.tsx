import { Form, Link } from "@remix-run/react";
import { threadPageCopy } from "../../copy/thread-page";

interface Props {
  threadUrl: string;
  threadId: number;
  locked: boolean;
  pinned: boolean;
  categoryId: number;
  categories: { id: number; name: string }[];
}

/** Moderators' tools for a thread: lock, pin, move, merge and split. */
export function ModeratorPanel({ threadUrl, threadId, locked, pinned, categoryId, categories }: Props) {
  return (
    <details className="moderator-panel">
      <summary>{threadPageCopy.moderationHeading}</summary>
      <div className="row-form">
        <Form method="post" action={threadUrl} preventScrollReset>
          <button type="submit" name="intent" value={locked ? "unlock" : "lock"} className="button">
            {locked ? threadPageCopy.unlock : threadPageCopy.lock}
          </button>
        </Form>
        <Form method="post" action={threadUrl} preventScrollReset>
          <button type="submit" name="intent" value={pinned ? "unpin" : "pin"} className="button">
            {pinned ? threadPageCopy.unpin : threadPageCopy.pin}
          </button>
        </Form>
        <Link to={`/admin/del/${threadId}`} className="button">
          {threadPageCopy.split}
        </Link>
      </div>
      <Form method="post" action={threadUrl} className="row-form" preventScrollReset>
        <input type="hidden" name="intent" value="category" />
        <label htmlFor="flyt-kategori">{threadPageCopy.category}</label>
        <select id="flyt-kategori" name="categoryId" defaultValue={categoryId}>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          {threadPageCopy.move}
        </button>
      </Form>
      <Form method="post" action={threadUrl} className="row-form" preventScrollReset>
        <input type="hidden" name="intent" value="merge" />
        <label htmlFor="flet-med">{threadPageCopy.mergeInto}</label>
        <input id="flet-med" name="target" placeholder={threadPageCopy.mergePlaceholder} maxLength={300} required />
        <button type="submit" className="button button--danger">
          {threadPageCopy.merge}
        </button>
      </Form>
    </details>
  );
}
