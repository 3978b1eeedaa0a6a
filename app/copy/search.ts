/** Danish strings of search: corrections, filtered lists, similar threads. */
export const searchCopy = {
  showingCorrected: "Viser resultater for",
  searchInstead: "søg i stedet efter",
  pastTheEnd: (pages: number) =>
    pages === 1 ? "Der er kun én side med resultater." : `Der er kun ${pages} sider med resultater.`,
  backToFirst: "Til første side",
  filteredIntro: "Tråde der passer til afgrænsningen, nyeste først.",
  similarHeading: "Lignende tråde",
  similarBeforeAsking: "Måske er dit spørgsmål allerede besvaret:",
  answered: "Besvaret",
  knowledge: "Vidensbank",
};
