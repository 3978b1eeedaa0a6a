import { useRevalidator } from "@remix-run/react";
import { useEffect, useState } from "react";
import { liveCopy } from "../../copy/live";
import { LIVE_EVENT, threadEventsPath, type NewRepliesEvent } from "../../live/live-events";
import { postAnchor } from "../../models/thread-path";

/**
 * "N nye svar – vis" while the thread page is open: listens to the thread's
 * event stream (only once JavaScript runs, so without it nothing changes) and,
 * when clicked, reloads the page's data in place and scrolls to the first new
 * reply. Mounted on the thread's last page, whose last post is `lastPostId`.
 */
export function LiveReplies({ threadId, lastPostId }: { threadId: number; lastPostId: number }) {
  const revalidator = useRevalidator();
  const [news, setNews] = useState<NewRepliesEvent | null>(null);
  const [scrollTo, setScrollTo] = useState<number | null>(null);

  useEffect(() => {
    setNews(null);
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(threadEventsPath(threadId, lastPostId));
    source.addEventListener(LIVE_EVENT.newReplies, (event) => {
      setNews(JSON.parse((event as MessageEvent<string>).data) as NewRepliesEvent);
    });
    // The server ended the stream on purpose (a newer tab took its place, or it is stopping): do not reconnect.
    source.addEventListener(LIVE_EVENT.closed, () => source.close());
    return () => source.close();
  }, [threadId, lastPostId]);

  useEffect(() => {
    if (scrollTo === null || revalidator.state !== "idle") return;
    const target = document.getElementById(postAnchor(scrollTo));
    target?.scrollIntoView({ block: "start" });
    setScrollTo(null);
  }, [scrollTo, revalidator.state]);

  return (
    <div className="live-replies" role="status" aria-live="polite">
      {news && news.count > 0 ? (
        <button
          type="button"
          className="button live-replies__button"
          onClick={() => {
            setScrollTo(news.firstPostId);
            setNews(null);
            revalidator.revalidate();
          }}
        >
          {liveCopy.newReplies(news.count)}
        </button>
      ) : null}
    </div>
  );
}
