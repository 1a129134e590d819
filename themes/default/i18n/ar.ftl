# haven UI strings: Arabic (العربية)
# reviewed-by-fluent-speaker: no
# Script: Arabic, written right-to-left. Modern Standard Arabic; names (CEOP, Childline, NSPCC, IWF) kept in Latin letters.
skip-to-content = الانتقال إلى المحتوى الرئيسي
ceop-button = الإبلاغ إلى CEOP
nav-label = القائمة الرئيسية
menu-button = القائمة
nav-home = الصفحة الرئيسية
versions-label = هذه الصفحة بلغات ونسخ أخرى
version-easy = نسخة سهلة القراءة
version-standard = النسخة العادية
version-eal = الكلمات الرئيسية بلغتي
not-translated = هذه الصفحة غير مترجمة إلى العربية بعد. هذه هي الصفحة الأصلية.
footer-report = الإبلاغ عن مخاوف
footer-accessibility = بيان إمكانية الوصول
search-title = البحث
search-label = البحث في هذا الموقع
search-button = بحث
search-loading = جارٍ تحميل البحث…
search-found = الصفحات التي وُجدت: { $count }
search-none = لم نجد أي صفحة. جرّب كلمة أخرى، أو بداية الكلمة فقط.
search-no-js = يحتاج البحث إلى JavaScript، وهو متوقف أو لا يعمل في هذا المتصفح. يمكن الوصول إلى كل صفحة من أقسام الموقع:
accessibility-title = بيان إمكانية الوصول
not-found-title = الصفحة غير موجودة
not-found-text = لم نتمكن من العثور على هذه الصفحة. ربما نُقلت إلى مكان آخر. جرّب الصفحة الرئيسية أو البحث.
posters-title = ملصقات لكل غرفة
print-all-title = طباعة كل الملصقات
poster-title = ملصق
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-day = { $day } { $month } { $year }
date-weekday = { $weekday }، { $day } { $month } { $year }
# Lessons and present mode.
home-bands-intro = اختر الفئة العمرية لطفلك، أو فئتك أنت، لترى ما يتعلّمه عن البقاء آمنًا على الإنترنت.
band-years-eyfs = الحضانة وصف الاستقبال (Nursery وReception)
band-years-ks1 = السنتان 1 و2 (Years 1–2)
band-years-ks2 = من السنة 3 إلى السنة 6 (Years 3–6)
band-years-ks3 = من السنة 7 إلى السنة 9 (Years 7–9)
band-years-ks4 = السنتان 10 و11 (Years 10–11)
topic-lessons-none = لا توجد دروس عن هذا الموضوع بعد.
present-start = عرض الدرس
present-help = اعرض هذا الدرس على لوح الصف، شريحة لكل قسم. المفاتيح: السهم الأيمن أو المسافة للشريحة التالية، والسهم الأيسر للرجوع، وF لملء الشاشة، وEsc لإيقاف العرض.
present-next = الشريحة التالية
present-previous = الشريحة السابقة
present-leave = إيقاف العرض
present-counter = الشريحة { $current } من { $total }
# Posters.
posters-intro = في كل غرفة فيها إنترنت ملصق بقواعد الاستخدام المقبول لفئتها العمرية، باللغات التي يقرؤها المتعلمون فيها. يُطبع كل ملصق على ورقة واحدة.
posters-paper = ورق { $paper }
posters-print-all = طباعة كل الملصقات
print-all-intro = اطبع هذه الصفحة لتحصل على ملصق كل غرفة، كل ملصق على ورقة مستقلة. ملصقات غرف A3 مضبوطة على ورق A3.
poster-print = طباعة هذا الملصق
poster-print-note = اطبع على ورق { $paper }، بالاتجاه الطولي.
poster-tell = إذا أقلقك شيء على الإنترنت، توقّف وأخبر شخصًا بالغًا تثق به.
poster-qr-label = رمز QR: امسحه لقراءة هذا الملصق على الإنترنت على { $url }
poster-qr-caption = امسح الرمز لقراءة قواعدنا على الإنترنت
# Safer Internet Day.
sid-banner = يوم الإنترنت الأكثر أمانًا (Safer Internet Day) في { $date }: { $days ->
    [zero] بقي { $days } يوم
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
    [many] بقي { $days } يومًا
   *[other] بقي { $days } يوم
}
sid-banner-today = يوم الإنترنت الأكثر أمانًا (Safer Internet Day) هو اليوم، { $date }!
sid-banner-link = كيف تشارك
sid-day = اليوم
sid-theme = الموضوع
sid-lessons-by-age = دروسنا لكل عمر
sid-past-years = السنوات السابقة
# The home-school agreement.
agreement-version = الإصدار { $version }
agreement-agreed = تمت الموافقة عليها في { $date }
agreement-print = طباعة هذه الاتفاقية
agreement-sign-heading = التوقيعات
agreement-sign-parent = الوالد أو مقدّم الرعاية
agreement-sign-learner = المتعلّم
agreement-sign-school = عن المدرسة
agreement-sign-name = الاسم
agreement-sign-signature = التوقيع
agreement-sign-date = التاريخ
# The useful-links directory.
links-jump = روابط حسب الفئة
links-filter-label = ابحث عن رابط
links-filter-hint = اكتب كلمة بالإنجليزية، مثل bullying (التنمّر) أو gaming (الألعاب) أو helpline (خط المساعدة).
links-shown = الروابط المعروضة: { $count }
links-none = لا توجد روابط مطابقة. جرّب كلمة أخرى.
links-audience-parents = للوالدين ومقدّمي الرعاية
links-audience-learners = للأطفال والشباب
links-audience-staff = لموظفي المدرسة
links-category-national = منظمات وطنية
links-category-helpline = خطوط المساعدة
links-category-local = خدمات محلية
links-phone = الهاتف
# Report a concern, and Exit this page.
exit-button = الخروج فورًا من الصفحة
exit-emergency = طوارئ
exit-loading = جارٍ التحميل.
exit-press-two = Shift: اضغط مرتين أخريين للخروج.
exit-press-one = Shift: اضغط مرة واحدة أخرى للخروج.
exit-expired = انتهت مهلة «الخروج فورًا من الصفحة».
exit-about = كيف يعمل زر «الخروج فورًا من الصفحة»
report-danger-heading = إذا كان أحد في خطر الآن
report-danger = اتصل بالرقم 999 واطلب الشرطة. افعل هذا أولًا إذا كان طفل في خطر مباشر.
report-ceop-heading = الاعتداء الجنسي والاستدراج عبر الإنترنت: الإبلاغ إلى CEOP
report-ceop-who = يمكن للأطفال والشباب دون 18 عامًا الإبلاغ إلى CEOP، وكذلك البالغون القلقون على طفل. على الأطفال الأصغر سنًا أن يطلبوا المساعدة من شخص بالغ يثقون به.
report-ceop-agency = CEOP جزء من الوكالة الوطنية لمكافحة الجريمة (National Crime Agency)، وهي جهة لإنفاذ القانون.
report-ceop-anonymous = البلاغات ليست مجهولة الهوية: على CEOP واجب التأكد من أن الطفل أو الشاب في أمان.
report-ceop-for = CEOP مخصّص للاعتداء الجنسي والاستدراج عبر الإنترنت. لا يتعامل مع التنمّر أو الحسابات المزيّفة أو اختراق الحسابات.
report-ceop-read = اقرأ النصائح في مركز السلامة التابع لـ CEOP (CEOP Safety Centre) قبل أن تقدّم بلاغًا.
report-other-heading = التنمّر والحسابات المزيّفة واختراق الحسابات
report-other = لا يتعامل CEOP مع هذه الأمور. أخبر شخصًا بالغًا تثق به أو المدرسة، وأبلغ التطبيق أو اللعبة أو الموقع عن الحساب أو المنشور، وتحدّث إلى:
report-childline = Childline، للأطفال والشباب، مجانًا:
report-nspcc = خط مساعدة NSPCC، للبالغين القلقين على طفل:
report-iwf-heading = صور جنسية لأطفال على الإنترنت
report-iwf = إذا رأيت على الإنترنت صورًا أو مقاطع فيديو جنسية لأي شخص دون 18 عامًا، فأبلغ مؤسسة مراقبة الإنترنت (Internet Watch Foundation، IWF) بعنوان الصفحة. لا تشارك الصورة ولا تحفظها ولا تلتقط لها لقطة شاشة، ولا حتى للإبلاغ عنها.
report-iwf-link = الإبلاغ إلى IWF
report-school-heading = أخبر أحدًا في المدرسة
report-school = المسؤول المعيّن عن حماية الأطفال (Designated Safeguarding Lead، DSL) هو من يقود العمل على حماية الأطفال في المدرسة، بما في ذلك على الإنترنت.
report-dsl = المسؤول المعيّن عن حماية الأطفال (DSL)
report-deputy-dsl = نائب المسؤول المعيّن عن حماية الأطفال
report-school-phone = مكتب المدرسة
exit-help-title = كيف يعمل زر «الخروج فورًا من الصفحة»
exit-help-what = ينقلك زر «الخروج فورًا من الصفحة» مباشرةً إلى موقع آخر ({ $host })، حتى لا يرى من يقترب من شاشتك ما كنت تقرؤه.
exit-help-ways = هناك ثلاث طرق لاستخدامه:
exit-help-button = اختر الزر الأحمر «الخروج فورًا من الصفحة» في أعلى الصفحة؛
exit-help-shift = اضغط على مفتاح Shift ثلاث مرات خلال 5 ثوانٍ؛
exit-help-skip = إذا كنت تستخدم لوحة المفاتيح أو قارئ الشاشة، فاستخدم رابط «الخروج فورًا من الصفحة» الذي يأتي بعد «الانتقال إلى المحتوى الرئيسي» مباشرةً.
exit-help-history-heading = لا يمسح سجل التصفح
exit-help-history = يظل متصفحك يتذكّر الصفحات التي زرتها. يمكن لشخص آخر يستخدم هذا الجهاز أن يراها في سجل المتصفح، وزر الرجوع يعيد الصفحة.
exit-help-private = لتترك آثارًا أقل، استخدم نافذة خاصة أو نافذة التصفح المتخفي، واستخدم جهازًا تثق به، واحذف هذا الموقع من سجل التصفح عندما تنتهي.
exit-help-danger = إذا كنت في خطر، فاتصل بالرقم 999.
# Policies.
policy-published = تاريخ النشر
policy-review = المراجعة القادمة
policy-agreed-by = وافق عليها
# The accessibility statement, following GOV.UK's model statement.
statement-heading = بيان إمكانية الوصول لموقع { $site }
statement-applies = ينطبق بيان إمكانية الوصول هذا على { $url }.
statement-run-by = يدير هذا الموقع { $site }. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدام هذا الموقع. وهذا يعني مثلًا أنك تستطيع:
statement-can-colours = تغيير الألوان ومستويات التباين والخطوط من إعدادات المتصفح أو الجهاز
statement-can-zoom = التكبير حتى 400% دون أن يخرج النص عن الشاشة
statement-can-keyboard = التنقل في معظم الموقع باستخدام لوحة المفاتيح أو برنامج التعرّف على الكلام
statement-can-screen-reader = الاستماع إلى معظم الموقع باستخدام قارئ الشاشة (ومنه أحدث إصدارات JAWS وNVDA وVoiceOver)
statement-can-versions = قراءة صفحات كثيرة في نسخة سهلة القراءة، وقراءة الدروس مع كلماتها الرئيسية بلغة البيت
statement-simple = وقد كتبنا نص الموقع بأبسط طريقة ممكنة ليسهل فهمه.
statement-abilitynet = لدى AbilityNet نصائح لجعل جهازك أسهل في الاستخدام إذا كانت لديك إعاقة.
statement-how-heading = مدى إمكانية الوصول إلى هذا الموقع
statement-how-known = نعلم أن بعض أجزاء هذا الموقع لا يمكن الوصول إليها بالكامل:
statement-how-full = لا نعلم بوجود أي جزء من هذا الموقع لا يمكن الوصول إليه.
statement-how-testing = ما زلنا نفحص هذا الموقع. إذا وجدت شيئًا يصعب استخدامه، فأخبرنا من فضلك.
statement-feedback-heading = الملاحظات ومعلومات الاتصال
statement-feedback = إذا احتجت إلى معلومات هذا الموقع بصيغة أخرى، مثل ملف PDF يسهل الوصول إليه، أو طباعة بخط كبير، أو نسخة سهلة القراءة، أو تسجيل صوتي، أو طريقة برايل:
statement-email = راسلنا بالبريد الإلكتروني
statement-call = اتصل بنا
statement-form = استخدم نموذج الاتصال
statement-response = سندرس طلبك ونردّ عليك خلال { $days } أيام عمل.
statement-reporting-heading = الإبلاغ عن مشكلات إمكانية الوصول في هذا الموقع
statement-reporting = نسعى دائمًا إلى تحسين إمكانية الوصول إلى هذا الموقع. إذا وجدت أي مشكلة غير مذكورة في هذه الصفحة، أو رأيت أننا لا نلبي متطلبات إمكانية الوصول، فتواصل معنا بأي طريقة من الطرق المذكورة أعلاه.
statement-enforcement-heading = إجراءات التنفيذ
statement-enforcement = لجنة المساواة وحقوق الإنسان (Equality and Human Rights Commission، EHRC) مسؤولة عن تنفيذ لوائح Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 («لوائح إمكانية الوصول»). إذا لم تكن راضيًا عن ردّنا على شكواك، فتواصل مع Equality Advisory and Support Service (EASS).
statement-technical-heading = معلومات تقنية عن إمكانية الوصول إلى هذا الموقع
statement-technical = يلتزم { $site } بجعل موقعه قابلًا للوصول، وفقًا لـ Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
statement-compliance-heading = حالة الامتثال
statement-compliance-full = هذا الموقع ممتثل بالكامل لمعيار AA من إرشادات Web Content Accessibility Guidelines الإصدار 2.2.
statement-compliance-partial = هذا الموقع ممتثل جزئيًا لمعيار AA من إرشادات Web Content Accessibility Guidelines الإصدار 2.2، بسبب حالات عدم الامتثال المذكورة أدناه.
statement-compliance-none = هذا الموقع غير ممتثل لمعيار AA من إرشادات Web Content Accessibility Guidelines الإصدار 2.2. حالات عدم الامتثال مذكورة أدناه.
statement-non-accessible-heading = محتوى لا يمكن الوصول إليه
statement-non-accessible = المحتوى المذكور أدناه لا يمكن الوصول إليه للأسباب التالية.
statement-non-compliance-heading = عدم الامتثال للوائح إمكانية الوصول
statement-criterion = هذا لا يحقق معيار النجاح { $criterion } في WCAG 2.2.
statement-fix-by = نخطط لإصلاح ذلك بحلول { $date }.
statement-none-known = لا شيء نعلم به.
statement-burden-heading = عبء غير متناسب
statement-burden-none = لا ندّعي أن أي إصلاح سيكون عبئًا غير متناسب.
statement-scope-heading = محتوى لا يدخل ضمن نطاق لوائح إمكانية الوصول
statement-preparation-heading = إعداد بيان إمكانية الوصول هذا
statement-prepared = أُعدّ هذا البيان في { $prepared }. وآخر مراجعة له كانت في { $reviewed }.
statement-tested = آخر فحص لهذا الموقع كان في { $date }.
home-bands-heading = الدروس حسب العمر
home-sections-heading = ماذا تجد في الموقع
band-eyfs = السنوات المبكرة
band-ks1 = المرحلة الأساسية 1 (Key Stage 1)
band-ks2 = المرحلة الأساسية 2 (Key Stage 2)
band-ks3 = المرحلة الأساسية 3 (Key Stage 3)
band-ks4 = المرحلة الأساسية 4 (Key Stage 4)
band-ages = الأعمار من { $from } إلى { $to }
lessons-count = { $count ->
    [zero] { $count } درس
    [one] درس واحد
    [two] درسان
    [few] { $count } دروس
    [many] { $count } درسًا
   *[other] { $count } درس
}
lesson-band = الفئة العمرية
lesson-topics = المخاطر على الإنترنت
lesson-duration-label = المدة
lesson-duration = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
lesson-objectives = في هذا الدرس
topic-content = المحتوى
topic-contact = التواصل
topic-conduct = السلوك
topic-commerce = التجارة والمال
topic-content-about = مخاطر المحتوى: رؤية أشياء على الإنترنت غير قانونية أو ضارة أو غير مناسبة لعمرك.
topic-contact-about = مخاطر التواصل: أشخاص على الإنترنت يضغطون على غيرهم أو يخدعونهم أو يؤذونهم.
topic-conduct-about = مخاطر السلوك: أشياء نفعلها على الإنترنت قد تؤذينا أو تؤذي غيرنا.
topic-commerce-about = مخاطر التجارة والمال: الاحتيال والمقامرة والإنفاق داخل الألعاب والإعلانات.
not-easy-read = لا توجد نسخة سهلة القراءة من هذه الصفحة بالعربية بعد. هذه هي الصفحة العادية.
eal-about = الدرس باللغة الإنجليزية. بجانب كل كلمة رئيسية معناها بلغتك.
eal-key-words = الكلمات الرئيسية
eal-english = بالإنجليزية
eal-translation = بلغتك

# Reading preferences (partials/reading.html).
reading-button = إعدادات القراءة
reading-size = حجم النص
reading-size-standard = عادي
reading-size-large = كبير
reading-size-larger = أكبر
reading-spacing = المسافة بين الأسطر
reading-spacing-standard = عادية
reading-spacing-wide = واسعة
reading-spacing-wider = أوسع
reading-background = لون الخلفية
reading-background-white = أبيض
reading-background-cream = كريمي
reading-background-blue = أزرق فاتح
reading-font = الحروف
reading-font-standard = عادية
reading-font-dyslexia = أسهل للقراءة (عسر القراءة)
reading-reset = إعادة الضبط
reading-note = تُحفظ اختياراتك في هذا المتصفح فقط.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = خريطة المنهج
curriculum-about = توضّح هذه الخريطة أيّ دروسنا تعلّم كل فئة عمرية كل جانب من جوانب البقاء آمنًا على الإنترنت. المجالات الثمانية مأخوذة من Education for a Connected World، وهو إطار مجلس المملكة المتحدة للسلامة على الإنترنت (UK Council for Internet Safety).
curriculum-caption = الدروس لكل مجال وفئة عمرية
curriculum-scroll = مرّر الجدول جانبيًا لترى كل الفئات العمرية.
curriculum-strand = المجال
curriculum-gap = لا يوجد درس بعد
curriculum-four-cs = الأنواع الأربعة للمخاطر على الإنترنت
curriculum-four-cs-missing = ليس بعد:
curriculum-link = اطّلع على خريطة المنهج لترى الدروس التي تعلّم كل مجال لكل فئة عمرية.
strand-self-image-and-identity = صورة الذات والهوية
strand-online-relationships = العلاقات على الإنترنت
strand-online-reputation = السمعة على الإنترنت
strand-online-bullying = التنمّر على الإنترنت
strand-managing-online-information = إدارة المعلومات على الإنترنت
strand-health-wellbeing-and-lifestyle = الصحة والرفاه ونمط الحياة
strand-privacy-and-security = الخصوصية والأمان
strand-copyright-and-ownership = حقوق النشر والملكية

# --- issue 18: a real school's first hour ---
example-site = هذا موقع مثالي لمدرسة خيالية. الأشخاص وأرقام الهواتف والعنوان فيه ليست حقيقية.
# --- issue 20: search results shown ten at a time ---
search-more = نتائج أخرى
