/** The header and footer of every page (app/components/site-header.tsx). */
export const siteLayoutCopy = {
  skipToContent: "Spring til indholdet",
  tagline: "Digital ungerådgivning på tværs af kommuner",
  searchLabel: "Søg i forummet",
  searchPlaceholder: "Søg i erfaringer …",
  search: "Søg",
  mainMenu: "Hovedmenu",
  front: "Forside",
  gettingStarted: "Kom godt i gang",
  mentorQueue: "Mentorkø",
  meetings: "Netværksmøder",
  knowledge: "Vidensbank",
  tags: "Tags",
  municipalities: "Kommuner",
  administration: "Administration",
  moderation: "Moderation",
  signOut: "Log ud",
  footer:
    "Tværs er et lukket forum for fagfolk i netværket for digital ungerådgivning. Skriv aldrig CPR-numre, navne eller andet, der kan identificere en ung – brug pseudonymer som «pige, 15».",
} as const;
