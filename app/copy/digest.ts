/** Danish wording of the e-mail digest (app/mail/digest.server.ts, digest-mail.server.ts). */
export const digestCopy = {
  subject: (frequency: "daily" | "weekly") =>
    frequency === "daily" ? "Dit daglige overblik fra Tværs" : "Dit ugentlige overblik fra Tværs",
  intro: (frequency: "daily" | "weekly") =>
    frequency === "daily"
      ? "Her er det nye på Tværs siden i går, som vedrører dig."
      : "Her er det nye på Tværs den seneste uge, som vedrører dig.",
  trackThreads: "Nye tråde i dine spor",
  watchedThreads: "Nye tråde i emner, du følger",
  unansweredQuestions: "Nybegynderspørgsmål i dine temaer, som venter på svar",
  newArticles: "Nyt i Vidensbanken",
  nextMeeting: "Næste netværksmøde",
  more: (count: number) => (count === 1 ? "… og 1 mere på Tværs" : `… og ${count} flere på Tværs`),
  when: "Tidspunkt",
  where: "Sted",
  online: "Online",
  yourAnswer: (answer: string) => `Dit svar: ${answer}`,
  noAnswer: "Du har ikke svaret endnu.",
  answerLink: "Svar om du kommer",
  meetingLink: "Se mødet",
  whyYouGetThis: (frequency: "daily" | "weekly") =>
    frequency === "daily"
      ? "Du får dette overblik hver dag, fordi du har valgt det under Mine mails på Tværs."
      : "Du får dette overblik hver uge; det er standard for medlemmer af Tværs. Du kan vælge dagligt eller aldrig under Mine mails.",
  unsubscribe: "Afmeld overblikket",
  settingsLink: "Mine mails",
  unsubscribedDigest: "Du er afmeldt overblikket. Du kan slå det til igen under Mine mails.",
} as const;
