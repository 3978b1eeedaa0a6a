/**
 * Everyday chat for the search eval: seeded threads of common Danish words,
 * dated after everything in the evaluated corpus, as a growing forum's newest
 * threads are. They share the corpus's common words (unge, chat, samtale,
 * kommune …) but are about nothing in particular, so a ranking that lets
 * common words or recency decide loses the older relevant threads to them.
 */

/** mulberry32: the same filler for the same seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS =
  "og i jeg det at en den til er som på de med af for ikke der var vi har om men et hvad skal kan vil når så også bare lige godt hvis nogen noget alle mange".split(
    " ",
  );
const EVERYDAY_WORDS = (
  "dag uge tid morgen aften weekend møde mødet kaffe kage frokost pause kontor kollega kolleger leder team vagt vagten chat chatten samtale samtaler ung unge " +
  "kommune kommunen skole skolen forældre barn børn familie hjem hjemme arbejde opgave opgaver plan planer idé ideer spørgsmål svar tak hilsen info " +
  "mail telefon system systemet login kode adgang ferie sommer jul vinter vejret regn sol bil bus tog parkering lokale lokalet computer skærm printer " +
  "kalender aftale aftaler program oplæg dagsorden referat næste sidste første nye gamle stor lille hurtig langsom glad træt sjov travl rolig " +
  "tænker synes håber prøver kommer går ser skriver spørger hjælper mangler finder husker glemmer bruger deler sender læser"
).split(" ");
const TAG_WORDS = "hverdag kaffeklub praktisk socialt kontoret it ferie møder kantine arrangementer".split(" ");
const MUNICIPALITIES = ["Haderslev", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle"];

export interface FillerThread {
  title: string;
  category: string;
  track: "shared";
  municipality: string;
  tags: string[];
  created_at: string;
  posts: { author: string; body: string; created_at: string }[];
}

/** `count` threads, the first dated just after `after`, a minute apart. */
export function fillerThreads(count: number, seed: number, after: Date): FillerThread[] {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const sentence = (words: number) => {
    const out: string[] = [];
    for (let i = 0; i < words; i += 1) out.push(rnd() < 0.45 ? pick(FUNCTION_WORDS) : pick(EVERYDAY_WORDS));
    const text = out.join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  return Array.from({ length: count }, (_, i) => {
    const start = after.getTime() + (i + 1) * 60_000;
    const posts = Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, j) => ({
      author: `Kollega ${1 + Math.floor(rnd() * 40)}`,
      body: Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => sentence(6 + Math.floor(rnd() * 12))).join(" "),
      created_at: new Date(start + j * 1000).toISOString(),
    }));
    return {
      title: sentence(3 + Math.floor(rnd() * 5)).slice(0, -1),
      category: "Hverdag",
      track: "shared",
      municipality: pick(MUNICIPALITIES),
      tags: [pick(TAG_WORDS)],
      created_at: new Date(start).toISOString(),
      posts,
    };
  });
}
