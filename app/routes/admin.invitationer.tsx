import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireModerator } from "../auth/guards.server";
import { canInvite, canRevokeInvitation, invitableRoles } from "../auth/permissions";
import { permissionCopy } from "../copy/permissions-and-limits";
import { CopyLink } from "../components/copy-link";
import { FormError } from "../components/forms/field";
import { accountMailCopy } from "../copy/account-mail";
import { roleLabels } from "../copy/da";
import { formatLongDate } from "../copy/dates";
import { getDb, writeTransaction } from "../db.server";
import { getEnv } from "../env.server";
import { queueAccountMail } from "../mail/account-mail.server";
import { recordAdminEvent } from "../models/admin-event.server";
import {
  createInvitation,
  findInvitationInviter,
  listOpenInvitations,
  revokeInvitation,
} from "../models/invitation.server";
import { findMemberByEmail } from "../models/member.server";
import { readForm } from "../forms/read-form.server";
import { ColumnHeads, TableScroll } from "../components/table-scroll";
import { findMunicipalityOption, listMunicipalityOptions } from "../models/municipality.server";
import { invitationsAdminCopy } from "../copy/admin-invitations";

export const meta: MetaFunction = () => [{ title: invitationsAdminCopy.title }];

const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, invitationsAdminCopy.emailTooLong)
    .email(invitationsAdminCopy.emailInvalid),
  municipalityId: z.coerce
    .number({ invalid_type_error: invitationsAdminCopy.chooseMunicipality })
    .int()
    .positive(invitationsAdminCopy.chooseMunicipality),
  role: z.enum(["member", "moderator", "admin"], { errorMap: () => ({ message: invitationsAdminCopy.chooseRole }) }),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireModerator(request);
  const db = getDb();
  const [municipalities, invitations] = await Promise.all([listMunicipalityOptions(db), listOpenInvitations(db)]);
  return json({
    municipalities,
    invitations: invitations.map(({ invited_by_id, ...invitation }) => ({
      ...invitation,
      canRevoke: canRevokeInvitation(member, { invited_by_id }),
    })),
    roles: invitableRoles(member),
    ownMunicipalityId: member.municipality_id,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const member = await requireModerator(request);
  const db = getDb();
  const form = Object.fromEntries(await readForm(request));
  if (form.intent === "revoke") {
    const id = Number(form.invitationId);
    if (!Number.isSafeInteger(id)) throw new Response(invitationsAdminCopy.invalidInvitation, { status: 400 });
    const invitation = await findInvitationInviter(db, id);
    if (!invitation)
      return json(
        { link: null, fieldErrors: {}, error: permissionCopy.invitationNotFound, revoked: false },
        { status: 404 },
      );
    if (!canRevokeInvitation(member, invitation))
      return json(
        { link: null, fieldErrors: {}, error: permissionCopy.revokeRefused, revoked: false },
        { status: 403 },
      );
    await writeTransaction(db, async (tx) => {
      await revokeInvitation(tx, id);
      await recordAdminEvent(tx, {
        actorId: member.id,
        action: "invitation.revoked",
        targetType: "invitation",
        targetId: id,
      });
    });
    return json({ link: null, fieldErrors: {}, error: null, revoked: true });
  }
  const parsed = inviteSchema.safeParse(form);
  if (!parsed.success)
    return json(
      { link: null, fieldErrors: parsed.error.flatten().fieldErrors, error: null, revoked: false },
      { status: 400 },
    );
  if (!canInvite(member, parsed.data.role)) {
    return json(
      { link: null, fieldErrors: { role: [permissionCopy.inviteRoleRefused] }, error: null, revoked: false },
      { status: 403 },
    );
  }
  if (await findMemberByEmail(db, parsed.data.email)) {
    return json(
      {
        link: null,
        fieldErrors: { email: [invitationsAdminCopy.memberExists] },
        error: null,
        revoked: false,
      },
      { status: 409 },
    );
  }
  const municipality = await findMunicipalityOption(db, parsed.data.municipalityId);
  if (!municipality)
    return json(
      {
        link: null,
        fieldErrors: { municipalityId: [invitationsAdminCopy.chooseMunicipality] },
        error: null,
        revoked: false,
      },
      { status: 400 },
    );
  const invitation = await writeTransaction(db, async (tx) => {
    const created = await createInvitation(tx, {
      email: parsed.data.email,
      municipalityId: municipality.id,
      role: parsed.data.role,
      invitedById: member.id,
    });
    await recordAdminEvent(tx, {
      actorId: member.id,
      action: "invitation.created",
      targetType: "invitation",
      targetId: created.id,
      detail: { email: parsed.data.email, municipalityId: municipality.id, role: parsed.data.role },
    });
    // The mail is queued with the invitation, so both are committed or neither; the link below stays as a fallback.
    await queueAccountMail(tx, member.id, {
      kind: "invitation",
      to: parsed.data.email,
      path: `/invitation/${created.token}`,
      inviter: member.display_name,
      municipality: municipality.name,
      expiresAt: created.expiresAt,
    });
    return created;
  });
  const origin = getEnv().PUBLIC_ORIGIN ?? new URL(request.url).origin;
  return json({
    link: `${origin}/invitation/${invitation.token}`,
    mailedTo: parsed.data.email,
    fieldErrors: {},
    error: null,
    revoked: false,
  });
}

export default function InvitationsPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = (result?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  return (
    <>
      <h1>{invitationsAdminCopy.heading}</h1>
      <section className="form-card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{invitationsAdminCopy.inviteHeading}</h2>
        <p className="muted">{invitationsAdminCopy.inviteLead}</p>
        {result?.link ? (
          <div className="form-success" role="status">
            <p>{invitationsAdminCopy.created}</p>
            {"mailedTo" in result && result.mailedTo ? (
              <p>{accountMailCopy.invitationMailed(result.mailedTo)}</p>
            ) : null}
            <CopyLink label={invitationsAdminCopy.link} value={result.link} />
          </div>
        ) : null}
        <FormError message={result?.error} />
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="invite" />
          <div className={errors.email ? "field field--invalid" : "field"}>
            <label htmlFor="invite-email">{invitationsAdminCopy.email}</label>
            <input
              id="invite-email"
              name="email"
              type="email"
              required
              maxLength={320}
              aria-describedby={errors.email ? "invite-email-error" : undefined}
            />
            {errors.email ? (
              <p className="field__error" id="invite-email-error">
                {errors.email[0]}
              </p>
            ) : null}
          </div>
          <div className={errors.municipalityId ? "field field--invalid" : "field"}>
            <label htmlFor="invite-municipality">{invitationsAdminCopy.municipality}</label>
            <select id="invite-municipality" name="municipalityId" defaultValue={data.ownMunicipalityId}>
              {data.municipalities.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            {errors.municipalityId ? <p className="field__error">{errors.municipalityId[0]}</p> : null}
          </div>
          <div className={errors.role ? "field field--invalid" : "field"}>
            <label htmlFor="invite-role">{invitationsAdminCopy.role}</label>
            <select id="invite-role" name="role" defaultValue="member">
              {data.roles.map((role) => (
                <option key={role} value={role}>
                  {roleLabels[role]}
                </option>
              ))}
            </select>
            {errors.role ? <p className="field__error">{errors.role[0]}</p> : null}
          </div>
          <button type="submit" className="button button--primary">
            {invitationsAdminCopy.create}
          </button>
        </Form>
      </section>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">{invitationsAdminCopy.openHeading}</h2>
        {data.invitations.length === 0 ? (
          <p className="empty">{invitationsAdminCopy.noneOpen}</p>
        ) : (
          <TableScroll label={invitationsAdminCopy.openHeading}>
            <table className="data-table">
              <ColumnHeads
                columns={[
                  invitationsAdminCopy.emailColumn,
                  invitationsAdminCopy.municipality,
                  invitationsAdminCopy.role,
                  invitationsAdminCopy.invitedBy,
                  invitationsAdminCopy.expires,
                  { hidden: invitationsAdminCopy.action },
                ]}
              />
              <tbody>
                {data.invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <td>{invitation.email}</td>
                    <td>{invitation.municipality_name}</td>
                    <td>{roleLabels[invitation.role]}</td>
                    <td>{invitation.inviter_name}</td>
                    <td>{formatLongDate(invitation.expires_at)}</td>
                    <td>
                      {invitation.canRevoke ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="revoke" />
                          <input type="hidden" name="invitationId" value={invitation.id} />
                          <button type="submit" className="link-button">
                            {invitationsAdminCopy.revoke}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
