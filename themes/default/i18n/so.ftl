# haven UI strings: Somali (Soomaali)
# reviewed-by-fluent-speaker: no
# Script: Latin (Somali alphabet), written left-to-right. Plain standard Somali; names (CEOP, Childline, NSPCC, IWF) kept as they are.
skip-to-content = U gudub qoraalka ugu muhiimsan
ceop-button = U sheeg CEOP
nav-label = Liiska ugu weyn
menu-button = Liiska
nav-home = Bogga hore
versions-label = Boggan oo ku qoran luqado iyo qaabab kale
version-easy = Akhris fudud
version-standard = Qaabka caadiga ah
version-eal = Ereyada muhiimka ah ee luqaddayda
not-translated = Boggan weli looma turjumin af Soomaali. Waa kan bogga asalka ah.
footer-report = Soo sheeg walaac
footer-accessibility = Bayaanka helitaanka
search-title = Raadi
search-label = Ka raadi websaydkan
search-button = Raadi
search-loading = Raadintu way soo socotaa…
search-found = Bogagga la helay: { $count }
search-none = Wax bog ah lama helin. Isku day eray kale, ama bilowga erayga oo keliya.
search-no-js = Raadintu waxay u baahan tahay JavaScript, taas oo ka xiran ama aan ka shaqaynayn biraawsarkan. Bog kasta waxaa weli laga heli karaa qaybaha websaydka:
accessibility-title = Bayaanka helitaanka
not-found-title = Bogga lama helin
not-found-text = Ma aanan helin boggaas. Waxaa laga yaabaa in la raray. Tag bogga hore ama raadi.
posters-title = Boostarro qol kasta
print-all-title = Daabac dhammaan boostarrada
poster-title = Boostar
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = Isniin
weekday-2 = Talaado
weekday-3 = Arbaco
weekday-4 = Khamiis
weekday-5 = Jimco
weekday-6 = Sabti
weekday-7 = Axad
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luuliyo
month-8 = Ogost
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Desembar
date-day = { $day } { $month } { $year }
date-weekday = { $weekday }, { $day } { $month } { $year }
# Lessons and present mode.
home-bands-intro = Dooro kooxda da'da ee ilmahaaga, ama taada, si aad u aragto waxa ay ka bartaan sida looga badbaado internetka.
band-years-eyfs = Xannaanada iyo Reception (Nursery iyo Reception)
band-years-ks1 = Fasallada 1 iyo 2 (Years 1–2)
band-years-ks2 = Fasallada 3 ilaa 6 (Years 3–6)
band-years-ks3 = Fasallada 7 ilaa 9 (Years 7–9)
band-years-ks4 = Fasallada 10 iyo 11 (Years 10–11)
topic-lessons-none = Weli ma jiraan casharro arrintan ku saabsan.
present-start = Soo bandhig
present-help = Casharkan ku tus looxa fasalka, qayb kasta hal slide. Furayaasha: fallaarta midig ama Space si aad u gudubto slide-ka xiga, fallaarta bidix si aad dib ugu noqoto, F shaashad buuxda, Esc si aad u joojiso.
present-next = Slide-ka xiga
present-previous = Slide-ka ka horreeya
present-leave = Jooji bandhigga
present-counter = Slide { $current } ee { $total }
# Posters.
posters-intro = Qol kasta oo internet leh waxaa ku dheggan boostar ay ku qoran yihiin xeerarka isticmaalka la oggol yahay ee kooxda da'deeda, luqadaha ay ardaydeeda akhriyaan. Boostar kasta wuxuu ku daabacmaa hal warqad.
posters-paper = Warqad { $paper }
posters-print-all = Daabac dhammaan boostarrada
print-all-intro = Daabac boggan si aad u hesho boostarka qol kasta, mid kasta warqad gaar ah. Boostarrada qolalka A3 waxaa loo diyaariyey warqad A3.
poster-print = Daabac boostarkan
poster-print-note = Ku daabac warqad { $paper }, dherer ahaan (portrait).
poster-tell = Haddii wax internetka ah ku welwelinayaan, joogso oo u sheeg qof weyn oo aad aaminsan tahay.
poster-qr-label = Koodka QR: sawir si aad boostarkan uga akhrido internetka, ciwaanka { $url }
poster-qr-caption = Sawir si aad xeerarkayaga uga akhrido internetka
# Safer Internet Day.
sid-banner = Maalinta Internet Ammaan ah (Safer Internet Day) waa { $date }: { $days ->
    [one] { $days } maalin ayaa ka harsan
   *[other] { $days } maalmood ayaa ka harsan
}
sid-banner-today = Maalinta Internet Ammaan ah (Safer Internet Day) waa maanta, { $date }!
sid-banner-link = Sida aad uga qayb qaadan karto
sid-day = Maalinta
sid-theme = Mawduuca
sid-lessons-by-age = Casharradayada da' kasta
sid-past-years = Sannadihii hore
# The home-school agreement.
agreement-version = Nooca { $version }
agreement-agreed = La oggolaaday { $date }
agreement-print = Daabac heshiiskan
agreement-sign-heading = Saxiixyada
agreement-sign-parent = Waalid ama daryeele
agreement-sign-learner = Arday
agreement-sign-school = Dugsiga magaciisa
agreement-sign-name = Magaca
agreement-sign-signature = Saxiixa
agreement-sign-date = Taariikhda
# The useful-links directory.
links-jump = Xiriiriyeyaal loogu talagalay
links-filter-label = Raadi xiriiriye
links-filter-hint = Ku qor eray Ingiriisi ah, sida bullying (cagajuglayn), gaming (ciyaaro) ama helpline (khadka caawimada).
links-shown = Xiriiriyeyaasha la muujiyey: { $count }
links-none = Ma jiro xiriiriye ku habboon. Isku day eray kale.
links-audience-parents = Waalidiinta iyo daryeelayaasha
links-audience-learners = Carruurta iyo dhallinyarada
links-audience-staff = Shaqaalaha dugsiga
links-category-national = Hay'adaha qaranka
links-category-helpline = Khadadka caawimada
links-category-local = Adeegyada deegaanka
links-phone = Telefoon
# Report a concern, and Exit this page.
exit-button = Hadda ka bax boggan
exit-emergency = Degdeg
exit-loading = Waa la soo rarayaa.
exit-press-two = Shift: riix 2 jeer oo kale si aad u baxdo.
exit-press-one = Shift: riix 1 jeer oo kale si aad u baxdo.
exit-expired = Waqtigii "Hadda ka bax boggan" wuu dhammaaday.
exit-about = Sida uu u shaqeeyo "Hadda ka bax boggan"
report-danger-heading = Haddii qof hadda khatar ku jiro
report-danger = Wac 999 oo weydiiso booliiska. Tan marka hore samee haddii ilmo uu khatar degdeg ah ku jiro.
report-ceop-heading = Xadgudub galmo iyo soo jiidasho (grooming) internetka: u sheeg CEOP
report-ceop-who = Carruurta iyo dhallinyarada ka yar 18 sano waxay u sheegi karaan CEOP, sidoo kale dadka waaweyn ee ka welwelsan ilmo. Carruurta yaryar waa inay caawimaad weydiistaan qof weyn oo ay aaminsan yihiin.
report-ceop-agency = CEOP waa qayb ka mid ah National Crime Agency (Hay'adda Qaranka ee Dembiyada), oo ah hay'ad fulisa sharciga.
report-ceop-anonymous = Warbixinnada magac la'aan lama soo gudbin karo: CEOP waxaa waajib ku ah inay hubiso in ilmaha ama qofka dhallinyarada ahi nabad qabo.
report-ceop-for = CEOP waxay u taal xadgudubka galmada iyo soo jiidashada (grooming) ee internetka. Kama shaqeyso cagajuglaynta, akoonnada been abuurka ah ama jabsiga.
report-ceop-read = Akhri talooyinka ku jira CEOP Safety Centre ka hor intaadan warbixin soo gudbin.
report-other-heading = Cagajuglayn, akoonno been abuur ah iyo jabsi
report-other = CEOP kama shaqeyso arrimahan. U sheeg qof weyn oo aad aaminsan tahay ama dugsiga, akoonka ama qoraalka u sheeg barnaamijka, ciyaarta ama websaydka, oo la hadal:
report-childline = Childline, carruurta iyo dhallinyarada, bilaash:
report-nspcc = Khadka caawimada NSPCC, dadka waaweyn ee ka welwelsan ilmo:
report-iwf-heading = Sawirro galmo oo carruur ah oo internetka ku jira
report-iwf = Haddii aad internetka ku aragto sawirro ama muuqaallo galmo oo qof ka yar 18 sano ah, ciwaanka bogga u sheeg Internet Watch Foundation (IWF). Ha wadaagin, ha kaydin, hana sawirin shaashadda, xitaa si aad u sheegto.
report-iwf-link = U sheeg IWF
report-school-heading = U sheeg qof dugsiga jooga
report-school = Masuulka Ilaalinta Carruurta (Designated Safeguarding Lead, DSL) ayaa hormuud ka ah ilaalinta badbaadada carruurta dugsiga, oo ay ku jirto internetka.
report-dsl = Masuulka Ilaalinta Carruurta (DSL)
report-deputy-dsl = Ku-xigeenka Masuulka Ilaalinta Carruurta (Deputy DSL)
report-school-phone = Xafiiska dugsiga
exit-help-title = Sida uu u shaqeeyo "Hadda ka bax boggan"
exit-help-what = "Hadda ka bax boggan" wuxuu si toos ah kuugu geynayaa websayd kale ({ $host }), si qof u yimaada shaashaddaada agteeda uusan u arkin waxaad akhrinaysay.
exit-help-ways = Saddex siyaabood ayaa loo isticmaali karaa:
exit-help-button = dooro badhanka cas ee "Hadda ka bax boggan" ee bogga korkiisa;
exit-help-shift = riix furaha Shift 3 jeer 5 ilbiriqsi gudahood;
exit-help-skip = haddii aad isticmaasho kiiboodh ama akhriyaha shaashadda, isticmaal xiriiriyaha "Hadda ka bax boggan" ee ka dambeeya "U gudub qoraalka ugu muhiimsan".
exit-help-history-heading = Ma tirtirayo taariikhda baaritaanka
exit-help-history = Biraawsarkaagu weli wuu xusuustaa bogagga aad booqatay. Qof kale oo isticmaala qalabkan ayaa ku arki kara taariikhda biraawsarka, badhanka Back-na bogga wuu soo celin karaa.
exit-help-private = Si aad raad yar uga tagto, isticmaal daaqad gaar ah (private ama incognito), isticmaal qalab aad aaminsan tahay, oo marka aad dhammayso websaydkan ka tirtir taariikhda baaritaanka.
exit-help-danger = Haddii aad khatar ku jirto, wac 999.
# Policies.
policy-published = La daabacay
policy-review = Dib-u-eegista xigta
policy-agreed-by = Waxaa oggolaaday
# The accessibility statement, following GOV.UK's model statement.
statement-heading = Bayaanka helitaanka ee { $site }
statement-applies = Bayaankan helitaanka wuxuu khuseeyaa { $url }.
statement-run-by = Websaydkan waxaa maamula { $site }. Waxaan rabnaa in dad badan intii suurtagal ah ay isticmaali karaan websaydkan. Tusaale ahaan, taasi waxay ka dhigan tahay inaad awoodid:
statement-can-colours = inaad beddesho midabada, heerka kala-soocidda iyo farta adigoo isticmaalaya dejinta biraawsarka ama qalabka
statement-can-zoom = inaad weyneyso ilaa 400% iyadoo qoraalku uusan ka bixin shaashadda
statement-can-keyboard = inaad ku dhex socoto inta badan websaydka adigoo isticmaalaya kiiboodh ama barnaamij garta codka
statement-can-screen-reader = inaad dhegaysato inta badan websaydka adigoo isticmaalaya akhriyaha shaashadda (oo ay ku jiraan noocyada ugu dambeeyay ee JAWS, NVDA iyo VoiceOver)
statement-can-versions = inaad bogag badan ku akhrido akhris fudud, casharradana aad ku aragto ereyadooda muhiimka ah luqadda gurigaaga
statement-simple = Waxaan sidoo kale qoraalka websaydka ka dhignay mid fudud intii suurtagal ah.
statement-abilitynet = AbilityNet waxay haysaa talooyin ku saabsan sidaad qalabkaaga uga dhigi lahayd mid fudud haddii aad naafo tahay.
statement-how-heading = Sida uu websaydkan u yahay mid la heli karo
statement-how-known = Waan ognahay in qaybo ka mid ah websaydkan aysan si buuxda u ahayn kuwo la heli karo:
statement-how-full = Ma ogin qayb ka mid ah websaydkan oo aan la heli karin.
statement-how-testing = Weli waan hubinaynaa websaydkan. Haddii aad hesho wax ay adag tahay in la isticmaalo, fadlan noo sheeg.
statement-feedback-heading = Ra'yi celin iyo macluumaadka xiriirka
statement-feedback = Haddii aad u baahan tahay macluumaadka websaydkan qaab kale sida PDF la heli karo, far waaweyn, akhris fudud, cod la duubay ama braille:
statement-email = iimayl noo soo dir
statement-call = na soo wac
statement-form = isticmaal foomkayaga xiriirka
statement-response = Waan tixgelin doonaa codsigaaga waxaana kuugu soo jawaabi doonnaa { $days } maalmood oo shaqo gudahood.
statement-reporting-heading = Soo sheegidda dhibaatooyinka helitaanka ee websaydkan
statement-reporting = Had iyo jeer waxaan doonaynaa inaan hagaajinno helitaanka websaydkan. Haddii aad hesho dhibaato aan boggan ku qornayn ama aad u malaynayso inaynaan buuxinayn shuruudaha helitaanka, nagala soo xiriir siyaabaha kor ku xusan midkood.
statement-enforcement-heading = Habka dhaqangelinta
statement-enforcement = Equality and Human Rights Commission (EHRC) ayaa mas'uul ka ah dhaqangelinta Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 ("xeerarka helitaanka"). Haddii aadan ku qanacsanayn sida aan uga jawaabno cabashadaada, la xiriir Equality Advisory and Support Service (EASS).
statement-technical-heading = Macluumaad farsamo oo ku saabsan helitaanka websaydkan
statement-technical = { $site } waxay ka go'an tahay inay websaydkeeda ka dhigto mid la heli karo, sida ku cad Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
statement-compliance-heading = Xaaladda u hoggaansanaanta
statement-compliance-full = Websaydkan si buuxda ayuu ugu hoggaansan yahay heerka AA ee Web Content Accessibility Guidelines nooca 2.2.
statement-compliance-partial = Websaydkan qayb ahaan ayuu ugu hoggaansan yahay heerka AA ee Web Content Accessibility Guidelines nooca 2.2, sababtoo ah qodobbada aan la buuxin ee hoos ku qoran.
statement-compliance-none = Websaydkan uguma hoggaansana heerka AA ee Web Content Accessibility Guidelines nooca 2.2. Qodobbada aan la buuxin waxay ku qoran yihiin hoos.
statement-non-accessible-heading = Waxyaabaha aan la heli karin
statement-non-accessible = Waxyaabaha hoos ku qoran lama heli karo sababahan awgood.
statement-non-compliance-heading = Ku hoggaansanaan la'aanta xeerarka helitaanka
statement-criterion = Tani ma buuxinayso shuruudda guusha { $criterion } ee WCAG 2.2.
statement-fix-by = Waxaan qorsheynaynaa inaan tan hagaajinno ka hor { $date }.
statement-none-known = Midna ma naqaanno.
statement-burden-heading = Culays aan u dhigmin
statement-burden-none = Ma sheegayno in hagaajin kasta ay noqon doonto culays aan u dhigmin.
statement-scope-heading = Waxyaabaha aan ku jirin baaxadda xeerarka helitaanka
statement-preparation-heading = Diyaarinta bayaankan helitaanka
statement-prepared = Bayaankan waxaa la diyaariyey { $prepared }. Waxaa dib loo eegay markii ugu dambeysay { $reviewed }.
statement-tested = Websaydkan waxaa la tijaabiyey markii ugu dambeysay { $date }.
home-bands-heading = Casharrada da'da
home-sections-heading = Waxa websaydka ku jira
band-eyfs = Sannadaha hore (Early years)
band-ks1 = Heerka 1 (Key Stage 1)
band-ks2 = Heerka 2 (Key Stage 2)
band-ks3 = Heerka 3 (Key Stage 3)
band-ks4 = Heerka 4 (Key Stage 4)
band-ages = Da'da { $from } ilaa { $to }
lessons-count = { $count ->
    [one] { $count } cashar
   *[other] { $count } cashar
}
lesson-band = Kooxda da'da
lesson-topics = Khataraha internetka
lesson-duration-label = Waqtiga
lesson-duration = { $minutes ->
    [one] { $minutes } daqiiqo
   *[other] { $minutes } daqiiqo
}
lesson-objectives = Casharkan
topic-content = Waxa la arko
topic-contact = Xiriirka
topic-conduct = Dhaqanka
topic-commerce = Lacagta iyo ganacsiga
topic-content-about = Khatarta waxa la arko: in internetka lagu arko waxyaabo sharci darro ah, waxyeello leh ama aan ku habboonayn da'daada.
topic-contact-about = Khatarta xiriirka: dad internetka jooga oo kuwa kale cadaadiya, khiyaameeya ama waxyeeleeya.
topic-conduct-about = Khatarta dhaqanka: waxyaabo aan internetka ku samayno oo dhibi kara annaga ama dad kale.
topic-commerce-about = Khatarta lacagta: khiyaano, khamaar, lacag lagu bixiyo ciyaaraha dhexdooda iyo xayaysiis.
not-easy-read = Boggan weli kuma laha akhris fudud af Soomaali. Waa kan bogga caadiga ah.
eal-about = Casharku waa Ingiriisi. Ereyada muhiimka ah waxaa agtooda ku qoran macnahooda luqaddaada.
eal-key-words = Ereyada muhiimka ah
eal-english = Ingiriisi
eal-translation = Luqaddaada

# Reading preferences (partials/reading.html).
reading-button = Doorashada akhriska
reading-size = Cabbirka qoraalka
reading-size-standard = Caadi
reading-size-large = Weyn
reading-size-larger = Ka weyn
reading-spacing = Kala fogaanshaha xarriiqyada
reading-spacing-standard = Caadi
reading-spacing-wide = Ballaaran
reading-spacing-wider = Ka ballaaran
reading-background = Midabka gadaasha
reading-background-white = Cadaan
reading-background-cream = Kareem
reading-background-blue = Buluug khafiif ah
reading-font = Xarfaha
reading-font-standard = Caadi
reading-font-dyslexia = Ka fudud in la akhriyo (dyslexia)
reading-reset = Dib u celi
reading-note = Doorashadaadu waxay ku kaydsan tahay biraawsarkan oo keliya.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = Khariidadda manhajka
curriculum-about = Khariidaddani waxay muujinaysaa casharradayada bara koox da' kasta qayb kasta oo ka mid ah ka badbaadidda internetka. Siddeedda qaybood waxay ka yimaadeen Education for a Connected World, oo ah qaab-dhismeedka Golaha Badbaadada Internetka ee Boqortooyada Ingiriiska (UK Council for Internet Safety).
curriculum-caption = Casharrada qayb kasta iyo koox da' kasta
curriculum-scroll = Jadwalka dhinac u dhaqaaji si aad u aragto dhammaan kooxaha da'da.
curriculum-strand = Qayb
curriculum-gap = Weli cashar ma jiro
curriculum-four-cs = Afarta nooc ee khataraha internetka
curriculum-four-cs-missing = Weli ma jiro:
curriculum-link = Khariidadda manhajka ka eeg casharrada bara qayb kasta koox da' kasta.
strand-self-image-and-identity = Isu-aragga iyo aqoonsiga
strand-online-relationships = Xiriirada internetka
strand-online-reputation = Sumcadda internetka
strand-online-bullying = Cagajuglaynta internetka
strand-managing-online-information = Maaraynta macluumaadka internetka
strand-health-wellbeing-and-lifestyle = Caafimaadka, fayoobaanta iyo hab-nololeedka
strand-privacy-and-security = Sirta iyo amniga
strand-copyright-and-ownership = Xuquuqda daabacaadda iyo lahaanshaha

# --- issue 18: a real school's first hour ---
example-site = Kani waa degel tusaale ah oo loogu talagalay dugsi aan jirin. Dadka, lambarrada taleefanka iyo cinwaanka ku jira run ma aha.
# --- issue 20: search results shown ten at a time ---
search-more = Natiijooyin kale
