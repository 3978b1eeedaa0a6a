import type { SeedThread } from "../../types";

// Temaer: cross-cutting professional themes. Every person and situation is invented.
export const temaerThreads: SeedThread[] = [
  {
    title: "Overblik: Skærpet underretningspligt og den anonyme chat – læs her først",
    category: "temaer",
    track: "shared",
    tags: ["underretning", "anonymitet", "retningslinjer", "chatraadgivning"],
    startedDaysAgo: 330,
    pinned: true,
    posts: [
      {
        author: "moderator",
        hoursAfterStart: 0,
        body: `Spørgsmålet om underretning i den anonyme chat er det, vi oftest får her i forummet. Her er et kort overblik, som styregruppen og moderatorerne har lavet. Det erstatter ikke jeres lokale procedure – tal altid med din leder, hvis du er i tvivl.

**Det grundlæggende**

- Som offentligt ansat har du skærpet underretningspligt, når du får kendskab til, at et barn eller en ung under 18 kan have brug for særlig støtte.
- I den anonyme chat kender vi som regel ikke den unges identitet. Så længe det er sådan, er der ikke nogen at underrette om.
- Giver den unge oplysninger, der gør det muligt at identificere hende eller ham, gælder pligten fuldt ud.

**I samtalen**

- Vær ærlig om, hvad du vil gøre, hvis den unge fortæller, hvem hun er.
- Arbejd for, at den unge selv tager kontakt til en voksen.
- Ved fare for liv: Følg den akutte procedure og hent vagthavende ind.

Spørgsmål og erfaringer er velkomne nedenfor.`,
      },
      {
        author: "admin",
        hoursAfterStart: 6,
        body: `Tak, Jens. Jeg vil tilføje, at vores frivillige rådgivere ikke er omfattet af den skærpede pligt, men den almindelige underretningspligt gælder for alle.

I netværket har vi aftalt, at frivillige altid inddrager vagthavende, hvis de bliver bekymrede, og at vagthavende så tager stilling. På den måde er det aldrig den frivillige alene, der skal vurdere, om noget skal underrettes.`,
      },
      {
        author: "karen",
        hoursAfterStart: 30,
        body: `Godt overblik. En ting, jeg ofte bliver spurgt om af nye kolleger: Skal man fortælle den unge, at man underretter?

Min erfaring er **ja**, så vidt det er muligt og forsvarligt. Undtagelsen er, hvis det kan bringe den unge i fare – fx ved mistanke om vold eller overgreb fra forældrene. Der skal man tale med kommunens børne- og familieafdeling først, så de kan planlægge, hvordan familien bliver kontaktet.`,
      },
      {
        author: "sara",
        hoursAfterStart: 75,
        body: `Tak for overblikket. Jeg har printet det og hængt det op ved chatpladserne hos os i Odense.

Et forslag til en senere opdatering: et afsnit om unge over 18, fx på FGU og ungdomsuddannelserne, hvor en del af vores henvendelser kommer fra. Her er reglerne jo nogle andre, og de nye rådgivere er ofte i tvivl om, hvad de må og skal.`,
      },
    ],
  },
  {
    title: "Nyt ungeteam i jobcentret: Hvordan spiller I sammen med UU og chatten?",
    category: "temaer",
    track: "newcomer",
    tags: ["uddannelse-og-job", "uu-vejledning", "onboarding", "chatraadgivning"],
    startedDaysAgo: 1,
    posts: [
      {
        author: "frederik",
        hoursAfterStart: 0,
        body: `Hej alle. Jeg er ungdomsvejleder i jobcentret i Ballerup, hvor vi netop har startet et nyt ungeteam op efter en omorganisering. Vi er fire, og ingen af os har arbejdet med Cyberhus før.

Vi får mange unge mellem 18 og 25, som hverken er i uddannelse eller job, og en del af dem har det svært psykisk. Jeg kan se, at flere af jer har et tæt samarbejde mellem UU, jobcenter og chatrådgivningen, og det vil vi gerne lære af.

Konkret er jeg nysgerrig på:

- Henviser I unge til chatten, og hvordan siger I det, så det ikke lyder som en afvisning?
- Har I faste møder med UU om de unge, der forlader 9. klasse uden en plan?
- Hvad ville I ønske, I havde vidst, da I startede?

Alle erfaringer er velkomne – også de ting, der ikke virkede.`,
      },
    ],
  },
  {
    title: "Hvordan spørger I til ensomhed i vejledningssamtalen, uden at det bliver tungt?",
    category: "temaer",
    track: "newcomer",
    tags: ["ensomhed", "uu-vejledning", "metode"],
    startedDaysAgo: 40,
    solution: 1,
    posts: [
      {
        author: "ny",
        hoursAfterStart: 0,
        body: `Jeg er ny UU-vejleder i Tønder og har de første uger haft mange samtaler med elever i 8. og 9. klasse om deres valg af ungdomsuddannelse.

Jeg lægger mærke til, at flere af dem – især dem, der vælger "det, min ven skal" – virker ret ensomme. Men samtalen handler jo om uddannelse, og jeg er usikker på, hvordan jeg kan åbne for det, uden at det bliver en helt anden samtale, end den unge har bedt om.

Har I nogle spørgsmål eller indgange, der virker? Og hvad gør I, hvis en ung så faktisk fortæller, at hun ikke har nogen venner?`,
      },
      {
        author: "helle",
        hoursAfterStart: 5,
        body: `Velkommen til, Sofie – det er et rigtig godt blik, du har.

Jeg bruger næsten altid spørgsmål om *hverdagen* på den kommende uddannelse, fordi det åbner for det sociale helt naturligt:

- "Hvordan forestiller du dig en almindelig dag, når du er startet?"
- "Hvem spiser du frokost med nu – og hvad tænker du om det, når du starter et nyt sted?"
- "Hvad skal der til, for at du får det godt i en ny klasse?"

Hvis en ung fortæller, at hun ikke har nogen venner, anerkender jeg det og spørger, om det er noget, hun gerne vil have hjælp til. Mange siger ja. Så kan vi aftale at tale med en lærer eller skolesocialrådgiveren – eller jeg fortæller om [Cyberhus](https://cyberhus.dk), hvor man kan skrive anonymt om ensomhed.

Og så tager jeg det med i overvejelserne om valget – fx om der er brobygning eller introforløb, der kan gøre starten lettere.`,
      },
      {
        author: "ahmad",
        hoursAfterStart: 26,
        body: `Helle har sagt det meste. Jeg vil bare lægge til, at ensomhed for de lidt ældre unge, jeg møder i jobcentret, tit er det, der får dem til at falde fra deres uddannelse.

Så det er ikke en anden samtale – det er en del af uddannelsessamtalen. Du gør ikke noget forkert ved at tage det op, tværtimod.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 30,
        body: `Enig med begge. Et lille tip: Skriv det ned i overleveringen til ungdomsuddannelsen, hvis den unge giver lov.

Mange uddannelser har mentorer eller kontaktlærere, der gerne vil vide det fra dag ét – men de får det sjældent at vide. En enkelt linje som "har brug for hjælp til at finde en makker i starten" kan gøre en stor forskel i de første uger.`,
      },
      {
        author: "ny",
        hoursAfterStart: 52,
        body: `Tak! Jeg har allerede prøvet Helles spørgsmål om frokosten i to samtaler i dag, og det åbnede faktisk op på en helt naturlig måde. Den ene pige fortalte selv om, hvordan frikvartererne er for hende.

Jeg tager Lones tip om overleveringen med til vores team – det har vi ikke gjort systematisk før.`,
      },
    ],
  },
  {
    title: "Eleverne griner af oplæg om digitale krænkelser – hvad virker i 6. klasse?",
    category: "temaer",
    track: "newcomer",
    tags: ["digitale-kraenkelser", "ssp", "metode"],
    startedDaysAgo: 90,
    solution: 2,
    posts: [
      {
        author: "emil",
        hoursAfterStart: 0,
        body: `Jeg har holdt mine første oplæg om digitale krænkelser i 6. klasserne i Helsingør. Jeg har brugt et oplæg, jeg har arvet fra min forgænger, med lovgivning, eksempler og lidt om Snapchat og TikTok.

Problemet er, at eleverne griner, laver sjov med eksemplerne og virker helt uinteresserede. Én klasse var ret urolig, og læreren måtte gribe ind.

Jeg tænker, at oplægget måske er for meget envejskommunikation. Har I nogle formater, der virker bedre for den aldersgruppe?`,
      },
      {
        author: "jonas",
        hoursAfterStart: 3,
        body: `Det kender jeg alt for godt. Latteren er tit et tegn på, at emnet er pinligt og tæt på – ikke at de er ligeglade.

Vi er helt gået væk fra slides i 6. klasse og arbejder med dilemmakort i små grupper. Fx: *"Din veninde sender dig et billede af en fra klassen, der er taget i omklædningsrummet. Hvad gør du?"* Grupperne skal blive enige og forklare hvorfor, og så tager vi diskussionen i plenum bagefter.`,
      },
      {
        author: "rasmus",
        hoursAfterStart: 8,
        body: `Jonas' dilemmaer er gode. Jeg vil tilføje et par ting, der har gjort en stor forskel hos os:

- **Del klassen op**, så du ikke står foran hele klassen på én gang. Vi tager en halv klasse ad gangen.
- **Lad læreren være med**, men ikke styre – det er godt, at eleverne ser, at de voksne også tager det alvorligt.
- **Slut af med hjælpemuligheder**, så alle ved, hvor de kan gå hen, fx [Cyberhus](https://cyberhus.dk), hvis de ikke tør sige noget til en voksen.
- **Følg op** med et kort forældrebrev samme dag, så samtalen kan fortsætte derhjemme.

Og drop de værste skrækeksempler. Dem griner de af, fordi de føles langt væk. De små, hverdagsagtige situationer rammer meget bedre.`,
      },
      {
        author: "erfaren",
        hoursAfterStart: 30,
        body: `Enig med jer begge. Og så er det helt okay at sige til eleverne, at man selv synes, det er lidt akavet at tale om.

Det tager luften ud af latteren, og de respekterer ærligheden. Jeg plejer at sige: "Det her er et af de emner, som voksne også synes er pinlige. Derfor taler vi for lidt om det." Så er rummet tit et andet.`,
      },
      {
        author: "emil",
        hoursAfterStart: 70,
        body: `Tusind tak. Jeg har lavet oplægget om til dilemmaer og halve klasser efter Rasmus' model, og i går var det en helt anden stemning.

Der var en elev, der blev bagefter og ville tale om noget, der var sket for ham. Det var nok det bedste tegn på, at det virkede.`,
      },
    ],
  },
  {
    title: "Selvskade og smitte: Hvor konkret må vi tale om metoder i den anonyme chat?",
    category: "temaer",
    track: "experienced",
    tags: ["selvskade", "chatraadgivning", "metode", "retningslinjer"],
    startedDaysAgo: 250,
    posts: [
      {
        author: "moderator2",
        hoursAfterStart: 0,
        body: `Jeg vil gerne åbne en faglig diskussion, som jeg ved, vi ikke er helt enige om i netværket.

Når unge skriver om selvskade i chatten, er der rådgivere, der spørger meget konkret: hvordan, hvor på kroppen, hvor ofte, hvordan sårene bliver passet. Andre holder sig helt væk fra metoden og taler kun om følelserne bag.

Argumentet for det konkrete er, at vi skal kunne vurdere alvoren – og at det signalerer, at vi kan tåle at høre det. Argumentet imod er risikoen for, at samtalen bliver en slags bekræftelse, og at vi ubevidst giver idéer videre, fx i gruppechats eller på forum.

Hvordan er jeres praksis? Og har I skrevet noget ned om det?`,
      },
      {
        author: "mette",
        hoursAfterStart: 6,
        body: `Vi spørger konkret, men kort. Vores linje i Silkeborg er: Vi vil vide nok til at vurdere, om der er brug for lægehjælp – er sårene dybe, er der tegn på infektion, har den unge gjort noget, der kan være livsfarligt – og så flytter vi samtalen til, hvad der sker *før*.

Det har virket godt for os, fordi rådgiverne ikke er i tvivl om, hvad de skal spørge om, og fordi samtalen ikke bliver hængende i detaljerne.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 10,
        body: `Jeg er lidt uenig i præmissen om, at det konkrete i sig selv er risikabelt. I en samtale mellem én ung og én rådgiver er det meget sjældent, at det konkrete spørgsmål skader. Det, der kan skade, er tonen – hvis man spørger nysgerrigt i stedet for omsorgsfuldt.

Men i fællesrum som forum og gruppechat er jeg helt enig: Der skal vi ikke have beskrivelser af metoder, og der modererer vi hårdt.`,
      },
      {
        author: "louise",
        hoursAfterStart: 30,
        body: `Fra frivilligperspektivet er det vigtigste for os, at nye frivillige har en **fast ramme**. Mange af vores frivillige er selv unge og kan blive meget påvirkede af de her samtaler.

Vi har lavet en lille tjekliste, de kan have åben under vagten, med de spørgsmål, Mette nævner, og et par formuleringer til at flytte samtalen videre. Og så har de altid en vagthavende at ringe til. Jeg deler gerne tjeklisten, hvis nogen vil se den.`,
      },
      {
        author: "camilla",
        hoursAfterStart: 55,
        body: `Som sundhedsplejerske vil jeg understrege Mettes pointe om sårpleje. Vi ser unge, der ikke går til lægen med sår, der burde være syet, fordi de skammer sig.

Et roligt spørgsmål om, hvordan såret ser ud, og om det er blevet renset, kan være det, der får dem til at søge hjælp. Det er ikke at tale om metoden – det er førstehjælp.`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 100,
        body: `Tak for en god diskussion. Jeg hører en slags fælles linje:

- Spørg konkret nok til at vurdere alvor og behov for lægehjælp.
- Gør det med omsorg, ikke nysgerrighed.
- Flyt så samtalen videre til det, der sker før og efter.
- I fællesrum: ingen metodebeskrivelser.

Jeg tager det med til styregruppen som forslag til den fælles retningslinje. Louise – send gerne tjeklisten, så kan den komme med som bilag.`,
      },
    ],
  },
  {
    title: "Skolevægring starter tidligere – ser I det også allerede på mellemtrinnet?",
    category: "temaer",
    track: "experienced",
    tags: ["skolevaegring", "angst", "forældresamarbejde"],
    startedDaysAgo: 180,
    posts: [
      {
        author: "sara",
        hoursAfterStart: 0,
        body: `I Odense har vi de sidste par år set en tydelig stigning i ufrivilligt skolefravær – og det nye for os er, at det begynder tidligere. Vi har flere børn i 4. og 5. klasse, hvor fraværet er bygget op over lang tid, før nogen reagerer.

Når vi så kommer ind, er mønsteret ofte meget fastlåst: Barnet har ondt i maven, forældrene er udkørte, og skolen har svært ved at se, hvad de skal gøre anderledes.

Jeg er nysgerrig på:

- Har I lavet tidlige opsporingsmodeller, der faktisk bliver brugt?
- Hvem tager det første møde hos jer – skolen, PPR eller skolesocialrådgiveren?
- Hvordan undgår I, at forældrene føler sig anklaget?`,
      },
      {
        author: "karen",
        hoursAfterStart: 7,
        body: `Ja, vi ser det samme i Haderslev. Vi har fået en fast aftale om, at **fravær over en vis grænse automatisk bliver drøftet** på skolens ressourcemøde – ikke som en sag, men som en bekymring. Det har flyttet tidspunktet, hvor vi kommer ind, med flere måneder.

Og med forældrene starter vi altid med: *"Vi tror på, at I gør alt, hvad I kan. Nu skal vi finde ud af det sammen."* Det lyder simpelt, men det ændrer hele stemningen på mødet.`,
      },
      {
        author: "camilla",
        hoursAfterStart: 24,
        body: `Sundhedsplejen kan være en god samarbejdspartner her. Vi møder børnene ved de faste undersøgelser og hører ofte om ondt i maven, hovedpine og søvnproblemer, længe før fraværet bliver stort.

Hvis vi får at vide, hvem vi skal kontakte på skolen, reagerer vi gerne tidligere. Hos os i Aalborg har det hjulpet at have en fast kontaktperson på hver skole.`,
      },
      {
        author: "peter",
        hoursAfterStart: 48,
        body: `Vi har haft succes med at samle skole, PPR og familieafdeling i ét lille team omkring skolefravær i Viborg, så familierne ikke skal fortælle deres historie tre gange.

Det krævede en ledelsesbeslutning på tværs af forvaltningerne, men det har betalt sig. Jeg vil dog også sige, at vi undervurderede, hvor meget tid koordineringen tager. Afsæt timer til det fra start, ellers bliver det de samme få ildsjæle, der løfter det hele.`,
      },
      {
        author: "sara",
        hoursAfterStart: 96,
        body: `Tak – Karens formulering til forældrene bruger jeg allerede fra i morgen, og jeg tager kontakt til sundhedsplejen om en fast kontaktperson, som Camilla beskriver.

Peter, må jeg ringe til dig om jeres teammodel? Vi skal netop drøfte organiseringen med ledelsen efter sommerferien.`,
      },
    ],
  },
  {
    title: "Debriefing efter tunge chatvagter – hvordan har I organiseret det i praksis?",
    category: "temaer",
    track: "experienced",
    tags: ["supervision", "frivillige", "organisering", "selvmordstanker"],
    startedDaysAgo: 140,
    solution: 2,
    posts: [
      {
        author: "louise",
        hoursAfterStart: 0,
        body: `Vi har omkring 25 frivillige chatrådgivere i Kolding, og vi har fået en udfordring: Flere af dem har haft tunge samtaler om selvmordstanker sent om aftenen og er gået hjem uden at have talt med nogen.

Vi har gruppesupervision en gang om måneden, men det er for sent, når man ligger søvnløs samme nat.

Hvordan har I organiseret debriefing lige efter vagten? Og hvordan får I det til at hænge sammen med bemandingen?`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 5,
        body: `Hos os i Odder har vi en fast regel: Ingen går hjem efter en samtale om selvmord uden en **kort debriefing**. Den tager fem til ti minutter og følger tre spørgsmål:

1. Hvad skete der?
2. Hvad gjorde du, og hvad gik godt?
3. Hvad tager du med hjem – og hvad kan du lægge her?

Det kan foregå over telefonen med vagthavende, hvis man sidder hjemme. Det vigtigste er, at det er en rutine og ikke noget, man selv skal bede om.`,
      },
      {
        author: "moderator",
        hoursAfterStart: 9,
        body: `Anne beskriver det, vi også gør i Sønderborg, og jeg vil lægge en organisatorisk ting oveni: Vi har en **rullende vagthavendeordning** blandt de fastansatte, så der altid er én, der kan ringes op, indtil en time efter chatten lukker. Det koster lidt, men det er den bedste investering, vi har gjort i forhold til at fastholde frivillige.

Vagthavende sender også en kort besked dagen efter: *"Hvordan har du det i dag?"* Det tager ti sekunder og betyder meget.

Og så har vi skrevet ind i frivilligaftalen, at man *skal* tage imod debriefing. Ellers er det dem, der har mest brug for det, der springer over.`,
      },
      {
        author: "mette",
        hoursAfterStart: 30,
        body: `Vi har de samme erfaringer i Silkeborg. Jeg vil bare tilføje, at de faste medarbejdere også skal have det.

Vi har en tendens til at tænke, at debriefing er noget for de frivillige, men det er tit de erfarne, der tager de tungeste samtaler – og som er dårligst til at sige, at de selv har brug for at lægge noget fra sig.`,
      },
      {
        author: "peter",
        hoursAfterStart: 72,
        body: `Enig med Mette. Vi har indført, at lederen også får debriefing efter akutte sager, og at det bliver nævnt på personalemøderne, når det sker.

Det gør det mere naturligt for alle andre at bede om det. Hvis lederen selv springer over, sender det et signal om, at det er for de svage – og så er ordningen død, uanset hvor god den er på papiret.`,
      },
    ],
  },
  {
    title: "Høring: Fælles retningslinje for chats med selvmordstanker – kommentarer her",
    category: "temaer",
    track: "experienced",
    tags: ["selvmordstanker", "retningslinjer", "chatraadgivning"],
    startedDaysAgo: 420,
    locked: true,
    posts: [
      {
        author: "admin",
        hoursAfterStart: 0,
        body: `Kære alle. Styregruppen har lavet et udkast til en fælles retningslinje for, hvordan vi håndterer chats, hvor en ung skriver om selvmordstanker. Udkastet er sendt til jeres kontaktpersoner, og vi vil gerne samle kommentarerne her, så alle kan se dem.

Udkastet bygger på tre principper:

- **Spørg direkte** til selvmordstanker, planer og tidspunkt.
- **Ingen er alene:** Vagthavende hentes ind ved akut risiko.
- **Anonymiteten respekteres**, indtil der er fare for liv – så arbejder vi aktivt for, at den unge selv giver de oplysninger, der skal til for at få hjælp frem.

Høringen løber i fire uger. Skriv gerne, hvad der mangler, og hvad der ikke passer til jeres lokale praksis.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 20,
        body: `Tak for et godt udkast. Jeg savner et afsnit om, hvad vi gør, når chatten lukker, mens samtalen stadig er i gang. Det sker oftere, end man skulle tro, og det er dér, nye rådgivere bliver mest usikre.

Et forslag: Vagthavende kan altid forlænge en samtale, hvis der er bekymring for den unges sikkerhed, og det bør stå tydeligt i retningslinjen.`,
      },
      {
        author: "mette",
        hoursAfterStart: 50,
        body: `Enig med Lone. Og så vil jeg foreslå, at debriefing efter samtaler om selvmord bliver et krav i retningslinjen – ikke bare en anbefaling.

Vi har set i vores eget team, at anbefalinger hurtigt glider, når der er travlt. Et krav gør det lettere for både frivillige og ledere at prioritere det.`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 100,
        body: `Fagligt er udkastet solidt. Jeg vil dog foreslå, at vi under "Spørg direkte" giver nogle eksempler på formuleringer.

Mange rådgivere ved godt, at de skal spørge, men ikke hvordan. Et par gode eksempler på, hvordan man går fra "alt er ligegyldigt" til det direkte spørgsmål, vil gøre retningslinjen meget mere brugbar i praksis.`,
      },
      {
        author: "moderator",
        hoursAfterStart: 300,
        body: `Fra Sønderborg: Vi bakker op om udkastet og om kommentarerne indtil nu.

Vi vil gerne have en tydelig beskrivelse af, hvem der har ansvaret, når en chat går videre til akutpsykiatri eller politi – rådgiveren, vagthavende eller lederen? Det har skabt usikkerhed hos os et par gange, og det er ikke dér, man skal bruge tid på at finde ud af det.`,
      },
      {
        author: "admin",
        hoursAfterStart: 700,
        body: `Tak for alle kommentarerne. Høringen er nu afsluttet, og den endelige retningslinje er vedtaget i styregruppen med jeres forslag om:

- afslutning af chats, når åbningstiden slutter
- debriefing som krav
- eksempler på formuleringer
- en klar ansvarsfordeling ved akutte forløb

Den ligger under Retningslinjer i vores fælles materiale. Jeg låser tråden her – nye spørgsmål er meget velkomne i en ny tråd.`,
      },
    ],
  },
  {
    title: "Unge, der ryger hash mod angsten – hvordan taler vi om det uden løftet pegefinger?",
    category: "temaer",
    track: "shared",
    tags: ["rusmidler", "angst", "metode"],
    startedDaysAgo: 95,
    solution: 3,
    posts: [
      {
        author: "nikolaj",
        hoursAfterStart: 0,
        body: `I misbrugsbehandlingen i Esbjerg møder vi flere og flere unge, der siger, at de ryger hash, fordi det er det eneste, der tager angsten. De har ofte ret i, at det virker – på kort sigt. Og de har tit oplevet, at voksne kun vil tale om, at hash er farligt.

Jeg er nysgerrig på, hvordan I andre – også i chatten og på skolerne – tager den samtale. Mit indtryk er, at vi mister dem, hvis vi starter med at fortælle, hvad de gør forkert. Men vi må heller ikke bare bekræfte dem i, at hash er god medicin.

Hvordan finder I balancen?`,
      },
      {
        author: "thomas",
        hoursAfterStart: 4,
        body: `Fra gadeplan: Jeg starter altid med at anerkende, at de har fundet noget, der hjælper. *"Okay, så hash gør det lettere at være dig lige nu. Hvad er det præcis, det hjælper med?"*

Så kan vi tale om angsten – og først senere om, hvad hashen koster, fx søvn, skole, penge og venner. Hvis jeg starter med det sidste, er samtalen slut, før den er begyndt.`,
      },
      {
        author: "ida",
        hoursAfterStart: 20,
        body: `Jeg er ny chatrådgiver og har haft et par af de her samtaler. En pige på 17 skrev, at hun ikke kunne sove uden at ryge først.

Jeg vidste ikke rigtig, hvad jeg skulle sige, ud over at anbefale hende at tale med sin læge om søvnen. Er det for lidt? Jeg var bange for at lyde som endnu en voksen, der bare vil have hende til at stoppe.`,
      },
      {
        author: "mette",
        hoursAfterStart: 26,
        body: `Ida, det er ikke for lidt, men du kan godt gå et skridt længere. I chatten bruger vi tit en slags **motiverende samtale light**:

- Spørg til fordelene først: *"Hvad er det gode ved at ryge for dig?"*
- Spørg så til ulemperne: *"Er der noget ved det, du ikke bryder dig om?"*
- Lad hende selv sætte ord på, om hun har lyst til at ændre noget.

Du kan også fortælle, at der findes anonym rådgivning om rusmidler i de fleste kommuner, og at man ikke behøver at være "misbruger" for at tale med nogen. Mange unge tror, at det kræver, at man er helt ude i det.`,
      },
      {
        author: "nikolaj",
        hoursAfterStart: 48,
        body: `Rigtig god beskrivelse, Mette – den låner jeg til vores introduktion af nye medarbejdere.

Og Ida: At henvise til lægen er godt, især ved søvnproblemer. Men spørg gerne, om hun har tænkt sig at fortælle lægen om hashen. Det gør mange ikke, og så får de ikke den rigtige hjælp – i værste fald får de sovemedicin oven i.`,
      },
    ],
  },
  {
    title: "Ensomhed i overgangen fra 9. klasse til ungdomsuddannelse – hvem følger op?",
    category: "temaer",
    track: "shared",
    tags: ["ensomhed", "uddannelse-og-job", "uu-vejledning"],
    startedDaysAgo: 60,
    posts: [
      {
        author: "helle",
        hoursAfterStart: 0,
        body: `Hvert år ser vi i Vejle en gruppe unge, der kommer godt fra 9. klasse, starter på en ungdomsuddannelse – og så falder fra i løbet af de første måneder. Når vi taler med dem bagefter, er årsagen sjældent faglig. Det er ensomhed: De fandt aldrig nogen at være sammen med.

Vi har et godt samarbejde med skolerne om overleveringen, men det er ofte uklart, hvem der har ansvaret i efteråret, når den unge er startet. UU har sluppet, og uddannelsesstedet kender endnu ikke den unge.

Hvordan har I løst det? Er der nogen, der har faste aftaler om opfølgning i de første måneder?`,
      },
      {
        author: "ahmad",
        hoursAfterStart: 8,
        body: `Det er et kæmpe hul, og vi ser konsekvensen i jobcentret et år senere.

Vi har i Egedal lavet en aftale med gymnasiet og erhvervsskolen om, at UU ringer til de unge, vi har været bekymrede for, cirka seks uger efter start. Bare et kort opkald: *"Hvordan går det?"* Det har fanget flere, før de faldt fra, og det koster meget lidt tid.`,
      },
      {
        author: "julie",
        hoursAfterStart: 22,
        body: `Jeg er lige startet i chatten i Aarhus, men jeg har allerede lagt mærke til, at vi får mange henvendelser fra førsteårselever om netop det her. Det lyder tit sådan her: "Alle andre har fundet nogen, og jeg sidder alene i pauserne."

Måske kunne man fortælle om chatten allerede i overleveringen, så de ved, hvor de kan skrive, før det bliver rigtig svært?`,
      },
      {
        author: "camilla",
        hoursAfterStart: 30,
        body: `God idé, Julie. Vi har sundhedsplejersker på nogle af ungdomsuddannelserne i Aalborg, og de har lavet små grupper for førsteårselever, der har svært ved at finde fodfæste.

Det er frivilligt, og det bliver ikke kaldt en "ensomhedsgruppe" – det hedder bare en makkergruppe. Men det er det, det er, og de unge er glade for den.`,
      },
      {
        author: "helle",
        hoursAfterStart: 70,
        body: `Tak for gode idéer. Jeg tager Ahmads opkald efter seks uger og Camillas makkergrupper med til vores næste møde med uddannelsesstederne.

Og Julie – vi skriver Cyberhus ind i vores overleveringsmateriale fra næste skoleår. Det er så oplagt, at jeg ikke forstår, vi ikke har gjort det før.`,
      },
    ],
  },
  {
    title: "Vold i hjemmet og lange skoleferier – forbereder I de unge, før skolen lukker?",
    category: "temaer",
    track: "shared",
    tags: ["vold-i-hjemmet", "chatraadgivning", "organisering"],
    startedDaysAgo: 10,
    solution: 1,
    posts: [
      {
        author: "karen",
        hoursAfterStart: 0,
        body: `Hvert år oplever vi på skolerne, at de unge, vi er bekymrede for på grund af vold eller konflikter derhjemme, har det værst i de lange ferier. Skolen er deres frirum, og når den lukker, er der ingen voksne, der ser dem i flere uger.

Vi har talt om at lave en lille "ferieplan" med de unge, vi kender til: Hvem kan du kontakte, hvis det bliver slemt? Hvornår er chatten åben? Hvor kan du gå hen?

Gør I noget lignende? Og har chatrådgivningerne mærket, at presset stiger i ferierne?`,
      },
      {
        author: "mentor",
        hoursAfterStart: 4,
        body: `Ja, vi mærker det tydeligt i chatten – især i dagene omkring højtiderne. Vi har derfor udvidet åbningstiden et par dage i de store ferier.

Jeres ferieplan er en rigtig god idé. Vi har set noget lignende virke, hvor planen indeholdt:

- to voksne, som den unge selv har valgt
- hvornår chatten er åben – og hvad man gør, når den er lukket
- et sted, den unge kan gå hen, fx en klub eller biblioteket
- en klar besked om, at man altid kan ringe 112, hvis man er i fare

Det vigtigste er, at den unge har lavet planen selv, og at den kan gemmes et sted, hvor forældrene ikke finder den.`,
      },
      {
        author: "maria",
        hoursAfterStart: 20,
        body: `Jeg er ny skolesocialrådgiver i Tønder og synes, det er en fin idé.

Hvordan gør I med de unge, hvor der ikke er en underretning endnu, men hvor I har en fornemmelse af, at noget er galt? Kan man lave en ferieplan med en ung uden at sige, hvorfor man gør det?`,
      },
      {
        author: "louise",
        hoursAfterStart: 28,
        body: `Maria – ja, det kan man godt. Vi har gode erfaringer med at tilbyde planen til en bredere gruppe, fx alle dem, man har haft samtaler med i løbet af året. Så skiller ingen sig ud.

Men hvis din fornemmelse handler om vold, så tal med din leder om underretning *før* ferien – ikke efter. Det er bedre at få vurderet en bekymring, der viser sig at være ubegrundet, end at vente seks uger.`,
      },
      {
        author: "jonas",
        hoursAfterStart: 50,
        body: `Fra SSP: Husk også klubberne og de åbne tilbud. Mange holder åbent i en del af ferien, og medarbejderne vil gerne vide, hvis der er unge, de skal holde ekstra øje med – selvfølgelig inden for de rammer, man må dele oplysninger i.

Vi laver en kort oversigt over åbningstider i ferien, som skolerne kan give videre til alle elever. Så er der ingen, der bliver udpeget.`,
      },
    ],
  },
];
