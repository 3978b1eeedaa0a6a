import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getOptionalMember } from "../auth/guards.server";
import { mailSettingsCopy } from "../copy/mail-settings";
import { mailCopy } from "../copy/mail";
import { getDb } from "../db.server";
import { readUnsubscribeToken, unsubscribeWithToken } from "../mail/unsubscribe-token.server";
import { pageTitle } from "../copy/pages";

export const meta: MetaFunction = () => [{ title: pageTitle(mailCopy.unsubscribeTitle) }];

/** Public on purpose: the link in a mail works without signing in; the signed token is the permission. */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("t") ?? "";
  const valid = (await readUnsubscribeToken(getDb(), token)) !== null;
  return json({ token: valid ? token : null }, { status: valid ? 200 : 400 });
}

/** The button on this page, and RFC 8058 one-click unsubscribe (a POST from the mail provider with the token in the URL). */
export async function action({ request }: ActionFunctionArgs) {
  const url = new URL(request.url);
  const form = await request.formData().catch(() => new FormData());
  const token = String(form.get("t") ?? url.searchParams.get("t") ?? "");
  const target = await unsubscribeWithToken(getDb(), token);
  if (!target) return json({ done: false }, { status: 400 });
  // The member who clicked in their own browser lands on the settings page with a confirmation; a one-click POST from a mail provider gets the plain answer.
  const signedIn = await getOptionalMember(request);
  if (signedIn?.id === target.memberId) throw redirect(`/profil/mail?afmeldt=${encodeURIComponent(target.kind)}`);
  return json({ done: true });
}

export default function UnsubscribePage() {
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section className="form-card">
      <h1>{mailCopy.unsubscribeTitle}</h1>
      {result?.done ? (
        <>
          <p className="notice">{mailCopy.unsubscribed}</p>
          <p>
            <Link to="/profil/mail">{mailSettingsCopy.allMailSettings}</Link>
          </p>
        </>
      ) : token === null || result?.done === false ? (
        <p className="notice">{mailCopy.badToken}</p>
      ) : (
        <Form method="post">
          <p>{mailCopy.unsubscribeConfirm}</p>
          <input type="hidden" name="t" value={token} />
          <button type="submit" className="button button--primary">
            {mailCopy.unsubscribeButton}
          </button>
        </Form>
      )}
    </section>
  );
}
