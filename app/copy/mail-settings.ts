/** Danish wording of the mail settings page (/profil/mail). */
export const mailSettingsCopy = {
  backToProfile: "Tilbage til profilen",
  title: "Mails fra Tværs",
  lead: "Vælg, hvad Tværs må sende dig en mail om. Notifikationerne står altid på Tværs under klokken.",
  immediateLegend: "Med det samme (når du ikke har set det på Tværs inden for 10 minutter)",
  choices: {
    reply: "Svar i mine tråde og på mine indlæg",
    mentioned: "Når nogen nævner mig med @",
    quoted: "Når nogen citerer mig",
    claim: "Når en mentor tager mit spørgsmål",
    moderation: "Når en moderator handler på mit indlæg eller min tråd",
  },
  digestLegend: "Oversigt over nyt i mine spor og temaer",
  digest: { weekly: "Hver uge", daily: "Hver dag", never: "Aldrig" },
  save: "Gem mailvalg",
  saved: "Dine mailvalg er gemt.",
  unsubscribedFrom: (what: string) => `Du er afmeldt mails om: ${what.toLowerCase()}. Du kan ændre det herunder.`,
  allMailSettings: "Se og ændr alle dine mailvalg",
  linkFromProfile: "Mailvalg",
  invalid: "Valget kunne ikke forstås. Prøv igen.",
} as const;
