import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { getOptionalMember } from "../auth/guards.server";
import { safeRedirectPath } from "../auth/safe-redirect";
import { verifyAgainstDummy, verifyPassword } from "../auth/password.server";
import { recordSignInFailure, recordSignInSuccess, signInBlockedUntil } from "../auth/rate-limit.server";
import { sessionCookie } from "../auth/session-cookie.server";
import { createSession, generateSessionToken } from "../auth/session.server";
import { Field, FormError } from "../components/forms/field";
import { accountMailCopy } from "../copy/account-mail";
import { getDb } from "../db.server";
import { readForm } from "../forms/read-form.server";

export const meta: MetaFunction = () => [{ title: "Log ind – Tværs" }];

const signInSchema = z.object({
  email: z.string().trim().min(1, "Skriv din e-mailadresse.").max(320, "E-mailadressen er for lang."),
  password: z.string().min(1, "Skriv din adgangskode.").max(256, "Adgangskoden er for lang."),
  redirectTo: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirectPath(url.searchParams.get("redirectTo"), url.origin);
  if (await getOptionalMember(request)) throw redirect(redirectTo);
  return json({ redirectTo });
}

function timeOfDay(date: Date): string {
  return new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", hour: "2-digit", minute: "2-digit" }).format(
    date,
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readForm(request));
  const parsed = signInSchema.safeParse(form);
  const email = typeof form.email === "string" ? form.email.slice(0, 320) : "";
  if (!parsed.success) {
    return json({ email, error: null, fieldErrors: parsed.error.flatten().fieldErrors }, { status: 400 });
  }
  const db = getDb();
  const attempt = { email: parsed.data.email, address: context.clientAddress ?? "unknown" };
  const until = await signInBlockedUntil(db, attempt);
  if (until) {
    return json(
      { email, fieldErrors: {}, error: `For mange mislykkede forsøg. Prøv igen efter kl. ${timeOfDay(until)}.` },
      { status: 429 },
    );
  }
  const member = await db
    .selectFrom("member")
    .where(({ eb, fn }) => eb(fn("lower", ["email"]), "=", parsed.data.email.toLowerCase()))
    .select(["id", "password_hash", "disabled_at"])
    .executeTakeFirst();
  const valid = member?.password_hash
    ? await verifyPassword(member.password_hash, parsed.data.password)
    : (await verifyAgainstDummy(parsed.data.password), false);
  if (!member || !valid || member.disabled_at) {
    await recordSignInFailure(db, attempt);
    // One message for every failure, so the form never reveals whether an email is registered.
    return json({ email, fieldErrors: {}, error: "Forkert e-mailadresse eller adgangskode." }, { status: 400 });
  }
  await recordSignInSuccess(db, attempt);
  const token = generateSessionToken();
  const session = await createSession(db, token, member.id);
  return redirect(safeRedirectPath(parsed.data.redirectTo, new URL(request.url).origin), {
    headers: { "Set-Cookie": sessionCookie(token, session.expiresAt) },
  });
}

export default function SignIn() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const fieldErrors = (result?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  const busy = useNavigation().state === "submitting";
  return (
    <section className="auth-card">
      <h1>Log ind på Tværs</h1>
      <p className="lead">
        Tværs er et lukket forum for fagfolk i netværket for digital ungerådgivning. Du får adgang via en invitation fra
        en moderator.
      </p>
      <Form method="post" action="/login" noValidate>
        <FormError message={result?.error} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          label="E-mailadresse"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={result?.email ?? ""}
          error={fieldErrors.email}
          autoFocus
        />
        <Field
          label="Adgangskode"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldErrors.password}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? "Logger ind …" : "Log ind"}
        </button>
      </Form>
      <p className="muted">
        {accountMailCopy.signInHint} <Link to="/glemt-adgangskode">{accountMailCopy.forgotLink}</Link>
      </p>
    </section>
  );
}
