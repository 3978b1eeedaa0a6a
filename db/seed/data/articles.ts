/**
 * Vidensbank articles the moderators have made from demo threads, so the demo
 * shows the knowledge base, its theme groups and its lift in search. Sources
 * are the thread's opening post and the replies named by their place (1 = the
 * first reply).
 */
export interface SeedArticle {
  title: string;
  thread: string;
  replies: number[];
  summary: string;
  keyPoints: string[];
  themes: string[];
  owner: string;
  reviewInDays: number;
}

export const articles: SeedArticle[] = [
  {
    title: "Sextortion: de første skridt, når en ung bliver afpresset",
    thread: "Dreng på 16 afpresses efter videochat – hvordan griber I sextortion an?",
    replies: [1, 2],
    summary: `Når en ung afpresses med billeder eller video, er det **afpresseren, der har begået en forbrydelse** – sig det tydeligt, for skammen er det, afpresserne lever af.

Stop betalingen og kontakten, men gem samtalen som skærmbilleder. Tag gerne med den unge til politiet, og få hjælp til at fjerne materialet hos Red Barnets SletDet. Under 18 år skal forældrene ind over; spørg den unge, hvordan det skal ske, og hvem der skal være med.`,
    keyPoints: [
      "Stop betaling og kontakt – slet ikke samtalen",
      "Anmeld til politiet, og tilbyd at tage med",
      "Få materialet fjernet via SletDet",
      "Spørg direkte til selvmordstanker",
      "Husk underretning – både skolens og din egen",
    ],
    themes: ["digitale-kraenkelser", "underretning"],
    owner: "moderator",
    reviewInDays: 180,
  },
  {
    title: "Den første besked i chatten, når den unge ikke siger noget",
    thread: "Første besked i chatten: hvad skriver I, når den unge ikke siger noget?",
    replies: [1],
    summary: `"Hvad vil du tale om?" kan føles som en eksamen. Start med en hilsen og dit navn, giv lov til at være usikker, og stil et lille, konkret spørgsmål med svarmuligheder.

Bliver der stille, så skriv, at du stadig er der, og først efter omkring ti minutter, at du lukker – og at den unge altid er velkommen igen. Stilhed er sjældent afvisning: mange skriver og sletter flere gange, før de tør sende.`,
    keyPoints: ["Hilsen og navn først", "Giv lov til at være usikker", "Et lille, konkret spørgsmål", "Vent – og sig, at du stadig er der"],
    themes: ["chatraadgivning", "metode"],
    owner: "mentor",
    reviewInDays: 365,
  },
];
