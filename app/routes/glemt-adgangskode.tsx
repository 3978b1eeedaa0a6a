import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { getOptionalMember } from "../auth/guards.server";
import { EmailField, FormError } from "../components/forms/field";
import { accountMailCopy } from "../copy/account-mail";
import { getDb } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { requestPasswordReset } from "../models/password-reset.server";
import { isRefusal } from "../refusal";
import { pageTitle } from "../copy/pages";

export const meta: MetaFunction = () => [{ title: pageTitle(accountMailCopy.forgotTitle) }];

const forgotSchema = z.object({
  email: z.string().trim().min(1, accountMailCopy.emailMissing).max(320, accountMailCopy.emailTooLong),
});

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getOptionalMember(request)) throw redirect("/profil");
  return json({});
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readForm(request));
  const email = typeof form.email === "string" ? form.email.slice(0, 320) : "";
  const parsed = forgotSchema.safeParse(form);
  if (!parsed.success)
    return json({ email, sent: false, error: null, fieldErrors: parsed.error.flatten().fieldErrors }, { status: 400 });
  try {
    await requestPasswordReset(getDb(), {
      email: parsed.data.email,
      clientAddress: context.clientAddress ?? "unknown",
    });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return json({ email, sent: false, error: error.message, fieldErrors: {} }, { status: error.status });
  }
  return json({ email, sent: true, error: null, fieldErrors: {} });
}

export default function ForgotPassword() {
  const result = useActionData<typeof action>();
  const fieldErrors = (result?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  const busy = useNavigation().state === "submitting";
  return (
    <section className="auth-card">
      <h1>{accountMailCopy.forgotTitle}</h1>
      {result?.sent ? (
        <p className="form-success" role="status">
          {accountMailCopy.forgotSent}
        </p>
      ) : (
        <>
          <p className="lead">{accountMailCopy.forgotLead}</p>
          <Form method="post" noValidate>
            <FormError message={result?.error} />
            <EmailField
              label={accountMailCopy.emailLabel}
              defaultValue={result?.email ?? ""}
              error={fieldErrors.email}
            />
            <button type="submit" className="button button--primary" disabled={busy}>
              {accountMailCopy.forgotButton}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{accountMailCopy.backToSignIn}</Link>
      </p>
    </section>
  );
}
