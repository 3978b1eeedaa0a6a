import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { newPasswordSchema } from "../auth/password-rules";
import { sessionCookie } from "../auth/session-cookie.server";
import { createSession, generateSessionToken } from "../auth/session.server";
import { Field, FormError } from "../components/forms/field";
import { roleLabels } from "../copy/da";
import { formatLongDate } from "../copy/dates";
import { getDb } from "../db.server";
import { displayNameField, professionField } from "../forms/profile-fields";
import { acceptInvitation, findInvitation } from "../models/invitation.server";
import { invitationAcceptCopy } from "../copy/members";
import { isRefusal } from "../refusal";
import { refusalResult } from "../refusal.server";
import { readForm } from "../forms/read-form.server";
import { NewPasswordFields } from "../components/forms/new-password-fields";
import { invitationPageCopy } from "../copy/account-mail";

export const meta: MetaFunction = () => [
  { title: invitationPageCopy.title },
  { name: "referrer", content: "no-referrer" },
];

const acceptSchema = z
  .object({
    displayName: displayNameField,
    profession: professionField,
    password: newPasswordSchema,
    passwordConfirm: z.string(),
  })
  .refine((form) => form.password === form.passwordConfirm, {
    path: ["passwordConfirm"],
    message: invitationAcceptCopy.passwordsDiffer,
  });

const invalidMessages = {
  expired: {
    title: invitationPageCopy.expiredHeading,
    text: invitationPageCopy.expiredText,
  },
  used: {
    title: invitationPageCopy.usedHeading,
    text: invitationPageCopy.usedText,
  },
  revoked: {
    title: invitationPageCopy.revokedHeading,
    text: invitationPageCopy.revokedText,
  },
  unknown: {
    title: invitationPageCopy.unknownHeading,
    text: invitationPageCopy.unknownText,
  },
} as const;

export async function loader({ params }: LoaderFunctionArgs) {
  const state = await findInvitation(getDb(), params.token ?? "");
  if (state.status !== "valid")
    return json({ state: state.status, invitation: null }, { status: state.status === "unknown" ? 404 : 410 });
  const { email, role, municipalityName, expiresAt } = state.invitation;
  return json({ state: state.status, invitation: { email, role, municipalityName, expiresAt } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const db = getDb();
  const state = await findInvitation(db, params.token ?? "");
  if (state.status !== "valid")
    return json({ fieldErrors: {}, error: invalidMessages[state.status].title, values: null }, { status: 410 });
  const form = Object.fromEntries(await readForm(request));
  const parsed = acceptSchema.safeParse(form);
  const values = {
    displayName: String(form.displayName ?? "").slice(0, 200),
    profession: String(form.profession ?? "").slice(0, 200),
  };
  if (!parsed.success)
    return json({ fieldErrors: parsed.error.flatten().fieldErrors, error: null, values }, { status: 400 });
  let memberId: number;
  try {
    memberId = await acceptInvitation(db, state.invitation, parsed.data);
  } catch (error) {
    if (isRefusal(error)) return refusalResult(error, { fieldErrors: {}, values });
    throw error;
  }
  const token = generateSessionToken();
  const session = await createSession(db, token, memberId);
  return redirect("/?velkommen=1", { headers: { "Set-Cookie": sessionCookie(token, session.expiresAt) } });
}

export default function AcceptInvitation() {
  const { state, invitation } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (state !== "valid" || !invitation) {
    const message = invalidMessages[state as keyof typeof invalidMessages] ?? invalidMessages.unknown;
    return (
      <section className="auth-card">
        <h1>{message.title}</h1>
        <p>{message.text}</p>
        <p>
          <Link to="/login">{invitationPageCopy.toSignIn}</Link>
        </p>
      </section>
    );
  }
  const errors = result?.fieldErrors as Record<string, string[] | undefined> | undefined;
  return (
    <section className="auth-card">
      <h1>{invitationPageCopy.welcome}</h1>
      <p>
        {invitationPageCopy.invitedAs}
        <strong>{roleLabels[invitation.role].toLowerCase()}</strong>
        {invitationPageCopy.from}
        <strong>{invitation.municipalityName}</strong>
        {invitationPageCopy.withEmail}
        <strong>{invitation.email}</strong>
        {invitationPageCopy.validUntil(formatLongDate(invitation.expiresAt))}
      </p>
      <Form method="post" noValidate>
        <FormError message={result?.error} />
        <Field
          label={invitationPageCopy.displayName}
          name="displayName"
          hint={invitationPageCopy.displayNameHint}
          required
          maxLength={60}
          autoComplete="name"
          defaultValue={result?.values?.displayName ?? ""}
          error={errors?.displayName}
        />
        <Field
          label={invitationPageCopy.profession}
          name="profession"
          hint={invitationPageCopy.professionHint}
          required
          maxLength={80}
          defaultValue={result?.values?.profession ?? ""}
          error={errors?.profession}
        />
        <NewPasswordFields label={invitationPageCopy.password} errors={errors} />
        <button type="submit" className="button button--primary">
          {invitationPageCopy.create}
        </button>
      </Form>
    </section>
  );
}
