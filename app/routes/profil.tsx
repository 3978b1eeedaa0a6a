import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { mailSettingsCopy } from "../copy/mail-settings";
import { z } from "zod";
import { requireMember, type CurrentMember } from "../auth/guards.server";
import { changeOwnPassword } from "../auth/password-change.server";
import { newPasswordSchema } from "../auth/password-rules";
import { isRefusal } from "../refusal";
import { Field, FormError } from "../components/forms/field";
import { ModeratorWarnings } from "../components/moderator-warnings";
import { experienceLabels } from "../copy/da";
import { getDb, writeTransaction } from "../db.server";
import { displayNameField, professionField } from "../forms/profile-fields";
import { updateOwnProfile } from "../models/member.server";
import { getMentorProfile, saveMentorProfile } from "../models/mentoring.server";
import { listWarningsForMember } from "../models/flag.server";
import { readForm } from "../forms/read-form.server";
import { StorageFaultError } from "../storage-fault.server";
import { BookmarkList, DraftList } from "../components/profile-lists";
import { listDrafts } from "../models/draft.server";
import { excerptOf, listBookmarks } from "../models/bookmark.server";
import { listThemeTags } from "../models/tag.server";
import { passwordCopy } from "../copy/passwords";
import { profileCopy } from "../copy/profile";

export const meta: MetaFunction = () => [{ title: profileCopy.title }];

const profileSchema = z.object({
  intent: z.literal("profile"),
  displayName: displayNameField,
  profession: professionField,
  experience: z.enum(["inherit", "newcomer", "experienced"], {
    errorMap: () => ({ message: profileCopy.chooseExperience }),
  }),
});

const mentoringSchema = z.object({
  intent: z.literal("mentoring"),
  isMentor: z.literal("yes").optional(),
  hideNewcomerTrack: z.literal("yes").optional(),
  themeTagIds: z.array(z.coerce.number().int().positive()).max(30),
});

const passwordSchema = z
  .object({
    intent: z.literal("password"),
    currentPassword: z.string().min(1, profileCopy.currentPasswordMissing),
    newPassword: newPasswordSchema,
    newPasswordConfirm: z.string(),
  })
  .refine((form) => form.newPassword === form.newPasswordConfirm, {
    path: ["newPasswordConfirm"],
    message: passwordCopy.passwordsDiffer,
  });

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const [mentoring, themes, warnings, drafts, bookmarks] = await Promise.all([
    getMentorProfile(db, member.id),
    listThemeTags(db),
    listWarningsForMember(db, member.id),
    listDrafts(db, member.id),
    listBookmarks(db, member.id),
  ]);
  return json({
    drafts: drafts.map((draft) => ({
      key: draft.draft_key,
      title: draft.title,
      excerpt: excerptOf(draft.body, 120),
      updatedAt: draft.updated_at,
      thread:
        draft.thread_id !== null && draft.thread_slug !== null && draft.thread_title !== null
          ? { id: draft.thread_id, slug: draft.thread_slug, title: draft.thread_title }
          : null,
    })),
    draftDeleted: new URL(request.url).searchParams.get("kladde") === "slettet",
    bookmarks,
    mentoring,
    warnings,
    themes,
    displayName: member.display_name,
    profession: member.profession,
    experienceOverride: member.experience_override,
    experience: member.experience,
    email: member.email,
    municipality: member.municipality_name,
  });
}

type FieldErrors = Record<string, string[] | undefined>;

interface ProfileResult {
  intent: "profile" | "mentoring" | "password";
  fieldErrors: FieldErrors;
  message: string | null;
  /** Set when nothing could be saved (a full or read-only disk), with what the profile form held. */
  error?: string;
  values?: { displayName: string; profession: string; experience: string };
}

export async function action({ request }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const formData = await readForm(request);
  try {
    return await saveProfileForm(member, formData);
  } catch (error) {
    if (!(error instanceof StorageFaultError)) throw error;
    // Nothing was saved; the profile form is filled in again with what was typed (passwords are never sent back).
    const typed = (name: string) => String(formData.get(name) ?? "").slice(0, 200);
    const intent =
      formData.get("intent") === "password"
        ? "password"
        : formData.get("intent") === "mentoring"
          ? "mentoring"
          : "profile";
    return json<ProfileResult>(
      {
        intent,
        fieldErrors: {} as FieldErrors,
        message: null,
        error: error.message,
        values: { displayName: typed("displayName"), profession: typed("profession"), experience: typed("experience") },
      },
      { status: error.status },
    );
  }
}

async function saveProfileForm(member: CurrentMember, formData: FormData) {
  const form = Object.fromEntries(formData);
  const db = getDb();
  if (form.intent === "mentoring") {
    const parsed = mentoringSchema.safeParse({ ...form, themeTagIds: formData.getAll("themeTagIds") });
    if (!parsed.success)
      return json<ProfileResult>(
        { intent: "mentoring", fieldErrors: {} as FieldErrors, message: null },
        { status: 400 },
      );
    const experienced = member.experience === "experienced";
    await writeTransaction(db, (tx) =>
      saveMentorProfile(tx, member.id, {
        // Mentoring is for experienced members; a newcomer's view always shows every track.
        isMentor: experienced && parsed.data.isMentor === "yes",
        hideNewcomerTrack: experienced && parsed.data.hideNewcomerTrack === "yes",
        themeTagIds: parsed.data.themeTagIds,
      }),
    );
    return json<ProfileResult>({
      intent: "mentoring",
      fieldErrors: {} as FieldErrors,
      message: profileCopy.settingsSaved,
    });
  }
  if (form.intent === "password") {
    const parsed = passwordSchema.safeParse(form);
    if (!parsed.success)
      return json<ProfileResult>(
        { intent: "password", fieldErrors: parsed.error.flatten().fieldErrors as FieldErrors, message: null },
        { status: 400 },
      );
    try {
      await changeOwnPassword(db, member, { current: parsed.data.currentPassword, next: parsed.data.newPassword });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return json<ProfileResult>(
        { intent: "password", fieldErrors: { [error.field ?? "currentPassword"]: [error.message] }, message: null },
        { status: error.status },
      );
    }
    return json<ProfileResult>({
      intent: "password",
      fieldErrors: {} as FieldErrors,
      message: profileCopy.passwordChanged,
    });
  }
  const parsed = profileSchema.safeParse(form);
  if (!parsed.success)
    return json<ProfileResult>(
      { intent: "profile", fieldErrors: parsed.error.flatten().fieldErrors as FieldErrors, message: null },
      { status: 400 },
    );
  await writeTransaction(db, (tx) =>
    updateOwnProfile(tx, member.id, {
      display_name: parsed.data.displayName,
      profession: parsed.data.profession,
      experience_override: parsed.data.experience === "inherit" ? null : parsed.data.experience,
    }),
  );
  return json<ProfileResult>({ intent: "profile", fieldErrors: {} as FieldErrors, message: profileCopy.profileSaved });
}

export default function ProfilePage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const profileErrors = result?.intent === "profile" ? result.fieldErrors : {};
  const passwordErrors = result?.intent === "password" ? result.fieldErrors : {};
  const fault = result?.error ? result : null;
  const typed = fault?.intent === "profile" ? fault.values : undefined;
  return (
    <>
      <h1>{profileCopy.heading}</h1>
      <p className="lead">{profileCopy.lead(data.municipality, data.email)}</p>
      <ModeratorWarnings warnings={data.warnings} />
      <DraftList drafts={data.drafts} justDeleted={data.draftDeleted} />
      <BookmarkList bookmarks={data.bookmarks} />
      <section className="form-card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{profileCopy.profileHeading}</h2>
        {result?.intent === "profile" && result.message ? (
          <p className="form-success" role="status">
            {result.message}
          </p>
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="profile" />
          <FormError message={fault?.intent === "profile" ? fault.error : null} />
          <Field
            label={profileCopy.displayName}
            name="displayName"
            defaultValue={typed?.displayName ?? data.displayName}
            required
            maxLength={60}
            error={profileErrors.displayName}
          />
          <Field
            label={profileCopy.profession}
            name="profession"
            defaultValue={typed?.profession ?? data.profession}
            required
            maxLength={80}
            error={profileErrors.profession}
          />
          <fieldset className="field">
            <legend>{profileCopy.experienceLegend}</legend>
            <p className="field__hint">{profileCopy.experienceHint}</p>
            {[
              { value: "inherit", label: profileCopy.asMyMunicipality },
              { value: "newcomer", label: experienceLabels.newcomer },
              { value: "experienced", label: experienceLabels.experienced },
            ].map((option) => (
              <label key={option.value} className="radio">
                <input
                  type="radio"
                  name="experience"
                  value={option.value}
                  defaultChecked={(typed?.experience || (data.experienceOverride ?? "inherit")) === option.value}
                />{" "}
                {option.label}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button button--primary">
            {profileCopy.saveProfile}
          </button>
        </Form>
      </section>
      {data.experience === "experienced" ? (
        <section className="form-card" aria-labelledby="mentoring-heading">
          <h2 id="mentoring-heading">{profileCopy.mentoringHeading}</h2>
          {result?.intent === "mentoring" && result.message ? (
            <p className="form-success" role="status">
              {result.message}
            </p>
          ) : null}
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="mentoring" />
            <FormError message={fault?.intent === "mentoring" ? fault.error : null} />
            <label className="radio">
              <input type="checkbox" name="isMentor" value="yes" defaultChecked={data.mentoring.isMentor} />{" "}
              {profileCopy.wantToMentor}
            </label>
            <fieldset className="field">
              <legend>{profileCopy.themesLegend}</legend>
              <p className="field__hint">{profileCopy.themesHint}</p>
              <div className="checkbox-grid">
                {data.themes.map((theme) => (
                  <label key={theme.id} className="radio">
                    <input
                      type="checkbox"
                      name="themeTagIds"
                      value={theme.id}
                      defaultChecked={data.mentoring.themeTagIds.includes(theme.id)}
                    />{" "}
                    {theme.label}
                  </label>
                ))}
              </div>
            </fieldset>
            <label className="radio">
              <input
                type="checkbox"
                name="hideNewcomerTrack"
                value="yes"
                defaultChecked={data.mentoring.hideNewcomerTrack}
              />{" "}
              {profileCopy.hideNewcomerTrack}
            </label>
            <p className="field__hint">{profileCopy.hideNewcomerTrackHint}</p>
            <button type="submit" className="button button--primary">
              {profileCopy.saveSettings}
            </button>
          </Form>
        </section>
      ) : null}
      <section className="form-card" aria-labelledby="mail-heading">
        <h2 id="mail-heading">{mailSettingsCopy.title}</h2>
        <p>{mailSettingsCopy.lead}</p>
        <a href="/profil/mail" className="button">
          {mailSettingsCopy.linkFromProfile}
        </a>
      </section>
      <section className="form-card" aria-labelledby="data-heading">
        <h2 id="data-heading">{profileCopy.dataHeading}</h2>
        <p>{profileCopy.dataLead}</p>
        <a href="/profil/eksport" className="button" data-reload download>
          {profileCopy.downloadData}
        </a>
      </section>
      <section className="form-card" aria-labelledby="password-heading">
        <h2 id="password-heading">{profileCopy.passwordHeading}</h2>
        {result?.intent === "password" && result.message ? (
          <p className="form-success" role="status">
            {result.message}
          </p>
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="password" />
          <FormError message={fault?.intent === "password" ? fault.error : null} />
          <Field
            label={profileCopy.currentPassword}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            error={passwordErrors.currentPassword}
          />
          <Field
            label={profileCopy.newPassword}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            hint={profileCopy.newPasswordHint}
            required
            error={passwordErrors.newPassword}
          />
          <Field
            label={profileCopy.repeatNewPassword}
            name="newPasswordConfirm"
            type="password"
            autoComplete="new-password"
            required
            error={passwordErrors.newPasswordConfirm}
          />
          <button type="submit" className="button button--primary">
            {profileCopy.changePassword}
          </button>
        </Form>
      </section>
    </>
  );
}
