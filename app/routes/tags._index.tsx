import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { getDb } from "../db.server";
import { listTagsWithCounts } from "../models/tag.server";
import { tagsCopy } from "../copy/browse";

export const meta: MetaFunction = () => [{ title: tagsCopy.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireMember(request);
  return json({ tags: await listTagsWithCounts(getDb()) });
}

export default function TagsPage() {
  const { tags } = useLoaderData<typeof loader>();
  const groups = [
    { kind: "case" as const, title: tagsCopy.caseTags, intro: tagsCopy.caseTagsIntro },
    { kind: "theme" as const, title: tagsCopy.themes, intro: tagsCopy.themesIntro },
  ];
  return (
    <>
      <h1>{tagsCopy.heading}</h1>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`tags-${group.kind}`}>
          <h2 id={`tags-${group.kind}`}>{group.title}</h2>
          <p className="muted">{group.intro}</p>
          <ul className="tag-directory">
            {tags
              .filter((tag) => tag.kind === group.kind)
              .map((tag) => (
                <li key={tag.slug}>
                  <Link to={`/tag/${tag.slug}`} className={`tag tag--${tag.kind}`}>
                    {tag.label}
                  </Link>{" "}
                  <span className="muted">{tagsCopy.threadCount(tag.thread_count)}</span>
                  <p>{tag.description}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
