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

type Attendance = "attending" | "online" | "absent";

/** An agenda item as a member proposes it; with a slot, a moderator accepts and plans it. */
interface AgendaItemPlan {
  proposer: string;
  title: string;
  description: string;
  /** The title of the thread the item comes from, if any. */
  thread: string | null;
  slot?: { durationMinutes: number; presenter: string };
}

interface MeetingPlan {
  title: string;
  when: { startsAt: Date; endsAt: Date };
  place: string;
  onlineUrl: string;
  host: string;
  description: string;
  createdBy: string;
  /** When the meeting, its agenda and the answers were made. */
  at: Date;
  agenda: AgendaItemPlan[];
  publishAgenda: boolean;
  attendance: [member: string, answer: Attendance][];
}

/** A meeting made as the moderators and members make one through the pages; the agenda items' ids in order. */
async function seedMeeting(tx: DB, context: SeedContext, plan: MeetingPlan) {
  const moderatorId = context.memberId("moderator").id;
  const { at } = plan;
  const row = await tx
    .insertInto("meeting")
    .values({
      title: plan.title,
      starts_at: plan.when.startsAt.toISOString(),
      ends_at: plan.when.endsAt.toISOString(),
      place: plan.place,
      online_url: plan.onlineUrl,
      host_municipality_id: context.municipalityId(plan.host),
      description: plan.description,
      created_by: context.memberId(plan.createdBy).id,
      created_at: at.toISOString(),
      updated_at: at.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const meetingId = row.id;
  await addOpeningRound(tx, meetingId, moderatorId, at);
  const itemIds: number[] = [];
  for (const item of plan.agenda) {
    const proposal = {
      meetingId,
      proposerId: context.memberId(item.proposer).id,
      title: item.title,
      description: item.description,
      threadId: item.thread === null ? null : context.threadId(item.thread),
    };
    itemIds.push(await proposeAgendaItem(tx, proposal, at));
  }
  const slotted = plan.agenda.flatMap((item, index) => (item.slot ? [{ itemId: itemIds[index]!, ...item.slot }] : []));
  for (const { itemId } of slotted)
    await decideAgendaItem(tx, { itemId, decision: "accept", reason: "", moderatorId }, at);
  for (const slot of slotted) await planAgendaItem(tx, { ...slot, moderatorId }, at);
  if (plan.publishAgenda) await publishAgenda(tx, meetingId, moderatorId, at);
  for (const [key, answer] of plan.attendance) await setAttendance(tx, meetingId, context.memberId(key).id, answer, at);
  return { meetingId, itemIds };
}

/** A date `days` days from `now` as YYYY-MM-DD. */
const dayFromNow = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

/**
 * A past meeting whose minutes reached their threads and became one article,
 * and an upcoming one with proposals, an accepted agenda and attendance.
 */
export async function seedMeetings(tx: DB, context: SeedContext): Promise<void> {
  const { now } = context;
  const moderator = context.memberId("moderator");

  // Past meeting, three weeks ago.
  const pastWhen = afternoon(now, -21);
  const {
    meetingId: past,
    itemIds: [school, sextortion],
  } = await seedMeeting(tx, context, {
    title: "Netværksmøde i Horsens",
    when: pastWhen,
    place: "Horsens Rådhus, mødelokale 2",
    onlineUrl: "https://teams.example.dk/netvaerk-horsens",
    host: "horsens",
    description: "Månedens møde med fokus på skolevægring og afpresning online.",
    createdBy: "moderator",
    at: new Date(pastWhen.startsAt.getTime() - 14 * DAY),
    agenda: [
      {
        proposer: "karen",
        title: "Skolevægring: hvem skal med ved bordet?",
        description: "Erfaringer med fælles møder mellem skole, UU og familie.",
        thread: "Dreng, 13, har ikke været i skole i fem uger – hvem skal med ved bordet?",
        slot: { durationMinutes: 45, presenter: "Karen Skov, Haderslev" },
      },
      {
        proposer: "erfaren",
        title: "Sextortion: fælles vejledning til unge",
        description: "Kan vi lave én fælles tekst til chatten?",
        thread: "Dreng på 16 afpresses efter videochat – hvordan griber I sextortion an?",
        slot: { durationMinutes: 40, presenter: "Mikkel Brandt, Ikast-Brande" },
      },
    ],
    publishAgenda: true,
    attendance: [
      ["karen", "attending"],
      ["erfaren", "attending"],
      ["ny", "online"],
      ["mentor", "attending"],
      ["moderator", "attending"],
    ],
  });
  if (school === undefined || sextortion === undefined) throw new Error("The past meeting's agenda was not seeded");
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
  for (const action of [
    { itemId: sextortion, owner: "erfaren", dueInDays: 7, description: "Skriv udkast til fælles tekst om sextortion" },
    { itemId: school, owner: "karen", dueInDays: -3, description: "Del skabelonen til skolevægringsmødet i tråden" },
  ]) {
    await addMeetingAction(
      tx,
      {
        meetingId: past,
        itemId: action.itemId,
        description: action.description,
        ownerId: context.memberId(action.owner).id,
        dueOn: dayFromNow(now, action.dueInDays),
        moderatorId: moderator.id,
      },
      minutesAt,
    );
  }

  // Upcoming meeting, in two and a half weeks.
  await seedMeeting(tx, context, {
    title: "Netværksmøde i Tønder",
    when: afternoon(now, 17),
    place: "Tønder Kommune, Kongevej 57",
    onlineUrl: "https://teams.example.dk/netvaerk-toender",
    host: "tonder",
    description: "Tønder er ny i netværket og værter for første gang. Kom gerne fysisk og sig velkommen.",
    createdBy: "admin",
    at: new Date(now.getTime() - 5 * DAY),
    agenda: [
      {
        proposer: "mentor",
        title: "Når chatten er den eneste kontakt",
        description: "Hvordan bygger vi bro fra anonym chat til et møde?",
        thread: "Ensom dreng på 17 vil kun tale med os online – hvordan kommer vi videre?",
        slot: { durationMinutes: 40, presenter: "Lone Vestergaard, Skanderborg" },
      },
      {
        proposer: "ny",
        title: "Hvordan kommer en ny kommune godt i gang med chatten?",
        description: "Vi vil gerne høre, hvad I ville gøre anderledes, hvis I startede i dag.",
        thread: null,
      },
    ],
    publishAgenda: false,
    attendance: [
      ["ny", "attending"],
      ["mentor", "attending"],
      ["moderator", "attending"],
      ["erfaren", "online"],
      ["karen", "absent"],
    ],
  });
}
