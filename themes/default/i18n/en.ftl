# UI strings of haven's default theme: English.
skip-to-content = Skip to main content
ceop-button = Report to CEOP
nav-label = Main menu
nav-home = Home
versions-label = This page in other languages and versions
version-easy = Easy read
version-standard = Standard version
version-eal = Key words in my language
not-translated = This page is not translated into English yet. Here is the original.
footer-report = Report a concern
footer-accessibility = Accessibility statement
search-title = Search
search-label = Search this site
search-button = Search
search-loading = Loading search…
search-found = Pages found: { $count }
search-none = No pages found. Try another word, or just the start of a word.
search-no-js = Search needs JavaScript, which is turned off or not working in this browser. Every page can still be reached from the site's sections:
accessibility-title = Accessibility statement
not-found-title = Page not found
not-found-text = We could not find that page. It may have moved. Try the home page or search.
posters-title = Posters for every room
print-all-title = Print all posters
poster-title = Poster
home-bands-heading = Lessons by age
home-sections-heading = Find your way
band-eyfs = Early years
band-ks1 = Key Stage 1
band-ks2 = Key Stage 2
band-ks3 = Key Stage 3
band-ks4 = Key Stage 4
band-ages = Ages { $from } to { $to }
lessons-count = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
lesson-band = Age group
lesson-topics = Online risks
lesson-duration-label = Time
lesson-duration = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
lesson-objectives = In this lesson
topic-content = Content
topic-contact = Contact
topic-conduct = Conduct
topic-commerce = Commerce
topic-content-about = Content risks: seeing things online that are illegal, harmful or not right for your age.
topic-contact-about = Contact risks: people online who pressure, trick or harm others.
topic-conduct-about = Conduct risks: things we do online that could hurt us or other people.
topic-commerce-about = Commerce risks: scams, gambling, in-game spending and advertising.
not-easy-read = There is no easy-read version of this page in English yet. Here is the standard page.
eal-about = The lesson in English. Key words have their meaning in your language next to them.
eal-key-words = Key words
eal-english = In English
eal-translation = In your language
