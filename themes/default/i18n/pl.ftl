# haven UI strings: Polish (Polski)
# reviewed-by-fluent-speaker: no
skip-to-content = Przejdź do treści
ceop-button = Zgłoś do CEOP
nav-label = Menu główne
menu-button = Menu
nav-home = Strona główna
versions-label = Ta strona w innych językach i wersjach
version-easy = Łatwy tekst
version-standard = Wersja standardowa
version-eal = Słowa kluczowe w moim języku
not-translated = Ta strona nie jest jeszcze przetłumaczona na język polski. Poniżej jest wersja oryginalna.
footer-report = Zgłoś problem
footer-accessibility = Deklaracja dostępności
search-title = Szukaj
search-label = Szukaj w tym serwisie
search-button = Szukaj
search-loading = Wczytywanie wyszukiwarki…
search-found = Znalezione strony: { $count }
search-none = Nie znaleziono stron. Spróbuj innego słowa albo samego początku słowa.
search-no-js = Wyszukiwanie wymaga JavaScriptu, który w tej przeglądarce jest wyłączony lub nie działa. Do każdej strony można dojść z działów serwisu:
accessibility-title = Deklaracja dostępności
not-found-title = Nie znaleziono strony
not-found-text = Nie możemy znaleźć tej strony. Mogła zostać przeniesiona. Wróć na stronę główną lub użyj wyszukiwarki.
posters-title = Plakaty do każdej sali
print-all-title = Wydrukuj wszystkie plakaty
poster-title = Plakat
# Daty: weekday-1 to poniedziałek; month-N to nazwa miesiąca w dacie (dopełniacz).
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-day = { $day } { $month } { $year }
date-weekday = { $weekday }, { $day } { $month } { $year }
# Lekcje i tryb prezentacji.
home-bands-intro = Wybierz grupę wiekową swojego dziecka albo swoją, aby zobaczyć, czego uczy się o bezpieczeństwie w internecie.
band-years-eyfs = Żłobek i zerówka (Nursery i Reception)
band-years-ks1 = Klasy 1 i 2 (Years 1–2)
band-years-ks2 = Klasy 3–6 (Years 3–6)
band-years-ks3 = Klasy 7–9 (Years 7–9)
band-years-ks4 = Klasy 10 i 11 (Years 10–11)
topic-lessons-none = Nie ma jeszcze lekcji na ten temat.
present-start = Prezentuj
present-help = Wyświetl tę lekcję na tablicy w klasie, po jednym slajdzie na każdą część. Klawisze: strzałka w prawo lub spacja – następny slajd, strzałka w lewo – wstecz, F – pełny ekran, Esc – koniec.
present-next = Następny slajd
present-previous = Poprzedni slajd
present-leave = Zakończ prezentację
present-counter = Slajd { $current } z { $total }
# Plakaty.
posters-intro = W każdej sali z dostępem do internetu wisi plakat z zasadami korzystania z internetu dla danej grupy wiekowej, w językach, w których czytają uczniowie. Każdy plakat mieści się na jednej kartce.
posters-paper = papier { $paper }
posters-print-all = Wydrukuj wszystkie plakaty
print-all-intro = Wydrukuj tę stronę, aby otrzymać plakat każdej sali, każdy na osobnej kartce. Plakaty do sal z formatem A3 są ustawione na papier A3.
poster-print = Wydrukuj ten plakat
poster-print-note = Drukuj na papierze { $paper }, w pionie.
poster-tell = Jeśli coś w internecie Cię niepokoi, przerwij i powiedz zaufanej osobie dorosłej.
poster-qr-label = Kod QR: zeskanuj go, aby przeczytać ten plakat w internecie pod adresem { $url }
poster-qr-caption = Zeskanuj, aby przeczytać nasze zasady w internecie
# Dzień Bezpiecznego Internetu.
sid-banner = Dzień Bezpiecznego Internetu: { $date }. { $days ->
    [one] Został { $days } dzień
    [few] Zostały { $days } dni
   *[many] Zostało { $days } dni
}
sid-banner-today = Dzień Bezpiecznego Internetu jest dzisiaj: { $date }!
sid-banner-link = Jak wziąć udział
sid-day = Dzień
sid-theme = Temat
sid-lessons-by-age = Nasze lekcje dla każdego wieku
sid-past-years = Poprzednie lata
# Umowa między szkołą a domem.
agreement-version = Wersja { $version }
agreement-agreed = Przyjęta: { $date }
agreement-print = Wydrukuj tę umowę
agreement-sign-heading = Podpisy
agreement-sign-parent = Rodzic lub opiekun
agreement-sign-learner = Uczeń
agreement-sign-school = W imieniu szkoły
agreement-sign-name = Imię i nazwisko
agreement-sign-signature = Podpis
agreement-sign-date = Data
# Przydatne linki.
links-jump = Linki dla
links-filter-label = Znajdź link
links-filter-hint = Wpisz słowo, na przykład przemoc, gry albo telefon zaufania.
links-shown = Pokazane linki: { $count }
links-none = Żaden link nie pasuje. Spróbuj innego słowa.
links-audience-parents = Dla rodziców i opiekunów
links-audience-learners = Dla dzieci i młodzieży
links-audience-staff = Dla pracowników szkoły
links-category-national = Organizacje ogólnokrajowe
links-category-helpline = Telefony zaufania
links-category-local = Lokalne służby
links-phone = Telefon
# Zgłoś problem i „Opuść tę stronę”.
exit-button = Opuść tę stronę
exit-emergency = Nagłe wyjście
exit-loading = Wczytywanie.
exit-press-two = Shift: naciśnij jeszcze 2 razy, aby wyjść.
exit-press-one = Shift: naciśnij jeszcze 1 raz, aby wyjść.
exit-expired = Czas na opuszczenie strony minął.
exit-about = Jak działa „Opuść tę stronę”
report-danger-heading = Jeśli ktoś jest w niebezpieczeństwie teraz
report-danger = Zadzwoń pod numer 999 i poproś o połączenie z policją. Zrób to najpierw, jeśli dziecku grozi bezpośrednie niebezpieczeństwo.
report-ceop-heading = Wykorzystywanie seksualne i grooming w internecie: zgłoś do CEOP
report-ceop-who = Zgłoszenie do CEOP mogą wysłać dzieci i młodzież poniżej 18 lat, a także dorośli, którzy martwią się o dziecko. Młodsze dzieci powinny poprosić o pomoc zaufaną osobę dorosłą.
report-ceop-agency = CEOP jest częścią National Crime Agency (Narodowej Agencji ds. Przestępczości), czyli organu ścigania.
report-ceop-anonymous = Zgłoszenia nie są anonimowe: CEOP ma obowiązek upewnić się, że dziecko jest bezpieczne.
report-ceop-for = CEOP zajmuje się wykorzystywaniem seksualnym i groomingiem w internecie. Nie zajmuje się przemocą rówieśniczą, fałszywymi kontami ani włamaniami na konta.
report-ceop-read = Zanim wyślesz zgłoszenie, przeczytaj porady w CEOP Safety Centre.
report-other-heading = Przemoc rówieśnicza, fałszywe konta i włamania
report-other = CEOP się tym nie zajmuje. Powiedz zaufanej osobie dorosłej lub szkole, zgłoś konto albo wpis do aplikacji, gry lub serwisu i porozmawiaj z:
report-childline = Childline, dla dzieci i młodzieży, bezpłatnie:
report-nspcc = NSPCC, telefon dla dorosłych, którzy martwią się o dziecko:
report-iwf-heading = Zdjęcia seksualne dzieci w internecie
report-iwf = Jeśli zobaczysz w internecie zdjęcia lub filmy o charakterze seksualnym z udziałem osoby poniżej 18 lat, zgłoś adres strony do Internet Watch Foundation (IWF). Nie udostępniaj, nie zapisuj i nie rób zrzutu ekranu, nawet po to, by to zgłosić.
report-iwf-link = Zgłoś do IWF
report-school-heading = Powiedz komuś w szkole
report-school = Osoba odpowiedzialna za ochronę dzieci (Designated Safeguarding Lead, DSL) kieruje w szkole ochroną dzieci, także w internecie.
report-dsl = Osoba odpowiedzialna za ochronę dzieci (DSL)
report-deputy-dsl = Zastępca DSL
report-school-phone = Sekretariat szkoły
exit-help-title = Jak działa „Opuść tę stronę”
exit-help-what = Przycisk „Opuść tę stronę” od razu przenosi Cię na inną stronę ({ $host }), żeby osoba, która podejdzie do ekranu, nie zobaczyła, co czytasz.
exit-help-ways = Można go użyć na trzy sposoby:
exit-help-button = wybierz czerwony przycisk „Opuść tę stronę” u góry strony;
exit-help-shift = naciśnij klawisz Shift 3 razy w ciągu 5 sekund;
exit-help-skip = jeśli używasz klawiatury lub czytnika ekranu, użyj linku „Opuść tę stronę” tuż po „Przejdź do treści”.
exit-help-history-heading = To nie czyści historii przeglądania
exit-help-history = Przeglądarka nadal pamięta odwiedzone strony. Ktoś inny, kto korzysta z tego urządzenia, może je zobaczyć w historii, a przycisk Wstecz przywróci tę stronę.
exit-help-private = Aby zostawić mniej śladów, używaj okna prywatnego (incognito), korzystaj z zaufanego urządzenia i po zakończeniu usuń tę stronę z historii przeglądania.
exit-help-danger = Jeśli grozi Ci niebezpieczeństwo, zadzwoń pod numer 999.
# Zasady i dokumenty szkoły.
policy-published = Opublikowano
policy-review = Następny przegląd
policy-agreed-by = Zatwierdzone przez
# Deklaracja dostępności według wzoru GOV.UK.
statement-heading = Deklaracja dostępności: { $site }
statement-applies = Ta deklaracja dostępności dotyczy strony { $url }.
statement-run-by = Tę stronę prowadzi { $site }. Chcemy, żeby mogło z niej korzystać jak najwięcej osób. Oznacza to na przykład, że możesz:
statement-can-colours = zmieniać kolory, kontrast i czcionki w ustawieniach przeglądarki lub urządzenia
statement-can-zoom = powiększyć stronę do 400% bez wychodzenia tekstu poza ekran
statement-can-keyboard = poruszać się po większości strony za pomocą klawiatury lub oprogramowania do rozpoznawania mowy
statement-can-screen-reader = słuchać większości strony za pomocą czytnika ekranu (w tym najnowszych wersji JAWS, NVDA i VoiceOver)
statement-can-versions = czytać wiele stron w wersji „Łatwy tekst”, a lekcje ze słowami kluczowymi w swoim języku
statement-simple = Staramy się też pisać jak najprościej.
statement-abilitynet = AbilityNet radzi, jak ułatwić sobie korzystanie z urządzenia w przypadku niepełnosprawności.
statement-how-heading = Jak dostępna jest ta strona
statement-how-known = Wiemy, że niektóre części tej strony nie są w pełni dostępne:
statement-how-full = Nie znamy żadnej części tej strony, która nie byłaby dostępna.
statement-how-testing = Wciąż sprawdzamy tę stronę. Jeśli coś jest trudne w użyciu, daj nam znać.
statement-feedback-heading = Informacje zwrotne i kontakt
statement-feedback = Jeśli potrzebujesz informacji z tej strony w innym formacie, np. dostępny PDF, duży druk, łatwy tekst, nagranie audio lub alfabet Braille'a:
statement-email = napisz e-mail
statement-call = zadzwoń
statement-form = użyj formularza kontaktowego
statement-response = Rozpatrzymy Twoją prośbę i odpowiemy w ciągu { $days } dni roboczych.
statement-reporting-heading = Zgłaszanie problemów z dostępnością tej strony
statement-reporting = Stale pracujemy nad dostępnością tej strony. Jeśli znajdziesz problem, którego nie ma na tej liście, albo uważasz, że nie spełniamy wymagań dostępności, skontaktuj się z nami w jeden z powyższych sposobów.
statement-enforcement-heading = Procedura egzekwowania
statement-enforcement = Za egzekwowanie przepisów Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 („przepisy o dostępności”) odpowiada Equality and Human Rights Commission (EHRC). Jeśli nie jesteś zadowolony z odpowiedzi na swoją skargę, skontaktuj się z Equality Advisory and Support Service (EASS).
statement-technical-heading = Informacje techniczne o dostępności tej strony
statement-technical = { $site } zobowiązuje się zapewnić dostępność swojej strony zgodnie z Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
statement-compliance-heading = Stan zgodności
statement-compliance-full = Ta strona jest w pełni zgodna ze standardem Web Content Accessibility Guidelines w wersji 2.2, poziom AA.
statement-compliance-partial = Ta strona jest częściowo zgodna ze standardem Web Content Accessibility Guidelines w wersji 2.2, poziom AA, z powodu niezgodności wymienionych poniżej.
statement-compliance-none = Ta strona nie jest zgodna ze standardem Web Content Accessibility Guidelines w wersji 2.2, poziom AA. Niezgodności są wymienione poniżej.
statement-non-accessible-heading = Treści niedostępne
statement-non-accessible = Treści wymienione poniżej są niedostępne z następujących powodów.
statement-non-compliance-heading = Niezgodność z przepisami o dostępności
statement-criterion = Nie spełnia to kryterium sukcesu WCAG 2.2 { $criterion }.
statement-fix-by = Planujemy to naprawić do { $date }.
statement-none-known = Nic nam nie wiadomo.
statement-burden-heading = Nadmierne obciążenie
statement-burden-none = Nie twierdzimy, że jakakolwiek poprawka byłaby nadmiernym obciążeniem.
statement-scope-heading = Treści, których nie obejmują przepisy o dostępności
statement-preparation-heading = Przygotowanie tej deklaracji dostępności
statement-prepared = Deklarację przygotowano { $prepared }. Ostatni przegląd: { $reviewed }.
statement-tested = Ostatnie sprawdzenie strony: { $date }.
home-bands-heading = Lekcje według wieku
home-sections-heading = Co znajdziesz na stronie
band-eyfs = Edukacja przedszkolna
band-ks1 = Etap 1 (Key Stage 1)
band-ks2 = Etap 2 (Key Stage 2)
band-ks3 = Etap 3 (Key Stage 3)
band-ks4 = Etap 4 (Key Stage 4)
band-ages = Wiek od { $from } do { $to } lat
lessons-count = { $count ->
    [one] { $count } lekcja
    [few] { $count } lekcje
   *[many] { $count } lekcji
}
lesson-band = Grupa wiekowa
lesson-topics = Zagrożenia w sieci
lesson-duration-label = Czas
lesson-duration = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
   *[many] { $minutes } minut
}
lesson-objectives = Na tej lekcji
topic-content = Treści
topic-contact = Kontakty
topic-conduct = Zachowanie
topic-commerce = Pieniądze i handel
topic-content-about = Zagrożenia związane z treściami: oglądanie w sieci rzeczy nielegalnych, szkodliwych lub nieodpowiednich do wieku.
topic-contact-about = Zagrożenia związane z kontaktami: osoby w sieci, które wywierają presję, oszukują lub krzywdzą innych.
topic-conduct-about = Zagrożenia związane z zachowaniem: to, co robimy w sieci, może skrzywdzić nas lub innych.
topic-commerce-about = Zagrożenia finansowe: oszustwa, hazard, wydatki w grach i reklamy.
not-easy-read = Ta strona nie ma jeszcze wersji „Łatwy tekst” po polsku. Poniżej jest wersja oryginalna.
eal-about = Lekcja po angielsku. Obok słów kluczowych podano ich znaczenie po polsku.
eal-key-words = Słowa kluczowe
eal-english = Po angielsku
eal-translation = Po polsku

# Ustawienia czytania (partials/reading.html).
reading-button = Ustawienia czytania
reading-size = Rozmiar tekstu
reading-size-standard = Standardowy
reading-size-large = Duży
reading-size-larger = Większy
reading-spacing = Odstęp między wierszami
reading-spacing-standard = Standardowy
reading-spacing-wide = Szeroki
reading-spacing-wider = Szerszy
reading-background = Kolor tła
reading-background-white = Biały
reading-background-cream = Kremowy
reading-background-blue = Jasnoniebieski
reading-font = Litery
reading-font-standard = Standardowe
reading-font-dyslexia = Łatwiejsze do czytania (dysleksja)
reading-reset = Przywróć
reading-note = Wybór jest zapisany tylko w tej przeglądarce.

# --- issue 23: the curriculum map (drafts by the helper, for the lead's translators to review) ---
curriculum-title = Mapa programu nauczania
curriculum-about = Które nasze lekcje uczą poszczególnych części bezpieczeństwa w internecie w każdej grupie wiekowej. Osiem obszarów pochodzi z Education for a Connected World, ramowego programu brytyjskiej Rady ds. Bezpieczeństwa w Internecie (UKCIS).
curriculum-caption = Lekcje dla każdego obszaru i grupy wiekowej
curriculum-scroll = Przewiń tabelę w bok, aby zobaczyć wszystkie grupy wiekowe.
curriculum-strand = Obszar
curriculum-gap = Jeszcze brak lekcji
curriculum-four-cs = Cztery rodzaje zagrożeń w internecie
curriculum-four-cs-missing = Jeszcze nie:
curriculum-link = Na mapie programu nauczania zobaczysz, które lekcje uczą każdego obszaru w każdej grupie wiekowej.
strand-self-image-and-identity = Obraz siebie i tożsamość
strand-online-relationships = Relacje w internecie
strand-online-reputation = Reputacja w internecie
strand-online-bullying = Przemoc w internecie
strand-managing-online-information = Korzystanie z informacji w internecie
strand-health-wellbeing-and-lifestyle = Zdrowie, samopoczucie i styl życia
strand-privacy-and-security = Prywatność i bezpieczeństwo
strand-copyright-and-ownership = Prawa autorskie i własność
# --- issue 18: a real school's first hour ---
example-site = To jest przykładowa strona wymyślonej szkoły. Jej ludzie, numery telefonów i adres nie są prawdziwe.
# --- issue 20: search results shown ten at a time ---
search-more = Więcej wyników
