import type { SeedThread } from "../../types";

// Metoder og værktøjer: samtaleteknikker, åbning og afslutning, skabeloner og formuleringer.
// Alt indhold er opdigtet. Unge omtales kun med køn og alder.
export const metoderThreads: SeedThread[] = [
  {
    title: "Hvordan afslutter I en chat, når den unge ikke selv vil slutte?",
    category: "metoder",
    track: "newcomer",
    tags: ["chatraadgivning", "metode"],
    startedDaysAgo: 2,
    posts: [
      {
        author: "julie",
        hoursAfterStart: 0,
        body: `Hej alle. Jeg er ret ny chatrådgiver i Aarhus og har nu haft en håndfuld vagter. Det, jeg kæmper mest med, er afslutningen.

I går havde jeg en pige, 15, som jeg havde skrevet med i næsten en time. Vi var kommet godt rundt om det, hun skrev om (en konflikt med en veninde), og hun havde selv foreslået at tale med sin mor. Men hver gang jeg prøvede at runde af, kom der et nyt lille emne, og til sidst skrev hun bare "ok" og "hmm". Jeg ville ikke have, at hun følte sig smidt ud, men der sad tre i køen.

- Har I faste formuleringer, I bruger, når I lukker en samtale?
- Siger I noget om tid allerede i starten af chatten?
- Hvad gør I, hvis den unge bliver ked af det, når I afslutter?

På forhånd tak – jeg tager meget gerne imod eksempler ordret.`,
      },
    ],
  },
  {
    title: "Første besked i chatten: hvad skriver I, når den unge ikke siger noget?",
    category: "metoder",
    track: "newcomer",
    tags: ["chatraadgivning", "metode", "onboarding"],
    startedDaysAgo: 210,
    solution: 1,
    posts: [
      {
        author: "ida",
        hoursAfterStart: 0,
        body: `Vi er startet op med chatten i Næstved for et par måneder siden, og vi oplever tit, at den unge åbner chatten og så … ingenting. Der står et enkelt "hej", eller der står slet ikke noget, og så sidder vi og venter.

Vores standardhilsen er lidt stiv: *"Hej og velkommen til chatten. Hvad vil du gerne tale om?"* Jeg har en fornemmelse af, at det spørgsmål er for stort for mange.

Hvad skriver I som det allerførste? Og hvor længe venter I, før I skriver igen?`,
      },
      {
        author: "mentor",
        hoursAfterStart: 6,
        body: `Godt spørgsmål, og du har ret: "Hvad vil du tale om?" kan føles som en eksamen. I Skanderborg bruger vi nogenlunde den her rækkefølge:

1. **Hilsen og navn:** "Hej, jeg hedder Lone og er rådgiver her i aften."
2. **Giv lov til at være usikker:** "Det kan være svært at vide, hvor man skal starte. Du må gerne bare skrive lidt, så finder vi ud af det sammen."
3. **Et lille, konkret spørgsmål:** "Er det noget med skolen, venner, familien eller noget helt fjerde?"

Hvis der ikke kommer noget, venter vi et par minutter og skriver: "Jeg er her stadig. Tag den tid, du har brug for." Først efter omkring ti minutters stilhed skriver vi, at vi lukker, og at de altid er velkomne igen.

Det vigtigste for mig er, at stilheden ikke bliver tolket som afvisning. Mange unge sidder og skriver og sletter igen flere gange, før de tør sende.`,
      },
      {
        author: "mette",
        hoursAfterStart: 20,
        body: `Jeg kan nikke genkendende til Lones punkt 3. Spørgsmålet med svarmuligheder virker overraskende godt, især for drengene.

Vi har også gode erfaringer med at nævne anonymiteten allerede i første besked: "Du behøver ikke skrive dit navn eller hvor du bor." Det sænker skuldrene.

En lille advarsel: lad være med at sende tre beskeder i træk, mens den unge er ved at skrive. Vent og giv plads – ellers drukner deres første forsigtige sætning.`,
      },
      {
        author: "louise",
        hoursAfterStart: 30,
        body: `Hos os har de frivillige en lille bunke kort med forskellige åbninger, så det ikke bliver præcis den samme tekst hver gang. Det holder rådgiverne friske, og det føles mindre som en automatbesked for den unge. Jeg kan lægge teksterne op her i tråden, hvis I vil have dem.`,
      },
      {
        author: "ida",
        hoursAfterStart: 50,
        body: `Tusind tak, alle sammen! Vi har prøvet Lones rækkefølge på de sidste to vagter, og det er tydeligt, at flere kommer i gang med at skrive. Louise – ja tak til kortene, dem vil vi meget gerne se. Og Mettes pointe om ikke at sende flere beskeder i træk har jeg taget til mig – jeg kunne godt genkende mig selv.`,
      },
    ],
  },
  {
    title: "Skaleringsspørgsmål på skrift – en hjælp eller for skematisk?",
    category: "metoder",
    track: "experienced",
    tags: ["metode", "chatraadgivning", "angst"],
    startedDaysAgo: 320,
    posts: [
      {
        author: "mentor",
        hoursAfterStart: 0,
        body: `Jeg vil gerne tage en faglig snak, som vi har haft internt i Skanderborg. Vi bruger skaleringsspørgsmål meget i de fysiske samtaler ("på en skala fra 0 til 10, hvor …"), men i chatten er vi uenige om, hvorvidt de virker.

Nogle af os oplever, at de unge svarer med et tal, og så går samtalen i stå. Andre synes, det giver en fin struktur, især når den unge skriver meget og lidt rodet.

Hvordan bruger I skalaer på skrift? Og har nogen erfaringer med dem i samtaler om angst, hvor tallet let kan blive endnu en præstation?`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 5,
        body: `Jeg er selv glad for skalaer, men jeg tror, det er opfølgningen, der afgør det. Tallet er ikke pointen – det er samtalen om tallet. I chatten skriver jeg fx:

> "Du siger 3. Hvad gør, at det ikke er et 2?"

Det spørgsmål flytter fokus over på det, der allerede virker. Hos unge med angst undgår jeg at spørge, *hvor angste* de er, og spørger hellere, hvor godt de klarer det, eller hvor tæt de er på at kunne gøre en bestemt ting. Så bliver tallet et udtryk for mestring og ikke for symptomer.`,
      },
      {
        author: "mette",
        hoursAfterStart: 26,
        body: `Jeg er lidt mere skeptisk. I min erfaring bliver skalaer på skrift hurtigt en slags spørgeskema, og de unge, der i forvejen er vant til trivselsmålinger i skolen, svarer det, de tror, vi gerne vil høre.

Jeg bruger i stedet billeder: "Hvis din uge var et vejr, hvad var den så?" Det åbner mere, synes jeg, og det er sjovere at svare på. Men jeg anerkender, at det er sværere at følge op på over tid, hvis den unge kommer igen.`,
      },
      {
        author: "karen",
        hoursAfterStart: 40,
        body: `Fra skolesocialrådgiverstolen: vi bruger skalaer meget, når vi taler med både elev, forældre og lærer, fordi det giver et fælles sprog, alle kan vende tilbage til.

Men jeg er enig med Mette i, at den anonyme chat er en anden situation. Måske er svaret, at skalaen passer bedst, når der er en relation at følge op på?`,
      },
      {
        author: "mentor",
        hoursAfterStart: 72,
        body: `Tak for gode svar. Jeg tager både Annes "hvad gør, at det ikke er et 2?" og Mettes vejrbillede med tilbage til teamet.

Jeg tror, Karen rammer noget vigtigt: skalaen er et relationsværktøj. Vi prøver at gøre den til et valgfrit greb i chatten i stedet for noget, man "skal" nå, og så ser vi, hvad der sker over de næste måneder. Jeg vender tilbage med erfaringerne.`,
      },
    ],
  },
  {
    title: "Henvisning uden afvisning: hvordan sender I en ung videre til andre tilbud?",
    category: "metoder",
    track: "newcomer",
    tags: ["metode", "chatraadgivning", "ssp"],
    startedDaysAgo: 95,
    solution: 2,
    posts: [
      {
        author: "emil",
        hoursAfterStart: 0,
        body: `Jeg er SSP-konsulent i Helsingør og har lige overtaget en del af vores chatvagter. Det, jeg synes er sværest, er når den unge har brug for noget, vi ikke kan give i chatten – en psykolog, et behandlingstilbud eller bare en voksen, man kan mødes med.

Når jeg skriver "Jeg tror, du skal tale med …", oplever jeg flere gange, at samtalen stopper. Det føles, som om den unge hører "du er forkert her".

Hvordan formulerer I jer, når I henviser? Og hvor konkret gør I det?`,
      },
      {
        author: "rasmus",
        hoursAfterStart: 8,
        body: `Velkommen til klubben – det er et af de sværeste øjeblikke i chatten. To ting, jeg har lært:

- Henvis **sent** i samtalen, ikke i det øjeblik problemet bliver nævnt. Den unge skal først have oplevelsen af at blive hørt.
- Gør det til et tilbud og ikke en konklusion. "Har du lyst til, at jeg fortæller lidt om et sted, hvor man kan tale med nogen ansigt til ansigt?" giver den unge mulighed for at sige nej tak.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 22,
        body: `Jeg bygger videre på Rasmus' svar med en lille skabelon, vi bruger i Skanderborg:

1. **Anerkend:** "Det lyder som noget, der har fyldt meget i lang tid."
2. **Forbind:** "Det, du fortæller om, er noget, andre unge også har fået hjælp til."
3. **Tilbyd:** "Vil du høre, hvor man kan få hjælp? Du bestemmer selv, om du vil bruge det."
4. **Hold døren åben:** "Og du er altid velkommen tilbage her i chatten – også hvis det ikke føles rigtigt."

Punkt 4 er det vigtigste. Mange unge tror, at når de bliver sendt videre, er de "færdige" hos os. Vi siger det helt eksplicit: du må gerne komme igen og fortælle, hvordan det gik.`,
      },
      {
        author: "sara",
        hoursAfterStart: 30,
        body: `Et supplement fra Odense: vi har lavet en lille oversigt over lokale tilbud med én linje om, hvordan det foregår, når man henvender sig. Fx: "Du skriver en besked, og så kontakter en voksen dig inden for to dage. Du behøver ikke fortælle dine forældre det."

Det er ofte usikkerheden om selve fremgangsmåden, der holder de unge tilbage – ikke tilbuddet i sig selv.`,
      },
      {
        author: "emil",
        hoursAfterStart: 60,
        body: `Det her er præcis, hvad jeg manglede. Jeg har skrevet Lones fire trin ind i vores vagtmappe og går i gang med en lokal oversigt som Saras. Rasmus' pointe om at henvise sent tager jeg også med; jeg kan godt se, at jeg har haft for travlt med at finde det rigtige tilbud til dem. Tak!`,
      },
    ],
  },
  {
    title: "Overlevering mellem chatvagter: vores skabelon (version 3) til inspiration",
    category: "metoder",
    track: "experienced",
    tags: ["chatraadgivning", "data-og-dokumentation", "supervision"],
    startedDaysAgo: 160,
    posts: [
      {
        author: "mette",
        hoursAfterStart: 0,
        body: `Efter en del frem og tilbage er vi i Silkeborg landet på en skabelon til overlevering mellem vagter, som faktisk bliver brugt. Den skal være kort nok til at blive udfyldt klokken 22 om aftenen, og den må ikke indeholde noget, der kan identificere en ung.

**Overlevering – chatvagt**
- Antal samtaler og cirka varighed
- Temaer (brug tags, ikke fritekst)
- Samtaler, der gav anledning til bekymring: *hvad* vi gjorde, ikke *hvem* det handlede om
- Er der noget, næste vagt skal være opmærksom på?
- Har rådgiveren brug for debriefing? Ja/nej

Det sidste punkt var det, der gjorde forskellen. Før glemte vi simpelthen at spørge hinanden. Hvordan gør I?`,
      },
      {
        author: "louise",
        hoursAfterStart: 10,
        body: `Rigtig fin skabelon. Vi har næsten det samme, men vi har tilføjet et felt: **Hvad gik godt?**

Det lyder måske lidt blødt, men for de frivillige betyder det meget, at overleveringen ikke kun handler om problemer. Det er også derfra, vi henter gode formuleringer til oplæringen af nye.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 28,
        body: `Jeg er enig i debriefingfeltet, men vil gerne udfordre punktet om, hvad næste vagt skal være opmærksom på.

Vi har diskuteret, om vi overhovedet kan skrive noget om en enkelt ung, når chatten er anonym. Vores linje er, at vi kun gør det, hvis den unge selv har bedt om det ("kan jeg skrive med dig igen i morgen?"), og så så generelt som muligt. Ellers risikerer vi at bygge en slags uofficiel journal op, og det er netop det, de unge har fået at vide, at vi ikke gør.`,
      },
      {
        author: "peter",
        hoursAfterStart: 50,
        body: `Lones pointe er vigtig, også set fra ledelsessiden. Overleveringsnoter er omfattet af de samme regler som alt andet, vi skriver ned.

Vi har aftalt, at noterne slettes automatisk efter en uge, og at de aldrig kopieres over i andre systemer. Det står i vores lokale retningslinjer, så ingen er i tvivl, når der kommer nye på holdet.`,
      },
      {
        author: "mette",
        hoursAfterStart: 75,
        body: `Godt input, alle tre. Vi indfører sletning efter en uge, tilføjer "Hvad gik godt?" og strammer formuleringen i punkt fire, så det tydeligt kun gælder, når den unge selv har bedt om at komme igen. Version 4 er på vej.`,
      },
    ],
  },
  {
    title: "Formuleringsbank: sætninger der hjælper, når samtalen går i stå",
    category: "metoder",
    track: "shared",
    tags: ["metode", "chatraadgivning"],
    startedDaysAgo: 260,
    posts: [
      {
        author: "moderator2",
        hoursAfterStart: 0,
        body: `Jeg foreslår, at vi samler en lille formuleringsbank i denne tråd. Alle har nogle sætninger, der virker for dem, når samtalen går i stå, eller når den unge svarer meget kort. Skriv gerne dine bedste – én eller flere – og et par ord om, hvornår du bruger dem.

Jeg starter:
- "Det er helt okay, at det tager tid at skrive. Jeg venter gerne."
- "Hvis du skulle forklare det til en god ven, hvad ville du så skrive?"
- "Jeg kan se, at det her er svært at skrive om. Skal vi prøve at tage det fra en anden vinkel?"

Den midterste er særligt god til unge, der svarer "ved ikke" på alt.`,
      },
      {
        author: "thomas",
        hoursAfterStart: 12,
        body: `Fra gadeplan, men det virker også på skrift: **"Du behøver ikke have et stort problem for at skrive her."** Mange unge tror, de skal have noget alvorligt på hjerte for at måtte bruge chatten.

Og så: "Hvad var det, der gjorde, at du skrev i dag?" Det åbner tit for den egentlige grund.`,
      },
      {
        author: "camilla",
        hoursAfterStart: 30,
        body: `Fra sundhedsplejen: "Mange unge på din alder fortæller mig om noget lignende." Normalisering virker godt, især når det handler om krop, søvn og mad.

Men pas på, at det ikke kommer til at lyde, som om den unges oplevelse er ligegyldig, fordi "alle har det sådan". Jeg følger altid op med et spørgsmål om, hvordan det er for *dem*.`,
      },
      {
        author: "ida",
        hoursAfterStart: 55,
        body: `Som ny er den her tråd guld værd. Må jeg spørge: bruger I "jeg kan mærke, at …" på skrift? Jeg er blevet i tvivl om, det virker for påtaget, når vi ikke kan se hinanden. Jeg skriver selv ret kort og lidt formelt og vil gerne lyde mere som mig selv – uden at gætte på, hvad den unge føler.`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 60,
        body: `Godt spørgsmål, Ida. Jeg bruger det, men kun når jeg kan henvise til noget konkret i det, den unge har skrevet:

> "Jeg kan se, du skriver, at det er lige meget – det lyder, som om du er træt af at prøve."

Så er det ikke gætteri, men en spejling af deres egne ord. Det virker sjældent påtaget, når det er forankret på den måde.`,
      },
      {
        author: "nikolaj",
        hoursAfterStart: 100,
        body: `Fra misbrugsfeltet: "Hvad er det gode ved at ryge, for dig?" Det overrasker mange unge, at vi spørger til fordelene. Det skaber tillid og gør det meget lettere at tale om ulemperne bagefter – som regel er det dem selv, der tager dem op.`,
      },
    ],
  },
  {
    title: "Motiverende samtale i SSP-regi: hvor meget MI kan man nå på en halv time?",
    category: "metoder",
    track: "experienced",
    tags: ["ssp", "metode", "kriminalitet", "forældresamarbejde"],
    startedDaysAgo: 380,
    posts: [
      {
        author: "erfaren",
        hoursAfterStart: 0,
        body: `Vi har haft alle SSP-konsulenter i Ikast-Brande på kursus i motiverende samtale, og det har givet meget. Men jeg oplever, at metoden bliver presset, når vi sidder i en bekymringssamtale med en dreng på 16, hans forældre og en betjent, og vi har en halv time. Så ender det hurtigt med, at vi voksne fortæller ham, hvad han skal.

Hvordan bevarer I MI-tilgangen i de formelle samtaler? Eller accepterer I, at det er to forskellige typer samtaler?`,
      },
      {
        author: "rasmus",
        hoursAfterStart: 7,
        body: `Jeg tror, det *er* to forskellige samtaler, og at det er okay. Men vi har flyttet noget af det ud af selve mødet.

Jeg tager en kort snak med den unge alene før mødet, hvor jeg spørger, hvad han selv gerne vil have ud af det. Det tager ti minutter og ændrer hele stemningen, fordi han kommer ind med et ærinde og ikke kun som den, der skal skældes ud.`,
      },
      {
        author: "jonas",
        hoursAfterStart: 20,
        body: `Samme erfaring i Roskilde. Derudover aftaler vi rollerne på forhånd: betjenten står for det formelle – konsekvenser og regler – og jeg står for samtalen om, hvad den unge selv vil. Det giver plads til refleksion, uden at vi underminerer hinanden.

Det kræver dog, at man kender sin politikollega godt og har talt det igennem før mødet. Ellers ender man med at trække i hver sin retning foran familien.`,
      },
      {
        author: "nikolaj",
        hoursAfterStart: 45,
        body: `Jeg vil lige advare mod at kalde det MI, når det reelt er en god forsamtale. Ikke for at være pedantisk, men fordi vi ellers udvander metoden. MI er en samtalestil, ikke et modul, man sætter ind før mødet.

Det, Rasmus beskriver, er god praksis. Og i selve mødet kan man stadig bruge de små greb:
- åbne spørgsmål
- refleksioner frem for råd
- at lade den unge selv formulere sine grunde til at ændre noget`,
      },
      {
        author: "erfaren",
        hoursAfterStart: 70,
        body: `Fair pointe, Nikolaj – vi har nok brugt "MI" som et samlebegreb for alt, hvad der er lidt mere lyttende. Jeg tager jeres forslag med til næste teammøde: en forsamtale alene med den unge, en klar rollefordeling med politiet og så de små greb i selve mødet.`,
      },
    ],
  },
  {
    title: "Værktøjer til at tegne en fremtidsplan sammen med unge ledige – hvad bruger I?",
    category: "metoder",
    track: "newcomer",
    tags: ["uddannelse-og-job", "uu-vejledning", "metode"],
    startedDaysAgo: 40,
    solution: 1,
    posts: [
      {
        author: "frederik",
        hoursAfterStart: 0,
        body: `Vi har startet et nyt ungeteam i jobcentret i Ballerup, og jeg sidder med mange unge mellem 18 og 25, som hverken er i job eller uddannelse. Samtalerne bliver meget snakkende, og jeg savner noget konkret, vi kan lave sammen – gerne noget visuelt, som den unge kan tage med hjem.

Bruger I særlige værktøjer? Livslinje, netværkskort, noget digitalt? Og hvordan får I det til ikke at føles som endnu et skema fra kommunen?`,
      },
      {
        author: "ahmad",
        hoursAfterStart: 5,
        body: `Hej Frederik, og velkommen. Jeg bruger især to ting i Egedal:

1. **Livslinjen** – vi tegner på et stort stykke papir fra folkeskolen til i dag og markerer, hvornår det gik godt. Det er de gode perioder, vi bygger videre på.
2. **Trappen** – den unge tegner tre trin mod et mål. Det første trin skal kunne nås inden næste samtale.

Begge dele tager den unge med hjem, og det er den unges håndskrift, ikke min. Det er det, der gør, at det ikke føles som et kommuneskema. Hvis den unge gerne vil, gemmer vi en kopi i sagen, men det er et valg, ikke et krav.`,
      },
      {
        author: "helle",
        hoursAfterStart: 20,
        body: `Fra UU: netværkskortet er undervurderet. Mange af de unge, jeg møder, siger, at de ikke har nogen. Men når vi tegner kortet, dukker der en moster, en træner eller en tidligere lærer op. Det er ofte dem, der kan hjælpe med det praktiske.

Og et tip: brug [UddannelsesGuiden](https://www.ug.dk) sammen med den unge på skærmen i stedet for at printe. Så kan de selv finde tilbage til det bagefter.`,
      },
      {
        author: "frederik",
        hoursAfterStart: 48,
        body: `Tak, begge to. Jeg prøvede trappen med en ung mand i går, og han var overraskende engageret, da det første trin blev gjort helt lille: fra "søge ind på FGU" til "finde ud af, hvornår der er åbent hus". Livslinjen og netværkskortet prøver jeg i næste uge.`,
      },
    ],
  },
];
