import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireAdmin } from "../auth/guards.server";
import { FormError } from "../components/forms/field";
import { Pagination } from "../components/pagination";
import { accountMailCopy } from "../copy/account-mail";
import { roleLabels } from "../copy/da";
import { getDb } from "../db.server";
import { cleanLine } from "../forms/clean-text";
import { recordAdminEvent } from "../models/admin-event.server";
import { eraseMemberForGood } from "../models/data-rights.server";
import { listMembersForAdmin } from "../models/member.server";
import { assertKeepsAnAdmin, changeMember, findMemberForAdmin } from "../models/member-admin.server";
import { listMunicipalityOptions } from "../models/municipality.server";
import { memberAdminCopy as copy } from "../copy/members";
import { isRefusal } from "../refusal";
import { refusalResult } from "../refusal.server";
import { readPage } from "../models/pagination";
import { issuePasswordReset } from "../models/password-reset.server";
import { readForm } from "../forms/read-form.server";
import { ColumnHeads, TableScroll } from "../components/table-scroll";
import { membersAdminPageCopy } from "../copy/members";
import { erasureCopy } from "../copy/redaction";

export const meta: MetaFunction = () => [{ title: membersAdminPageCopy.title }];

const PER_PAGE = 50;

const changeSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("role"),
    memberId: z.coerce.number().int().positive(),
    role: z.enum(["member", "moderator", "admin"]),
  }),
  z.object({
    intent: z.literal("municipality"),
    memberId: z.coerce.number().int().positive(),
    municipalityId: z.coerce.number().int().positive(),
  }),
  z.object({ intent: z.literal("disable"), memberId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("enable"), memberId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("reset"), memberId: z.coerce.number().int().positive() }),
  z.object({
    intent: z.literal("erase"),
    memberId: z.coerce.number().int().positive(),
    confirm: z.literal("yes", { errorMap: () => ({ message: copy.confirmErase }) }),
  }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const query = cleanLine(url.searchParams.get("q") ?? "").slice(0, 100);
  const page = readPage(url, PER_PAGE);
  const db = getDb();
  const [members, municipalities] = await Promise.all([
    listMembersForAdmin(db, { query: query || undefined, limit: PER_PAGE + 1, offset: page.offset }),
    listMunicipalityOptions(db),
  ]);
  return json({
    members: members.slice(0, PER_PAGE),
    hasMore: members.length > PER_PAGE,
    page: page.page,
    municipalities,
    query,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const parsed = changeSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success)
    return json(
      {
        error: parsed.error.issues.find((i) => i.path[0] === "confirm")?.message ?? copy.notUnderstood,
        done: null,
      },
      { status: 400 },
    );
  const change = parsed.data;
  const db = getDb();
  try {
    const target = await findMemberForAdmin(db, change.memberId);
    if (change.intent === "reset") {
      if (target.disabled_at !== null || !target.email)
        return json({ error: accountMailCopy.adminResetDisabled, done: null }, { status: 409 });
      await issuePasswordReset(db, { id: target.id, email: target.email, display_name: target.display_name }, admin.id);
      await recordAdminEvent(db, {
        actorId: admin.id,
        action: "member.password_reset_sent",
        targetType: "member",
        targetId: target.id,
      });
      return json({ error: null, done: accountMailCopy.adminResetSent(target.display_name) });
    }
    if (change.intent === "erase") {
      await assertKeepsAnAdmin(db, target, change);
      // Erasure runs its own transaction, then purges the old row from free pages and the WAL.
      await eraseMemberForGood(db, { memberId: target.id, actorId: admin.id });
    } else {
      await changeMember(db, { actorId: admin.id, target, change });
    }
    return json({ error: null, done: copy.saved(target.display_name) });
  } catch (error) {
    if (isRefusal(error)) return refusalResult(error, { done: null });
    throw error;
  }
}

export default function AdminMembersPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <>
      <h1>{membersAdminPageCopy.heading}</h1>
      <form method="get" className="row-form inline-search" role="search">
        <label htmlFor="member-search" className="visually-hidden">
          {membersAdminPageCopy.searchLabel}
        </label>
        <input
          id="member-search"
          name="q"
          type="search"
          defaultValue={params.get("q") ?? ""}
          placeholder={membersAdminPageCopy.searchPlaceholder}
        />
        <button type="submit" className="button">
          {membersAdminPageCopy.search}
        </button>
      </form>
      <FormError message={result?.error} />
      {result?.done ? (
        <p className="form-success" role="status">
          {result.done}
        </p>
      ) : null}
      <TableScroll label={membersAdminPageCopy.heading}>
        <table className="data-table">
          <ColumnHeads
            columns={[
              membersAdminPageCopy.member,
              membersAdminPageCopy.role,
              membersAdminPageCopy.municipality,
              membersAdminPageCopy.status,
            ]}
          />
          <tbody>
            {data.members.map((member) => (
              <tr key={member.id}>
                <th scope="row">
                  <a href={`/medlem/${member.id}`}>{member.display_name}</a>
                  <br />
                  <span className="muted">{member.email}</span>
                </th>
                <td>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="role" />
                    <input type="hidden" name="memberId" value={member.id} />
                    <label className="visually-hidden" htmlFor={`role-${member.id}`}>
                      Rolle for {member.display_name}
                    </label>
                    <select id={`role-${member.id}`} name="role" defaultValue={member.role}>
                      {(["member", "moderator", "admin"] as const).map((role) => (
                        <option key={role} value={role}>
                          {roleLabels[role]}
                        </option>
                      ))}
                    </select>{" "}
                    <button type="submit" className="link-button">
                      {membersAdminPageCopy.save}
                    </button>
                  </Form>
                </td>
                <td>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="municipality" />
                    <input type="hidden" name="memberId" value={member.id} />
                    <label className="visually-hidden" htmlFor={`municipality-${member.id}`}>
                      Kommune for {member.display_name}
                    </label>
                    <select
                      id={`municipality-${member.id}`}
                      name="municipalityId"
                      defaultValue={member.municipality_id}
                    >
                      {data.municipalities.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.name}
                        </option>
                      ))}
                    </select>{" "}
                    <button type="submit" className="link-button">
                      {membersAdminPageCopy.move}
                    </button>
                  </Form>
                </td>
                <td>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="memberId" value={member.id} />
                    {member.disabled_at ? (
                      <>
                        <span className="badge badge--locked">{membersAdminPageCopy.disabled}</span>{" "}
                        {member.display_name !== erasureCopy.erasedName ? (
                          <button type="submit" name="intent" value="enable" className="link-button">
                            {membersAdminPageCopy.enable}
                          </button>
                        ) : null}
                      </>
                    ) : (
                      <button type="submit" name="intent" value="disable" className="link-button">
                        {membersAdminPageCopy.disable}
                      </button>
                    )}
                  </Form>
                  {!member.disabled_at ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="memberId" value={member.id} />
                      <button type="submit" name="intent" value="reset" className="link-button">
                        {accountMailCopy.adminSendReset}
                      </button>
                    </Form>
                  ) : null}
                  {member.display_name !== erasureCopy.erasedName ? (
                    <details className="erase">
                      <summary>{membersAdminPageCopy.erase}</summary>
                      <Form method="post" className="row-form">
                        <input type="hidden" name="memberId" value={member.id} />
                        <label className="radio">
                          <input type="checkbox" name="confirm" value="yes" /> {membersAdminPageCopy.eraseConfirm}
                        </label>
                        <button type="submit" name="intent" value="erase" className="button button--danger">
                          {membersAdminPageCopy.eraseButton}
                        </button>
                      </Form>
                    </details>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination page={data.page} pages={data.hasMore ? data.page + 1 : data.page} />
    </>
  );
}
