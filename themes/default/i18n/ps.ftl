# haven UI strings: Pashto (پښتو)
# reviewed-by-fluent-speaker: no
# Script: Pashto (Perso-Arabic with ټ ډ ړ ښ ږ ځ څ ګ ې ۍ), written right-to-left. Plain Afghan Pashto with "تاسو"; names (CEOP, Childline, NSPCC, IWF) kept in Latin letters.
skip-to-content = اصلي منځپانګې ته لاړ شئ
ceop-button = CEOP ته راپور ورکړئ
nav-label = اصلي مینو
menu-button = مینو
nav-home = کور پاڼه
versions-label = دا پاڼه په نورو ژبو او بڼو کې
version-easy = اسانه لوست
version-standard = عادي بڼه
version-eal = زما په ژبه مهمې کلمې
not-translated = دا پاڼه لا پښتو ته نه ده ژباړل شوې. دلته اصلي پاڼه ده.
footer-report = د اندېښنې راپور ورکړئ
footer-accessibility = د لاسرسي بیان
search-title = لټون
search-label = په دې وېبسایټ کې ولټوئ
search-button = ولټوئ
search-loading = لټون پورته کېږي…
search-found = موندل شوې پاڼې: { $count }
search-none = هېڅ پاڼه ونه موندل شوه. بله کلمه، یا یوازې د کلمې پیل وازمویئ.
search-no-js = لټون JavaScript ته اړتیا لري، چې په دې براوزر کې بند دی یا کار نه کوي. هره پاڼه بیا هم د وېبسایټ له برخو څخه پرانیستل کېدای شي:
accessibility-title = د لاسرسي بیان
not-found-title = پاڼه ونه موندل شوه
not-found-text = موږ دا پاڼه ونه موندله. کېدای شي بل ځای ته وړل شوې وي. کور پاڼه یا لټون وازمویئ.
posters-title = د هرې کوټې لپاره پوسترونه
print-all-title = ټول پوسترونه چاپ کړئ
poster-title = پوستر
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپریل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
date-day = { $day } { $month } { $year }
date-weekday = { $weekday }، { $day } { $month } { $year }
# Lessons and present mode.
home-bands-intro = د خپل ماشوم، یا خپله، د عمر ډله وټاکئ او وګورئ چې په انټرنېټ کې د خوندي پاتې کېدو په اړه څه زده کوي.
band-years-eyfs = وړکتون او د ښوونځي مخکې ټولګی (Nursery او Reception)
band-years-ks1 = لومړی او دویم کال (Years 1–2)
band-years-ks2 = له درېیم تر شپږم کال (Years 3–6)
band-years-ks3 = له اووم تر نهم کال (Years 7–9)
band-years-ks4 = لسم او یوولسم کال (Years 10–11)
topic-lessons-none = د دې موضوع په اړه لا درس نشته.
present-start = وړاندې کړئ
present-help = دا درس د ټولګي په تخته وښیئ، د هرې برخې لپاره یوه سلایډ. تڼۍ: راتلونکې سلایډ ته ښي غشی یا Space، شاته تګ ته کیڼ غشی، بشپړې پردې ته F، د بندولو لپاره Esc.
present-next = راتلونکې سلایډ
present-previous = پخوانۍ سلایډ
present-leave = وړاندې کول بند کړئ
present-counter = سلایډ { $current } له { $total } څخه
# Posters.
posters-intro = په هره کوټه کې چې انټرنېټ لري، د هغې د عمر ډلې لپاره د انټرنېټ د سم کارونې د قواعدو پوستر ځړول شوی، په هغو ژبو چې هلته زده کوونکي یې لولي. هر پوستر په یوه پاڼه چاپېږي.
posters-paper = { $paper } کاغذ
posters-print-all = ټول پوسترونه چاپ کړئ
print-all-intro = دا پاڼه چاپ کړئ چې د هرې کوټې پوستر، هر یو په جلا پاڼه، ترلاسه کړئ. د A3 کوټو پوسترونه د A3 کاغذ لپاره برابر شوي.
poster-print = دا پوستر چاپ کړئ
poster-print-note = په { $paper } کاغذ، په ولاړه بڼه (portrait) چاپ کړئ.
poster-tell = که په انټرنېټ کې کوم شی تا اندېښمن کړي، ودرېږه او یو باوري لوی کس ته یې ووایه.
poster-qr-label = QR کوډ: دا پوستر په انټرنېټ کې د لوستلو لپاره یې سکن کړه، پته { $url }
poster-qr-caption = زموږ قواعد په انټرنېټ کې د لوستلو لپاره سکن کړه
# Safer Internet Day.
sid-banner = د خوندي انټرنېټ ورځ (Safer Internet Day) په { $date } ده: { $days ->
    [one] { $days } ورځ پاتې ده
   *[other] { $days } ورځې پاتې دي
}
sid-banner-today = نن د خوندي انټرنېټ ورځ (Safer Internet Day) ده، { $date }!
sid-banner-link = څنګه ګډون وکړئ
sid-day = ورځ
sid-theme = موضوع
sid-lessons-by-age = د هر عمر لپاره زموږ درسونه
sid-past-years = تېر کلونه
# The home-school agreement.
agreement-version = نسخه { $version }
agreement-agreed = د منلو نېټه: { $date }
agreement-print = دا تړون چاپ کړئ
agreement-sign-heading = لاسلیکونه
agreement-sign-parent = مور، پلار یا سرپرست
agreement-sign-learner = زده کوونکی
agreement-sign-school = د ښوونځي له خوا
agreement-sign-name = نوم
agreement-sign-signature = لاسلیک
agreement-sign-date = نېټه
# The useful-links directory.
links-jump = لینکونه د دې لپاره
links-filter-label = لینک ومومئ
links-filter-hint = په انګلیسي یوه کلمه ولیکئ، لکه bullying (ځورونه)، gaming (لوبې) یا helpline (د مرستې کرښه).
links-shown = ښودل شوي لینکونه: { $count }
links-none = هېڅ لینک سره سمون نه خوري. بله کلمه وازمویئ.
links-audience-parents = د میندو، پلرونو او سرپرستانو لپاره
links-audience-learners = د ماشومانو او ځوانانو لپاره
links-audience-staff = د ښوونځي د کارکوونکو لپاره
links-category-national = ملي ادارې
links-category-helpline = د مرستې کرښې
links-category-local = سیمه‌ییز خدمتونه
links-phone = ټیلیفون
# Report a concern, and Exit this page.
exit-button = سمدستي له پاڼې ووځئ
exit-emergency = بېړنی
exit-loading = پورته کېږي.
exit-press-two = Shift: د وتلو لپاره نور 2 ځله کېکاږئ.
exit-press-one = Shift: د وتلو لپاره نور 1 ځل کېکاږئ.
exit-expired = د «سمدستي له پاڼې ووځئ» وخت پای ته ورسېد.
exit-about = «سمدستي له پاڼې ووځئ» څنګه کار کوي
report-danger-heading = که څوک همدا اوس په خطر کې وي
report-danger = 999 ته زنګ ووهئ او پولیس وغواړئ. که یو ماشوم په سمدستي خطر کې وي، لومړی همدا کار وکړئ.
report-ceop-heading = په انټرنېټ کې جنسي ناوړه ګټه اخیستنه او ګرومینګ: CEOP ته راپور ورکړئ
report-ceop-who = له 18 کلونو کم عمر ماشومان او ځوانان CEOP ته راپور ورکولای شي، او هغه لویان هم چې د یو ماشوم په اړه اندېښمن دي. کوچني ماشومان دې له یو باوري لوی کس څخه مرسته وغواړي.
report-ceop-agency = CEOP د National Crime Agency (د جرمونو پر وړاندې ملي اداره) برخه ده، چې د قانون پلي کولو اداره ده.
report-ceop-anonymous = راپورونه بې نومه نه وي: CEOP دنده لري چې ډاډ ترلاسه کړي چې ماشوم یا ځوان خوندي دی.
report-ceop-for = CEOP په انټرنېټ کې د جنسي ناوړه ګټې اخیستنې او ګرومینګ لپاره دی. دا د ځورونې، جعلي حسابونو یا د حساب د هک کېدو چارې نه ګوري.
report-ceop-read = د راپور ورکولو مخکې د CEOP Safety Centre لارښوونې ولولئ.
report-other-heading = ځورونه، جعلي حسابونه او د حساب هک کېدل
report-other = CEOP دا چارې نه ګوري. یو باوري لوی کس یا ښوونځي ته ووایاست، حساب یا پوسټ اپ، لوبې یا وېبسایټ ته راپور کړئ، او له دوی سره خبرې وکړئ:
report-childline = Childline، د ماشومانو او ځوانانو لپاره، وړیا:
report-nspcc = د NSPCC د مرستې کرښه، د هغو لویانو لپاره چې د یو ماشوم په اړه اندېښمن دي:
report-iwf-heading = په انټرنېټ کې د ماشومانو جنسي انځورونه
report-iwf = که تاسو په انټرنېټ کې د 18 کلونو څخه د کم عمر کس جنسي انځورونه یا ویډیوګانې ووینئ، د پاڼې پته Internet Watch Foundation (IWF) ته راپور کړئ. انځور مه شریکوئ، مه یې ساتئ او سکرین شاټ یې مه اخلئ، حتی د راپور لپاره هم نه.
report-iwf-link = IWF ته راپور ورکړئ
report-school-heading = په ښوونځي کې چا ته ووایاست
report-school = د ماشومانو د ساتنې ټاکلی مسؤل (Designated Safeguarding Lead، DSL) په ښوونځي کې د ماشومانو د خوندیتوب مشري کوي، په انټرنېټ کې هم.
report-dsl = د ماشومانو د ساتنې ټاکلی مسؤل (DSL)
report-deputy-dsl = د ماشومانو د ساتنې د ټاکلي مسؤل مرستیال (Deputy DSL)
report-school-phone = د ښوونځي دفتر
exit-help-title = «سمدستي له پاڼې ووځئ» څنګه کار کوي
exit-help-what = «سمدستي له پاڼې ووځئ» تاسو سمدستي بل وېبسایټ ({ $host }) ته وړي، څو هغه څوک چې ستاسو پردې ته نږدې راځي ونه ویني چې تاسو څه لوستل.
exit-help-ways = د کارولو درې لارې یې شته:
exit-help-button = د پاڼې په سر کې سره تڼۍ «سمدستي له پاڼې ووځئ» وټاکئ؛
exit-help-shift = په 5 ثانیو کې د Shift تڼۍ 3 ځله کېکاږئ؛
exit-help-skip = که کیبورډ یا سکرین ریډر کاروئ، هغه «سمدستي له پاڼې ووځئ» لینک وکاروئ چې سمدستي د «اصلي منځپانګې ته لاړ شئ» وروسته راځي.
exit-help-history-heading = دا ستاسو د براوزر تاریخچه نه پاکوي
exit-help-history = ستاسو براوزر لا هم هغه پاڼې یادې لري چې تاسو کتلې دي. بل څوک چې دا وسیله کاروي کولای شي هغه د براوزر په تاریخچه کې وویني، او د Back تڼۍ به پاڼه بېرته راولي.
exit-help-private = د لږو نښو پرېښودو لپاره، خصوصي (incognito) کړکۍ وکاروئ، داسې وسیله وکاروئ چې پرې باور لرئ، او کله چې کار مو پای ته ورسېد، دا وېبسایټ د براوزر له تاریخچې څخه پاک کړئ.
exit-help-danger = که په خطر کې یاست، 999 ته زنګ ووهئ.
# Policies.
policy-published = د خپرېدو نېټه
policy-review = راتلونکې کتنه
policy-agreed-by = منظوروونکی
# The accessibility statement, following GOV.UK's model statement.
statement-heading = د { $site } د لاسرسي بیان
statement-applies = د لاسرسي دا بیان پر { $url } پلي کېږي.
statement-run-by = دا وېبسایټ { $site } چلوي. موږ غواړو چې څومره ډېر خلک کېدای شي دا وېبسایټ وکاروي. د بېلګې په توګه، تاسو باید وکولای شئ:
statement-can-colours = د براوزر یا وسیلې له تنظیماتو څخه رنګونه، کنټراسټ او لیکبڼې بدل کړئ
statement-can-zoom = تر 400٪ پورې لوی یې کړئ پرته له دې چې لیکنه له پردې ووځي
statement-can-keyboard = د وېبسایټ په ډېرو برخو کې د کیبورډ یا د غږ پېژندنې سافټویر په مرسته وګرځئ
statement-can-screen-reader = د وېبسایټ ډېره برخه د سکرین ریډر په مرسته واورئ (د JAWS، NVDA او VoiceOver تر ټولو نوې نسخې په ګډون)
statement-can-versions = ډېرې پاڼې په اسانه لوست کې ولولئ، او درسونه د خپلې کورنۍ ژبې په مهمو کلمو سره
statement-simple = موږ د وېبسایټ لیکنه هم تر ممکنه حده ساده لیکلې ده.
statement-abilitynet = که معلولیت لرئ، AbilityNet د خپلې وسیلې د اسانه کارولو لپاره لارښوونې لري.
statement-how-heading = دا وېبسایټ څومره د لاسرسي وړ دی
statement-how-known = موږ پوهېږو چې د دې وېبسایټ ځینې برخې په بشپړه توګه د لاسرسي وړ نه دي:
statement-how-full = موږ د دې وېبسایټ له داسې کومې برخې خبر نه یو چې د لاسرسي وړ نه وي.
statement-how-testing = موږ لا هم دا وېبسایټ ګورو. که کوم شی مو د کارولو لپاره ستونزمن وموند، مهرباني وکړئ موږ ته ووایاست.
statement-feedback-heading = نظر او د اړیکې معلومات
statement-feedback = که تاسو د دې وېبسایټ معلومات په بله بڼه غواړئ، لکه د لاسرسي وړ PDF، لوی چاپ، اسانه لوست، غږیز ثبت یا بریل:
statement-email = برېښنالیک واستوئ
statement-call = زنګ ووهئ
statement-form = زموږ د اړیکې فورمه وکاروئ
statement-response = موږ به ستاسو غوښتنه وګورو او په { $days } کاري ورځو کې به ځواب درکړو.
statement-reporting-heading = د دې وېبسایټ د لاسرسي د ستونزو راپور
statement-reporting = موږ تل هڅه کوو چې د دې وېبسایټ لاسرسی ښه کړو. که تاسو کومه ستونزه وموندله چې په دې پاڼه کې نه ده لیکل شوې، یا فکر کوئ چې موږ د لاسرسي غوښتنې نه پوره کوو، له پورته لارو څخه په هره یوه له موږ سره اړیکه ونیسئ.
statement-enforcement-heading = د پلي کولو کړنلاره
statement-enforcement = د Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 («د لاسرسي مقررات») د پلي کولو مسؤلیت د Equality and Human Rights Commission (EHRC) دی. که ستاسو د شکایت په اړه زموږ له ځواب څخه راضي نه یاست، له Equality Advisory and Support Service (EASS) سره اړیکه ونیسئ.
statement-technical-heading = د دې وېبسایټ د لاسرسي په اړه تخنیکي معلومات
statement-technical = { $site } ژمن دی چې خپل وېبسایټ د Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 سره سم د لاسرسي وړ کړي.
statement-compliance-heading = د پیروۍ حالت
statement-compliance-full = دا وېبسایټ د Web Content Accessibility Guidelines د 2.2 نسخې د AA معیار بشپړه پیروي کوي.
statement-compliance-partial = دا وېبسایټ د لاندې لیکل شویو نیمګړتیاوو له امله د Web Content Accessibility Guidelines د 2.2 نسخې د AA معیار نیمګړې پیروي کوي.
statement-compliance-none = دا وېبسایټ د Web Content Accessibility Guidelines د 2.2 نسخې د AA معیار پیروي نه کوي. نیمګړتیاوې لاندې لیکل شوې دي.
statement-non-accessible-heading = هغه منځپانګه چې د لاسرسي وړ نه ده
statement-non-accessible = لاندې لیکل شوې منځپانګه د دې لاملونو له امله د لاسرسي وړ نه ده.
statement-non-compliance-heading = د لاسرسي له مقرراتو سره نه سمون
statement-criterion = دا د WCAG 2.2 د بریا معیار { $criterion } نه پوره کوي.
statement-fix-by = موږ پلان لرو چې دا تر { $date } پورې سم کړو.
statement-none-known = موږ له کوم یو نه یو خبر.
statement-burden-heading = نامتناسب بار
statement-burden-none = موږ دا ادعا نه کوو چې کوم سمون به نامتناسب بار وي.
statement-scope-heading = هغه منځپانګه چې د لاسرسي د مقرراتو په ساحه کې نه راځي
statement-preparation-heading = د لاسرسي د دې بیان چمتو کول
statement-prepared = دا بیان په { $prepared } چمتو شو. وروستۍ کتنه یې په { $reviewed } وشوه.
statement-tested = د دې وېبسایټ وروستۍ ازموینه په { $date } وشوه.
home-bands-heading = د عمر له مخې درسونه
home-sections-heading = په وېبسایټ کې څه شته
band-eyfs = لومړني کلونه (Early years)
band-ks1 = کلیدي پړاو 1 (Key Stage 1)
band-ks2 = کلیدي پړاو 2 (Key Stage 2)
band-ks3 = کلیدي پړاو 3 (Key Stage 3)
band-ks4 = کلیدي پړاو 4 (Key Stage 4)
band-ages = عمر له { $from } تر { $to } کلونو
lessons-count = { $count ->
    [one] { $count } درس
   *[other] { $count } درسونه
}
lesson-band = د عمر ډله
lesson-topics = د انټرنېټ خطرونه
lesson-duration-label = وخت
lesson-duration = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقې
}
lesson-objectives = په دې درس کې
topic-content = منځپانګه
topic-contact = اړیکه
topic-conduct = چلند
topic-commerce = پیسې او سوداګري
topic-content-about = د منځپانګې خطرونه: په انټرنېټ کې داسې شیان لیدل چې غیرقانوني، زیانمن یا ستاسو د عمر لپاره مناسب نه وي.
topic-contact-about = د اړیکې خطرونه: په انټرنېټ کې هغه خلک چې پر نورو فشار راوړي، غولوي یې یا ورته زیان رسوي.
topic-conduct-about = د چلند خطرونه: هغه کارونه چې موږ یې په انټرنېټ کې کوو او موږ یا نورو ته زیان رسولای شي.
topic-commerce-about = د پیسو خطرونه: درغلي، قمار، په لوبو کې لګښت او اعلانونه.
not-easy-read = د دې پاڼې اسانه لوست بڼه لا په پښتو نشته. دلته عادي پاڼه ده.
eal-about = درس په انګلیسي دی. مهمو کلمو ته څنګ کې یې ستاسو په ژبه مانا لیکل شوې.
eal-key-words = مهمې کلمې
eal-english = په انګلیسي
eal-translation = ستاسو په ژبه

# Reading preferences (partials/reading.html).
reading-button = د لوستلو غوره توبونه
reading-size = د لیکنې اندازه
reading-size-standard = عادي
reading-size-large = لوی
reading-size-larger = لا لوی
reading-spacing = د کرښو ترمنځ واټن
reading-spacing-standard = عادي
reading-spacing-wide = پراخ
reading-spacing-wider = لا پراخ
reading-background = د شالید رنګ
reading-background-white = سپین
reading-background-cream = کریمي
reading-background-blue = روښانه آبي
reading-font = توري
reading-font-standard = عادي
reading-font-dyslexia = د لوستلو لپاره اسانه (ډیسلیکسیا)
reading-reset = بېرته لومړی حالت
reading-note = ستاسو غوره توبونه یوازې په دې براوزر کې ساتل شوي.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = د نصاب نقشه
curriculum-about = دا نقشه ښيي چې زموږ کوم درسونه هرې عمر ډلې ته په انټرنېټ کې د خوندي پاتې کېدو کومه برخه ور زده کوي. اته ساحې له Education for a Connected World څخه اخیستل شوې دي، چې د انټرنېټ د خوندیتوب لپاره د بریتانیا د شورا (UK Council for Internet Safety) چوکاټ دی.
curriculum-caption = د هرې ساحې او عمر ډلې لپاره درسونه
curriculum-scroll = د ټولو عمر ډلو د لیدو لپاره جدول یوې خوا ته وښویوئ.
curriculum-strand = ساحه
curriculum-gap = لا درس نشته
curriculum-four-cs = د انټرنېټ څلور ډوله خطرونه
curriculum-four-cs-missing = لا نه:
curriculum-link = د نصاب په نقشه کې وګورئ چې کوم درسونه هرې عمر ډلې ته کومه ساحه ور زده کوي.
strand-self-image-and-identity = د ځان انځور او هویت
strand-online-relationships = په انټرنېټ کې اړیکې
strand-online-reputation = په انټرنېټ کې نوم او شهرت
strand-online-bullying = په انټرنېټ کې ځورونه
strand-managing-online-information = د انټرنېټ د معلوماتو سمبالول
strand-health-wellbeing-and-lifestyle = روغتیا، هوساینه او د ژوند طرز
strand-privacy-and-security = محرمیت او خوندیتوب
strand-copyright-and-ownership = کاپي رایټ او ملکیت

# --- issue 18: a real school's first hour ---
example-site = دا د یوه خیالي ښوونځي بېلګه وېب پاڼه ده. په دې کې خلک، د تلیفون شمېرې او پته ریښتیني نه دي.
# --- issue 20: search results shown ten at a time ---
search-more = نورې پایلې
