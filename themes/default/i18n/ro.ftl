# haven UI strings: Romanian (română)
# reviewed-by-fluent-speaker: no
# Script: Latin (ș and ț with comma below), written left-to-right. Polite plural ("Căutați") for the reader; "tu" only on children's posters.
skip-to-content = Salt la conținutul principal
ceop-button = Raportați la CEOP
nav-label = Meniul principal
menu-button = Meniu
nav-home = Pagina principală
versions-label = Această pagină în alte limbi și versiuni
version-easy = Ușor de citit
version-standard = Versiunea obișnuită
version-eal = Cuvinte-cheie în limba mea
not-translated = Această pagină nu este încă tradusă în limba română. Iată originalul.
footer-report = Semnalați o îngrijorare
footer-accessibility = Declarație de accesibilitate
search-title = Căutare
search-label = Căutați pe acest site
search-button = Căutați
search-loading = Se încarcă căutarea…
search-found = Pagini găsite: { $count }
search-none = Nu s-a găsit nicio pagină. Încercați alt cuvânt sau doar începutul unui cuvânt.
search-no-js = Căutarea are nevoie de JavaScript, care este oprit sau nu funcționează în acest browser. Puteți ajunge la orice pagină din secțiunile site-ului:
accessibility-title = Declarație de accesibilitate
not-found-title = Pagina nu a fost găsită
not-found-text = Nu am găsit această pagină. Poate a fost mutată. Încercați pagina principală sau căutarea.
posters-title = Afișe pentru fiecare sală
print-all-title = Tipăriți toate afișele
poster-title = Afiș
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
date-day = { $day } { $month } { $year }
date-weekday = { $weekday }, { $day } { $month } { $year }
# Lessons and present mode.
home-bands-intro = Alegeți grupa de vârstă a copilului dumneavoastră, sau pe a dumneavoastră, ca să vedeți ce învață despre siguranța pe internet.
band-years-eyfs = Creșă și clasa pregătitoare (Nursery și Reception)
band-years-ks1 = Anii 1 și 2 (Years 1–2)
band-years-ks2 = Anii 3–6 (Years 3–6)
band-years-ks3 = Anii 7–9 (Years 7–9)
band-years-ks4 = Anii 10 și 11 (Years 10–11)
topic-lessons-none = Încă nu există lecții despre acest subiect.
present-start = Prezentați
present-help = Afișați această lecție pe tabla clasei, câte un diapozitiv pentru fiecare secțiune. Taste: săgeata dreapta sau Spațiu pentru diapozitivul următor, săgeata stânga pentru înapoi, F pentru ecran complet, Esc pentru oprire.
present-next = Diapozitivul următor
present-previous = Diapozitivul anterior
present-leave = Opriți prezentarea
present-counter = Diapozitivul { $current } din { $total }
# Posters.
posters-intro = Fiecare sală cu acces la internet are un afiș cu regulile de utilizare acceptabilă pentru grupa ei de vârstă, în limbile pe care le citesc elevii ei. Fiecare afiș se tipărește pe o singură foaie.
posters-paper = Hârtie { $paper }
posters-print-all = Tipăriți toate afișele
print-all-intro = Tipăriți această pagină ca să obțineți afișul fiecărei săli, fiecare pe foaia lui. Afișele pentru sălile cu A3 sunt pregătite pentru hârtie A3.
poster-print = Tipăriți acest afiș
poster-print-note = Tipăriți pe hârtie { $paper }, vertical.
poster-tell = Dacă ceva de pe internet te îngrijorează, oprește-te și spune unui adult de încredere.
poster-qr-label = Cod QR: scanează-l ca să citești acest afiș pe internet, la { $url }
poster-qr-caption = Scanează ca să citești regulile noastre pe internet
# Safer Internet Day.
sid-banner = Ziua Siguranței pe Internet (Safer Internet Day) este pe { $date }: { $days ->
    [one] mai este { $days } zi
    [few] mai sunt { $days } zile
   *[other] mai sunt { $days } de zile
}
sid-banner-today = Ziua Siguranței pe Internet (Safer Internet Day) este astăzi, { $date }!
sid-banner-link = Cum puteți participa
sid-day = Ziua
sid-theme = Tema
sid-lessons-by-age = Lecțiile noastre pentru fiecare vârstă
sid-past-years = Anii trecuți
# The home-school agreement.
agreement-version = Versiunea { $version }
agreement-agreed = Aprobat pe { $date }
agreement-print = Tipăriți acest acord
agreement-sign-heading = Semnături
agreement-sign-parent = Părinte sau tutore
agreement-sign-learner = Elev
agreement-sign-school = Din partea școlii
agreement-sign-name = Nume
agreement-sign-signature = Semnătură
agreement-sign-date = Data
# The useful-links directory.
links-jump = Linkuri pentru
links-filter-label = Găsiți un link
links-filter-hint = Scrieți un cuvânt în engleză, de exemplu bullying, gaming (jocuri) sau helpline (linie de ajutor).
links-shown = Linkuri afișate: { $count }
links-none = Niciun link nu se potrivește. Încercați alt cuvânt.
links-audience-parents = Pentru părinți și tutori
links-audience-learners = Pentru copii și tineri
links-audience-staff = Pentru personalul școlii
links-category-national = Organizații naționale
links-category-helpline = Linii de ajutor
links-category-local = Servicii locale
links-phone = Telefon
# Report a concern, and Exit this page.
exit-button = Ieșiți imediat de pe pagină
exit-emergency = Urgență
exit-loading = Se încarcă.
exit-press-two = Shift: mai apăsați de 2 ori ca să ieșiți.
exit-press-one = Shift: mai apăsați o dată ca să ieșiți.
exit-expired = Timpul pentru „Ieșiți imediat de pe pagină” a expirat.
exit-about = Cum funcționează „Ieșiți imediat de pe pagină”
report-danger-heading = Dacă cineva este în pericol chiar acum
report-danger = Sunați la 999 și cereți poliția. Faceți asta mai întâi dacă un copil este în pericol imediat.
report-ceop-heading = Abuz sexual și racolare (grooming) pe internet: raportați la CEOP
report-ceop-who = Copiii și tinerii sub 18 ani pot raporta la CEOP, la fel și adulții îngrijorați pentru un copil. Copiii mai mici ar trebui să ceară ajutorul unui adult de încredere.
report-ceop-agency = CEOP face parte din National Crime Agency (Agenția Națională împotriva Criminalității), o instituție de aplicare a legii.
report-ceop-anonymous = Raportările nu sunt anonime: CEOP are datoria să se asigure că acel copil sau tânăr este în siguranță.
report-ceop-for = CEOP se ocupă de abuzul sexual și racolarea (grooming) pe internet. Nu se ocupă de bullying, conturi false sau conturi sparte.
report-ceop-read = Citiți sfaturile din CEOP Safety Centre înainte să faceți o raportare.
report-other-heading = Bullying, conturi false și conturi sparte
report-other = CEOP nu se ocupă de acestea. Spuneți unui adult de încredere sau școlii, raportați contul sau postarea aplicației, jocului sau site-ului și vorbiți cu:
report-childline = Childline, pentru copii și tineri, gratuit:
report-nspcc = Linia de ajutor NSPCC, pentru adulții îngrijorați pentru un copil:
report-iwf-heading = Imagini sexuale cu copii pe internet
report-iwf = Dacă vedeți pe internet imagini sau videoclipuri sexuale cu cineva sub 18 ani, raportați adresa paginii la Internet Watch Foundation (IWF). Nu distribuiți, nu salvați și nu faceți captură de ecran a imaginii, nici măcar ca s-o raportați.
report-iwf-link = Raportați la IWF
report-school-heading = Spuneți cuiva de la școală
report-school = Responsabilul desemnat pentru protecția copilului (Designated Safeguarding Lead, DSL) coordonează siguranța copiilor la școală, inclusiv pe internet.
report-dsl = Responsabilul desemnat pentru protecția copilului (DSL)
report-deputy-dsl = Adjunctul responsabilului pentru protecția copilului (Deputy DSL)
report-school-phone = Secretariatul școlii
exit-help-title = Cum funcționează „Ieșiți imediat de pe pagină”
exit-help-what = „Ieșiți imediat de pe pagină” vă duce direct pe alt site ({ $host }), ca cineva care se apropie de ecranul dumneavoastră să nu vadă ce citeați.
exit-help-ways = Îl puteți folosi în trei feluri:
exit-help-button = alegeți butonul roșu „Ieșiți imediat de pe pagină” din partea de sus a paginii;
exit-help-shift = apăsați tasta Shift de 3 ori în 5 secunde;
exit-help-skip = dacă folosiți tastatura sau un cititor de ecran, folosiți linkul „Ieșiți imediat de pe pagină” imediat după „Salt la conținutul principal”.
exit-help-history-heading = Nu vă șterge istoricul de navigare
exit-help-history = Browserul dumneavoastră ține minte în continuare paginile vizitate. Altcineva care folosește acest dispozitiv le poate vedea în istoricul browserului, iar butonul Înapoi ar aduce pagina înapoi.
exit-help-private = Ca să lăsați mai puține urme, folosiți o fereastră privată sau incognito, folosiți un dispozitiv în care aveți încredere și ștergeți acest site din istoricul de navigare când ați terminat.
exit-help-danger = Dacă sunteți în pericol, sunați la 999.
# Policies.
policy-published = Publicat
policy-review = Următoarea revizuire
policy-agreed-by = Aprobat de
# The accessibility statement, following GOV.UK's model statement.
statement-heading = Declarație de accesibilitate pentru { $site }
statement-applies = Această declarație de accesibilitate se aplică pentru { $url }.
statement-run-by = Acest site este administrat de { $site }. Vrem ca cât mai mulți oameni să poată folosi acest site. De exemplu, asta înseamnă că ar trebui să puteți:
statement-can-colours = schimba culorile, nivelul de contrast și fonturile din setările browserului sau ale dispozitivului
statement-can-zoom = mări până la 400% fără ca textul să iasă din ecran
statement-can-keyboard = naviga pe cea mai mare parte a site-ului cu tastatura sau cu un program de recunoaștere a vocii
statement-can-screen-reader = asculta cea mai mare parte a site-ului cu un cititor de ecran (inclusiv cele mai noi versiuni de JAWS, NVDA și VoiceOver)
statement-can-versions = citi multe pagini într-o versiune ușor de citit, iar lecțiile cu cuvintele-cheie în limba de acasă
statement-simple = Am scris textul site-ului cât mai simplu posibil.
statement-abilitynet = AbilityNet oferă sfaturi pentru a vă face dispozitivul mai ușor de folosit dacă aveți o dizabilitate.
statement-how-heading = Cât de accesibil este acest site
statement-how-known = Știm că unele părți ale acestui site nu sunt complet accesibile:
statement-how-full = Nu știm de nicio parte a acestui site care să nu fie accesibilă.
statement-how-testing = Încă verificăm acest site. Dacă găsiți ceva greu de folosit, vă rugăm să ne spuneți.
statement-feedback-heading = Păreri și date de contact
statement-feedback = Dacă aveți nevoie de informațiile de pe acest site în alt format, cum ar fi PDF accesibil, litere mari, versiune ușor de citit, înregistrare audio sau Braille:
statement-email = trimiteți un e-mail
statement-call = sunați
statement-form = folosiți formularul nostru de contact
statement-response = Vom analiza cererea dumneavoastră și vă vom răspunde în { $days } zile lucrătoare.
statement-reporting-heading = Raportarea problemelor de accesibilitate ale acestui site
statement-reporting = Căutăm mereu să îmbunătățim accesibilitatea acestui site. Dacă găsiți probleme care nu sunt enumerate pe această pagină sau credeți că nu respectăm cerințele de accesibilitate, contactați-ne în oricare dintre modurile de mai sus.
statement-enforcement-heading = Procedura de aplicare
statement-enforcement = Equality and Human Rights Commission (EHRC) răspunde de aplicarea Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 („regulamentul de accesibilitate”). Dacă nu sunteți mulțumit de felul în care răspundem la plângerea dumneavoastră, contactați Equality Advisory and Support Service (EASS).
statement-technical-heading = Informații tehnice despre accesibilitatea acestui site
statement-technical = { $site } se angajează să își facă site-ul accesibil, conform Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
statement-compliance-heading = Stadiul conformității
statement-compliance-full = Acest site este pe deplin conform cu standardul AA al Web Content Accessibility Guidelines, versiunea 2.2.
statement-compliance-partial = Acest site este parțial conform cu standardul AA al Web Content Accessibility Guidelines, versiunea 2.2, din cauza neconformităților enumerate mai jos.
statement-compliance-none = Acest site nu este conform cu standardul AA al Web Content Accessibility Guidelines, versiunea 2.2. Neconformitățile sunt enumerate mai jos.
statement-non-accessible-heading = Conținut neaccesibil
statement-non-accessible = Conținutul enumerat mai jos nu este accesibil din următoarele motive.
statement-non-compliance-heading = Neconformitate cu regulamentul de accesibilitate
statement-criterion = Aceasta nu respectă criteriul de succes { $criterion } din WCAG 2.2.
statement-fix-by = Plănuim să rezolvăm asta până la { $date }.
statement-none-known = Niciunul despre care să știm.
statement-burden-heading = Sarcină disproporționată
statement-burden-none = Nu susținem că vreo remediere ar fi o sarcină disproporționată.
statement-scope-heading = Conținut care nu intră în domeniul regulamentului de accesibilitate
statement-preparation-heading = Pregătirea acestei declarații de accesibilitate
statement-prepared = Această declarație a fost pregătită pe { $prepared }. A fost revizuită ultima dată pe { $reviewed }.
statement-tested = Acest site a fost testat ultima dată pe { $date }.
home-bands-heading = Lecții după vârstă
home-sections-heading = Ce găsiți pe site
band-eyfs = Primii ani (Early years)
band-ks1 = Etapa-cheie 1 (Key Stage 1)
band-ks2 = Etapa-cheie 2 (Key Stage 2)
band-ks3 = Etapa-cheie 3 (Key Stage 3)
band-ks4 = Etapa-cheie 4 (Key Stage 4)
band-ages = Vârsta { $from }–{ $to } ani
lessons-count = { $count ->
    [one] { $count } lecție
    [few] { $count } lecții
   *[other] { $count } de lecții
}
lesson-band = Grupa de vârstă
lesson-topics = Riscuri pe internet
lesson-duration-label = Durata
lesson-duration = { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}
lesson-objectives = În această lecție
topic-content = Conținut
topic-contact = Contact
topic-conduct = Comportament
topic-commerce = Bani și cumpărături
topic-content-about = Riscuri de conținut: a vedea pe internet lucruri ilegale, dăunătoare sau nepotrivite pentru vârsta copilului.
topic-contact-about = Riscuri de contact: oameni de pe internet care îi presează, îi păcălesc sau le fac rău altora.
topic-conduct-about = Riscuri de comportament: lucruri pe care le facem pe internet și care ne-ar putea răni pe noi sau pe alții.
topic-commerce-about = Riscuri legate de bani: înșelătorii, jocuri de noroc, cheltuieli în jocuri și reclame.
not-easy-read = Această pagină nu are încă o versiune ușor de citit în limba română. Iată pagina obișnuită.
eal-about = Lecția în engleză. Lângă cuvintele-cheie este scris ce înseamnă în limba dumneavoastră.
eal-key-words = Cuvinte-cheie
eal-english = În engleză
eal-translation = În limba dumneavoastră

# Reading preferences (partials/reading.html).
reading-button = Preferințe de citire
reading-size = Mărimea textului
reading-size-standard = Obișnuită
reading-size-large = Mare
reading-size-larger = Mai mare
reading-spacing = Spațiul dintre rânduri
reading-spacing-standard = Obișnuit
reading-spacing-wide = Larg
reading-spacing-wider = Mai larg
reading-background = Culoarea fundalului
reading-background-white = Alb
reading-background-cream = Crem
reading-background-blue = Albastru deschis
reading-font = Litere
reading-font-standard = Obișnuite
reading-font-dyslexia = Mai ușor de citit (dislexie)
reading-reset = Resetați
reading-note = Alegerile dumneavoastră sunt salvate doar în acest browser.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = Harta curriculumului
curriculum-about = Aici vedeți ce lecții predau fiecărei grupe de vârstă fiecare parte a siguranței pe internet. Cele opt domenii provin din Education for a Connected World, cadrul Consiliului britanic pentru siguranța pe internet (UK Council for Internet Safety).
curriculum-caption = Lecții pe domenii și grupe de vârstă
curriculum-scroll = Derulați tabelul în lateral ca să vedeți toate grupele de vârstă.
curriculum-strand = Domeniu
curriculum-gap = Încă nicio lecție
curriculum-four-cs = Cele patru tipuri de riscuri pe internet
curriculum-four-cs-missing = Încă nu:
curriculum-link = Vedeți pe harta curriculumului ce lecții predau fiecare domeniu fiecărei grupe de vârstă.
strand-self-image-and-identity = Imagine de sine și identitate
strand-online-relationships = Relații pe internet
strand-online-reputation = Reputație pe internet
strand-online-bullying = Bullying pe internet
strand-managing-online-information = Gestionarea informațiilor de pe internet
strand-health-wellbeing-and-lifestyle = Sănătate, stare de bine și stil de viață
strand-privacy-and-security = Viață privată și securitate
strand-copyright-and-ownership = Drepturi de autor și proprietate

# --- issue 18: a real school's first hour ---
example-site = Acesta este un site de exemplu pentru o școală inventată. Persoanele, numerele de telefon și adresa nu sunt reale.
# --- issue 20: search results shown ten at a time ---
search-more = Mai multe rezultate
