import type { SeedThread } from "../../types";

// Drift og organisering: bemanding, vagtplaner, frivillige, statistik, økonomi og tværgående samarbejde.
// Alt indhold er opdigtet.
export const driftThreads: SeedThread[] = [
  {
    title: "Hvor mange timer om ugen bruger en lille kommune på chatvagter?",
    category: "drift",
    track: "newcomer",
    tags: ["organisering", "chatraadgivning", "onboarding"],
    startedDaysAgo: 5,
    posts: [
      {
        author: "ny",
        hoursAfterStart: 0,
        body: `Hej! Sofie her, UU-vejleder i Tønder. Vi er lige kommet med i netværket og skal nu finde ud af, hvor mange timer vi realistisk kan lægge i chatten. Vi er en lille kommune, og dem, der skal tage vagterne, har alle et andet job ved siden af (UU, SSP og skolesocialrådgivning).

Jeg vil meget gerne høre fra andre små kommuner:

1. Hvor mange vagter tager I om ugen?
2. Er vagterne en del af den almindelige arbejdstid, eller får man et tillæg?
3. Hvordan har I forklaret behovet over for jeres ledere?

Vores chef vil gerne have et oplæg inden næste måned, så alle erfaringer – også de mindre gode – er meget velkomne.`,
      },
    ],
  },
  {
    title: "Skal skolesocialrådgivere tage chatvagter? Vi er i tvivl om fordelingen",
    category: "drift",
    track: "newcomer",
    tags: ["organisering", "chatraadgivning", "anonymitet"],
    startedDaysAgo: 30,
    solution: 2,
    posts: [
      {
        author: "maria",
        hoursAfterStart: 0,
        body: `Jeg er skolesocialrådgiver i Tønder og er blevet spurgt, om jeg vil tage en chatvagt en aften om ugen. Jeg vil gerne, men min leder er bekymret for, at det går ud over arbejdet på skolerne.

En kollega har også sagt, at det kan blive svært at holde rollerne adskilt – hvad nu, hvis jeg genkender en elev i chatten?

Hvordan har I løst det i andre kommuner? Er det typisk skolesocialrådgivere, der tager vagterne, eller nogle helt andre?`,
      },
      {
        author: "karen",
        hoursAfterStart: 6,
        body: `Jeg har taget chatvagter i Haderslev i flere år ved siden af mit job som skolesocialrådgiver, og det er en af de bedste dele af mit arbejde. Man lærer at lytte på en anden måde.

Men din kollega har en pointe. Vi har en klar aftale: hvis jeg får mistanke om, at jeg kender den unge, bliver jeg i rollen som anonym chatrådgiver og bruger ikke noget af det, jeg ved fra skolen. Bliver det for svært, overdrager jeg samtalen til en kollega på vagten.`,
      },
      {
        author: "peter",
        hoursAfterStart: 24,
        body: `Fra lederstolen: din leders bekymring er helt legitim og skal tages alvorligt. Vi har løst det sådan i Viborg:

- Chatvagter indgår i den almindelige arbejdstid, så der bliver taget noget andet af bordet.
- Ingen tager mere end én aftenvagt om ugen.
- Der er altid to på vagt, så man kan overdrage, hvis man kender den unge.
- Ordningen evalueres efter et halvt år med både medarbejder og leder.

Det sidste gør det lettere for en leder at sige ja, fordi det ikke er en beslutning for altid.`,
      },
      {
        author: "sara",
        hoursAfterStart: 40,
        body: `Jeg vil tilføje, at det faktisk er en styrke at have skolesocialrådgivere med på vagterne. Vi kender fravær og trivsel indefra og kan hurtigt vurdere, hvor en ung kan få hjælp lokalt.

Men Peters punkt om to på vagt er afgørende – både af hensyn til den unge og til dig selv.`,
      },
      {
        author: "maria",
        hoursAfterStart: 70,
        body: `Tak! Jeg har vist Peters liste til min leder, og vi er blevet enige om en prøveperiode på et halvt år med evaluering. Dejligt at have noget konkret at gå videre med. Karen – din aftale om at blive i chatrollen, hvis man genkender en elev, skriver vi direkte ind i vores lokale retningslinjer.`,
      },
    ],
  },
  {
    title: "Statistik fra chatten: hvad registrerer I, og hvordan holder I det GDPR-korrekt?",
    category: "drift",
    track: "newcomer",
    tags: ["data-og-dokumentation", "anonymitet", "retningslinjer"],
    startedDaysAgo: 180,
    solution: 1,
    posts: [
      {
        author: "ida",
        hoursAfterStart: 0,
        body: `Vores chef i Næstved vil gerne have en kvartalsrapport om chatten til udvalget. Jeg er med på idéen, men i tvivl om, hvad vi må registrere, når chatten er anonym.

Må vi skrive alder og køn ned, hvis den unge selv oplyser det? Hvad med skole eller bydel? Og hvor gemmer I tallene? Lige nu har vi et regneark på et fælles drev, og det føles ikke helt rigtigt.`,
      },
      {
        author: "admin",
        hoursAfterStart: 9,
        body: `Godt, at du spørger, inden I kommer for langt. Her er netværkets fælles linje, som også står i retningslinjerne:

- **Ja:** alder i intervaller, køn, tema(er), tidspunkt, varighed og om der blev henvist videre.
- **Nej:** navne, skoler, bydele eller kombinationer af oplysninger, der tilsammen kan pege på en bestemt ung.
- **Aldrig:** fritekst eller citater fra samtalen i statistikken.

Registreringen foregår i Cyberhus' eget statistikmodul og ikke i regneark. Så slipper I for selv at tænke på adgangsstyring og sletning, og tallene kan sammenlignes med resten af netværket. Jeg viser gerne modulet på et kort onlinemøde – skriv her, hvornår det passer jer.`,
      },
      {
        author: "peter",
        hoursAfterStart: 30,
        body: `Et supplement: aftal med jeres databeskyttelsesrådgiver, hvad der gælder lokalt, hvis I også laver egne opgørelser. Og slet regnearket, når tallene er flyttet over.

Vi fandt engang et gammelt regneark fra en tidligere medarbejder med fritekstnoter fra samtaler. Det var ikke sjovt at skulle forklare.`,
      },
      {
        author: "louise",
        hoursAfterStart: 50,
        body: `Til selve rapporten: politikere læser sjældent tabeller. Vi vedlægger altid to-tre eksempler på, hvad samtalerne handler om – skrevet helt om, så ingen kan genkendes. Det gør mere indtryk end tallene alene. Spørg også rådgiverne, hvilke temaer der har fyldt mest i kvartalet – deres fornemmelse sammen med tallene giver et mere levende billede.`,
      },
      {
        author: "ida",
        hoursAfterStart: 80,
        body: `Tak, det var lige, hvad jeg havde brug for. Vi har booket et møde med Birgitte om statistikmodulet, og regnearket er slettet. Louises idé med omskrevne eksempler tager vi med i den første rapport, og jeg fortæller gerne her, hvordan udvalget tog imod den.`,
      },
    ],
  },
  {
    title: "Frafald blandt frivillige chatrådgivere: hvad gør I for at fastholde dem?",
    category: "drift",
    track: "experienced",
    tags: ["frivillige", "supervision", "organisering"],
    startedDaysAgo: 240,
    solution: 1,
    posts: [
      {
        author: "louise",
        hoursAfterStart: 0,
        body: `I Kolding har vi omkring tyve frivillige chatrådgivere, men det seneste år har vi mistet næsten halvdelen efter mindre end seks måneder. Exitsamtalerne peger på tre ting:

- de føler sig alene på vagten
- samtalerne er tungere end forventet
- vagterne er svære at passe ind med studiet

Vi har prøvet mere fleksible vagter, men det har ikke rykket meget. Hvordan holder I på jeres frivillige? Jeg er især interesseret i, hvad I gør de første tre måneder.`,
      },
      {
        author: "mette",
        hoursAfterStart: 12,
        body: `Vi så præcis det samme for et par år siden. Det, der vendte det hos os, var **makkervagter** de første to måneder: en ny frivillig sidder aldrig alene, men sammen med en erfaren, der kan læse med og tage over, hvis det bliver for meget.

Det koster flere timer i starten, men vi har cirka halveret frafaldet.`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 26,
        body: `Som psykolog vil jeg pege på debriefingen. Når frivillige siger, at samtalerne er tungere end forventet, betyder det ofte, at de tager dem med hjem.

Vi har indført et fast tjek-ud på ti minutter efter hver vagt – også når den har været rolig – og gruppesupervision en gang om måneden. Det skal være en rutine og ikke noget, man beder om, når det er gået galt. Så er det ikke et nederlag at have brug for det.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 40,
        body: `Enig med både Mette og Anne, men jeg vil tilføje noget om forventningerne fra start. Vi er blevet meget mere ærlige ved rekrutteringen om, hvad de frivillige kommer til at møde: selvskade, ensomhed, konflikter derhjemme. Vi mister måske et par ansøgere, men dem, der siger ja, bliver længere.`,
      },
      {
        author: "louise",
        hoursAfterStart: 96,
        body: `Tak for gode input. Vi starter med makkervagter og fast tjek-ud fra næste hold, og rekrutteringsteksten bliver skrevet om. Jeg vender tilbage om et halvt år med tal. Annes pointe om, at debriefing skal være rutine og ikke et nødråb, tror jeg er den vigtigste – den indfører vi allerede nu, også for de erfarne.`,
      },
    ],
  },
  {
    title: "Budgetforhandlinger: sådan argumenterer vi for chatten over for udvalget",
    category: "drift",
    track: "experienced",
    tags: ["organisering", "data-og-dokumentation"],
    startedDaysAgo: 120,
    posts: [
      {
        author: "peter",
        hoursAfterStart: 0,
        body: `Budgetforhandlingerne er i gang igen, og chatten er – igen – på listen over mulige besparelser hos os i Viborg. Jeg har brug for at skærpe argumenterne. Det, vi plejer at bruge:

- antal samtaler og udviklingen over tid
- at chatten når unge, vi ellers ikke møder
- at den er billig sammenlignet med en enkelt anbringelse

Jeg er dog blevet i tvivl om det sidste argument. Det er svært at dokumentere, og en politiker spurgte sidst, hvor mange anbringelser vi konkret havde forebygget. Hvordan gør I?`,
      },
      {
        author: "erfaren",
        hoursAfterStart: 10,
        body: `Drop anbringelsesargumentet, hvis du spørger mig. Det kan ikke dokumenteres, og det gør hele sagen sårbar.

Vi argumenterer i stedet med **tilgængelighed**: chatten er åben om aftenen, hvor resten af kommunen er lukket, og det er netop der, de unge bruger den. Vi viser et simpelt søjlediagram over, hvornår på døgnet samtalerne foregår. Det forstår alle.`,
      },
      {
        author: "rasmus",
        hoursAfterStart: 28,
        body: `Jeg er ikke helt enig med Mikkel. Selvfølgelig skal man ikke love, at chatten forhindrer anbringelser. Men man kan godt sige, at tidlig forebyggelse generelt er billigere end sene indsatser, og henvise til den viden, der findes om det.

Politikerne forhandler i et økonomisk sprog. Hvis vi kun taler om trivsel og tilgængelighed, taber vi til dem, der har et regnestykke med.`,
      },
      {
        author: "helle",
        hoursAfterStart: 45,
        body: `Noget, der virkede hos os i Vejle, var et kort oplæg på udvalgsmødet, hvor en rådgiver læste en opdigtet, men realistisk chatsamtale højt. Ti minutter, ingen slides. Flere politikere sagde bagefter, at det var første gang, de forstod, hvad vi egentlig laver.`,
      },
      {
        author: "admin",
        hoursAfterStart: 60,
        body: `Fra netværket kan vi hjælpe med tal fra alle kommunerne samlet, så I kan sammenligne jer med kommuner af samme størrelse. Skriv her i tråden, hvis I vil have et udtræk til jeres budgetnotat.

Og Helles idé med den oplæste samtale vil jeg meget gerne lave til en fælles skabelon – Helle, må jeg kontakte dig om det?`,
      },
      {
        author: "peter",
        hoursAfterStart: 90,
        body: `Tak for input – også for uenigheden, den var nyttig. Jeg ender med en mellemvej: tilgængelighed og tal som hovedargument, forebyggelse som baggrund uden at love noget konkret, og en oplæst samtale på udvalgsmødet. Birgitte, jeg tager gerne imod udtrækket.`,
      },
    ],
  },
  {
    title: "Unge mellem 15 og 18 falder mellem UU, jobcenter og SSP – hvem har bolden?",
    category: "drift",
    track: "experienced",
    tags: ["uddannelse-og-job", "uu-vejledning", "ssp", "organisering"],
    startedDaysAgo: 300,
    posts: [
      {
        author: "ahmad",
        hoursAfterStart: 0,
        body: `Jeg vil gerne tage en diskussion, der bliver ved med at dukke op hos os i Egedal. Vi har en gruppe unge omkring de 17 år, der er droppet ud af en ungdomsuddannelse, og som SSP også kender fra nattelivet.

UU har ansvaret for vejledningen, jobcentret kommer først rigtigt ind ved 18, og SSP har bekymringen. Resultatet er, at alle har lidt, og ingen har det hele.

Hvordan har I organiseret jer? Har nogen en fast koordinator eller et fælles møde, der faktisk virker?`,
      },
      {
        author: "helle",
        hoursAfterStart: 14,
        body: `Det genkender jeg alt for godt. I Vejle har vi et fast tværgående møde hver anden uge med UU, SSP, jobcentrets ungeindsats og en skolesocialrådgiver.

Vi har én regel: hver ung på listen har en **tovholder**, og det er den voksne, den unge kender bedst – ikke nødvendigvis den med det formelle ansvar. Det har gjort en stor forskel, fordi den unge ikke skal fortælle sin historie fire gange.`,
      },
      {
        author: "jonas",
        hoursAfterStart: 30,
        body: `Vi har noget lignende i Roskilde, men jeg vil nævne en faldgrube: listen bliver hurtigt lang, og mødet ender som en statusrunde.

Vi har derfor to krav:
1. En ung kommer kun på listen, når mindst to af os er bekymrede.
2. Der skal komme en konkret handling ud af hver drøftelse.

Og husk samtykket. Vi drøfter kun unge med navn, når de selv – og forældrene, hvis de er under 18 – har sagt ja. Ellers drøfter vi sagen anonymt.`,
      },
      {
        author: "thomas",
        hoursAfterStart: 52,
        body: `Fra gaden: en del af de unge, I taler om, kommer aldrig til et møde på rådhuset. Jeg vil opfordre til, at tovholderen også kan være en gadeplansmedarbejder.

Vi har haft gode erfaringer med at tage UU-vejlederen med ud, hvor de unge er, i stedet for at indkalde dem. Første gang er det bare en snak ved bænken – anden gang spørger de selv ind til FGU.`,
      },
      {
        author: "ahmad",
        hoursAfterStart: 80,
        body: `Tak – Helles tovholderprincip og Jonas' kriterier tager jeg med til vores ledergruppe. Thomas, jeg vil gerne høre mere om, hvordan I planlægger turene sammen med UU. Hvor tit gør I det? Vi har forgæves prøvet at indkalde flere af de unge til møder på jobcentret, så jeg er ret overbevist om, at vi skal den anden vej.`,
      },
      {
        author: "thomas",
        hoursAfterStart: 100,
        body: `Typisk en gang om måneden, og altid på de samme steder og tidspunkter, så de unge kan regne med det. Vi aftaler på forhånd, at UU-vejlederen ikke har papirer med – det skal ikke ligne et møde. Bagefter tager vi fem minutter sammen og aftaler, hvem der følger op, så det ikke bliver ved snakken.`,
      },
    ],
  },
  {
    title: "Fælles chatvagter i juleferien: tilmelding og vagtplan",
    category: "drift",
    track: "shared",
    tags: ["organisering", "chatraadgivning"],
    startedDaysAgo: 365,
    locked: true,
    posts: [
      {
        author: "moderator",
        hoursAfterStart: 0,
        body: `Som de foregående år holder vi den fælles chat åben i hele juleferien, så de unge ikke står uden et sted at skrive, når skoler og kommuner holder lukket.

Vi har brug for **to rådgivere pr. aften** fra den 23. december til og med nytårsdag. Vagterne ligger fra kl. 19 til 23.

Skriv i tråden:
- hvilke aftener du kan tage
- om du har været på fælles vagt før

Nye kolleger er meget velkomne, men bliver sat sammen med en erfaren. Husk at aftale det med din leder, inden du skriver dig på.`,
      },
      {
        author: "louise",
        hoursAfterStart: 4,
        body: `Kolding tager gerne den 23. og den 27. Jeg har været med de sidste tre år og tager gerne en ny kollega under vingerne. Hvis nogen fra de nye kommuner vil prøve en fælles vagt, så skriv jer bare på de samme aftener – så sidder vi sammen.`,
      },
      {
        author: "karen",
        hoursAfterStart: 20,
        body: `Jeg kan tage juleaften sammen med en kollega fra Haderslev. Det er aftalt med vores leder. Det er en stille, men vigtig aften – de unge, der skriver, har ofte ingen andre at tale med lige der. Vi har en lille fælles julehilsen, som vi sender som afslutning på samtalerne.`,
      },
      {
        author: "nikolaj",
        hoursAfterStart: 30,
        body: `Esbjerg kan tage den 29. og den 30. Det er de aftener, hvor vi plejer at se flest henvendelser om alkohol og fester, så det passer fint med min baggrund. Jeg har ikke været på fælles vagt før, men kender chatten godt hjemmefra.`,
      },
      {
        author: "moderator",
        hoursAfterStart: 72,
        body: `Tak for den store opbakning! Alle aftener er nu dækket, og vagtplanen er sendt ud til de tilmeldte. Jeg lukker tråden her, så vi undgår dobbeltbookinger. Har I spørgsmål, så skriv til mig direkte. God jul til jer alle – og en særlig tak til jer, der tager juleaften og nytårsaften.`,
      },
    ],
  },
];
