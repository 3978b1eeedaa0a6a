import { historyCopy } from "../copy/everyday";
import type { DiffPart } from "../models/text-diff";

/**
 * A difference as text with <ins> and <del>. Screen readers rarely announce
 * those elements, so each change also carries a hidden word saying what it is.
 */
export function TextDiffView({ parts }: { parts: DiffPart[] }) {
  const changed = parts.some((part) => part.kind !== "same");
  if (!changed) return <p className="muted">{historyCopy.noChange}</p>;
  return (
    <pre className="revision revision--diff">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={index}>
            <span className="visually-hidden">[{historyCopy.added}: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={index}>
            <span className="visually-hidden">[{historyCopy.removed}: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </pre>
  );
}
