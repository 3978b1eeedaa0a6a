import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { pluralise } from "../copy/da";
import { getDb } from "../db.server";
import { listTagsWithCounts } from "../models/tag.server";

export const meta: MetaFunction = () => [{ title: "Tags – Tværs" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireMember(request);
  return json({ tags: await listTagsWithCounts(getDb()) });
}

export default function TagsPage() {
  const { tags } = useLoaderData<typeof loader>();
  const groups = [
    { kind: "case" as const, title: "Case-tags", intro: "Hvilken slags situation tråden handler om." },
    { kind: "theme" as const, title: "Temaer", intro: "Det faglige tema, drøftelsen hører til." },
  ];
  return (
    <>
      <h1>Tags</h1>
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
                  <span className="muted">{pluralise(tag.thread_count, "tråd", "tråde")}</span>
                  <p>{tag.description}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
