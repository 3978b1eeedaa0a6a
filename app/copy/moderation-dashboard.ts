/** The moderators' and admins' dashboard (app/routes/admin._index.tsx). */
export const moderationDashboard = {
  title: "Moderation – Tværs",
  headingAdmin: "Administration",
  headingModerator: "Moderation",
  tiles: {
    openFlags: "Åbne anmeldelser",
    unansweredNewcomer: "Spørgsmål fra nye uden svar",
    overdueNewcomer: "…heraf over 48 timer",
    articlesDue: "Artikler, der skal gennemgås",
    drafts: "Artikelkladder",
    hiddenPosts: "Skjulte indlæg",
    openInvitations: "Åbne invitationer",
    activeMembers: "Aktive medlemmer",
  },
  queuesHeading: "Køer",
  activityHeading: "Aktivitet pr. uge",
  postsInTrack: (track: string) => `Indlæg i «${track}»`,
  tableLabel: "Indlæg pr. uge og spor",
  weekFrom: "Uge fra",
  total: "I alt",
  exportKnowledgeBase: "Eksportér Vidensbanken",
  exportExplained: "– de udgivne artikler som Markdown-filer i en zip.",
} as const;
