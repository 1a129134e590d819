# haven UI strings: Persian (فارسی)
# reviewed-by-fluent-speaker: no
# Script: Perso-Arabic (Persian letters ی and ک, zero-width non-joiner where words need it), written right-to-left. Plain standard Persian with "شما".
skip-to-content = رفتن به محتوای اصلی
ceop-button = گزارش به CEOP
nav-label = منوی اصلی
menu-button = منو
nav-home = صفحهٔ اصلی
versions-label = این صفحه به زبان‌ها و نسخه‌های دیگر
version-easy = آسان‌خوان
version-standard = نسخهٔ معمولی
version-eal = واژه‌های کلیدی به زبان من
not-translated = این صفحه هنوز به فارسی ترجمه نشده است. این متن اصلی است.
footer-report = گزارش نگرانی
footer-accessibility = بیانیهٔ دسترس‌پذیری
search-title = جست‌وجو
search-label = جست‌وجو در این وب‌سایت
search-button = جست‌وجو
search-loading = جست‌وجو در حال بارگیری است…
search-found = صفحه‌های پیداشده: { $count }
search-none = صفحه‌ای پیدا نشد. واژهٔ دیگری را امتحان کنید، یا فقط آغاز یک واژه را.
search-no-js = جست‌وجو به JavaScript نیاز دارد که در این مرورگر خاموش است یا کار نمی‌کند. همهٔ صفحه‌ها از بخش‌های وب‌سایت هم در دسترس‌اند:
accessibility-title = بیانیهٔ دسترس‌پذیری
not-found-title = صفحه پیدا نشد
not-found-text = این صفحه را پیدا نکردیم. شاید جابه‌جا شده باشد. صفحهٔ اصلی یا جست‌وجو را امتحان کنید.
posters-title = پوستر برای هر کلاس
print-all-title = چاپ همهٔ پوسترها
poster-title = پوستر
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
date-day = { $day } { $month } { $year }
date-weekday = { $weekday } { $day } { $month } { $year }
# Lessons and present mode.
home-bands-intro = گروه سنی فرزندتان، یا گروه سنی خودتان، را انتخاب کنید تا ببینید دربارهٔ امن ماندن در اینترنت چه یاد می‌گیرند.
band-years-eyfs = مهدکودک و پیش‌دبستانی (Nursery و Reception)
band-years-ks1 = سال‌های ۱ و ۲ (Years 1–2)
band-years-ks2 = سال‌های ۳ تا ۶ (Years 3–6)
band-years-ks3 = سال‌های ۷ تا ۹ (Years 7–9)
band-years-ks4 = سال‌های ۱۰ و ۱۱ (Years 10–11)
topic-lessons-none = هنوز درسی دربارهٔ این موضوع نیست.
present-start = نمایش
present-help = این درس را روی تختهٔ کلاس نشان دهید، هر بخش یک اسلاید. کلیدها: پیکان راست یا فاصله برای اسلاید بعدی، پیکان چپ برای برگشتن، F برای تمام‌صفحه، Esc برای توقف.
present-next = اسلاید بعدی
present-previous = اسلاید قبلی
present-leave = پایان نمایش
present-counter = اسلاید { $current } از { $total }
# Posters.
posters-intro = در هر کلاسی که اینترنت دارد، پوستری از قوانین استفادهٔ قابل قبول برای گروه سنی آن کلاس هست، به زبان‌هایی که دانش‌آموزانش می‌خوانند. هر پوستر روی یک برگه چاپ می‌شود.
posters-paper = کاغذ { $paper }
posters-print-all = چاپ همهٔ پوسترها
print-all-intro = این صفحه را چاپ کنید تا پوستر هر کلاس، هر کدام روی یک برگهٔ جدا، چاپ شود. پوسترهای کلاس‌های A3 برای کاغذ A3 تنظیم شده‌اند.
poster-print = چاپ این پوستر
poster-print-note = روی کاغذ { $paper } و به‌صورت عمودی چاپ کنید.
poster-tell = اگر چیزی در اینترنت نگرانت کرد، دست نگه دار و به بزرگسالی که به او اعتماد داری بگو.
poster-qr-label = کد QR: آن را اسکن کن تا این پوستر را در اینترنت بخوانی، در نشانی { $url }
poster-qr-caption = اسکن کن تا قوانین ما را در اینترنت بخوانی
# Safer Internet Day.
sid-banner = روز اینترنت امن‌تر (Safer Internet Day) در تاریخ { $date } است: { $days ->
    [one] { $days } روز مانده
   *[other] { $days } روز مانده
}
sid-banner-today = امروز، { $date }، روز اینترنت امن‌تر (Safer Internet Day) است!
sid-banner-link = چطور شرکت کنیم
sid-day = روز
sid-theme = موضوع
sid-lessons-by-age = درس‌های ما برای هر سن
sid-past-years = سال‌های گذشته
# The home-school agreement.
agreement-version = نسخهٔ { $version }
agreement-agreed = تاریخ تأیید: { $date }
agreement-print = چاپ این توافق‌نامه
agreement-sign-heading = امضاها
agreement-sign-parent = پدر، مادر یا سرپرست
agreement-sign-learner = دانش‌آموز
agreement-sign-school = از طرف مدرسه
agreement-sign-name = نام
agreement-sign-signature = امضا
agreement-sign-date = تاریخ
# The useful-links directory.
links-jump = پیوندها برای
links-filter-label = پیدا کردن پیوند
links-filter-hint = یک واژهٔ انگلیسی بنویسید، مثلاً bullying (قلدری)، gaming (بازی) یا helpline (خط کمک).
links-shown = پیوندهای نشان‌داده‌شده: { $count }
links-none = هیچ پیوندی پیدا نشد. واژهٔ دیگری را امتحان کنید.
links-audience-parents = برای پدر و مادرها و سرپرستان
links-audience-learners = برای کودکان و نوجوانان
links-audience-staff = برای کارکنان مدرسه
links-category-national = سازمان‌های سراسری
links-category-helpline = خطوط کمک
links-category-local = خدمات محلی
links-phone = تلفن
# Report a concern, and Exit this page.
exit-button = خروج فوری از صفحه
exit-emergency = اضطراری
exit-loading = در حال بارگیری.
exit-press-two = Shift: برای خروج ۲ بار دیگر فشار دهید.
exit-press-one = Shift: برای خروج ۱ بار دیگر فشار دهید.
exit-expired = زمان «خروج فوری از صفحه» تمام شد.
exit-about = «خروج فوری از صفحه» چطور کار می‌کند
report-danger-heading = اگر کسی همین حالا در خطر است
report-danger = با 999 تماس بگیرید و پلیس را بخواهید. اگر کودکی در خطر فوری است، اول این کار را بکنید.
report-ceop-heading = آزار جنسی و گرومینگ در اینترنت: گزارش به CEOP
report-ceop-who = کودکان و نوجوانان زیر ۱۸ سال می‌توانند به CEOP گزارش دهند، و همین‌طور بزرگسالانی که نگران یک کودک‌اند. کودکان کوچک‌تر بهتر است از بزرگسالی که به او اعتماد دارند کمک بخواهند.
report-ceop-agency = CEOP بخشی از National Crime Agency (سازمان ملی مبارزه با جرم) است که یک نهاد انتظامی است.
report-ceop-anonymous = گزارش‌ها ناشناس نیستند: CEOP وظیفه دارد مطمئن شود که کودک یا نوجوان در امنیت است.
report-ceop-for = CEOP برای آزار جنسی و گرومینگ در اینترنت است. به قلدری، حساب‌های جعلی یا هک شدن حساب رسیدگی نمی‌کند.
report-ceop-read = پیش از گزارش دادن، راهنمایی‌های CEOP Safety Centre را بخوانید.
report-other-heading = قلدری، حساب‌های جعلی و هک شدن حساب
report-other = CEOP به این موارد رسیدگی نمی‌کند. به بزرگسالی که به او اعتماد دارید یا به مدرسه بگویید، حساب یا پست را به برنامه، بازی یا وب‌سایت گزارش دهید، و با این‌ها صحبت کنید:
report-childline = Childline، برای کودکان و نوجوانان، رایگان:
report-nspcc = خط کمک NSPCC، برای بزرگسالانی که نگران یک کودک‌اند:
report-iwf-heading = تصاویر جنسی از کودکان در اینترنت
report-iwf = اگر در اینترنت تصویر یا ویدیوی جنسی از کسی زیر ۱۸ سال دیدید، نشانی صفحه را به Internet Watch Foundation (IWF) گزارش دهید. تصویر را به اشتراک نگذارید، ذخیره نکنید و از آن عکس صفحه نگیرید، حتی برای گزارش دادن.
report-iwf-link = گزارش به IWF
report-school-heading = به کسی در مدرسه بگویید
report-school = مسئول تعیین‌شدهٔ حفاظت از کودکان (Designated Safeguarding Lead، DSL) کار حفاظت از کودکان را در مدرسه، از جمله در اینترنت، رهبری می‌کند.
report-dsl = مسئول تعیین‌شدهٔ حفاظت از کودکان (DSL)
report-deputy-dsl = معاون مسئول حفاظت از کودکان (Deputy DSL)
report-school-phone = دفتر مدرسه
exit-help-title = «خروج فوری از صفحه» چطور کار می‌کند
exit-help-what = «خروج فوری از صفحه» شما را بی‌درنگ به وب‌سایت دیگری ({ $host }) می‌برد، تا کسی که نزدیک صفحهٔ نمایش شما می‌آید نبیند چه می‌خواندید.
exit-help-ways = سه راه برای استفاده از آن هست:
exit-help-button = دکمهٔ قرمز «خروج فوری از صفحه» را در بالای صفحه انتخاب کنید؛
exit-help-shift = کلید Shift را در ۵ ثانیه ۳ بار فشار دهید؛
exit-help-skip = اگر از صفحه‌کلید یا صفحه‌خوان استفاده می‌کنید، پیوند «خروج فوری از صفحه» را که درست بعد از «رفتن به محتوای اصلی» است به کار ببرید.
exit-help-history-heading = تاریخچهٔ مرور شما را پاک نمی‌کند
exit-help-history = مرورگر شما هنوز صفحه‌هایی را که دیده‌اید به یاد دارد. کس دیگری که از این دستگاه استفاده می‌کند می‌تواند آن‌ها را در تاریخچهٔ مرورگر ببیند، و دکمهٔ برگشت صفحه را دوباره باز می‌کند.
exit-help-private = برای اینکه ردّ کمتری بماند، از پنجرهٔ خصوصی (ناشناس) استفاده کنید، از دستگاهی که به آن اعتماد دارید استفاده کنید، و وقتی کارتان تمام شد این وب‌سایت را از تاریخچهٔ مرور پاک کنید.
exit-help-danger = اگر در خطر هستید، با 999 تماس بگیرید.
# Policies.
policy-published = تاریخ انتشار
policy-review = بازبینی بعدی
policy-agreed-by = تأییدشده توسط
# The accessibility statement, following GOV.UK's model statement.
statement-heading = بیانیهٔ دسترس‌پذیری { $site }
statement-applies = این بیانیهٔ دسترس‌پذیری مربوط به { $url } است.
statement-run-by = این وب‌سایت را { $site } اداره می‌کند. می‌خواهیم تا جایی که ممکن است افراد بیشتری بتوانند از آن استفاده کنند. برای نمونه، یعنی شما باید بتوانید:
statement-can-colours = رنگ‌ها، میزان کنتراست و قلم‌ها را از تنظیمات مرورگر یا دستگاه تغییر دهید
statement-can-zoom = تا ۴۰۰٪ بزرگ‌نمایی کنید بی‌آنکه متن از صفحه بیرون بزند
statement-can-keyboard = در بیشتر وب‌سایت با صفحه‌کلید یا نرم‌افزار تشخیص گفتار حرکت کنید
statement-can-screen-reader = بیشتر وب‌سایت را با صفحه‌خوان بشنوید (از جمله تازه‌ترین نسخه‌های JAWS، NVDA و VoiceOver)
statement-can-versions = بسیاری از صفحه‌ها را در نسخهٔ آسان‌خوان بخوانید، و درس‌ها را با واژه‌های کلیدی به زبان خانه
statement-simple = متن وب‌سایت را هم تا جایی که ممکن بوده ساده نوشته‌ایم.
statement-abilitynet = اگر معلولیت دارید، AbilityNet راهنمایی‌هایی برای آسان‌تر کردن استفاده از دستگاهتان دارد.
statement-how-heading = این وب‌سایت چقدر دسترس‌پذیر است
statement-how-known = می‌دانیم که بخش‌هایی از این وب‌سایت کاملاً دسترس‌پذیر نیستند:
statement-how-full = از هیچ بخشی از این وب‌سایت که دسترس‌پذیر نباشد خبر نداریم.
statement-how-testing = هنوز در حال بررسی این وب‌سایت هستیم. اگر چیزی را سخت‌کاربرد یافتید، لطفاً به ما بگویید.
statement-feedback-heading = بازخورد و اطلاعات تماس
statement-feedback = اگر اطلاعات این وب‌سایت را در قالب دیگری لازم دارید، مانند PDF دسترس‌پذیر، چاپ درشت، آسان‌خوان، فایل صوتی یا بریل:
statement-email = ایمیل بزنید
statement-call = تماس بگیرید
statement-form = از فرم تماس ما استفاده کنید
statement-response = درخواست شما را بررسی می‌کنیم و ظرف { $days } روز کاری پاسخ می‌دهیم.
statement-reporting-heading = گزارش مشکلات دسترس‌پذیری این وب‌سایت
statement-reporting = همیشه می‌کوشیم دسترس‌پذیری این وب‌سایت را بهتر کنیم. اگر مشکلی پیدا کردید که در این صفحه نیامده، یا فکر می‌کنید الزامات دسترس‌پذیری را رعایت نمی‌کنیم، از یکی از راه‌های بالا با ما تماس بگیرید.
statement-enforcement-heading = روند اجرا
statement-enforcement = Equality and Human Rights Commission (EHRC) مسئول اجرای Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 («مقررات دسترس‌پذیری») است. اگر از پاسخ ما به شکایتتان راضی نیستید، با Equality Advisory and Support Service (EASS) تماس بگیرید.
statement-technical-heading = اطلاعات فنی دربارهٔ دسترس‌پذیری این وب‌سایت
statement-technical = { $site } متعهد است وب‌سایت خود را مطابق Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 دسترس‌پذیر کند.
statement-compliance-heading = وضعیت انطباق
statement-compliance-full = این وب‌سایت کاملاً با استاندارد AA در Web Content Accessibility Guidelines نسخهٔ 2.2 منطبق است.
statement-compliance-partial = این وب‌سایت به دلیل موارد عدم انطباقی که در زیر آمده، تا حدی با استاندارد AA در Web Content Accessibility Guidelines نسخهٔ 2.2 منطبق است.
statement-compliance-none = این وب‌سایت با استاندارد AA در Web Content Accessibility Guidelines نسخهٔ 2.2 منطبق نیست. موارد عدم انطباق در زیر آمده‌اند.
statement-non-accessible-heading = محتوای غیرقابل دسترس
statement-non-accessible = محتوایی که در زیر آمده به این دلایل دسترس‌پذیر نیست.
statement-non-compliance-heading = عدم انطباق با مقررات دسترس‌پذیری
statement-criterion = این مورد معیار موفقیت { $criterion } در WCAG 2.2 را برآورده نمی‌کند.
statement-fix-by = برنامه داریم این را تا { $date } درست کنیم.
statement-none-known = موردی سراغ نداریم.
statement-burden-heading = بار نامتناسب
statement-burden-none = ادعا نمی‌کنیم که هیچ اصلاحی بار نامتناسب باشد.
statement-scope-heading = محتوایی که در دامنهٔ مقررات دسترس‌پذیری نیست
statement-preparation-heading = تهیهٔ این بیانیهٔ دسترس‌پذیری
statement-prepared = این بیانیه در تاریخ { $prepared } تهیه شد. آخرین بازبینی آن در تاریخ { $reviewed } بود.
statement-tested = آخرین آزمون این وب‌سایت در تاریخ { $date } انجام شد.
home-bands-heading = درس‌ها بر اساس سن
home-sections-heading = در این وب‌سایت چه هست
band-eyfs = سال‌های آغازین (Early years)
band-ks1 = مرحلهٔ کلیدی ۱ (Key Stage 1)
band-ks2 = مرحلهٔ کلیدی ۲ (Key Stage 2)
band-ks3 = مرحلهٔ کلیدی ۳ (Key Stage 3)
band-ks4 = مرحلهٔ کلیدی ۴ (Key Stage 4)
band-ages = سن { $from } تا { $to } سال
lessons-count = { $count ->
    [one] { $count } درس
   *[other] { $count } درس
}
lesson-band = گروه سنی
lesson-topics = خطرهای اینترنت
lesson-duration-label = زمان
lesson-duration = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
lesson-objectives = در این درس
topic-content = محتوا
topic-contact = ارتباط
topic-conduct = رفتار
topic-commerce = پول و خرید
topic-content-about = خطرهای محتوا: دیدن چیزهایی در اینترنت که غیرقانونی، آسیب‌زا یا نامناسب برای سنّ شما هستند.
topic-contact-about = خطرهای ارتباط: کسانی در اینترنت که به دیگران فشار می‌آورند، فریبشان می‌دهند یا به آن‌ها آسیب می‌زنند.
topic-conduct-about = خطرهای رفتار: کارهایی که در اینترنت می‌کنیم و ممکن است به خودمان یا دیگران آسیب بزند.
topic-commerce-about = خطرهای پولی: کلاه‌برداری، قمار، خرج کردن در بازی‌ها و تبلیغات.
not-easy-read = این صفحه هنوز نسخهٔ آسان‌خوان به فارسی ندارد. این صفحهٔ معمولی است.
eal-about = درس به انگلیسی است. کنار واژه‌های کلیدی، معنی آن‌ها به زبان شما آمده است.
eal-key-words = واژه‌های کلیدی
eal-english = به انگلیسی
eal-translation = به زبان شما

# Reading preferences (partials/reading.html).
reading-button = تنظیمات خواندن
reading-size = اندازهٔ متن
reading-size-standard = معمولی
reading-size-large = بزرگ
reading-size-larger = بزرگ‌تر
reading-spacing = فاصلهٔ سطرها
reading-spacing-standard = معمولی
reading-spacing-wide = باز
reading-spacing-wider = بازتر
reading-background = رنگ زمینه
reading-background-white = سفید
reading-background-cream = کرم
reading-background-blue = آبی کم‌رنگ
reading-font = حروف
reading-font-standard = معمولی
reading-font-dyslexia = آسان‌تر برای خواندن (نارساخوانی)
reading-reset = بازنشانی
reading-note = انتخاب‌های شما فقط در همین مرورگر ذخیره می‌شوند.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = نقشهٔ برنامهٔ درسی
curriculum-about = این نقشه نشان می‌دهد کدام درس‌های ما هر بخش از امن ماندن در اینترنت را به هر گروه سنی آموزش می‌دهند. هشت حوزه از Education for a Connected World، چارچوب شورای ایمنی اینترنت بریتانیا (UK Council for Internet Safety)، گرفته شده‌اند.
curriculum-caption = درس‌ها برای هر حوزه و گروه سنی
curriculum-scroll = برای دیدن همهٔ گروه‌های سنی، جدول را به چپ و راست بکشید.
curriculum-strand = حوزه
curriculum-gap = هنوز درسی نیست
curriculum-four-cs = چهار نوع خطر اینترنت
curriculum-four-cs-missing = هنوز نه:
curriculum-link = در نقشهٔ برنامهٔ درسی ببینید کدام درس‌ها هر حوزه را به هر گروه سنی آموزش می‌دهند.
strand-self-image-and-identity = خودانگاره و هویت
strand-online-relationships = رابطه‌ها در اینترنت
strand-online-reputation = اعتبار در اینترنت
strand-online-bullying = قلدری در اینترنت
strand-managing-online-information = مدیریت اطلاعات اینترنتی
strand-health-wellbeing-and-lifestyle = سلامت، بهزیستی و سبک زندگی
strand-privacy-and-security = حریم خصوصی و امنیت
strand-copyright-and-ownership = حق نشر و مالکیت

# --- issue 18: a real school's first hour ---
example-site = این یک وب‌سایت نمونه برای یک مدرسهٔ خیالی است. افراد، شماره‌تلفن‌ها و نشانی آن واقعی نیستند.
# --- issue 20: search results shown ten at a time ---
search-more = نتایج بیشتر
