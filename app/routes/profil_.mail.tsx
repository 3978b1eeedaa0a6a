import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireMember } from "../auth/guards.server";
import { FormError } from "../components/forms/field";
import { digestCopy } from "../copy/digest";
import { mailSettingsCopy } from "../copy/mail-settings";
import { getDb } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { DIGEST_FREQUENCIES, MAIL_CHOICE_NAMES, type MailChoice } from "../mail/mail-choices";
import { choiceForKind, readMailSettings, saveMailSettings } from "../mail/mail-settings.server";
import { pageTitle } from "../copy/pages";

export const meta: MetaFunction = () => [{ title: pageTitle(mailSettingsCopy.title) }];

// A ticked checkbox sends "on"; an unticked one sends nothing.
const ticked = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");
const mailSettingsSchema = z.object({
  ...(Object.fromEntries(MAIL_CHOICE_NAMES.map((choice) => [choice, ticked])) as Record<MailChoice, typeof ticked>),
  digest: z.enum(DIGEST_FREQUENCIES),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const unsubscribedKind = new URL(request.url).searchParams.get("afmeldt") ?? "";
  const unsubscribedFrom = choiceForKind(unsubscribedKind);
  const unsubscribedDigest = unsubscribedKind === "digest";
  return json({ settings: await readMailSettings(getDb(), member.id), unsubscribedFrom, unsubscribedDigest });
}

export async function action({ request }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const parsed = mailSettingsSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return json({ saved: false, error: mailSettingsCopy.invalid }, { status: 400 });
  const { digest, ...immediate } = parsed.data;
  await saveMailSettings(getDb(), member.id, { immediate, digest });
  return json({ saved: true, error: null });
}

export default function MailSettingsPage() {
  const { settings, unsubscribedFrom, unsubscribedDigest } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section className="form-card">
      <h1>{mailSettingsCopy.title}</h1>
      {result?.saved ? (
        <p className="form-success" role="status">
          {mailSettingsCopy.saved}
        </p>
      ) : unsubscribedDigest ? (
        <p className="form-success" role="status">
          {digestCopy.unsubscribedDigest}
        </p>
      ) : unsubscribedFrom ? (
        <p className="form-success" role="status">
          {mailSettingsCopy.unsubscribedFrom(mailSettingsCopy.choices[unsubscribedFrom])}
        </p>
      ) : null}
      <FormError message={result?.error} />
      <p className="lead">{mailSettingsCopy.lead}</p>
      <Form method="post" replace>
        <fieldset>
          <legend>{mailSettingsCopy.immediateLegend}</legend>
          {MAIL_CHOICE_NAMES.map((choice) => (
            <label key={choice} className="radio">
              <input type="checkbox" name={choice} defaultChecked={settings.immediate[choice]} />{" "}
              {mailSettingsCopy.choices[choice]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{mailSettingsCopy.digestLegend}</legend>
          {DIGEST_FREQUENCIES.map((frequency) => (
            <label key={frequency} className="radio">
              <input type="radio" name="digest" value={frequency} defaultChecked={settings.digest === frequency} />{" "}
              {mailSettingsCopy.digest[frequency]}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary">
          {mailSettingsCopy.save}
        </button>
      </Form>
      <p>
        <Link to="/profil">{mailSettingsCopy.backToProfile}</Link>
      </p>
    </section>
  );
}
