# haven UI strings: French (français)
# reviewed-by-fluent-speaker: no
# Script: Latin, written left-to-right. Standard French with "vous"; no-break spaces before : ; ! ? and inside « ».
skip-to-content = Aller au contenu principal
ceop-button = Signaler au CEOP
nav-label = Menu principal
menu-button = Menu
nav-home = Accueil
versions-label = Cette page dans d'autres langues et versions
version-easy = Facile à lire
version-standard = Version standard
version-eal = Mots clés dans ma langue
not-translated = Cette page n'est pas encore traduite en français. Voici l'original.
footer-report = Signaler une inquiétude
footer-accessibility = Déclaration d'accessibilité
search-title = Rechercher
search-label = Rechercher sur ce site
search-button = Rechercher
search-loading = Chargement de la recherche…
search-found = Pages trouvées : { $count }
search-none = Aucune page trouvée. Essayez un autre mot, ou seulement le début d'un mot.
search-no-js = La recherche a besoin de JavaScript, qui est désactivé ou ne fonctionne pas dans ce navigateur. Toutes les pages restent accessibles depuis les rubriques du site :
accessibility-title = Déclaration d'accessibilité
not-found-title = Page introuvable
not-found-text = Nous n'avons pas trouvé cette page. Elle a peut-être été déplacée. Essayez la page d'accueil ou la recherche.
posters-title = Des affiches pour chaque salle
print-all-title = Imprimer toutes les affiches
poster-title = Affiche
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-day = { $day } { $month } { $year }
date-weekday = { $weekday } { $day } { $month } { $year }
# Lessons and present mode.
home-bands-intro = Choisissez la tranche d'âge de votre enfant, ou la vôtre, pour voir ce qu'on y apprend pour rester en sécurité sur Internet.
band-years-eyfs = Crèche et grande section (Nursery et Reception)
band-years-ks1 = Années 1 et 2 (Years 1–2)
band-years-ks2 = Années 3 à 6 (Years 3–6)
band-years-ks3 = Années 7 à 9 (Years 7–9)
band-years-ks4 = Années 10 et 11 (Years 10–11)
topic-lessons-none = Il n'y a pas encore de leçon sur ce sujet.
present-start = Présenter
present-help = Affichez cette leçon sur le tableau de la classe, une diapositive par partie. Touches : flèche droite ou Espace pour la diapositive suivante, flèche gauche pour revenir, F pour le plein écran, Échap pour arrêter.
present-next = Diapositive suivante
present-previous = Diapositive précédente
present-leave = Arrêter la présentation
present-counter = Diapositive { $current } sur { $total }
# Posters.
posters-intro = Chaque salle qui a accès à Internet a une affiche des règles d'utilisation acceptable pour sa tranche d'âge, dans les langues que lisent ses élèves. Chaque affiche s'imprime sur une seule feuille.
posters-paper = Papier { $paper }
posters-print-all = Imprimer toutes les affiches
print-all-intro = Imprimez cette page pour obtenir l'affiche de chaque salle, chacune sur sa propre feuille. Les affiches des salles A3 sont prévues pour du papier A3.
poster-print = Imprimer cette affiche
poster-print-note = Imprimez sur du papier { $paper }, en portrait.
poster-tell = Si quelque chose sur Internet t'inquiète, arrête-toi et parles-en à un adulte de confiance.
poster-qr-label = Code QR : scanne-le pour lire cette affiche en ligne à l'adresse { $url }
poster-qr-caption = Scanne pour lire nos règles en ligne
# Safer Internet Day.
sid-banner = Le Safer Internet Day (Journée pour un Internet plus sûr) a lieu le { $date } : { $days ->
    [one] encore { $days } jour
    [many] encore { $days } de jours
   *[other] encore { $days } jours
}
sid-banner-today = Le Safer Internet Day (Journée pour un Internet plus sûr), c'est aujourd'hui, { $date } !
sid-banner-link = Comment participer
sid-day = La journée
sid-theme = Thème
sid-lessons-by-age = Nos leçons pour chaque âge
sid-past-years = Années précédentes
# The home-school agreement.
agreement-version = Version { $version }
agreement-agreed = Approuvé le { $date }
agreement-print = Imprimer cet accord
agreement-sign-heading = Signatures
agreement-sign-parent = Parent ou responsable légal
agreement-sign-learner = Élève
agreement-sign-school = Pour l'école
agreement-sign-name = Nom
agreement-sign-signature = Signature
agreement-sign-date = Date
# The useful-links directory.
links-jump = Liens pour
links-filter-label = Trouver un lien
links-filter-hint = Tapez un mot en anglais, par exemple bullying (harcèlement), gaming (jeux vidéo) ou helpline (ligne d'écoute).
links-shown = Liens affichés : { $count }
links-none = Aucun lien ne correspond. Essayez un autre mot.
links-audience-parents = Pour les parents et responsables légaux
links-audience-learners = Pour les enfants et les jeunes
links-audience-staff = Pour le personnel de l'école
links-category-national = Organismes nationaux
links-category-helpline = Lignes d'écoute
links-category-local = Services locaux
links-phone = Téléphone
# Report a concern, and Exit this page.
exit-button = Quitter immédiatement la page
exit-emergency = Urgence
exit-loading = Chargement.
exit-press-two = Maj : appuyez encore 2 fois pour quitter.
exit-press-one = Maj : appuyez encore 1 fois pour quitter.
exit-expired = Le délai de « Quitter immédiatement la page » est écoulé.
exit-about = Comment fonctionne « Quitter immédiatement la page »
report-danger-heading = Si quelqu'un est en danger en ce moment
report-danger = Appelez le 999 et demandez la police. Faites-le en premier si un enfant est en danger immédiat.
report-ceop-heading = Abus sexuels et pédopiégeage (grooming) en ligne : signaler au CEOP
report-ceop-who = Les enfants et les jeunes de moins de 18 ans peuvent faire un signalement au CEOP, tout comme les adultes inquiets pour un enfant. Les plus jeunes devraient demander l'aide d'un adulte de confiance.
report-ceop-agency = Le CEOP fait partie de la National Crime Agency (agence nationale de lutte contre la criminalité), un service de police.
report-ceop-anonymous = Les signalements ne sont pas anonymes : le CEOP a le devoir de s'assurer que l'enfant ou le jeune est en sécurité.
report-ceop-for = Le CEOP s'occupe des abus sexuels et du pédopiégeage (grooming) en ligne. Il ne traite pas le harcèlement, les faux comptes ni le piratage de comptes.
report-ceop-read = Lisez les conseils du CEOP Safety Centre avant de faire un signalement.
report-other-heading = Harcèlement, faux comptes et piratage
report-other = Le CEOP ne traite pas ces cas. Parlez-en à un adulte de confiance ou à l'école, signalez le compte ou la publication à l'application, au jeu ou au site, et contactez :
report-childline = Childline, pour les enfants et les jeunes, gratuit :
report-nspcc = Ligne d'écoute de la NSPCC, pour les adultes inquiets pour un enfant :
report-iwf-heading = Images sexuelles d'enfants en ligne
report-iwf = Si vous voyez en ligne des images ou des vidéos sexuelles d'une personne de moins de 18 ans, signalez l'adresse web à l'Internet Watch Foundation (IWF). Ne partagez pas l'image, ne l'enregistrez pas et n'en faites pas de capture d'écran, même pour la signaler.
report-iwf-link = Signaler à l'IWF
report-school-heading = Parlez-en à quelqu'un à l'école
report-school = Le responsable désigné de la protection de l'enfance (Designated Safeguarding Lead, DSL) pilote la sécurité des enfants à l'école, y compris en ligne.
report-dsl = Responsable désigné de la protection de l'enfance (DSL)
report-deputy-dsl = Adjoint du responsable de la protection de l'enfance (Deputy DSL)
report-school-phone = Secrétariat de l'école
exit-help-title = Comment fonctionne « Quitter immédiatement la page »
exit-help-what = « Quitter immédiatement la page » vous emmène directement sur un autre site ({ $host }), pour qu'une personne qui s'approche de votre écran ne voie pas ce que vous lisiez.
exit-help-ways = Il y a trois façons de l'utiliser :
exit-help-button = sélectionnez le bouton rouge « Quitter immédiatement la page » en haut de la page ;
exit-help-shift = appuyez 3 fois sur la touche Maj (Shift) en 5 secondes ;
exit-help-skip = si vous utilisez un clavier ou un lecteur d'écran, utilisez le lien « Quitter immédiatement la page » juste après « Aller au contenu principal ».
exit-help-history-heading = Cela n'efface pas votre historique de navigation
exit-help-history = Votre navigateur se souvient toujours des pages que vous avez consultées. Une autre personne qui utilise cet appareil pourrait les voir dans l'historique du navigateur, et le bouton Retour ferait revenir la page.
exit-help-private = Pour laisser moins de traces, utilisez une fenêtre de navigation privée, un appareil de confiance, et supprimez ce site de votre historique de navigation quand vous avez fini.
exit-help-danger = Si vous êtes en danger, appelez le 999.
# Policies.
policy-published = Publié le
policy-review = Prochaine révision
policy-agreed-by = Approuvé par
# The accessibility statement, following GOV.UK's model statement.
statement-heading = Déclaration d'accessibilité de { $site }
statement-applies = Cette déclaration d'accessibilité s'applique à { $url }.
statement-run-by = Ce site est géré par { $site }. Nous voulons que le plus grand nombre possible de personnes puissent l'utiliser. Par exemple, vous devriez pouvoir :
statement-can-colours = changer les couleurs, le contraste et les polices dans les réglages du navigateur ou de l'appareil
statement-can-zoom = zoomer jusqu'à 400 % sans que le texte sorte de l'écran
statement-can-keyboard = parcourir la plus grande partie du site avec un clavier ou un logiciel de reconnaissance vocale
statement-can-screen-reader = écouter la plus grande partie du site avec un lecteur d'écran (y compris les versions les plus récentes de JAWS, NVDA et VoiceOver)
statement-can-versions = lire beaucoup de pages dans une version facile à lire, et les leçons avec leurs mots clés dans la langue de la maison
statement-simple = Nous avons aussi rédigé le texte du site aussi simplement que possible.
statement-abilitynet = AbilityNet donne des conseils pour rendre votre appareil plus facile à utiliser si vous avez un handicap.
statement-how-heading = Niveau d'accessibilité de ce site
statement-how-known = Nous savons que certaines parties de ce site ne sont pas entièrement accessibles :
statement-how-full = Nous ne connaissons aucune partie de ce site qui ne soit pas accessible.
statement-how-testing = Nous vérifions encore ce site. Si quelque chose est difficile à utiliser, merci de nous le dire.
statement-feedback-heading = Vos remarques et nos coordonnées
statement-feedback = Si vous avez besoin des informations de ce site sous un autre format, comme un PDF accessible, des gros caractères, une version facile à lire, un enregistrement audio ou du braille :
statement-email = écrivez-nous par e-mail
statement-call = appelez-nous
statement-form = utilisez notre formulaire de contact
statement-response = Nous étudierons votre demande et vous répondrons sous { $days } jours ouvrés.
statement-reporting-heading = Signaler un problème d'accessibilité sur ce site
statement-reporting = Nous cherchons toujours à améliorer l'accessibilité de ce site. Si vous trouvez un problème qui n'est pas listé sur cette page, ou si vous pensez que nous ne respectons pas les exigences d'accessibilité, contactez-nous par l'un des moyens ci-dessus.
statement-enforcement-heading = Procédure de contrôle
statement-enforcement = L'Equality and Human Rights Commission (EHRC) est chargée de faire appliquer les Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (le « règlement sur l'accessibilité »). Si notre réponse à votre plainte ne vous satisfait pas, contactez l'Equality Advisory and Support Service (EASS).
statement-technical-heading = Informations techniques sur l'accessibilité de ce site
statement-technical = { $site } s'engage à rendre son site accessible, conformément aux Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
statement-compliance-heading = État de conformité
statement-compliance-full = Ce site est totalement conforme au niveau AA des Web Content Accessibility Guidelines, version 2.2.
statement-compliance-partial = Ce site est partiellement conforme au niveau AA des Web Content Accessibility Guidelines, version 2.2, en raison des non-conformités listées ci-dessous.
statement-compliance-none = Ce site n'est pas conforme au niveau AA des Web Content Accessibility Guidelines, version 2.2. Les non-conformités sont listées ci-dessous.
statement-non-accessible-heading = Contenus non accessibles
statement-non-accessible = Les contenus listés ci-dessous ne sont pas accessibles pour les raisons suivantes.
statement-non-compliance-heading = Non-conformité au règlement sur l'accessibilité
statement-criterion = Cela ne respecte pas le critère de succès { $criterion } des WCAG 2.2.
statement-fix-by = Nous prévoyons de corriger cela d'ici le { $date }.
statement-none-known = Aucun à notre connaissance.
statement-burden-heading = Charge disproportionnée
statement-burden-none = Nous ne considérons pas qu'une correction représenterait une charge disproportionnée.
statement-scope-heading = Contenus hors du champ du règlement sur l'accessibilité
statement-preparation-heading = Établissement de cette déclaration d'accessibilité
statement-prepared = Cette déclaration a été établie le { $prepared }. Elle a été revue pour la dernière fois le { $reviewed }.
statement-tested = Ce site a été testé pour la dernière fois le { $date }.
home-bands-heading = Leçons par âge
home-sections-heading = Ce que vous trouverez sur le site
band-eyfs = Petite enfance (Early years)
band-ks1 = Étape clé 1 (Key Stage 1)
band-ks2 = Étape clé 2 (Key Stage 2)
band-ks3 = Étape clé 3 (Key Stage 3)
band-ks4 = Étape clé 4 (Key Stage 4)
band-ages = De { $from } à { $to } ans
lessons-count = { $count ->
    [one] { $count } leçon
    [many] { $count } de leçons
   *[other] { $count } leçons
}
lesson-band = Tranche d'âge
lesson-topics = Risques en ligne
lesson-duration-label = Durée
lesson-duration = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}
lesson-objectives = Dans cette leçon
topic-content = Contenus
topic-contact = Contacts
topic-conduct = Comportement
topic-commerce = Argent et achats
topic-content-about = Risques liés aux contenus : voir en ligne des choses illégales, dangereuses ou pas adaptées à son âge.
topic-contact-about = Risques liés aux contacts : des personnes en ligne qui font pression sur d'autres, les trompent ou leur font du mal.
topic-conduct-about = Risques liés au comportement : ce que nous faisons en ligne et qui pourrait nous faire du mal, ou à d'autres.
topic-commerce-about = Risques liés à l'argent : arnaques, jeux d'argent, dépenses dans les jeux et publicité.
not-easy-read = Il n'existe pas encore de version facile à lire de cette page en français. Voici la page standard.
eal-about = La leçon en anglais. À côté de chaque mot clé, son sens dans votre langue.
eal-key-words = Mots clés
eal-english = En anglais
eal-translation = Dans votre langue

# Reading preferences (partials/reading.html).
reading-button = Préférences de lecture
reading-size = Taille du texte
reading-size-standard = Standard
reading-size-large = Grande
reading-size-larger = Plus grande
reading-spacing = Interligne
reading-spacing-standard = Standard
reading-spacing-wide = Large
reading-spacing-wider = Plus large
reading-background = Couleur du fond
reading-background-white = Blanc
reading-background-cream = Crème
reading-background-blue = Bleu pâle
reading-font = Lettres
reading-font-standard = Standard
reading-font-dyslexia = Plus faciles à lire (dyslexie)
reading-reset = Réinitialiser
reading-note = Vos choix sont enregistrés dans ce navigateur uniquement.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = Carte du programme
curriculum-about = Voici les leçons qui apprennent à chaque tranche d'âge, partie par partie, à rester en sécurité sur Internet. Les huit domaines viennent d'Education for a Connected World, le cadre du conseil britannique pour la sécurité sur Internet (UK Council for Internet Safety).
curriculum-caption = Leçons par domaine et par tranche d'âge
curriculum-scroll = Faites défiler le tableau sur le côté pour voir toutes les tranches d'âge.
curriculum-strand = Domaine
curriculum-gap = Pas encore de leçon
curriculum-four-cs = Les quatre types de risques en ligne
curriculum-four-cs-missing = Pas encore :
curriculum-link = Voir sur la carte du programme quelles leçons enseignent chaque domaine à chaque tranche d'âge.
strand-self-image-and-identity = Image de soi et identité
strand-online-relationships = Relations en ligne
strand-online-reputation = Réputation en ligne
strand-online-bullying = Harcèlement en ligne
strand-managing-online-information = Gérer l'information en ligne
strand-health-wellbeing-and-lifestyle = Santé, bien-être et mode de vie
strand-privacy-and-security = Vie privée et sécurité
strand-copyright-and-ownership = Droit d'auteur et propriété

# --- issue 18: a real school's first hour ---
example-site = Ceci est un site d’exemple pour une école inventée. Ses personnes, numéros de téléphone et adresse ne sont pas réels.
# --- issue 20: search results shown ten at a time ---
search-more = Plus de résultats
