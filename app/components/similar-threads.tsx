import { searchCopy } from "../copy/search";

export interface SimilarThreadItem {
  threadId: number;
  title: string;
  url: string;
  answered: boolean;
  article: { slug: string; title: string } | null;
}

/** Up to five threads like this one, with the answered and Vidensbank badges search results have. */
export function SimilarThreads({
  threads,
  heading,
  id,
}: {
  threads: SimilarThreadItem[];
  heading: string;
  id: string;
}) {
  if (threads.length === 0) return null;
  return (
    <section className="similar-threads" aria-labelledby={id} data-testid="similar-threads">
      <h2 id={id} className="similar-threads__heading">
        {heading}
      </h2>
      <ul>
        {threads.map((thread) => (
          <li key={thread.threadId}>
            {thread.answered ? <span className="badge badge--answered">{searchCopy.answered}</span> : null}
            {thread.article ? <span className="badge badge--knowledge">{searchCopy.knowledge}</span> : null}{" "}
            <a href={thread.url}>{thread.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
