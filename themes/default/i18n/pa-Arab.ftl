# haven UI strings: Panjabi, Shahmukhi script (پنجابی)
# reviewed-by-fluent-speaker: no
# Script: Shahmukhi (Perso-Arabic), written right-to-left. Everyday Pakistani Panjabi with "تسیں"; names (CEOP, Childline, NSPCC, IWF) kept in Latin letters.
skip-to-content = مکھ مواد تے جاؤ
ceop-button = CEOP نوں رپورٹ کرو
nav-label = مکھ مینو
menu-button = مینو
nav-home = مکھ صفحہ
versions-label = ایہہ صفحہ ہور زباناں تے شکلاں وچ
version-easy = سوکھی زبان
version-standard = عام صفحہ
version-eal = میری زبان وچ اہم لفظ
not-translated = ایس صفحے دا پنجابی وچ ہلے ترجمہ نہیں ہویا۔ تھلے اصل صفحہ اے۔
footer-report = فکر دی رپورٹ کرو
footer-accessibility = رسائی دا بیان
search-title = تلاش
search-label = ایس ویب سائٹ وچ تلاش کرو
search-button = تلاش کرو
search-loading = تلاش شروع ہو رہی اے…
search-found = لبھے صفحے: { $count }
search-none = کوئی صفحہ نہیں لبھیا۔ کوئی ہور لفظ، یا صرف لفظ دا شروع والا حصہ لکھ کے ویکھو۔
search-no-js = تلاش لئی JavaScript چاہیدی اے، جو ایس براؤزر وچ بند اے یا کم نہیں کر رہی۔ ہر صفحہ فیر وی ویب سائٹ دے حصیاں توں کھولیا جا سکدا اے:
accessibility-title = رسائی دا بیان
not-found-title = صفحہ نہیں لبھیا
not-found-text = سانوں ایہہ صفحہ نہیں لبھیا۔ ہو سکدا اے ایہہ کتے ہور چلا گیا ہووے۔ مکھ صفحے تے جاؤ یا تلاش کرو۔
posters-title = ہر کمرے لئی پوسٹر
print-all-title = سارے پوسٹر پرنٹ کرو
poster-title = پوسٹر
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
date-day = { $day } { $month } { $year }
date-weekday = { $weekday }، { $day } { $month } { $year }
# Lessons and present mode.
home-bands-intro = اپنے بچے دا، یا اپنا، عمر دا گروپ چنو تے ویکھو کہ آن لائن محفوظ رہن بارے کیہ سکھایا جاندا اے۔
band-years-eyfs = نرسری تے ریسیپشن (Nursery تے Reception)
band-years-ks1 = ییئر 1 تے 2 (Years 1–2)
band-years-ks2 = ییئر 3 توں 6 (Years 3–6)
band-years-ks3 = ییئر 7 توں 9 (Years 7–9)
band-years-ks4 = ییئر 10 تے 11 (Years 10–11)
topic-lessons-none = ایس بارے ہلے کوئی سبق نہیں۔
present-start = پیش کرو
present-help = ایہہ سبق کلاس دے بورڈ تے وکھاؤ، ہر حصے لئی اک سلائیڈ۔ بٹن: اگلی سلائیڈ لئی سجا تیر یا Space، پچھے جان لئی کھبا تیر، پوری سکرین لئی F، بند کرن لئی Esc۔
present-next = اگلی سلائیڈ
present-previous = پچھلی سلائیڈ
present-leave = پیشکاری بند کرو
present-counter = سلائیڈ { $current } / { $total }
# Posters.
posters-intro = انٹرنیٹ والے ہر کمرے وچ اوہدے عمر دے گروپ لئی انٹرنیٹ دی ٹھیک ورتوں دے اصولاں دا پوسٹر لگیا اے، اوہناں زباناں وچ جیہڑیاں اوتھے دے طالب علم پڑھدے نیں۔ ہر پوسٹر اک ورقے تے چھپدا اے۔
posters-paper = { $paper } کاغذ
posters-print-all = سارے پوسٹر پرنٹ کرو
print-all-intro = ہر کمرے دا پوسٹر وکھرے ورقے تے لین لئی ایہہ صفحہ پرنٹ کرو۔ A3 والے کمریاں دے پوسٹر A3 کاغذ لئی بنے نیں۔
poster-print = ایہہ پوسٹر پرنٹ کرو
poster-print-note = { $paper } کاغذ تے، سدھا (پورٹریٹ) پرنٹ کرو۔
poster-tell = جے آن لائن کوئی شے تہانوں پریشان کرے تے رک جاؤ تے کسے بھروسے والے وڈے نوں دسو۔
poster-qr-label = QR کوڈ: ایہہ پوسٹر آن لائن پڑھن لئی اینوں سکین کرو، پتہ { $url }
poster-qr-caption = ساڈے اصول آن لائن پڑھن لئی سکین کرو
# Safer Internet Day.
sid-banner = محفوظ انٹرنیٹ دا دن (Safer Internet Day) { $date } نوں اے: { $days ->
    [one] { $days } دن باقی اے
   *[other] { $days } دن باقی نیں
}
sid-banner-today = اج محفوظ انٹرنیٹ دا دن (Safer Internet Day) اے، { $date }!
sid-banner-link = حصہ کیویں لئیے
sid-day = دن
sid-theme = موضوع
sid-lessons-by-age = ہر عمر لئی ساڈے سبق
sid-past-years = پچھلے سال
# The home-school agreement.
agreement-version = ورژن { $version }
agreement-agreed = منظوری دی تاریخ: { $date }
agreement-print = ایہہ معاہدہ پرنٹ کرو
agreement-sign-heading = دستخط
agreement-sign-parent = ماں پیو یا سرپرست
agreement-sign-learner = طالب علم
agreement-sign-school = سکول ولوں
agreement-sign-name = ناں
agreement-sign-signature = دستخط
agreement-sign-date = تاریخ
# The useful-links directory.
links-jump = کیہدے لئی لنک
links-filter-label = لنک لبھو
links-filter-hint = انگریزی وچ کوئی لفظ لکھو، جیویں bullying (بُلنگ)، gaming (گیماں) یا helpline (ہیلپ لائن)۔
links-shown = وکھائے گئے لنک: { $count }
links-none = کوئی لنک نہیں لبھیا۔ کوئی ہور لفظ لکھ کے ویکھو۔
links-audience-parents = ماں پیو تے سرپرستاں لئی
links-audience-learners = بچیاں تے نوجواناں لئی
links-audience-staff = سکول دے عملے لئی
links-category-national = قومی ادارے
links-category-helpline = ہیلپ لائناں
links-category-local = مقامی سہولتاں
links-phone = فون
# Report a concern, and Exit this page.
exit-button = فوراً صفحہ چھڈو
exit-emergency = ایمرجنسی
exit-loading = لوڈ ہو رہیا اے۔
exit-press-two = Shift: باہر جان لئی 2 وار ہور دباؤ۔
exit-press-one = Shift: باہر جان لئی 1 وار ہور دباؤ۔
exit-expired = "فوراً صفحہ چھڈو" دا ویلا مک گیا۔
exit-about = "فوراً صفحہ چھڈو" کیویں کم کردا اے
report-danger-heading = جے کوئی ایس ویلے خطرے وچ اے
report-danger = 999 تے فون کرو تے پولیس منگو۔ جے کسے بچے نوں فوری خطرہ اے تے سب توں پہلاں ایہو کرو۔
report-ceop-heading = آن لائن جنسی زیادتی تے گرومنگ: CEOP نوں رپورٹ کرو
report-ceop-who = 18 سال توں گھٹ عمر دے بچے تے نوجوان CEOP نوں رپورٹ کر سکدے نیں، تے اوہ وڈے وی جیہڑے کسے بچے بارے فکرمند نیں۔ چھوٹے بچے کسے بھروسے والے وڈے کولوں مدد منگن۔
report-ceop-agency = CEOP نیشنل کرائم ایجنسی (National Crime Agency) دا حصہ اے، جو قانون لاگو کرن والا ادارہ اے۔
report-ceop-anonymous = رپورٹ گمنام نہیں ہوندی: CEOP دی ذمہ داری اے کہ پکا کرے کہ بچہ یا نوجوان محفوظ اے۔
report-ceop-for = CEOP آن لائن جنسی زیادتی تے گرومنگ لئی اے۔ ایہہ بُلنگ، جعلی اکاؤنٹاں یا ہیکنگ دے معاملے نہیں ویکھدا۔
report-ceop-read = رپورٹ کرن توں پہلاں CEOP Safety Centre وچ دتی گئی صلاح پڑھو۔
report-other-heading = بُلنگ، جعلی اکاؤنٹ تے ہیکنگ
report-other = CEOP ایہہ معاملے نہیں ویکھدا۔ کسے بھروسے والے وڈے یا سکول نوں دسو، اکاؤنٹ یا پوسٹ دی رپورٹ ایپ، گیم یا ویب سائٹ نوں کرو، تے ایہناں نال گل کرو:
report-childline = Childline، بچیاں تے نوجواناں لئی، مفت:
report-nspcc = NSPCC ہیلپ لائن، کسے بچے بارے فکرمند وڈیاں لئی:
report-iwf-heading = آن لائن بچیاں دیاں جنسی تصویراں
report-iwf = جے تسیں آن لائن 18 سال توں گھٹ عمر دے کسے بندے دیاں جنسی تصویراں یا ویڈیوز ویکھو، تے ویب پتے دی رپورٹ Internet Watch Foundation (IWF) نوں کرو۔ تصویر شیئر، سیو یا سکرین شاٹ نہ کرو، رپورٹ کرن لئی وی نہیں۔
report-iwf-link = IWF نوں رپورٹ کرو
report-school-heading = سکول وچ کسے نوں دسو
report-school = بچیاں دی حفاظت دا مکھ ذمہ دار (Designated Safeguarding Lead، DSL) سکول وچ بچیاں نوں محفوظ رکھن دے کم دی اگوائی کردا اے، آن لائن وی۔
report-dsl = بچیاں دی حفاظت دا مکھ ذمہ دار (DSL)
report-deputy-dsl = بچیاں دی حفاظت دا نائب ذمہ دار (Deputy DSL)
report-school-phone = سکول دا دفتر
exit-help-title = "فوراً صفحہ چھڈو" کیویں کم کردا اے
exit-help-what = "فوراً صفحہ چھڈو" تہانوں سدھا کسے ہور ویب سائٹ ({ $host }) تے لے جاندا اے، تاں جو تہاڈی سکرین دے نیڑے آن والا کوئی بندہ ایہہ نہ ویکھے کہ تسیں کیہ پڑھ رہے سی۔
exit-help-ways = اینوں ورتن دے تن طریقے نیں:
exit-help-button = صفحے دے اتے لال بٹن "فوراً صفحہ چھڈو" چنو؛
exit-help-shift = 5 سیکنڈاں دے اندر Shift بٹن 3 وار دباؤ؛
exit-help-skip = جے تسیں کی بورڈ یا سکرین ریڈر ورتدے او، تے "مکھ مواد تے جاؤ" دے بالکل بعد والا لنک "فوراً صفحہ چھڈو" ورتو۔
exit-help-history-heading = ایہدے نال براؤزنگ ہسٹری صاف نہیں ہوندی
exit-help-history = تہاڈا براؤزر ہلے وی کھولے گئے صفحے یاد رکھدا اے۔ ایہہ ڈیوائس ورتن والا کوئی ہور اوہناں نوں براؤزر دی ہسٹری وچ ویکھ سکدا اے، تے Back بٹن صفحہ واپس لے آوے گا۔
exit-help-private = گھٹ نشان چھڈن لئی پرائیویٹ یا انکوگنیٹو ونڈو ورتو، بھروسے والی ڈیوائس ورتو، تے کم مکن تے ایہہ ویب سائٹ اپنی براؤزنگ ہسٹری وچوں مٹا دیو۔
exit-help-danger = جے تسیں خطرے وچ او تے 999 تے فون کرو۔
# Policies.
policy-published = چھپی
policy-review = اگلا جائزہ
policy-agreed-by = منظور کرن والے
# The accessibility statement, following GOV.UK's model statement.
statement-heading = { $site } دا رسائی دا بیان
statement-applies = رسائی دا ایہہ بیان { $url } تے لاگو ہوندا اے۔
statement-run-by = ایہہ ویب سائٹ { $site } چلاندا اے۔ اسیں چاہندے آں کہ ودھ توں ودھ لوک ایہہ ویب سائٹ ورت سکن۔ مثال دے طور تے، تسیں ایہہ کر سکو:
statement-can-colours = براؤزر یا ڈیوائس دیاں سیٹنگاں نال رنگ، کنٹراسٹ تے فونٹ بدلنا
statement-can-zoom = لکھت نوں سکرین توں باہر نکلے بغیر 400% تک وڈا کرنا
statement-can-keyboard = ویب سائٹ دے بہتے حصے وچ کی بورڈ یا آواز پچھانن والے سافٹ ویئر نال چلنا
statement-can-screen-reader = سکرین ریڈر نال ویب سائٹ دا بہتا حصہ سننا (JAWS، NVDA تے VoiceOver دے نویں ورژناں سمیت)
statement-can-versions = بہت سارے صفحے سوکھی زبان وچ پڑھنا، تے سبقاں دے اہم لفظ اپنے گھر دی زبان وچ ویکھنا
statement-simple = اسیں ویب سائٹ دی لکھت وی جنی ہو سکے سوکھی رکھی اے۔
statement-abilitynet = جے تہانوں کوئی معذوری اے تے AbilityNet کول اپنی ڈیوائس سوکھی بناون بارے صلاح اے۔
statement-how-heading = ایہہ ویب سائٹ کنی قابلِ رسائی اے
statement-how-known = سانوں پتہ اے کہ ایس ویب سائٹ دے کجھ حصے پوری طرح قابلِ رسائی نہیں:
statement-how-full = سانوں ایس ویب سائٹ دے کسے اجیہے حصے دا پتہ نہیں جو قابلِ رسائی نہ ہووے۔
statement-how-testing = اسیں ہلے وی ایس ویب سائٹ نوں جانچ رہے آں۔ جے کوئی شے ورتنی اوکھی لگے تے مہربانی کر کے سانوں دسو۔
statement-feedback-heading = رائے تے رابطے دی جانکاری
statement-feedback = جے تہانوں ایس ویب سائٹ دی جانکاری کسے ہور شکل وچ چاہیدی اے، جیویں قابلِ رسائی PDF، وڈے اکھر، سوکھی زبان، آڈیو ریکارڈنگ یا بریل:
statement-email = ای میل کرو
statement-call = فون کرو
statement-form = ساڈا رابطہ فارم ورتو
statement-response = اسیں تہاڈی درخواست تے غور کراں گے تے { $days } کم والے دناں وچ جواب دیواں گے۔
statement-reporting-heading = ایس ویب سائٹ تے رسائی دے مسئلیاں دی رپورٹ
statement-reporting = اسیں ہمیشہ ایس ویب سائٹ دی رسائی بہتر بناون دی کوشش کردے آں۔ جے تہانوں کوئی اجیہا مسئلہ لبھے جو ایس صفحے تے درج نہیں، یا تہانوں لگے کہ اسیں رسائی دیاں شرطاں پوریاں نہیں کر رہے، تے اتے دتے کسے وی طریقے نال ساڈے نال رابطہ کرو۔
statement-enforcement-heading = لاگو کرن دا طریقہ
statement-enforcement = Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 ("رسائی دے ضابطے") لاگو کرن دی ذمہ داری Equality and Human Rights Commission (EHRC) دی اے۔ جے تسیں اپنی شکایت دے ساڈے جواب توں خوش نہیں، تے Equality Advisory and Support Service (EASS) نال رابطہ کرو۔
statement-technical-heading = ایس ویب سائٹ دی رسائی بارے تکنیکی جانکاری
statement-technical = { $site } اپنی ویب سائٹ نوں Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 دے مطابق قابلِ رسائی بناون دا پابند اے۔
statement-compliance-heading = مطابقت دی صورتحال
statement-compliance-full = ایہہ ویب سائٹ Web Content Accessibility Guidelines ورژن 2.2 دے AA معیار نال پوری طرح مطابقت رکھدی اے۔
statement-compliance-partial = تھلے دتیاں کمیاں پاروں ایہہ ویب سائٹ Web Content Accessibility Guidelines ورژن 2.2 دے AA معیار نال ادھی پچدی مطابقت رکھدی اے۔
statement-compliance-none = ایہہ ویب سائٹ Web Content Accessibility Guidelines ورژن 2.2 دے AA معیار نال مطابقت نہیں رکھدی۔ کمیاں تھلے دتیاں نیں۔
statement-non-accessible-heading = ناقابلِ رسائی مواد
statement-non-accessible = تھلے دتا مواد ایہناں وجہاں پاروں قابلِ رسائی نہیں۔
statement-non-compliance-heading = رسائی دے ضابطیاں نال عدم مطابقت
statement-criterion = ایہہ WCAG 2.2 دی کامیابی دی کسوٹی { $criterion } تے پورا نہیں اتردا۔
statement-fix-by = اسیں اینوں { $date } تک ٹھیک کرن دا ارادہ رکھدے آں۔
statement-none-known = ساڈے علم وچ کوئی نہیں۔
statement-burden-heading = بے حساب بوجھ
statement-burden-none = اسیں ایہہ دعویٰ نہیں کردے کہ کوئی وی سدھار بے حساب بوجھ ہووے گا۔
statement-scope-heading = اوہ مواد جو رسائی دے ضابطیاں دے دائرے وچ نہیں آوندا
statement-preparation-heading = رسائی دے ایس بیان دی تیاری
statement-prepared = ایہہ بیان { $prepared } نوں تیار کیتا گیا۔ ایہدا آخری جائزہ { $reviewed } نوں ہویا۔
statement-tested = ایس ویب سائٹ دی آخری جانچ { $date } نوں ہوئی۔
home-bands-heading = عمر دے حساب نال سبق
home-sections-heading = ویب سائٹ وچ کیہ اے
band-eyfs = شروع دے سال (Early years)
band-ks1 = کی سٹیج 1 (Key Stage 1)
band-ks2 = کی سٹیج 2 (Key Stage 2)
band-ks3 = کی سٹیج 3 (Key Stage 3)
band-ks4 = کی سٹیج 4 (Key Stage 4)
band-ages = عمر { $from } توں { $to } سال
lessons-count = { $count ->
    [one] { $count } سبق
   *[other] { $count } سبق
}
lesson-band = عمر دا گروپ
lesson-topics = آن لائن خطرے
lesson-duration-label = ویلا
lesson-duration = { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
}
lesson-objectives = ایس سبق وچ
topic-content = مواد
topic-contact = رابطہ
topic-conduct = رویہ
topic-commerce = پیسہ تے خرید و فروخت
topic-content-about = مواد دے خطرے: آن لائن اجیہیاں شیواں ویکھنا جو غیر قانونی، نقصان دہ یا تہاڈی عمر لئی ٹھیک نہ ہون۔
topic-contact-about = رابطے دے خطرے: آن لائن لوک جو دوجیاں تے دباؤ پاندے، دھوکا دیندے یا نقصان پہنچاندے نیں۔
topic-conduct-about = رویے دے خطرے: آن لائن ساڈے کم جو سانوں یا دوجیاں نوں نقصان پہنچا سکدے نیں۔
topic-commerce-about = پیسے دے خطرے: دھوکا، جوا، گیماں وچ خرچ تے اشتہار۔
not-easy-read = ایس صفحے دا سوکھی زبان والا روپ ہلے پنجابی وچ نہیں۔ تھلے عام صفحہ اے۔
eal-about = سبق انگریزی وچ اے۔ اہم لفظاں دے نال اوہناں دا مطلب تہاڈی زبان وچ لکھیا اے۔
eal-key-words = اہم لفظ
eal-english = انگریزی وچ
eal-translation = تہاڈی زبان وچ

# Reading preferences (partials/reading.html).
reading-button = پڑھن دیاں پسنداں
reading-size = لکھت دا سائز
reading-size-standard = عام
reading-size-large = وڈا
reading-size-larger = ہور وڈا
reading-spacing = سطراں وچکار فاصلہ
reading-spacing-standard = عام
reading-spacing-wide = کھلا
reading-spacing-wider = ہور کھلا
reading-background = پچھوکڑ دا رنگ
reading-background-white = چٹا
reading-background-cream = کریم
reading-background-blue = ہلکا نیلا
reading-font = اکھر
reading-font-standard = عام
reading-font-dyslexia = پڑھن وچ سوکھے (ڈسلیکسیا)
reading-reset = پہلاں ورگا کرو
reading-note = تہاڈیاں پسنداں صرف ایس براؤزر وچ محفوظ نیں۔

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = نصاب دا نقشہ
curriculum-about = ایتھے ویکھو کہ ساڈے کیہڑے سبق ہر عمر دے گروپ نوں آن لائن محفوظ رہن دا کیہڑا حصہ سکھاندے نیں۔ اٹھ شعبے Education for a Connected World توں لئے گئے نیں، جو برطانیہ دی انٹرنیٹ سیفٹی کونسل (UK Council for Internet Safety) دا ڈھانچہ اے۔
curriculum-caption = ہر شعبے تے عمر دے گروپ لئی سبق
curriculum-scroll = عمر دے سارے گروپ ویکھن لئی ٹیبل نوں پاسے ول سکرول کرو۔
curriculum-strand = شعبہ
curriculum-gap = ہلے کوئی سبق نہیں
curriculum-four-cs = آن لائن خطریاں دیاں چار قسماں
curriculum-four-cs-missing = ہلے نہیں:
curriculum-link = نصاب دے نقشے اتے ویکھو کہ کیہڑے سبق ہر عمر دے گروپ نوں کیہڑا شعبہ سکھاندے نیں۔
strand-self-image-and-identity = اپنا عکس تے پچھان
strand-online-relationships = آن لائن رشتے
strand-online-reputation = آن لائن ساکھ
strand-online-bullying = آن لائن بُلنگ
strand-managing-online-information = آن لائن معلومات نوں سنبھالنا
strand-health-wellbeing-and-lifestyle = صحت، خوشحالی تے رہن سہن
strand-privacy-and-security = پرائیویسی تے حفاظت
strand-copyright-and-ownership = کاپی رائٹ تے ملکیت

# --- issue 18: a real school's first hour ---
example-site = ایہہ اک فرضی سکول دی مثالی ویب سائٹ اے۔ ایہدے لوک، فون نمبر تے پتہ اصلی نہیں۔
# --- issue 20: search results shown ten at a time ---
search-more = ہور نتیجے
