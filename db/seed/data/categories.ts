import type { SeedCategory } from "../types";

export const categories: SeedCategory[] = [
  { slug: "cases", name: "Cases", description: "Konkrete forløb og samtaler – anonymiseret – hvor du vil have kollegers blik på, hvad I gjorde, og hvad I kunne have gjort." },
  { slug: "temaer", name: "Temaer", description: "Tværgående temaer som ensomhed, selvskade, skolefravær og digitale krænkelser." },
  { slug: "metoder", name: "Metoder og værktøjer", description: "Samtaleteknikker, skabeloner, chatværktøjer og gode formuleringer." },
  { slug: "drift", name: "Drift og organisering", description: "Bemanding, vagtplaner, samarbejde med SSP, UU og jobcenter, data og økonomi." },
  { slug: "nyt", name: "Nyt i netværket", description: "Nyheder fra netværket: nye kommuner, møder, kurser og ændringer på Cyberhus." },
];
