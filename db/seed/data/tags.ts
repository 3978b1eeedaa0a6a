import type { SeedTag } from "../types";

export const tags: SeedTag[] = [
  // Case tags: the kind of situation a post is about.
  { slug: "selvskade", label: "Selvskade", kind: "case", description: "Unge, der skader sig selv, og hvordan vi møder dem i chat og samtale." },
  { slug: "selvmordstanker", label: "Selvmordstanker", kind: "case", description: "Samtaler med unge, der nævner selvmordstanker, og hvornår vi handler akut." },
  { slug: "underretning", label: "Underretning", kind: "case", description: "Skærpet underretningspligt, anonyme henvendelser og hvornår vi underretter." },
  { slug: "vold-i-hjemmet", label: "Vold i hjemmet", kind: "case", description: "Unge, der fortæller om vold eller konflikter i familien." },
  { slug: "digitale-kraenkelser", label: "Digitale krænkelser", kind: "case", description: "Deling af billeder, afpresning, grooming og mobning online." },
  { slug: "skolevaegring", label: "Skolevægring", kind: "case", description: "Ufrivilligt skolefravær, angst for skolen og samarbejdet med forældre og skole." },
  { slug: "rusmidler", label: "Rusmidler", kind: "case", description: "Hash, alkohol, piller og andre rusmidler blandt unge." },
  { slug: "spiseforstyrrelser", label: "Spiseforstyrrelser", kind: "case", description: "Unge med tegn på spiseforstyrrelse eller træningsafhængighed." },
  { slug: "kriminalitet", label: "Kriminalitet", kind: "case", description: "Unge i eller på vej ind i kriminelle miljøer; samarbejdet med SSP og politi." },
  { slug: "ensomhed", label: "Ensomhed", kind: "case", description: "Unge, der føler sig alene, og hvordan vi hjælper dem videre." },
  { slug: "uddannelse-og-job", label: "Uddannelse og job", kind: "case", description: "Unge uden uddannelse eller job, FGU, STU og overgangen fra grundskolen." },
  { slug: "angst", label: "Angst", kind: "case", description: "Unge med angst, panikanfald og bekymringer, der fylder." },
  // Theme tags: the professional theme a discussion belongs to.
  { slug: "chatraadgivning", label: "Chatrådgivning", kind: "theme", description: "Den anonyme chat på Cyberhus: samtaleform, åbningstider og kvalitet." },
  { slug: "anonymitet", label: "Anonymitet", kind: "theme", description: "Hvad anonymitet betyder for de unge, og hvor grænserne går." },
  { slug: "forældresamarbejde", label: "Forældresamarbejde", kind: "theme", description: "Inddragelse af forældre, når den unge har brug for det." },
  { slug: "ssp", label: "SSP", kind: "theme", description: "Samarbejdet mellem skole, socialforvaltning og politi." },
  { slug: "uu-vejledning", label: "UU-vejledning", kind: "theme", description: "Ungdommens Uddannelsesvejledning, KUI og vejen mod uddannelse." },
  { slug: "metode", label: "Metode", kind: "theme", description: "Samtalemetoder, spørgeteknikker og faglige tilgange." },
  { slug: "retningslinjer", label: "Retningslinjer", kind: "theme", description: "Lokale og fælles retningslinjer for rådgivningen." },
  { slug: "supervision", label: "Supervision", kind: "theme", description: "Supervision, debriefing og at passe på rådgiverne." },
  { slug: "frivillige", label: "Frivillige", kind: "theme", description: "Rekruttering, oplæring og fastholdelse af frivillige rådgivere." },
  { slug: "data-og-dokumentation", label: "Data og dokumentation", kind: "theme", description: "Statistik, dokumentation og GDPR i rådgivningen." },
  { slug: "organisering", label: "Organisering", kind: "theme", description: "Bemanding, vagtplaner, ledelse og økonomi." },
  { slug: "onboarding", label: "Onboarding", kind: "theme", description: "Sådan kommer en ny kommune godt i gang i netværket." },
];
