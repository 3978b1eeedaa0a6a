import type { SeedThread } from "../../types";

// Cases: concrete, anonymised courses of events. Every person and situation is invented.
export const casesThreads: SeedThread[] = [
  {
    title: "Sådan deler du en case i forummet – anonymisering og god skik",
    category: "cases",
    track: "shared",
    tags: ["retningslinjer", "anonymitet", "data-og-dokumentation"],
    startedDaysAgo: 412,
    pinned: true,
    posts: [
      {
        author: "moderator",
        hoursAfterStart: 0,
        body: `Velkommen til Cases. Her deler vi konkrete forløb, så vi kan lære af hinanden på tværs af kommunerne. Det kræver, at vi passer godt på de unge – også selvom forummet kun er for medlemmer.

**Før du trykker på Opret tråd:**

- Brug kun pseudonymer som "pige, 15" eller "en dreng på 16". Aldrig navne, heller ikke forbogstaver.
- Skriv ikke skole, klub, bydel eller andet, der kan pege på en bestemt ung.
- Citér ikke lange stykker fra chatloggen. Genfortæl med dine egne ord.
- Ændr gerne uvæsentlige detaljer (alder et år op eller ned, søskende osv.), hvis det ikke ændrer på det faglige spørgsmål.
- Skriv, hvad du gerne vil have hjælp til – så er det lettere at svare.

Forummet afviser automatisk indlæg med CPR-numre og beder dig bekræfte, før det gemmer et telefonnummer eller en e-mailadresse, men det er en nødbremse, ikke en erstatning for din egen vurdering.

Er du i tvivl, så skriv til en af os moderatorer, før du poster.`,
      },
      {
        author: "admin",
        hoursAfterStart: 5,
        body: `Tak, Jens. Jeg vil lige tilføje én ting, som vi har drøftet i styregruppen: **Akutte sager hører ikke hjemme i forummet.** Hvis du sidder med en ung, der er i fare lige nu, så følg jeres lokale procedure og tal med din leder eller vagthavende. Forummet er til refleksion bagefter eller til sager, hvor der er tid til at vende det med kolleger.

Og husk, at det er helt okay at dele en case, hvor man synes, man selv gjorde noget forkert. Det er ofte dem, vi lærer allermest af.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 28,
        body: `Et lille praktisk trick fra Skanderborg: Jeg skriver min case i et tomt dokument først og læser den igennem med spørgsmålet *"Ville den unge kunne genkende sig selv, hvis hun læste det her?"* Hvis svaret er ja, skærer jeg mere fra.

Det er sjældent, at det faglige dilemma forsvinder, når detaljerne ryger – tværtimod bliver det tit tydeligere, hvad spørgsmålet egentlig handler om.`,
      },
    ],
  },
  {
    title: "Ung skriver i chatten, at forældrene slår – hvornår underretter I?",
    category: "cases",
    track: "newcomer",
    tags: ["vold-i-hjemmet", "underretning", "anonymitet", "chatraadgivning"],
    startedDaysAgo: 45,
    solution: 1,
    posts: [
      {
        author: "ida",
        hoursAfterStart: 0,
        body: `Hej alle. Jeg er ret ny som chatrådgiver i Næstved og havde i går en samtale, jeg stadig tænker på.

En pige på 14 skrev, at hendes far "nogle gange slår", når han har drukket, og at hun ikke tør sige det til nogen. Hun var helt anonym, og da jeg forsigtigt spurgte, om hun havde lyst til at fortælle, hvilken skole hun gik på, loggede hun af.

Jeg ved, at vi har skærpet underretningspligt, men hvordan gør I i praksis, når den unge er anonym? Skulle jeg have spurgt anderledes? Og hvad skriver I i jeres egen dokumentation bagefter?

Jeg har talt med min leder, men vil gerne høre, hvordan I andre gør.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 3,
        body: `Hej Ida – godt, at du tager den herind, og godt, at du allerede har talt med din leder.

Kort fortalt: Så længe den unge er anonym, kan du ikke underrette, fordi der ikke er nogen at underrette om. Pligten træder i kraft, når du har oplysninger nok til at identificere barnet. Derfor handler chatten om at **styrke hende til selv at tage et skridt** – ikke om at få oplysningerne ud af hende.

Det, der virker for mig:

- Anerkend først: "Det er modigt, at du skriver det her."
- Fortæl ærligt, hvad der sker, hvis hun vælger at fortælle, hvem hun er, så hun ikke bliver overrasket.
- Hjælp hende med at finde en voksen, hun stoler på: en lærer, sundhedsplejersken, en moster.
- Giv hende muligheder, hun selv kan bruge, fx [Børns Vilkår](https://bornsvilkar.dk).

At hun loggede af, er ikke nødvendigvis din fejl. Mange unge tester os et par gange, før de tør mere.`,
      },
      {
        author: "karen",
        hoursAfterStart: 7,
        body: `Enig med Lone. Fra skolesocialrådgiver-siden vil jeg bare sige: Når en pige som hende en dag fortæller det til en lærer, er det ofte, fordi nogen tidligere har sagt til hende, at det ikke er hendes skyld, og at voksne godt kan tåle at høre det. Det kan meget vel have været dig.

I dokumentationen skriver vi kun det nødvendige: alder, tema, hvad du gjorde, og at der ikke var grundlag for at identificere den unge. Ingen citater fra chatten.`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 26,
        body: `En lille tilføjelse om spørgsmålet om skolen: Jeg ville vente med den slags spørgsmål, til den unge selv begynder at åbne for, at hun gerne vil have hjælp udefra. Ellers kan det hurtigt føles som et forhør, selvom det er ment omsorgsfuldt.

Prøv i stedet noget i retning af: *"Hvis du en dag får lyst til, at en voksen tæt på dig ved det, kan vi tale om, hvordan du kunne sige det."* Så er det hende, der bestemmer tempoet.`,
      },
      {
        author: "ida",
        hoursAfterStart: 50,
        body: `Tusind tak for de gode svar. Det hjælper rigtig meget at høre, at det ikke nødvendigvis var mig, der skræmte hende væk.

Jeg tager Annes formulering med og tager Lones liste op på næste teammøde. Vi er i gang med at lave vores egen lokale vejledning, så det kommer lige på det rette tidspunkt.`,
      },
    ],
  },
  {
    title: "Pige på 14 skriver om at skære sig – hvordan runder jeg chatten godt af?",
    category: "cases",
    track: "newcomer",
    tags: ["selvskade", "chatraadgivning", "metode"],
    startedDaysAgo: 2,
    posts: [
      {
        author: "julie",
        hoursAfterStart: 0,
        body: `Hej. Jeg har kun haft vagter i chatten i Aarhus i et par måneder, så undskyld, hvis spørgsmålet er basalt.

I aftes skrev en pige på 14, at hun skærer sig i armene, når hun ikke kan "få tankerne til at stoppe". Hun var ikke i akut fare, sagde hun, og samtalen gik egentlig fint. Hun fortalte om skolen og om en veninde, hun er blevet uvenner med.

Mit problem var slutningen. Chatten lukkede kl. 22, og jeg havde ikke nået at tale med hende om, hvad hun kunne gøre resten af aftenen. Jeg endte med at skrive noget hurtigt om, at hun kunne skrive igen i morgen, og det føltes forkert.

- Hvordan holder I øje med tiden i den slags samtaler?
- Har I nogle faste formuleringer til afslutningen?
- Spørger I konkret til selvskaden, eller lader I den ligge, når hun ikke selv tager den op igen?

Jeg har en samtale med min supervisor på fredag, men vil gerne have nogle idéer inden.`,
      },
    ],
  },
  {
    title: "Dreng, 13, har ikke været i skole i fem uger – hvem skal med ved bordet?",
    category: "cases",
    track: "newcomer",
    tags: ["skolevaegring", "forældresamarbejde", "angst"],
    startedDaysAgo: 6,
    posts: [
      {
        author: "maria",
        hoursAfterStart: 0,
        body: `Hej alle. Jeg er startet som skolesocialrådgiver i Tønder for et par måneder siden og har fået en sag, hvor jeg gerne vil have jeres erfaringer.

En dreng på 13 har ikke været i skole i fem uger. Forældrene fortæller, at han får ondt i maven hver morgen og græder, når de prøver at få ham af sted. Lærerne oplever ham som stille, men ikke ked af det. Der har ikke været kontakt til PPR endnu.

Jeg er i tvivl om rækkefølgen:

1. Skal jeg først have et møde med forældrene alene?
2. Hvornår inddrager I PPR – og egen læge?
3. Giver det mening at tale med drengen selv, før der er en plan?

Vi har ikke nogen fast procedure for ufrivilligt skolefravær her endnu, så jeg vil meget gerne høre, hvordan I har bygget jeres op.`,
      },
    ],
  },
  {
    title: "Dreng på 16 afpresses efter videochat – hvordan griber I sextortion an?",
    category: "cases",
    track: "newcomer",
    tags: ["digitale-kraenkelser", "ssp", "underretning"],
    startedDaysAgo: 30,
    solution: 1,
    posts: [
      {
        author: "emil",
        hoursAfterStart: 0,
        body: `Hej. SSP-konsulent i Helsingør og relativt ny i netværket.

En skole har kontaktet mig om en dreng på 16, som bliver afpresset af en profil, han troede var en pige på hans egen alder. Han har sendt en video af sig selv, og nu kræver profilen penge – ellers bliver videoen sendt til hans venner. Han har allerede betalt én gang.

Forældrene ved det ikke endnu. Drengen har betroet sig til en lærer og er meget skamfuld.

Hvad er jeres erfaring med:

- at få drengen til at anmelde det til politiet?
- hvem der skal fortælle det til forældrene?
- at få videoen fjernet?

Jeg vil gerne handle hurtigt, men ikke gøre mere skade end nødvendigt.`,
      },
      {
        author: "jonas",
        hoursAfterStart: 2,
        body: `Godt, at du handler hurtigt, Emil. Det her ser vi desværre oftere og oftere, og der er et par ting, der går igen:

**Stop betalingen.** Afpressere stopper sjældent, når de først har fået penge. Drengen skal stoppe kontakten, men *ikke* slette samtalen – tag skærmbilleder af profil og beskeder.

**Politiet.** Det er en anmeldelse værd, også selvom gerningsmanden ofte sidder i udlandet. Vi har god erfaring med at tage med drengen på stationen, så han ikke skal forklare det hele alene.

**Fjernelse.** Red Barnets [SletDet](https://sletdet.dk) kan hjælpe med at få materiale fjernet og er gode til at tale med unge uden at dømme.

**Forældrene.** Han er under 18, så forældrene skal ind over. Men spørg ham, *hvordan* det skal ske. Mange vil helst have, at en voksen, de stoler på, er med, når det bliver sagt.`,
      },
      {
        author: "rasmus",
        hoursAfterStart: 5,
        body: `Supplement fra Horsens: Sig det meget tydeligt til drengen, at **det er afpresseren, der har begået en forbrydelse – ikke ham.** Skammen er det, afpresserne lever af.

Vi har haft en dreng, der gik i dagevis og overvejede at tage sit eget liv, fordi han troede, at alle ville se videoen. Så spørg også direkte ind til, hvordan han har det, og om han har tanker om at gøre skade på sig selv.

Og husk underretningen – både lærerens og din egen. Den er ikke en straf, men sikrer, at familien kan få tilbudt støtte bagefter.`,
      },
      {
        author: "mette",
        hoursAfterStart: 30,
        body: `Fra chatten kan jeg sige, at vi også får de her henvendelser anonymt – tit sent om aftenen, når de unge ligger og ikke kan sove af skam.

Hvis I laver et oplæg på skolen bagefter, så nævn gerne, at man kan skrive til [Cyberhus](https://cyberhus.dk), hvis man ikke tør sige det til en voksen ansigt til ansigt. For mange er det det første skridt.`,
      },
      {
        author: "emil",
        hoursAfterStart: 74,
        body: `Opdatering: Drengen har stoppet kontakten, og vi var på stationen sammen i går. Han fortalte det selv til sin mor med læreren ved siden af, og det gik meget bedre, end han havde frygtet.

Tak for hurtige og konkrete svar – især Jonas' punkter, som jeg næsten brugte som tjekliste. Det gjorde en forskel.`,
      },
    ],
  },
  {
    title: "Samme unge skriver om selvmordstanker hver uge – hvor går grænsen for anonymitet?",
    category: "cases",
    track: "experienced",
    tags: ["selvmordstanker", "anonymitet", "chatraadgivning", "supervision"],
    startedDaysAgo: 120,
    posts: [
      {
        author: "mette",
        hoursAfterStart: 0,
        body: `Jeg vil gerne have en faglig drøftelse af noget, vi har diskuteret meget i teamet i Silkeborg.

Vi har en ung – formentlig en pige omkring 16 – som skriver i chatten næsten hver uge. Hun beskriver selvmordstanker, nogle gange ret konkrete, men siger altid, at hun ikke vil gøre noget i aften. Hun er anonym, vil ikke fortælle, hvor hun bor, og har fortalt, at hun ikke går til nogen behandling.

Samtalerne er gode, og hun siger selv, at chatten er det eneste sted, hun kan sige det højt. Men flere af os er begyndt at føle, at vi holder noget, vi ikke kan holde. Vi er en anonym chat, ikke et behandlingstilbud.

Hvordan tænker I? Skal vi blive ved med at være stedet, hun kommer, eller skal vi mere aktivt presse på for, at hun får et andet tilbud – med risiko for at miste hende?`,
      },
      {
        author: "louise",
        hoursAfterStart: 4,
        body: `Vi har haft en næsten identisk situation i Kolding. Vi endte med at lave en **fælles linje i teamet**, så hun mødte den samme holdning, uanset hvem der sad på vagten: Vi er glade for, at du skriver, *og* vi bliver ved med at tale om, hvem der ellers kan hjælpe dig.

Det vigtigste for os var, at det ikke blev den enkelte frivillige, der bar det. Vi lavede et kort, anonymt notat i vores interne system, så den næste rådgiver vidste, hvad der var talt om, uden at vi samlede mere end nødvendigt.`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 9,
        body: `Jeg vil gerne nuancere lidt. Som psykolog er jeg ikke sikker på, at det i sig selv er et problem, at hun kommer igen. For nogle unge er gentagelsen netop det, der holder dem oven vande – et sted, hvor tankerne kan siges, uden at alt brænder.

Men jeg er enig i, at det ikke må stå alene. Jeg ville:

- spørge konkret ind til, hvad der har hjulpet hende de andre gange,
- lave en lille sikkerhedsplan sammen med hende i chatten,
- og være ærlig: *"Jeg er bekymret for, at vi er de eneste, der ved det."*

Det er ikke at presse. Det er at være en voksen, der siger sin bekymring højt.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 27,
        body: `Tak, Anne – den sidste sætning skriver jeg på en seddel.

> Men flere af os er begyndt at føle, at vi holder noget, vi ikke kan holde.

Mette, jeg tror, det her er lige så meget et supervisionsspørgsmål som et spørgsmål om den unge. Hvis rådgiverne går hjem med den uro, skal der være et sted at lægge den. Hos os har vi debriefing efter alle samtaler om selvmord, også de "rolige", og det har gjort det lettere at blive i samtalen uden at gå i panik.`,
      },
      {
        author: "peter",
        hoursAfterStart: 52,
        body: `Som leder vil jeg sige, at I gør det rigtige ved at tage det op i fællesskab.

Jeg er dog lidt mere skeptisk end Anne over for at lade det køre i lang tid. Vi har en aftale om, at hvis en anonym ung skriver om selvmordstanker over flere måneder, så tager vi forløbet op i vores faglige sparring med psykiatrien – stadig anonymt, selvfølgelig – for at få et blik udefra. Ikke fordi chatrådgiverne gør noget forkert, men fordi vi ikke skal være alene om vurderingen.`,
      },
      {
        author: "mette",
        hoursAfterStart: 74,
        body: `Tak for jeres svar. Vi har besluttet at gøre som Louise med en fælles linje i teamet, og Annes tre punkter bliver en del af den.

Peters idé om anonym sparring med psykiatrien tager jeg op med vores leder i næste uge. Jeg vender tilbage her, hvis vi finder en model, der virker.`,
      },
    ],
  },
  {
    title: "Hash sælges i frikvarteret i 8. klasse – har I samlet forældrene med succes?",
    category: "cases",
    track: "experienced",
    tags: ["rusmidler", "ssp", "forældresamarbejde", "kriminalitet"],
    startedDaysAgo: 210,
    solution: 2,
    posts: [
      {
        author: "rasmus",
        hoursAfterStart: 0,
        body: `Vi har en skole i Horsens, hvor det er ret tydeligt, at der bliver solgt hash blandt eleverne i 8. klasse. Et par af de unge er kendt af politiet i forvejen, men de fleste er helt almindelige elever, der har prøvet det et par gange.

Skolen vil gerne holde et forældremøde. Min erfaring er, at den slags møder kan gå to veje: Enten bliver det en god snak om, hvad forældrene kan gøre sammen – eller også bliver det en jagt på "de dårlige børn".

Hvordan har I bygget sådan et møde op? Og har I erfaringer med at få de forældre med, hvis børn faktisk sælger?`,
      },
      {
        author: "nikolaj",
        hoursAfterStart: 6,
        body: `Fra misbrugssiden: Undgå skræmmekampagner. Forældrene skal ikke have billeder af sorte lunger, de skal have noget, de kan sige ved aftensmaden i morgen.

Vi plejer at have tre korte indslag:

- Hvad ved vi om unges hashbrug lige nu – gerne lokale tal, hvis I har dem
- Hvad kan man som forælder holde øje med, uden at blive politi derhjemme
- Hvor kan man få hjælp, også anonymt

Og så er det en god idé at lade forældrene tale sammen i små grupper om, hvilke fælles aftaler de vil lave for årgangen.`,
      },
      {
        author: "erfaren",
        hoursAfterStart: 22,
        body: `Vi gjorde noget lidt andet i Ikast-Brande, og det virkede overraskende godt: **To slags møder i stedet for ét.**

Først et almindeligt forældremøde for hele årgangen med fokus på forældrenetværk og fælles aftaler – ingen navne, ingen sager. Derefter inviterede vi de familier, vi havde en konkret bekymring for, til individuelle samtaler med SSP og skolens AKT-lærer, og i et par tilfælde også med en fra ungeenheden.

De forældre, hvis børn sælger, kommer sjældent til det store møde. Men de kommer ofte til en personlig samtale, hvis invitationen er venlig og ikke lyder som en anklage. Vi ringede til dem i stedet for at sende et brev – det gjorde en stor forskel.`,
      },
      {
        author: "jonas",
        hoursAfterStart: 30,
        body: `Godt setup, Mikkel. Vi gør næsten det samme i Roskilde, men har også politiets forebyggelsesbetjent med på det store møde.

Det gør noget ved forældrene at høre, at politiet ikke er ude efter at straffe deres barn for at have prøvet – men at de tager salget meget alvorligt. Det giver en mere rolig stemning og færre spørgsmål af typen "hvem er det?".`,
      },
      {
        author: "thomas",
        hoursAfterStart: 60,
        body: `Fra gadeplan vil jeg bare minde om de unge selv. Vi har haft rigtig god erfaring med at være synlige omkring skolen og i klubben i ugerne efter sådan et møde.

De unge ved godt, at der er blevet talt om dem, og nogle af dem er faktisk lettede over, at nogen tager det op. Det er ofte dér, vi får de første gode snakke – især med dem, der er kommet til at skylde penge væk.`,
      },
      {
        author: "rasmus",
        hoursAfterStart: 100,
        body: `Tak alle. Vi går med Mikkels model med to slags møder og inviterer både misbrugskonsulent og forebyggelsesbetjent med til det store møde. Nikolajs tre indslag bruger vi som dagsorden.

Thomas – jeg ringer til dig i næste uge om gadeplansdelen.`,
      },
    ],
  },
  {
    title: "Pige, 17, med tegn på spiseforstyrrelse vil ikke have forældrene med",
    category: "cases",
    track: "experienced",
    tags: ["spiseforstyrrelser", "forældresamarbejde", "underretning"],
    startedDaysAgo: 160,
    solution: 2,
    posts: [
      {
        author: "camilla",
        hoursAfterStart: 0,
        body: `Jeg sidder med et dilemma, jeg gerne vil have jeres blik på.

En pige på 17 kommer jævnligt hos mig som sundhedsplejerske på ungdomsuddannelsen. Hun har tabt sig meget over et halvt år, træner to gange om dagen og siger selv, at hun "bare spiser sundt". Hun har fortalt, at hun har svært ved at spise foran andre, og at hun får det dårligt, hvis hun springer en træning over.

Hun er meget klar i mælet: Hendes forældre må ikke vide noget. Hun fylder 18 om fem måneder.

Jeg mener, vi er ved grænsen for underretning, men jeg er bange for at miste hendes tillid. Hvordan har I balanceret det med unge, der er så tæt på myndighedsalderen?`,
      },
      {
        author: "sara",
        hoursAfterStart: 5,
        body: `Svært dilemma, og det er tydeligt, at hun har tillid til dig – det er meget værd.

Juridisk ændrer det ikke noget, at hun snart er 18. Hvis du er bekymret for hendes helbred og udvikling, gælder underretningspligten nu. Men *hvordan* du gør det, kan du påvirke meget. Jeg ville fortælle hende det, før jeg sendte noget, og tilbyde, at hun kan læse med eller selv skrive et par linjer om, hvordan hun ser det.`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 20,
        body: `Jeg er enig med Sara om underretningen, og vil lægge til, at forældrene ikke nødvendigvis er det første skridt i selve forløbet. Ofte er det mere realistisk at få hende til egen læge først – med dig som støtte – så der kommer en lægefaglig vurdering. Det flytter samtalen fra "spiser du nok?" til "hvad siger kroppen?".

Nogle konkrete ting, der har virket for os:

- Tal om træningen og trætheden, ikke om vægt og mad.
- Spørg, hvad hun er mest bange for, hvis forældrene får det at vide. Svaret er tit vigtigere end selve nej'et.
- Aftal et næste skridt, hun selv kan sige ja til.

Når hun har været hos lægen, er det også lettere at inddrage forældrene sammen med hende. Og er der tegn på alvorlig underernæring, er det ikke længere en forhandling.`,
      },
      {
        author: "karen",
        hoursAfterStart: 47,
        body: `Fra skolesiden: Lav en aftale med hende om, hvad du må sige til lærerne – fx at hun kan få lov at gå ud af en time, hvis hun har det dårligt, eller at idrætslæreren ikke kommenterer på hendes træning.

Det gør det tydeligt, at du er på hendes side, også når du siger noget, hun ikke vil høre. Og det giver hende en oplevelse af, at hun har lidt kontrol, selvom der sker noget, hun ikke selv har valgt.`,
      },
      {
        author: "camilla",
        hoursAfterStart: 96,
        body: `Tak alle – især Anne for at pege på lægen som første skridt.

Jeg har drøftet det med min leder, og vi har underrettet. Jeg fortalte hende det på forhånd, og hun læste med på, hvad der stod. Hun var vred i ti minutter og sagde så ja til, at jeg går med hende til lægen i næste uge. Bagefter tager vi stilling til forældrene sammen.`,
      },
    ],
  },
  {
    title: "Ung på 19 er faldet fra FGU for tredje gang – hvad har virket for jer?",
    category: "cases",
    track: "experienced",
    tags: ["uddannelse-og-job", "uu-vejledning", "angst"],
    startedDaysAgo: 300,
    posts: [
      {
        author: "ahmad",
        hoursAfterStart: 0,
        body: `Jeg har en ung mand på 19 i jobcentrets ungeindsats i Egedal. Han er startet på FGU tre gange, og hver gang falder han fra efter et par måneder. Han er ikke umotiveret – han siger selv, at han gerne vil være tømrer – men han har social angst og har svært ved at være i store grupper.

Vi har prøvet mentor, og vi har prøvet et kortere praktikforløb, som faktisk gik godt. Men når han skal tilbage på skolebænken, går det galt.

Er der nogen, der har gode erfaringer med at kombinere FGU med noget andet? Eller med at få en ung direkte i et praktikforløb, der kan føre videre?`,
      },
      {
        author: "helle",
        hoursAfterStart: 8,
        body: `Vi har haft et par unge i Vejle med samme mønster. Det, der har virket bedst, er **et meget lille hold** i starten. FGU kan tilrettelægge et forløb med mere praksis og færre elever, men man skal nogle gange bede om det direkte og være konkret om, hvad angsten betyder i hverdagen.

Derudover: Få afklaret angsten ordentligt. Har han fået et egentligt behandlingstilbud, eller har den bare været "en del af billedet"? Hvis den aldrig er blevet behandlet, falder han formentlig fra en fjerde gang også.`,
      },
      {
        author: "thomas",
        hoursAfterStart: 30,
        body: `Jeg kender flere af den type unge fra gadeplan. Tit er det ikke selve undervisningen, der er problemet, men de første ti minutter – at gå ind ad døren, finde en plads, stå i kø i kantinen.

Vi har haft held med at have en fast voksen, der møder den unge ved indgangen de første uger. Det lyder banalt, men det har gjort forskellen for flere af dem, jeg har fulgt.`,
      },
      {
        author: "peter",
        hoursAfterStart: 54,
        body: `Jeg vil lige udfordre lidt. Tre gange FGU kan også være et tegn på, at *vejen* er forkert for ham lige nu – ikke at han skal have endnu mere støtte til den samme vej.

Har I overvejet at vente med skolen og se, om han kan komme i et længere virksomhedsforløb hos en tømrer, der er god til unge? Så kan uddannelsen komme bagefter, når han har fået succes et sted. Det kræver en tålmodig arbejdsgiver, men de findes – og de er tit mere fleksible, end vi tror.`,
      },
      {
        author: "ahmad",
        hoursAfterStart: 80,
        body: `Gode input – både Helles om behandlingen og Peters om at vende rækkefølgen om. Jeg tror faktisk, begge dele er rigtige: Han har aldrig fået et ordentligt behandlingstilbud, og han trives bedst med hænderne.

Vi tager en samtale med ham om begge dele i næste uge, og jeg har allerede en tømrermester i tankerne.`,
      },
    ],
  },
  {
    title: "Dreng, 15, vil \"bare forsvinde\" – vores forløb fra anonym chat til akut hjælp",
    category: "cases",
    track: "shared",
    tags: ["selvmordstanker", "chatraadgivning", "metode"],
    startedDaysAgo: 75,
    posts: [
      {
        author: "louise",
        hoursAfterStart: 0,
        body: `Jeg vil gerne dele et forløb fra en af vores aftenvagter, fordi det endte godt, og fordi det har lært os noget om timing.

En dreng på 15 skrev, at han "bare ville forsvinde". Vores frivillige spurgte direkte: *"Tænker du på at tage dit eget liv?"* Han svarede ja, og at han havde en plan for samme aften.

Det, der skete derefter:

1. Den frivillige hentede vagthavende ind i samtalen med det samme.
2. Vi blev i chatten og spurgte, om der var en voksen i huset. Det var der – hans mor.
3. Efter en halv time sagde han ja til, at vi hjalp ham. Han fortalte, hvem han var, og vi kontaktede akutpsykiatrien, mens vi var i chatten med ham hele vejen.

Det, jeg især vil fremhæve, er det direkte spørgsmål. Mange nye rådgivere er bange for at stille det.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 4,
        body: `Tak for at dele, Louise. Det direkte spørgsmål er så vigtigt. Der er god viden om, at det ikke øger risikoen at spørge – tværtimod oplever de unge, at der endelig er nogen, der tør.

Og så det med at hente vagthavende ind med det samme. Ingen skal sidde alene med den slags samtaler, uanset hvor erfaren man er. Det er også det, der gør, at man kan blive i samtalen og være rolig.`,
      },
      {
        author: "ida",
        hoursAfterStart: 20,
        body: `Som ny rådgiver må jeg indrømme, at jeg har tøvet med netop det spørgsmål. Jeg har været bange for at "give idéen" til en ung, der måske bare havde en dårlig dag.

Hvordan formulerer I det, hvis den unge har skrevet noget mere utydeligt – fx bare at alt er ligegyldigt, eller at det hele kan være lige meget?`,
      },
      {
        author: "moderator2",
        hoursAfterStart: 24,
        body: `Godt spørgsmål, Ida. Jeg bruger ofte en blød trappe:

> "Når du skriver, at alt er ligegyldigt – er det så sådan, at du nogle gange tænker, at du ikke vil leve mere?"

Og hvis svaret er ja: *"Har du tænkt på, hvordan du ville gøre det?"* og *"Har du tænkt på hvornår?"* Så ved du, om det er akut, og om du skal hente vagthavende.

Du giver ikke idéen. Du giver den unge lov til at sige det, der allerede er der.`,
      },
      {
        author: "louise",
        hoursAfterStart: 48,
        body: `En kort opfølgning: Vi har via kommunens børne- og familieafdeling fået at vide, at drengen nu er i et forløb i børne- og ungdomspsykiatrien, og at han har det bedre.

Det er sjældent, vi hører, hvordan det går bagefter, så det var rigtig godt for hele holdet – og ikke mindst for den frivillige, der tog samtalen.`,
      },
    ],
  },
  {
    title: "Ensom dreng på 17 vil kun tale med os online – hvordan kommer vi videre?",
    category: "cases",
    track: "shared",
    tags: ["ensomhed", "chatraadgivning", "angst"],
    startedDaysAgo: 20,
    solution: 4,
    posts: [
      {
        author: "thomas",
        hoursAfterStart: 0,
        body: `I Randers er vi begyndt at være til stede digitalt – på Discord og i chatten – som en del af gadeplansarbejdet. Det har givet os kontakt til en gruppe unge, vi aldrig ser på gaden.

En af dem er en dreng på 17, som skriver med os næsten hver aften. Han er droppet ud af gymnasiet, sidder det meste af døgnet på sit værelse og spiller, og han siger, at vi er de eneste, han taler med, ud over sin mor. Han er ikke ked af det på en dramatisk måde, mere flad.

Han afviser alle forslag om at mødes fysisk. Hvordan kommer vi videre herfra uden at skubbe ham væk? Er der nogen, der har erfaring med at bygge bro fra online til offline?`,
      },
      {
        author: "ny",
        hoursAfterStart: 5,
        body: `Jeg er ny UU-vejleder i Tønder og har lige mødt et par unge med samme mønster, så jeg følger med her.

Et spørgsmål: Har han fortalt, hvad der gjorde, at han stoppede på gymnasiet? Jeg tænker, at det kunne være en indgang til at tale om, hvad der skal ske nu – også uden at I behøver at mødes. Og så kunne UU måske komme ind i billedet på en måde, der ikke føles som et krav.`,
      },
      {
        author: "mette",
        hoursAfterStart: 9,
        body: `Vi ser mange af de her unge i Cyberhus-chatten. Det, der tit hjælper, er at gøre det næste skridt *meget* lille.

Ikke "skal vi mødes?", men "vil du prøve at skrive med mig i morgen kl. 16 i stedet for kl. 23?" eller "vil du prøve et opkald med kameraet slukket?". Det lyder måske fjollet, men for en ung med meget lidt kontakt er hver lille ændring et rigtigt skridt – og det giver jer noget at bygge videre på.`,
      },
      {
        author: "julie",
        hoursAfterStart: 28,
        body: `Jeg er også ny (chatrådgiver i Aarhus), så jeg spørger mere, end jeg svarer: Hvordan undgår I, at I selv bliver hans eneste sociale kontakt?

Jeg har en ung i chatten, der er begyndt at skrive "du er den eneste, der forstår mig", og jeg ved ikke helt, hvordan jeg skal reagere. Jeg vil ikke afvise hende, men jeg kan heller ikke være der hver aften.`,
      },
      {
        author: "mentor",
        hoursAfterStart: 50,
        body: `Gode spørgsmål fra jer begge – og Thomas, det er et rigtig fint arbejde, I laver.

Julie, til dit spørgsmål: Tag imod det, men sig også sandheden. Fx: *"Jeg er rigtig glad for, at du kan tale med mig. Og jeg vil gerne hjælpe med at finde flere, du kan tale med – også nogle, der er der, når chatten er lukket."*

Til Thomas:

- **Brug det, han er optaget af.** Spiller han? Så er der måske et lokalt gamingfællesskab eller en klub med e-sport.
- **Tag ham med i planlægningen:** "Hvad skulle der til, for at det var til at holde ud at møde op?"
- **Inddrag UU eller jobcenter tidligt**, men som nogen, der kommer *ind* i den online kontakt – ikke som et møde på et kontor.

Og vær tålmodige. Det tager ofte måneder, og det er helt normalt.`,
      },
      {
        author: "thomas",
        hoursAfterStart: 120,
        body: `Tak for alle svarene. Vi har talt med den lokale ungdomsklub, som har et e-sportshold om torsdagen, og han har sagt, at han "måske" vil kigge forbi – med mig ved siden af.

Det er det første ja, vi har fået i to måneder. Sofie, jeg vender tilbage om UU-delen, når vi er lidt længere.`,
      },
    ],
  },
  {
    title: "Nøgenbillede af pige i 7. klasse deles på Snapchat – hvornår går I ud til forældrene?",
    category: "cases",
    track: "shared",
    tags: ["digitale-kraenkelser", "ssp", "forældresamarbejde", "underretning"],
    startedDaysAgo: 380,
    posts: [
      {
        author: "jonas",
        hoursAfterStart: 0,
        body: `En case fra sidste måned, som jeg gerne vil have jeres syn på, fordi vi ikke var helt enige internt om rækkefølgen.

En pige i 7. klasse havde sendt et billede til en dreng i 8. klasse. Det blev delt i en gruppechat og derfra videre til elever på mindst to andre skoler. Pigen gik til sin klasselærer, som kontaktede os.

Vi gjorde følgende:

- Skolen underrettede samme dag – både om pigen og om de drenge, der havde delt.
- Politiet blev inddraget, fordi der er tale om deling af seksuelt materiale af en mindreårig.
- Vi holdt møde med pigens forældre sammen med skolens ledelse.

Uenigheden hos os var, om vi skulle gå ud til alle forældre på årgangen med det samme eller vente. Vi ventede to dage. Hvad ville I have gjort?`,
      },
      {
        author: "karen",
        hoursAfterStart: 6,
        body: `Vi har generelt god erfaring med at vente lidt, men ikke for længe. De første timer skal handle om pigen og om at stoppe delingen. Går man for tidligt ud til alle forældre, risikerer man, at flere unge bliver nysgerrige og begynder at lede efter billedet.

To dage lyder fornuftigt for mig – især hvis I brugte tiden på at tale med de drenge, der havde delt, og med deres forældre.`,
      },
      {
        author: "erfaren",
        hoursAfterStart: 20,
        body: `Jeg er enig med Karen, men vil lægge til, at **beskeden til forældrene skal være klar og fri for detaljer**. Vi bruger en fast skabelon i Ikast-Brande:

- Hvad er der sket – helt overordnet, ingen navne
- Hvad gør skolen og SSP
- Hvad beder vi jer forældre om – fx at tale med jeres barn om, at man ikke deler, og at det er strafbart
- Hvem I kan kontakte, hvis I har spørgsmål

Vi sender den samme dag, som vi har holdt klassesamtaler, så eleverne og forældrene får det samme budskab på samme tid.`,
      },
      {
        author: "admin",
        hoursAfterStart: 50,
        body: `Tak for en god og konkret case, Jonas – og for at dele uenigheden, det er tit dér, vi lærer mest.

Mikkel, din skabelon ville være oplagt at dele i kategorien Metoder og værktøjer, så flere kommuner kan bruge den. Jeg lægger et link ind her i tråden, når den er oppe.`,
      },
    ],
  },
];
