/** Danish wording of e-mails and the unsubscribe page. */
export const mailCopy = {
  greeting: (name: string) => `Hej ${name}`,
  openLink: "Læs det på Tværs",
  whyYouGetThis:
    "Du får denne mail, fordi det er rettet til dig, og du ikke har set det på Tværs inden for 10 minutter.",
  unsubscribe: "Afmeld mails af denne slags",
  unsubscribeTitle: "Afmeld mails",
  unsubscribeConfirm: "Vil du afmelde mails af denne slags fra Tværs?",
  unsubscribeButton: "Afmeld",
  unsubscribed: "Du er afmeldt. Du får ikke flere mails af denne slags. Notifikationerne står stadig på Tværs.",
  badToken: "Linket til afmelding er ugyldigt eller for gammelt. Log ind på Tværs for at ændre dine mails.",
} as const;
