import type { DB } from "../../app/db.server";
import {
  addOpeningRound,
  decideAgendaItem,
  planAgendaItem,
  proposeAgendaItem,
  publishAgenda,
} from "../../app/models/agenda.server";
import { setArticleStatus } from "../../app/models/article.server";
import { replaceArticleSections } from "../../app/models/article-section.server";
import { copenhagenToUtc } from "../../app/models/meeting-time";
import { setAttendance } from "../../app/models/meeting.server";
import { addMeetingAction, articleFromNotes, publishMinutes, saveMinutes } from "../../app/models/minutes.server";

const DAY = 86_400_000;

/** 13:00–16:00 Copenhagen time on the calendar day `daysFromNow` days away. */
function afternoon(now: Date, daysFromNow: number): { startsAt: Date; endsAt: Date } {
  const day = new Date(now.getTime() + daysFromNow * DAY).toISOString().slice(0, 10);
  const startsAt = copenhagenToUtc(`${day}T13:00`);
  const endsAt = copenhagenToUtc(`${day}T16:00`);
  if (!startsAt || !endsAt) throw new Error(`No 13:00 in Copenhagen on ${day}`);
  return { startsAt, endsAt };
}

interface SeedContext {
  now: Date;
  memberId: (key: string) => { id: number; municipalityId: number };
  threadId: (title: string) => number;
  municipalityId: (slug: string) => number;
}

async function insertMeeting(
  tx: DB,
  input: {
    title: string;
    when: { startsAt: Date; endsAt: Date };
    place: string;
    onlineUrl: string;
    host: number;
    description: string;
    by: number;
    at: Date;
  },
) {
  const row = await tx
    .insertInto("meeting")
    .values({
      title: input.title,
      starts_at: input.when.startsAt.toISOString(),
      ends_at: input.when.endsAt.toISOString(),
      place: input.place,
      online_url: input.onlineUrl,
      host_municipality_id: input.host,
      description: input.description,
      created_by: input.by,
      created_at: input.at.toISOString(),
      updated_at: input.at.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A past meeting whose minutes reached their threads and became one article,
 * and an upcoming one with proposals, an accepted agenda and attendance.
 */
export async function seedMeetings(tx: DB, context: SeedContext): Promise<void> {
  const { now } = context;
  const moderator = context.memberId("moderator");
  const admin = context.memberId("admin");

  // Past meeting, three weeks ago.
  const pastWhen = afternoon(now, -21);
  const proposedAt = new Date(pastWhen.startsAt.getTime() - 14 * DAY);
  const past = await insertMeeting(tx, {
    title: "Netværksmøde i Horsens",
    when: pastWhen,
    place: "Horsens Rådhus, mødelokale 2",
    onlineUrl: "https://teams.example.dk/netvaerk-horsens",
    host: context.municipalityId("horsens"),
    description: "Månedens møde med fokus på skolevægring og afpresning online.",
    by: moderator.id,
    at: proposedAt,
  });
  await addOpeningRound(tx, past, moderator.id, proposedAt);
  const school = await proposeAgendaItem(
    tx,
    {
      meetingId: past,
      proposerId: context.memberId("karen").id,
      title: "Skolevægring: hvem skal med ved bordet?",
      description: "Erfaringer med fælles møder mellem skole, UU og familie.",
      threadId: context.threadId("Dreng, 13, har ikke været i skole i fem uger – hvem skal med ved bordet?"),
    },
    proposedAt,
  );
  const sextortion = await proposeAgendaItem(
    tx,
    {
      meetingId: past,
      proposerId: context.memberId("erfaren").id,
      title: "Sextortion: fælles vejledning til unge",
      description: "Kan vi lave én fælles tekst til chatten?",
      threadId: context.threadId("Dreng på 16 afpresses efter videochat – hvordan griber I sextortion an?"),
    },
    proposedAt,
  );
  for (const itemId of [school, sextortion])
    await decideAgendaItem(tx, { itemId, decision: "accept", reason: "", moderatorId: moderator.id }, proposedAt);
  await planAgendaItem(
    tx,
    { itemId: school, durationMinutes: 45, presenter: "Karen Skov, Haderslev", moderatorId: moderator.id },
    proposedAt,
  );
  await planAgendaItem(
    tx,
    { itemId: sextortion, durationMinutes: 40, presenter: "Mikkel Brandt, Ikast-Brande", moderatorId: moderator.id },
    proposedAt,
  );
  await publishAgenda(tx, past, moderator.id, proposedAt);
  for (const [key, answer] of [
    ["karen", "attending"],
    ["erfaren", "attending"],
    ["ny", "online"],
    ["mentor", "attending"],
    ["moderator", "attending"],
  ] as const) {
    await setAttendance(tx, past, context.memberId(key).id, answer, proposedAt);
  }
  const minutesAt = new Date(pastWhen.endsAt.getTime() + 2 * 3_600_000);
  await saveMinutes(
    tx,
    past,
    new Map([
      [
        school,
        "- Haderslev og Vejle holder første møde inden for to uger efter fraværet begynder.\n- UU er med fra starten, når den unge er over 13 år.\n- Skolen ejer handleplanen; rådgivningen følger op i chatten.",
      ],
      [
        sextortion,
        "- Netværket laver én fælles tekst til chatten om, hvad den unge skal gøre først: ikke betale, gemme beskederne, anmelde.\n- Ikast-Brande skriver udkastet.",
      ],
    ]),
    moderator.id,
    minutesAt,
  );
  await publishMinutes(
    tx,
    {
      meetingId: past,
      moderatorId: moderator.id,
      municipalityId: moderator.municipalityId,
      newThreadPlaces: new Map(),
    },
    minutesAt,
  );
  const article = await articleFromNotes(tx, school, moderator.id, minutesAt);
  await replaceArticleSections(tx, article.id, [
    {
      audience: "leaders",
      partner: null,
      source:
        "Sæt **tid af i kalenderen** til det første fælles møde, og aftal på forhånd, hvem der ejer handleplanen.",
    },
    {
      audience: "practitioners",
      partner: null,
      source:
        "- Spørg den unge, hvem der skal med ved bordet.\n- Skriv aftalerne ned i chatten, så den unge kan finde dem igen.",
    },
    {
      audience: "partners",
      partner: "uu",
      source:
        "UU er med fra starten, når den unge er over 13 år: tag kontakt til rådgivningen, så snart fraværet er bekymrende.",
    },
  ]);
  await setArticleStatus(tx, article.id, "published", moderator.id, minutesAt);
  await addMeetingAction(
    tx,
    {
      meetingId: past,
      itemId: sextortion,
      description: "Skriv udkast til fælles tekst om sextortion",
      ownerId: context.memberId("erfaren").id,
      dueOn: new Date(now.getTime() + 7 * DAY).toISOString().slice(0, 10),
      moderatorId: moderator.id,
    },
    minutesAt,
  );
  await addMeetingAction(
    tx,
    {
      meetingId: past,
      itemId: school,
      description: "Del skabelonen til skolevægringsmødet i tråden",
      ownerId: context.memberId("karen").id,
      dueOn: new Date(now.getTime() - 3 * DAY).toISOString().slice(0, 10),
      moderatorId: moderator.id,
    },
    minutesAt,
  );

  // Upcoming meeting, in two and a half weeks.
  const nextWhen = afternoon(now, 17);
  const plannedAt = new Date(now.getTime() - 5 * DAY);
  const next = await insertMeeting(tx, {
    title: "Netværksmøde i Tønder",
    when: nextWhen,
    place: "Tønder Kommune, Kongevej 57",
    onlineUrl: "https://teams.example.dk/netvaerk-toender",
    host: context.municipalityId("tonder"),
    description: "Tønder er ny i netværket og værter for første gang. Kom gerne fysisk og sig velkommen.",
    by: admin.id,
    at: plannedAt,
  });
  await addOpeningRound(tx, next, moderator.id, plannedAt);
  const gaming = await proposeAgendaItem(
    tx,
    {
      meetingId: next,
      proposerId: context.memberId("mentor").id,
      title: "Når chatten er den eneste kontakt",
      description: "Hvordan bygger vi bro fra anonym chat til et møde?",
      threadId: context.threadId("Ensom dreng på 17 vil kun tale med os online – hvordan kommer vi videre?"),
    },
    plannedAt,
  );
  await decideAgendaItem(tx, { itemId: gaming, decision: "accept", reason: "", moderatorId: moderator.id }, plannedAt);
  await planAgendaItem(
    tx,
    { itemId: gaming, durationMinutes: 40, presenter: "Lone Vestergaard, Skanderborg", moderatorId: moderator.id },
    plannedAt,
  );
  await proposeAgendaItem(
    tx,
    {
      meetingId: next,
      proposerId: context.memberId("ny").id,
      title: "Hvordan kommer en ny kommune godt i gang med chatten?",
      description: "Vi vil gerne høre, hvad I ville gøre anderledes, hvis I startede i dag.",
      threadId: null,
    },
    plannedAt,
  );
  for (const [key, answer] of [
    ["ny", "attending"],
    ["mentor", "attending"],
    ["moderator", "attending"],
    ["erfaren", "online"],
    ["karen", "absent"],
  ] as const) {
    await setAttendance(tx, next, context.memberId(key).id, answer, plannedAt);
  }
}
