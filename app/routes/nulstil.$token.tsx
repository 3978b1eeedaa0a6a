import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { hashPassword } from "../auth/password.server";
import { newPasswordSchema } from "../auth/password-rules";
import { sessionCookie } from "../auth/session-cookie.server";
import { createSession, generateSessionToken } from "../auth/session.server";
import { FormError } from "../components/forms/field";
import { accountMailCopy } from "../copy/account-mail";
import { getDb } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { completePasswordReset, findPasswordReset } from "../models/password-reset.server";
import { isRefusal } from "../refusal";
import { NewPasswordFields } from "../components/forms/new-password-fields";
import { pageTitle } from "../copy/pages";

// No referrer: the token is in the URL.
export const meta: MetaFunction = () => [
  { title: pageTitle(accountMailCopy.resetTitle) },
  { name: "referrer", content: "no-referrer" },
];

const resetSchema = z
  .object({ password: newPasswordSchema, passwordConfirm: z.string() })
  .refine((form) => form.password === form.passwordConfirm, {
    path: ["passwordConfirm"],
    message: accountMailCopy.passwordsDiffer,
  });

export async function loader({ params }: LoaderFunctionArgs) {
  const state = await findPasswordReset(getDb(), params.token ?? "");
  return json(
    { state: state.status },
    { status: state.status === "valid" ? 200 : state.status === "unknown" ? 404 : 410 },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const db = getDb();
  const token = params.token ?? "";
  const state = await findPasswordReset(db, token);
  if (state.status !== "valid")
    return json({ fieldErrors: {}, error: accountMailCopy.resetInvalid[state.status].title }, { status: 410 });
  const parsed = resetSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return json({ fieldErrors: parsed.error.flatten().fieldErrors, error: null }, { status: 400 });
  let memberId: number;
  try {
    memberId = await completePasswordReset(db, token, await hashPassword(parsed.data.password));
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return json({ fieldErrors: {}, error: error.message }, { status: error.status });
  }
  const sessionToken = generateSessionToken();
  const session = await createSession(db, sessionToken, memberId);
  return redirect("/", { headers: { "Set-Cookie": sessionCookie(sessionToken, session.expiresAt) } });
}

export default function ResetPassword() {
  const { state } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (state !== "valid") {
    const message =
      accountMailCopy.resetInvalid[state as keyof typeof accountMailCopy.resetInvalid] ??
      accountMailCopy.resetInvalid.unknown;
    return (
      <section className="auth-card">
        <h1>{message.title}</h1>
        <p>{message.text}</p>
        <p>
          <Link to="/glemt-adgangskode">{accountMailCopy.askAgain}</Link>
        </p>
      </section>
    );
  }
  const errors = result?.fieldErrors as Record<string, string[] | undefined> | undefined;
  return (
    <section className="auth-card">
      <h1>{accountMailCopy.resetTitle}</h1>
      <p>{accountMailCopy.resetLead}</p>
      <Form method="post" noValidate>
        <FormError message={result?.error} />
        <NewPasswordFields label={accountMailCopy.newPasswordLabel} errors={errors} />
        <button type="submit" className="button button--primary">
          {accountMailCopy.resetButton}
        </button>
      </Form>
    </section>
  );
}
