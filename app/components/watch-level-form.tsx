import { Form } from "@remix-run/react";
import type { WatchLevel, WatchTarget } from "../../db/schema";
import { notificationCopy, watchLevelDescriptions, watchLevelLabels } from "../copy/notifications";

const LEVELS: WatchLevel[] = [3, 2, 1, 0];
const HEADINGS: Record<WatchTarget, string> = {
  thread: notificationCopy.watchHeading,
  category: notificationCopy.watchCategoryHeading,
  tag: notificationCopy.watchTagHeading,
};

/** The member's watch level for a thread, category or tag, shown and changed with a plain form (works without JavaScript). */
export function WatchLevelForm({
  targetType,
  targetId,
  level,
  redirectTo,
}: {
  targetType: WatchTarget;
  targetId: number;
  level: WatchLevel;
  redirectTo: string;
}) {
  const id = `watch-level-${targetType}-${targetId}`;
  return (
    <Form method="post" action="/notifikationer/niveau" className="watch-level" preventScrollReset>
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <label htmlFor={id}>{HEADINGS[targetType]}:</label>
      <select id={id} name="level" defaultValue={level} key={level} aria-describedby={`${id}-hint`}>
        {LEVELS.map((option) => (
          <option key={option} value={option}>
            {watchLevelLabels[option]}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small">
        {notificationCopy.watchSave}
      </button>
      <span id={`${id}-hint`} className="field-hint">
        {watchLevelDescriptions[level]}
      </span>
    </Form>
  );
}
