import type { SeedThread } from "../../types";

// Nyt i netværket: velkomster, mødereferater, kurser og ændringer på Cyberhus.
// Alt indhold er opdigtet.
export const nytThreads: SeedThread[] = [
  {
    title: "Velkommen til Tværs – sådan bruger du forummet",
    category: "nyt",
    track: "shared",
    tags: ["onboarding", "retningslinjer"],
    startedDaysAgo: 400,
    pinned: true,
    posts: [
      {
        author: "admin",
        hoursAfterStart: 0,
        body: `Velkommen til Tværs – netværkets lukkede forum for os, der arbejder med digital rådgivning af unge på tværs af kommunerne. Her kan du dele erfaringer, spørge om råd og finde kolleger, der har stået i det samme.

**Sådan kommer du i gang**
1. Udfyld din profil med funktion og kommune, så andre ved, hvem de taler med.
2. Skriv en kort hilsen i velkomsttråden for din kommune, hvis der er en.
3. Brug tags, når du opretter en tråd. Det gør det lettere for andre at finde den senere.

**Tre regler, vi ikke går på kompromis med**
- Ingen oplysninger, der kan identificere en ung. Skriv "pige, 15" – aldrig navne, skoler, byer eller detaljer, der kan genkendes.
- Vi er uenige med respekt. Faglig uenighed er velkommen, personangreb er ikke.
- Akutte situationer hører ikke hjemme her. Følg jeres lokale procedurer, og brug forummet bagefter til refleksion.

Har du spørgsmål, så skriv til mig eller en af moderatorerne.`,
      },
      {
        author: "moderator",
        hoursAfterStart: 3,
        body: `Tak, Birgitte. Jeg vil lige tilføje, at man kan markere et svar som **løsning** i sin egen tråd. Det hjælper kolleger, der senere søger på det samme spørgsmål, til hurtigt at finde det svar, der virkede. Og brug søgefeltet, før du opretter en ny tråd – der er god chance for, at en kollega allerede har spurgt om det samme.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 26,
        body: `Dejligt at have et lukket sted til det her. Tak for et klart sæt spilleregler – særligt det om anonymisering. Det er nemt at komme til at skrive en detalje for meget, når man står midt i en sag, der fylder.`,
      },
      {
        author: "ida",
        hoursAfterStart: 3300,
        body: `Hej alle – Ida fra Næstved her. Vi er lige startet i netværket, og jeg har brugt de første dage på at læse gamle tråde. Det er en guldgrube. Tak for de klare regler; de gør det meget nemmere at turde skrive selv.`,
      },
    ],
  },
  {
    title: "Velkommen til Tønder Kommune – nyt medlem af netværket",
    category: "nyt",
    track: "shared",
    tags: ["onboarding"],
    startedDaysAgo: 56,
    posts: [
      {
        author: "moderator",
        hoursAfterStart: 0,
        body: `Det er en stor glæde at byde Tønder Kommune velkommen i netværket! Tønder bliver vores nye nabo her i Sønderjylland, og teamet består af en UU-vejleder, en skolesocialrådgiver og en SSP-konsulent, som sammen skal bemande chatten de første måneder. Sofie og Maria er allerede oprettet her på Tværs.

Tønder starter med to chataftener om ugen og deltager i den fælles oplæring i næste måned. Indtil da får de en makkerkommune – og det bliver os i Sønderborg.

Tag godt imod dem, og del gerne jeres bedste råd til en ny kommune her i tråden.`,
      },
      {
        author: "ny",
        hoursAfterStart: 5,
        body: `Tusind tak for velkomsten, Jens! Vi glæder os rigtig meget. Jeg er UU-vejleder og har ikke lavet chatrådgivning før, så jeg kommer nok til at stille mange spørgsmål herinde. Alle gode råd modtages med kyshånd. Vi er særligt spændte på, hvordan man får de unge her i området til at opdage chatten.`,
      },
      {
        author: "helle",
        hoursAfterStart: 9,
        body: `Velkommen, Tønder! Mit bedste råd fra Vejle: start med få vagter, og hold fast i dem. Det er bedre at have to faste aftener, som de unge kan regne med, end fire aftener, der bliver aflyst, når nogen er syge.`,
      },
      {
        author: "karen",
        hoursAfterStart: 20,
        body: `Velkommen herfra også – vi er jo næsten naboer. Mit råd: hold debriefing efter hver vagt fra dag ét, også når det har været stille. Det bliver meget sværere at indføre senere, når vanerne har sat sig. Hos os tager det sjældent mere end ti minutter, og det er den bedste investering, vi har gjort.`,
      },
      {
        author: "maria",
        hoursAfterStart: 30,
        body: `Tak for den fine modtagelse. Jeg er skolesocialrådgiver og glæder mig til at lære af jer. Karen, jeg vil meget gerne se jeres debriefingskabelon, hvis I har en nedskrevet. Jeg har været på skolerne i mange år, men den skriftlige, anonyme samtale er helt ny for mig.`,
      },
      {
        author: "karen",
        hoursAfterStart: 34,
        body: `Selvfølgelig, Maria. Jeg lægger den op under Metoder og værktøjer i løbet af ugen, så andre også kan bruge den. Skriv endelig, hvis I vil have en snak over telefonen, inden I går i gang. Den er kort: tre spørgsmål om, hvad der fyldte, hvad der gik godt, og om man har brug for mere.`,
      },
    ],
  },
  {
    title: "Velkommen til Helsingør Kommune – SSP tager chatten med i netværket",
    category: "nyt",
    track: "shared",
    tags: ["onboarding", "ssp"],
    startedDaysAgo: 148,
    posts: [
      {
        author: "admin",
        hoursAfterStart: 0,
        body: `Kære alle. I dag kan vi byde Helsingør Kommune velkommen som nyt medlem af netværket.

I Helsingør er det SSP, der står i spidsen for chatten, og de har en spændende plan om at koble den digitale rådgivning tæt sammen med det opsøgende arbejde. Emil er SSP-konsulent og har allerede været med på den fælles introduktionsdag.

Helsingør starter med én fast chataften om ugen og forventer at udvide efter sommerferien. Deres makkerkommune bliver Roskilde.

Skriv endelig en hilsen – og fortæl gerne, hvad I selv ville ønske, I havde vidst, da I startede.`,
      },
      {
        author: "emil",
        hoursAfterStart: 6,
        body: `Tak for velkomsten! Vi er et lille, men meget motiveret hold. Vi har især brug for erfaringer med, hvordan man kobler chatten med det opsøgende arbejde uden at gå på kompromis med anonymiteten. Det glæder jeg mig til at drøfte med jer.`,
      },
      {
        author: "jonas",
        hoursAfterStart: 12,
        body: `Velkommen, Emil – vi glæder os til makkerskabet. Det, jeg gerne ville have vidst: det er helt normalt, at der er stille de første uger. De unge skal lige opdage, at chatten er der. Tag det ikke som et tegn på, at det ikke virker.`,
      },
      {
        author: "thomas",
        hoursAfterStart: 28,
        body: `Velkommen! Fra en gadeplansmedarbejder: vi har gode erfaringer med at dele små kort med chattens åbningstider ud, når vi er på gaden. Så ved de unge allerede, at det er os, de skriver med. Sig til, hvis du vil høre mere om, hvordan vi gør.`,
      },
      {
        author: "rasmus",
        hoursAfterStart: 50,
        body: `Velkommen fra Horsens. Lige en lille ting, som tog mig lang tid at lære: sig højt i teamet, at man godt må skrive **"det ved jeg ikke"** til en ung i chatten. Ærlighed bygger mere tillid end et hurtigt svar.`,
      },
    ],
  },
  {
    title: "Referat fra netværksmødet i Kolding: fælles vagter og ny chatkø på Cyberhus",
    category: "nyt",
    track: "shared",
    tags: ["chatraadgivning", "organisering", "data-og-dokumentation"],
    startedDaysAgo: 24,
    posts: [
      {
        author: "admin",
        hoursAfterStart: 0,
        body: `Tak til alle, der var med på netværksmødet i Kolding – og tak til Louise og holdet for at lægge lokaler til. Her er de vigtigste punkter:

**1. Fælles sene vagter**
Vi forsøger med fælles sene vagter fredag og lørdag, hvor flere kommuner deler bemandingen. Vagtplanen kommer i næste uge.

**2. Ny chatkø på Cyberhus**
Cyberhus har opdateret chatten, så den unge nu kan se sin plads i køen, og rådgiveren kan sende en kort ventebesked. Samtidig kan den unge vælge et tema, inden samtalen starter. Temavalget er frivilligt.

**3. Statistik**
Kvartalsudtrækket bliver fremover sendt automatisk til kontaktpersonen i hver kommune.

**4. Næste møde**
Holdes online om tre måneder. Forslag til emner modtages gerne her i tråden.

Læs mere om ændringerne på [Cyberhus](https://cyberhus.dk).`,
      },
      {
        author: "mette",
        hoursAfterStart: 8,
        body: `Tak for et godt møde og et fint referat. Et spørgsmål til punkt 2: kan vi selv formulere ventebeskeden, eller er det en fast tekst? Vi har gode erfaringer med at skrive noget mere personligt end "Du er i kø".`,
      },
      {
        author: "admin",
        hoursAfterStart: 20,
        body: `Der er en standardtekst, men hver kommune kan redigere den under indstillingerne for vagten. Jeg anbefaler, at man holder den kort og skriver, at den unge gerne må lukke vinduet og komme igen senere – og at det er helt i orden.`,
      },
      {
        author: "nikolaj",
        hoursAfterStart: 40,
        body: `Jeg er lidt bekymret for temavalget. Unge, der skriver om rusmidler, vælger sjældent det tema, hvis det står direkte på listen. Kan vi få en mulighed, der hedder noget i stil med "Noget andet" eller "Ved ikke endnu"? Så tvinger vi ikke nogen til at sætte ord på det, før de er klar.`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 52,
        body: `Godt fanget, Nikolaj.

> Så tvinger vi ikke nogen til at sætte ord på det, før de er klar.

Det gælder i lige så høj grad selvskade og spiseforstyrrelser. Jeg har skrevet det på som forslag til næste møde og tager det op med Cyberhus allerede nu.`,
      },
    ],
  },
  {
    title: "Kursus for nye chatrådgivere: skriftlig samtale og svære temaer – tilmelding åben",
    category: "nyt",
    track: "shared",
    tags: ["onboarding", "chatraadgivning", "supervision"],
    startedDaysAgo: 12,
    posts: [
      {
        author: "moderator2",
        hoursAfterStart: 0,
        body: `Vi gentager succesen fra sidste år og holder et todageskursus for nye chatrådgivere i netværket. Kurset er særligt tænkt til jer fra de nye kommuner, men alle med under et års erfaring er velkomne.

**Indhold**
- Den skriftlige samtale: tempo, tone og pauser
- Åbning og afslutning af en chat
- Når samtalen handler om selvskade eller selvmordstanker
- Henvisning og samarbejde med lokale tilbud
- Sådan passer du på dig selv: debriefing og supervision

Kurset foregår i Aarhus, og netværket dækker forplejningen. Transport betales af kommunen. Der er plads til tyve deltagere. Skriv i tråden, hvis du vil med, så sender jeg det praktiske.`,
      },
      {
        author: "ida",
        hoursAfterStart: 4,
        body: `Jeg vil meget gerne med fra Næstved! Kan jeg deltage, selvom jeg har været i gang i lidt over et halvt år? Min kollega fra teamet vil også gerne med, og hun har været her i lidt kortere tid. Er der plads til os begge?`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 7,
        body: `Ja, Ida, I er begge meget velkomne. Noget vil være kendt stof, men erfaringen er, at det er rart at få sat ord på det, man allerede gør – og at have tid til at stille de spørgsmål, der er dukket op undervejs.`,
      },
      {
        author: "julie",
        hoursAfterStart: 20,
        body: `Jeg melder mig også. Bliver der mulighed for at tage egne eksempler med – anonymiserede, selvfølgelig? Jeg har især et par afslutninger på samtaler, som jeg gerne vil vende med nogen – især dem, hvor den unge ikke selv vil slutte.`,
      },
      {
        author: "frederik",
        hoursAfterStart: 30,
        body: `Frederik fra Ballerup her. Vi er to fra jobcentrets ungeteam, der gerne vil med. Er kurset relevant for os, selvom vi mest bruger chatten til spørgsmål om uddannelse og job? Vi har ikke meget erfaring med de tunge temaer, så dem vil vi faktisk gerne blive klogere på.`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 36,
        body: `Julie: ja, vi bruger en halv dag på deltagernes egne eksempler, så tag dem endelig med.

Frederik: helt sikkert. Spørgsmål om uddannelse og job kan hurtigt vise sig at handle om noget andet – ensomhed, angst eller problemer derhjemme – og det er netop det, kurset forbereder jer på. I står begge på listen nu.`,
      },
    ],
  },
];
