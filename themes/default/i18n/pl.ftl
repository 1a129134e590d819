# Napisy motywu haven: polski.
skip-to-content = Przejdź do treści
ceop-button = Zgłoś do CEOP
nav-label = Menu główne
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
