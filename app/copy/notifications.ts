import type { NotificationKind, WatchLevel } from "../../db/schema";

/** Danish wording for notifications, watch levels and unread tracking. */

export interface NotificationWords {
  actor: string | null;
  thread: string | null;
  count: number;
}

const someone = (actor: string | null) => actor ?? "Et medlem";
const title = (thread: string | null) => (thread ? `«${thread}»` : "en tråd");

export const notificationText: Record<NotificationKind, (w: NotificationWords) => string> = {
  reply: (w) => `${someone(w.actor)} svarede i ${title(w.thread)}`,
  quoted: (w) => `${someone(w.actor)} citerede dig i ${title(w.thread)}`,
  mentioned: (w) => `${someone(w.actor)} nævnte dig i ${title(w.thread)}`,
  solution: (w) => `Dit svar i ${title(w.thread)} er valgt som løsning`,
  helpful: (w) =>
    w.count > 1
      ? `${w.count} fandt dit indlæg i ${title(w.thread)} nyttigt`
      : `${someone(w.actor)} fandt dit indlæg i ${title(w.thread)} nyttigt`,
  claim: (w) => `${someone(w.actor)} er mentor og svarer på dit spørgsmål ${title(w.thread)}`,
  post_hidden: (w) => `En moderator har skjult dit indlæg i ${title(w.thread)}`,
  flag_handled: (w) => `En moderator har behandlet din anmeldelse af et indlæg i ${title(w.thread)}. Tak!`,
  warning: () => "Du har fået en besked fra en moderator. Læs den på din profil.",
  thread_moved: (w) => `En moderator har flyttet din tråd ${title(w.thread)} til en anden kategori`,
  newcomer_question: (w) => `Nyt spørgsmål fra en ny i dine temaer: ${title(w.thread)}`,
  new_thread: (w) => `${someone(w.actor)} startede en ny tråd: ${title(w.thread)}`,
  article_published: (w) => `Ny artikel i Vidensbanken: ${title(w.thread)}`,
  invitation_accepted: (w) => `${someone(w.actor)} har taget imod din invitation`,
};

export const watchLevelLabels: Record<WatchLevel, string> = { 3: "Følger", 2: "Sporer", 1: "Normal", 0: "Lydløs" };

export const watchLevelDescriptions: Record<WatchLevel, string> = {
  3: "Du får besked om hvert nyt indlæg.",
  2: "Du ser antal ulæste og får kun besked, når nogen nævner eller citerer dig.",
  1: "Du får kun besked, når nogen nævner eller citerer dig.",
  0: "Du får ingen beskeder, og trådene vises ikke i dine lister.",
};

export const notificationCopy = {
  chooseLevel: "Vælg et niveau for notifikationer.",
  pageTitle: "Notifikationer",
  bellLabel: (unread: number) => (unread === 0 ? "Notifikationer, ingen ulæste" : `Notifikationer, ${unread} ulæste`),
  empty:
    "Du har ingen notifikationer endnu. Når nogen svarer dig, nævner dig eller følger op på dit spørgsmål, står det her.",
  markAllRead: "Markér alle som læst",
  allMarked: "Alle notifikationer er markeret som læst.",
  unreadBadge: "ulæst",
  watchHeading: "Notifikationer for tråden",
  watchCategoryHeading: "Notifikationer for kategorien",
  watchTagHeading: "Notifikationer for tagget",
  watchSave: "Gem",
  newPostsLine: "Nye indlæg siden dit sidste besøg",
  newMarker: "ny",
  unreadCount: (n: number) => `${n} ${n === 1 ? "ulæst" : "ulæste"}`,
  mentionStorm: (written: number, max: number) =>
    `Dit indlæg nævner ${written} brugernavne. Kun de første ${max} medlemmer får besked.`,
  viewUnread: "Ulæste",
  viewNew: "Nye",
  viewLatest: "Seneste",
  handleLabel: "Brugernavn",
} as const;
