import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { getOptionalMember } from "../auth/guards.server";
import { safeRedirectPath } from "../auth/safe-redirect";
import { sessionCookie } from "../auth/session-cookie.server";
import { signIn } from "../auth/sign-in.server";
import { EmailField, Field, FormError } from "../components/forms/field";
import { accountMailCopy, signInPageCopy } from "../copy/account-mail";
import { signInCopy } from "../copy/members";
import { getDb } from "../db.server";
import { isRefusal } from "../refusal";
import { refusalResult } from "../refusal.server";
import { readForm } from "../forms/read-form.server";

export const meta: MetaFunction = () => [{ title: signInPageCopy.title }];

const signInSchema = z.object({
  email: z.string().trim().min(1, signInCopy.emailMissing).max(320, signInCopy.emailTooLong),
  password: z.string().min(1, signInCopy.passwordMissing).max(256, signInCopy.passwordTooLong),
  redirectTo: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirectPath(url.searchParams.get("redirectTo"), url.origin);
  if (await getOptionalMember(request)) throw redirect(redirectTo);
  return json({ redirectTo });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readForm(request));
  const parsed = signInSchema.safeParse(form);
  const email = typeof form.email === "string" ? form.email.slice(0, 320) : "";
  if (!parsed.success) {
    return json({ email, error: null, fieldErrors: parsed.error.flatten().fieldErrors }, { status: 400 });
  }
  try {
    const { email: address, password } = parsed.data;
    const session = await signIn(getDb(), { email: address, password, address: context.clientAddress ?? "unknown" });
    return redirect(safeRedirectPath(parsed.data.redirectTo, new URL(request.url).origin), {
      headers: { "Set-Cookie": sessionCookie(session.token, session.expiresAt) },
    });
  } catch (error) {
    if (isRefusal(error)) return refusalResult(error, { email, fieldErrors: {} });
    throw error;
  }
}

export default function SignIn() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const fieldErrors = (result?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  const busy = useNavigation().state === "submitting";
  return (
    <section className="auth-card">
      <h1>{signInPageCopy.heading}</h1>
      <p className="lead">{signInPageCopy.lead}</p>
      <Form method="post" action="/login" noValidate>
        <FormError message={result?.error} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <EmailField label={signInPageCopy.email} defaultValue={result?.email ?? ""} error={fieldErrors.email} />
        <Field
          label={signInPageCopy.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldErrors.password}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? signInPageCopy.signingIn : signInPageCopy.signIn}
        </button>
      </Form>
      <p className="muted">
        {accountMailCopy.signInHint} <Link to="/glemt-adgangskode">{accountMailCopy.forgotLink}</Link>
      </p>
    </section>
  );
}
