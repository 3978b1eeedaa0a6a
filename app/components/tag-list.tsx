import { browseCopy } from "../copy/browse";
export function TagList({ tags }: { tags: { slug: string; label: string; kind: "case" | "theme" }[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={browseCopy.tags}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={`/tag/${tag.slug}`} className={`tag tag--${tag.kind}`}>
            {tag.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
