import { z } from "zod";
import { meetingCopy, meetingFormCopy } from "../copy/meetings";
import { copenhagenToUtc } from "../models/meeting-time";
import { checkPersonalData, describePersonalData } from "../privacy/personal-data";
import { cleanMultiline, hasInvalidCharacters, INVALID_CHARACTERS_MESSAGE } from "./clean-text";
import { lineField } from "./profile-fields";
import { fieldNames, formCopy } from "../copy/forms";
import { personalDataCopy } from "../copy/personal-data";

/** A multi-line text, cleaned, refusing CPR numbers like every stored text. */
export function textField(options: { label: string; max: number; required?: boolean }) {
  return z
    .string()
    .default("")
    .refine((value) => value.length <= options.max + 1_000, formCopy.atMostLong(options.label, options.max))
    .refine((value) => !hasInvalidCharacters(value), INVALID_CHARACTERS_MESSAGE)
    .transform((value) => cleanMultiline(value).trim())
    .pipe(
      z
        .string()
        .max(options.max, formCopy.atMostLong(options.label, options.max))
        .refine((value) => !options.required || value.length > 0, formCopy.fillIn(options.label.toLowerCase()))
        .superRefine((value, ctx) => {
          const check = checkPersonalData(value);
          if (check.blocked.length > 0) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              message: describePersonalData(check, value).error ?? personalDataCopy.containsCpr,
            });
          }
        }),
    );
}

const optionalLine = (label: string, max: number) =>
  z
    .string()
    .default("")
    .pipe(z.union([z.literal(""), lineField({ label, min: 1, max })]));

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, meetingCopy.invalidDateTime);
const clock = z.string().regex(/^\d{2}:\d{2}$/, meetingCopy.invalidDateTime);

export const meetingFormSchema = z
  .object({
    title: lineField({ label: fieldNames.title, min: 5, max: 150 }),
    date: day,
    startTime: clock,
    endTime: clock,
    place: optionalLine(fieldNames.place, 200),
    onlineUrl: z
      .string()
      .default("")
      .transform((value) => value.trim())
      .refine((value) => value === "" || /^https:\/\/[^\s<>"]+$/i.test(value), meetingFormCopy.linkMustBeHttps)
      .pipe(z.string().max(500, meetingFormCopy.linkTooLong)),
    hostMunicipalityId: z
      .string()
      .default("")
      .transform((value) => (value === "" ? null : Number(value)))
      .pipe(z.number().int().positive().nullable()),
    description: textField({ label: fieldNames.description, max: 4_000 }),
  })
  .transform((value, ctx) => {
    const startsAt = copenhagenToUtc(`${value.date}T${value.startTime}`);
    const endsAt = copenhagenToUtc(`${value.date}T${value.endTime}`);
    if (!startsAt)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["startTime"],
        message: Number.isNaN(Date.parse(`${value.date}T00:00:00Z`))
          ? meetingCopy.invalidDateTime
          : meetingCopy.timeDoesNotExist,
      });
    if (!endsAt)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endTime"], message: meetingCopy.timeDoesNotExist });
    if (!startsAt || !endsAt) return z.NEVER;
    return {
      title: value.title,
      startsAt,
      endsAt,
      place: value.place,
      onlineUrl: value.onlineUrl,
      hostMunicipalityId: value.hostMunicipalityId,
      description: value.description,
    };
  });

export const proposalSchema = z.object({
  title: lineField({ label: fieldNames.title, min: 5, max: 150 }),
  description: textField({ label: fieldNames.description, max: 2_000 }),
  threadId: z
    .string()
    .default("")
    .transform((value) => (value === "" ? null : Number(value)))
    .pipe(z.number().int().positive().nullable()),
});

const id = z.coerce.number().int().positive();

/** Everything a moderator or member can do on a meeting page, one intent each. */
export const meetingIntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("attend"), answer: z.enum(["attending", "online", "absent"]) }),
  z.object({ intent: z.literal("support"), itemId: id }),
  z.object({ intent: z.literal("accept"), itemId: id }),
  z.object({
    intent: z.literal("decline"),
    itemId: id,
    reason: textField({ label: fieldNames.reason, max: 500, required: true }),
  }),
  z.object({ intent: z.literal("move"), itemId: id, direction: z.enum(["up", "down"]) }),
  z.object({
    intent: z.literal("plan"),
    itemId: id,
    durationMinutes: z
      .string()
      .default("")
      .transform((value) => (value.trim() === "" ? null : Number(value)))
      .pipe(
        z
          .number({ invalid_type_error: meetingFormCopy.minutesAsNumber })
          .int()
          .min(1, meetingFormCopy.minutesAtLeastOne)
          .max(480, meetingFormCopy.minutesAtMost480)
          .nullable(),
      ),
    presenter: optionalLine(fieldNames.presenter, 120),
  }),
  z.object({ intent: z.literal("opening-round") }),
  z.object({ intent: z.literal("publish") }),
  z.object({ intent: z.literal("calendar-feed") }),
  z.object({ intent: z.literal("complete-action"), actionId: id }),
]);

export type MeetingIntent = z.infer<typeof meetingIntentSchema>;
