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

export const meta: MetaFunction = () => [{ title: "Invitation – Tværs" }, { name: "referrer", content: "no-referrer" }];

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
    title: "Invitationen er udløbet",
    text: "Invitationer gælder i 14 dage. Bed den moderator, der inviterede dig, om at sende en ny.",
  },
  used: {
    title: "Invitationen er allerede brugt",
    text: "Linket kan kun bruges én gang. Har du allerede oprettet dig, kan du logge ind.",
  },
  revoked: {
    title: "Invitationen er trukket tilbage",
    text: "Kontakt den moderator, der inviterede dig, hvis du mener, det er en fejl.",
  },
  unknown: {
    title: "Invitationen findes ikke",
    text: "Linket er ikke gyldigt. Tjek, at du har kopieret hele linket, eller bed om en ny invitation.",
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
          <Link to="/login">Gå til log ind</Link>
        </p>
      </section>
    );
  }
  const errors = result?.fieldErrors as Record<string, string[] | undefined> | undefined;
  return (
    <section className="auth-card">
      <h1>Velkommen til Tværs</h1>
      <p>
        Du er inviteret som <strong>{roleLabels[invitation.role].toLowerCase()}</strong> fra{" "}
        <strong>{invitation.municipalityName}</strong> med e-mailadressen <strong>{invitation.email}</strong>.
        Invitationen gælder til {formatLongDate(invitation.expiresAt)}.
      </p>
      <Form method="post" noValidate>
        <FormError message={result?.error} />
        <Field
          label="Visningsnavn"
          name="displayName"
          hint="Dit navn, som kolleger ser det, fx «Lone V.»."
          required
          maxLength={60}
          autoComplete="name"
          defaultValue={result?.values?.displayName ?? ""}
          error={errors?.displayName}
        />
        <Field
          label="Stilling"
          name="profession"
          hint="Fx «SSP-konsulent», «UU-vejleder» eller «Chatrådgiver»."
          required
          maxLength={80}
          defaultValue={result?.values?.profession ?? ""}
          error={errors?.profession}
        />
        <NewPasswordFields label="Adgangskode" errors={errors} />
        <button type="submit" className="button button--primary">
          Opret mig og log ind
        </button>
      </Form>
    </section>
  );
}
