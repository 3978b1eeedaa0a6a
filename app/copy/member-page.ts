/** A member's public page (app/routes/medlem.$memberId.tsx). */
export const memberPageCopy = {
  title: (name: string) => `${name} – Tværs`,
  fallbackTitle: "Medlem – Tværs",
  profession: "Stilling",
  municipality: "Kommune",
  experience: "Erfaring",
  experienceChosen: " (valgt på profilen)",
  experienceFromMunicipality: " (fra kommunen)",
  role: "Rolle",
  memberSince: "Medlem siden",
  disabled: "Medlemmet er deaktiveret.",
  editOwn: "Redigér profil og adgangskode",
  latestPosts: "Seneste indlæg",
  noPosts: "Ingen indlæg endnu.",
  threadsBy: (name: string) => `Tråde startet af ${name}`,
  noThreads: "Ingen tråde endnu.",
} as const;
