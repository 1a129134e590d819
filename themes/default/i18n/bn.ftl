# haven UI strings: Bengali (বাংলা)
# reviewed-by-fluent-speaker: no
# Script: Bengali (Bangla), written left-to-right. Plain standard Bengali (cholito); "আপনি" for the reader, "তুমি" on children's posters.
skip-to-content = মূল লেখায় যান
ceop-button = CEOP-এ রিপোর্ট করুন
nav-label = প্রধান মেনু
menu-button = মেনু
nav-home = হোম
versions-label = এই পেজ অন্য ভাষায় ও অন্য সংস্করণে
version-easy = সহজ ভাষা
version-standard = সাধারণ সংস্করণ
version-eal = আমার ভাষায় মূল শব্দ
not-translated = এই পেজ এখনো বাংলায় অনুবাদ করা হয়নি। নিচে মূল পেজটি দেওয়া হলো।
footer-report = উদ্বেগের কথা জানান
footer-accessibility = অ্যাক্সেসিবিলিটি বিবৃতি
search-title = খুঁজুন
search-label = এই ওয়েবসাইটে খুঁজুন
search-button = খুঁজুন
search-loading = খোঁজার ব্যবস্থা লোড হচ্ছে…
search-found = পাওয়া পেজ: { $count }
search-none = কোনো পেজ পাওয়া যায়নি। অন্য কোনো শব্দ, বা শুধু শব্দের শুরুটা লিখে দেখুন।
search-no-js = খোঁজার জন্য JavaScript দরকার, যা এই ব্রাউজারে বন্ধ আছে বা কাজ করছে না। ওয়েবসাইটের বিভাগগুলো থেকে তবুও প্রতিটি পেজে যাওয়া যায়:
accessibility-title = অ্যাক্সেসিবিলিটি বিবৃতি
not-found-title = পেজ পাওয়া যায়নি
not-found-text = আমরা পেজটি খুঁজে পাইনি। হয়তো এটি সরানো হয়েছে। হোম পেজে যান বা খুঁজে দেখুন।
posters-title = প্রতিটি রুমের জন্য পোস্টার
print-all-title = সব পোস্টার প্রিন্ট করুন
poster-title = পোস্টার
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = সোমবার
weekday-2 = মঙ্গলবার
weekday-3 = বুধবার
weekday-4 = বৃহস্পতিবার
weekday-5 = শুক্রবার
weekday-6 = শনিবার
weekday-7 = রবিবার
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর
date-day = { $day } { $month }, { $year }
date-weekday = { $weekday }, { $day } { $month }, { $year }
# Lessons and present mode.
home-bands-intro = আপনার সন্তানের বয়সের দল, বা আপনার নিজের, বেছে নিন। দেখুন অনলাইনে নিরাপদ থাকা নিয়ে তারা কী শেখে।
band-years-eyfs = নার্সারি ও রিসেপশন (Nursery ও Reception)
band-years-ks1 = ইয়ার ১ ও ২ (Years 1–2)
band-years-ks2 = ইয়ার ৩ থেকে ৬ (Years 3–6)
band-years-ks3 = ইয়ার ৭ থেকে ৯ (Years 7–9)
band-years-ks4 = ইয়ার ১০ ও ১১ (Years 10–11)
topic-lessons-none = এ বিষয়ে এখনো কোনো পাঠ নেই।
present-start = উপস্থাপন করুন
present-help = এই পাঠটি ক্লাসের বোর্ডে দেখান, প্রতিটি অংশ একটি করে স্লাইডে। কী: পরের স্লাইডের জন্য ডান তীর বা Space, পেছনে যেতে বাম তীর, পুরো স্ক্রিনের জন্য F, থামাতে Esc।
present-next = পরের স্লাইড
present-previous = আগের স্লাইড
present-leave = উপস্থাপন বন্ধ করুন
present-counter = স্লাইড { $current } / { $total }
# Posters.
posters-intro = ইন্টারনেট আছে এমন প্রতিটি রুমে সেই বয়সের দলের জন্য গ্রহণযোগ্য ব্যবহারের নিয়মের একটি পোস্টার থাকে, সেখানকার শিক্ষার্থীরা যে ভাষাগুলো পড়ে সেই ভাষায়। প্রতিটি পোস্টার একটি কাগজে প্রিন্ট হয়।
posters-paper = { $paper } কাগজ
posters-print-all = সব পোস্টার প্রিন্ট করুন
print-all-intro = প্রতিটি রুমের পোস্টার আলাদা কাগজে পেতে এই পেজটি প্রিন্ট করুন। A3 রুমের পোস্টারগুলো A3 কাগজের মাপে সাজানো।
poster-print = এই পোস্টার প্রিন্ট করুন
poster-print-note = { $paper } কাগজে, লম্বালম্বি (পোর্ট্রেট) প্রিন্ট করুন।
poster-tell = অনলাইনে কিছু দেখে চিন্তা হলে থামো, আর বিশ্বস্ত কোনো বড় মানুষকে বলো।
poster-qr-label = QR কোড: এই পোস্টারটি অনলাইনে পড়তে স্ক্যান করুন, ঠিকানা { $url }
poster-qr-caption = আমাদের নিয়ম অনলাইনে পড়তে স্ক্যান করো
# Safer Internet Day.
sid-banner = নিরাপদ ইন্টারনেট দিবস (Safer Internet Day) { $date }: { $days ->
    [one] আর { $days } দিন বাকি
   *[other] আর { $days } দিন বাকি
}
sid-banner-today = আজ নিরাপদ ইন্টারনেট দিবস (Safer Internet Day), { $date }!
sid-banner-link = কীভাবে অংশ নেবেন
sid-day = দিন
sid-theme = বিষয়
sid-lessons-by-age = প্রতিটি বয়সের জন্য আমাদের পাঠ
sid-past-years = আগের বছরগুলো
# The home-school agreement.
agreement-version = সংস্করণ { $version }
agreement-agreed = সম্মতির তারিখ: { $date }
agreement-print = এই চুক্তি প্রিন্ট করুন
agreement-sign-heading = স্বাক্ষর
agreement-sign-parent = মা-বাবা বা অভিভাবক
agreement-sign-learner = শিক্ষার্থী
agreement-sign-school = স্কুলের পক্ষে
agreement-sign-name = নাম
agreement-sign-signature = স্বাক্ষর
agreement-sign-date = তারিখ
# The useful-links directory.
links-jump = কাদের জন্য লিংক
links-filter-label = লিংক খুঁজুন
links-filter-hint = ইংরেজিতে একটি শব্দ লিখুন, যেমন bullying (বুলিং), gaming (গেম খেলা) বা helpline (হেল্পলাইন)।
links-shown = দেখানো লিংক: { $count }
links-none = কোনো লিংক মেলেনি। অন্য শব্দ লিখে দেখুন।
links-audience-parents = মা-বাবা ও অভিভাবকদের জন্য
links-audience-learners = শিশু ও তরুণদের জন্য
links-audience-staff = স্কুলের কর্মীদের জন্য
links-category-national = জাতীয় সংস্থা
links-category-helpline = হেল্পলাইন
links-category-local = স্থানীয় সেবা
links-phone = ফোন
# Report a concern, and Exit this page.
exit-button = এখনই পেজ ছাড়ুন
exit-emergency = জরুরি
exit-loading = লোড হচ্ছে।
exit-press-two = Shift: বের হতে আরও ২ বার চাপুন।
exit-press-one = Shift: বের হতে আরও ১ বার চাপুন।
exit-expired = "এখনই পেজ ছাড়ুন"-এর সময় শেষ হয়ে গেছে।
exit-about = "এখনই পেজ ছাড়ুন" কীভাবে কাজ করে
report-danger-heading = কেউ যদি এই মুহূর্তে বিপদে থাকে
report-danger = 999-এ ফোন করে পুলিশ চান। কোনো শিশু সরাসরি বিপদে থাকলে সবার আগে এটাই করুন।
report-ceop-heading = অনলাইনে যৌন নির্যাতন ও গ্রুমিং: CEOP-এ রিপোর্ট করুন
report-ceop-who = ১৮ বছরের কম বয়সী শিশু ও তরুণরা CEOP-এ রিপোর্ট করতে পারে, আর কোনো শিশুকে নিয়ে চিন্তিত বড়রাও পারেন। ছোট শিশুদের উচিত বিশ্বস্ত কোনো বড় মানুষের সাহায্য চাওয়া।
report-ceop-agency = CEOP হলো ন্যাশনাল ক্রাইম এজেন্সির (National Crime Agency) অংশ, যা একটি আইন প্রয়োগকারী সংস্থা।
report-ceop-anonymous = রিপোর্ট নাম গোপন রেখে করা যায় না: শিশু বা তরুণটি নিরাপদ আছে কি না তা নিশ্চিত করা CEOP-এর দায়িত্ব।
report-ceop-for = CEOP অনলাইনে যৌন নির্যাতন ও গ্রুমিংয়ের জন্য। বুলিং, ভুয়া অ্যাকাউন্ট বা হ্যাকিং নিয়ে CEOP কাজ করে না।
report-ceop-read = রিপোর্ট করার আগে CEOP Safety Centre-এর পরামর্শ পড়ে নিন।
report-other-heading = বুলিং, ভুয়া অ্যাকাউন্ট ও হ্যাকিং
report-other = CEOP এগুলো নিয়ে কাজ করে না। বিশ্বস্ত কোনো বড় মানুষ বা স্কুলকে জানান, অ্যাকাউন্ট বা পোস্টটি অ্যাপ, গেম বা ওয়েবসাইটের কাছে রিপোর্ট করুন, আর কথা বলুন:
report-childline = Childline, শিশু ও তরুণদের জন্য, বিনা খরচে:
report-nspcc = NSPCC হেল্পলাইন, শিশুকে নিয়ে চিন্তিত বড়দের জন্য:
report-iwf-heading = অনলাইনে শিশুদের যৌন ছবি
report-iwf = অনলাইনে ১৮ বছরের কম বয়সী কারও যৌন ছবি বা ভিডিও দেখলে ওয়েব ঠিকানাটি Internet Watch Foundation (IWF)-এ রিপোর্ট করুন। ছবিটি শেয়ার, সেভ বা স্ক্রিনশট করবেন না, রিপোর্ট করার জন্যও না।
report-iwf-link = IWF-এ রিপোর্ট করুন
report-school-heading = স্কুলে কাউকে জানান
report-school = শিশু সুরক্ষার দায়িত্বপ্রাপ্ত প্রধান (Designated Safeguarding Lead, DSL) স্কুলে শিশুদের নিরাপদ রাখার কাজের নেতৃত্ব দেন, অনলাইনেও।
report-dsl = শিশু সুরক্ষার দায়িত্বপ্রাপ্ত প্রধান (DSL)
report-deputy-dsl = শিশু সুরক্ষার দায়িত্বপ্রাপ্ত উপপ্রধান (Deputy DSL)
report-school-phone = স্কুল অফিস
exit-help-title = "এখনই পেজ ছাড়ুন" কীভাবে কাজ করে
exit-help-what = "এখনই পেজ ছাড়ুন" আপনাকে সঙ্গে সঙ্গে অন্য একটি ওয়েবসাইটে ({ $host }) নিয়ে যায়, যাতে আপনার স্ক্রিনের কাছে কেউ এলে দেখতে না পায় আপনি কী পড়ছিলেন।
exit-help-ways = এটি তিনভাবে ব্যবহার করা যায়:
exit-help-button = পেজের ওপরে লাল "এখনই পেজ ছাড়ুন" বোতামটি বেছে নিন;
exit-help-shift = ৫ সেকেন্ডের মধ্যে Shift কী ৩ বার চাপুন;
exit-help-skip = কিবোর্ড বা স্ক্রিন রিডার ব্যবহার করলে "মূল লেখায় যান"-এর ঠিক পরের "এখনই পেজ ছাড়ুন" লিংকটি ব্যবহার করুন।
exit-help-history-heading = এতে ব্রাউজিং হিস্ট্রি মুছে যায় না
exit-help-history = আপনার ব্রাউজার তবুও দেখা পেজগুলো মনে রাখে। এই ডিভাইস যে আর কেউ ব্যবহার করে, সে ব্রাউজারের হিস্ট্রিতে সেগুলো দেখতে পারে, আর Back বোতাম চাপলে পেজটি আবার ফিরে আসবে।
exit-help-private = কম চিহ্ন রাখতে প্রাইভেট বা ইনকগনিটো উইন্ডো ব্যবহার করুন, বিশ্বাস করেন এমন ডিভাইস ব্যবহার করুন, আর কাজ শেষ হলে ব্রাউজিং হিস্ট্রি থেকে এই ওয়েবসাইটটি মুছে দিন।
exit-help-danger = আপনি বিপদে থাকলে 999-এ ফোন করুন।
# Policies.
policy-published = প্রকাশিত
policy-review = পরের পর্যালোচনা
policy-agreed-by = অনুমোদন করেছেন
# The accessibility statement, following GOV.UK's model statement.
statement-heading = { $site }-এর অ্যাক্সেসিবিলিটি বিবৃতি
statement-applies = এই অ্যাক্সেসিবিলিটি বিবৃতি { $url }-এর জন্য প্রযোজ্য।
statement-run-by = এই ওয়েবসাইট চালায় { $site }। আমরা চাই যত বেশি সম্ভব মানুষ এই ওয়েবসাইট ব্যবহার করতে পারুক। যেমন, আপনার পারা উচিত:
statement-can-colours = ব্রাউজার বা ডিভাইসের সেটিংস দিয়ে রং, কনট্রাস্ট ও ফন্ট বদলানো
statement-can-zoom = লেখা স্ক্রিনের বাইরে না গিয়ে 400% পর্যন্ত বড় করা
statement-can-keyboard = কিবোর্ড বা কথা চেনার সফটওয়্যার দিয়ে ওয়েবসাইটের বেশির ভাগ অংশে চলাফেরা করা
statement-can-screen-reader = স্ক্রিন রিডার দিয়ে ওয়েবসাইটের বেশির ভাগ অংশ শোনা (JAWS, NVDA ও VoiceOver-এর নতুন সংস্করণসহ)
statement-can-versions = অনেক পেজ সহজ ভাষায় পড়া, আর পাঠের মূল শব্দগুলো নিজের বাড়ির ভাষায় দেখা
statement-simple = আমরা ওয়েবসাইটের লেখাও যতটা সম্ভব সহজ করে লিখেছি।
statement-abilitynet = প্রতিবন্ধিতা থাকলে কীভাবে ডিভাইস ব্যবহার সহজ করা যায়, সে বিষয়ে AbilityNet-এর পরামর্শ আছে।
statement-how-heading = এই ওয়েবসাইট কতটা অ্যাক্সেসিবল
statement-how-known = আমরা জানি, এই ওয়েবসাইটের কিছু অংশ পুরোপুরি অ্যাক্সেসিবল নয়:
statement-how-full = এই ওয়েবসাইটের এমন কোনো অংশের কথা আমরা জানি না যা অ্যাক্সেসিবল নয়।
statement-how-testing = আমরা এখনো এই ওয়েবসাইট যাচাই করছি। কোনো কিছু ব্যবহার করা কঠিন মনে হলে দয়া করে আমাদের জানান।
statement-feedback-heading = মতামত ও যোগাযোগের তথ্য
statement-feedback = এই ওয়েবসাইটের তথ্য অন্য আকারে দরকার হলে, যেমন অ্যাক্সেসিবল PDF, বড় অক্ষরে ছাপা, সহজ ভাষা, অডিও রেকর্ডিং বা ব্রেইল:
statement-email = ইমেইল করুন
statement-call = ফোন করুন
statement-form = আমাদের যোগাযোগ ফর্ম ব্যবহার করুন
statement-response = আমরা আপনার অনুরোধ বিবেচনা করব এবং { $days } কর্মদিবসের মধ্যে উত্তর দেব।
statement-reporting-heading = এই ওয়েবসাইটের অ্যাক্সেসিবিলিটি সমস্যা জানানো
statement-reporting = আমরা সবসময় এই ওয়েবসাইটের অ্যাক্সেসিবিলিটি উন্নত করার চেষ্টা করি। এই পেজে লেখা নেই এমন কোনো সমস্যা পেলে, বা আপনার মনে হলে আমরা অ্যাক্সেসিবিলিটির শর্ত পূরণ করছি না, ওপরের যেকোনো উপায়ে আমাদের সঙ্গে যোগাযোগ করুন।
statement-enforcement-heading = প্রয়োগের প্রক্রিয়া
statement-enforcement = Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 ("অ্যাক্সেসিবিলিটি বিধিমালা") প্রয়োগের দায়িত্ব Equality and Human Rights Commission (EHRC)-এর। আপনার অভিযোগের উত্তরে সন্তুষ্ট না হলে Equality Advisory and Support Service (EASS)-এর সঙ্গে যোগাযোগ করুন।
statement-technical-heading = এই ওয়েবসাইটের অ্যাক্সেসিবিলিটি নিয়ে কারিগরি তথ্য
statement-technical = Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 অনুযায়ী { $site } তার ওয়েবসাইট অ্যাক্সেসিবল করতে প্রতিশ্রুতিবদ্ধ।
statement-compliance-heading = মান মেনে চলার অবস্থা
statement-compliance-full = এই ওয়েবসাইট Web Content Accessibility Guidelines সংস্করণ 2.2-এর AA মান পুরোপুরি মেনে চলে।
statement-compliance-partial = নিচে লেখা অমিলগুলোর কারণে এই ওয়েবসাইট Web Content Accessibility Guidelines সংস্করণ 2.2-এর AA মান আংশিকভাবে মেনে চলে।
statement-compliance-none = এই ওয়েবসাইট Web Content Accessibility Guidelines সংস্করণ 2.2-এর AA মান মেনে চলে না। অমিলগুলো নিচে দেওয়া আছে।
statement-non-accessible-heading = যে বিষয়বস্তু অ্যাক্সেসিবল নয়
statement-non-accessible = নিচে দেওয়া বিষয়বস্তু এই কারণগুলোর জন্য অ্যাক্সেসিবল নয়।
statement-non-compliance-heading = অ্যাক্সেসিবিলিটি বিধিমালার সঙ্গে অমিল
statement-criterion = এটি WCAG 2.2-এর সাফল্যের মানদণ্ড { $criterion } পূরণ করে না।
statement-fix-by = আমরা { $date }-এর মধ্যে এটি ঠিক করার পরিকল্পনা করছি।
statement-none-known = আমাদের জানামতে কিছু নেই।
statement-burden-heading = অসম বোঝা
statement-burden-none = আমরা দাবি করছি না যে কোনো সংশোধন অসম বোঝা হবে।
statement-scope-heading = যে বিষয়বস্তু অ্যাক্সেসিবিলিটি বিধিমালার আওতায় পড়ে না
statement-preparation-heading = এই অ্যাক্সেসিবিলিটি বিবৃতি তৈরি
statement-prepared = এই বিবৃতি তৈরি হয়েছে { $prepared } তারিখে। সর্বশেষ পর্যালোচনা হয়েছে { $reviewed } তারিখে।
statement-tested = এই ওয়েবসাইট সর্বশেষ যাচাই করা হয়েছে { $date } তারিখে।
home-bands-heading = বয়স অনুযায়ী পাঠ
home-sections-heading = ওয়েবসাইটে কী আছে
band-eyfs = প্রারম্ভিক বছর (Early years)
band-ks1 = কি স্টেজ ১ (Key Stage 1)
band-ks2 = কি স্টেজ ২ (Key Stage 2)
band-ks3 = কি স্টেজ ৩ (Key Stage 3)
band-ks4 = কি স্টেজ ৪ (Key Stage 4)
band-ages = বয়স { $from } থেকে { $to }
lessons-count = { $count ->
    [one] { $count }টি পাঠ
   *[other] { $count }টি পাঠ
}
lesson-band = বয়সের দল
lesson-topics = অনলাইনের ঝুঁকি
lesson-duration-label = সময়
lesson-duration = { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
}
lesson-objectives = এই পাঠে
topic-content = বিষয়বস্তু
topic-contact = যোগাযোগ
topic-conduct = আচরণ
topic-commerce = কেনাবেচা ও টাকা
topic-content-about = বিষয়বস্তুর ঝুঁকি: অনলাইনে এমন জিনিস দেখা যা বেআইনি, ক্ষতিকর বা আপনার বয়সের জন্য ঠিক নয়।
topic-contact-about = যোগাযোগের ঝুঁকি: অনলাইনে এমন মানুষ যারা অন্যদের চাপ দেয়, ঠকায় বা ক্ষতি করে।
topic-conduct-about = আচরণের ঝুঁকি: অনলাইনে আমরা এমন কিছু করি যা আমাদের বা অন্যদের কষ্ট দিতে পারে।
topic-commerce-about = কেনাবেচা ও টাকার ঝুঁকি: প্রতারণা, জুয়া, গেমের ভেতরে খরচ ও বিজ্ঞাপন।
not-easy-read = এই পেজের সহজ ভাষা সংস্করণ এখনো বাংলায় নেই। নিচে সাধারণ পেজটি দেওয়া হলো।
eal-about = পাঠটি ইংরেজিতে। মূল শব্দগুলোর পাশে আপনার ভাষায় তাদের অর্থ দেওয়া আছে।
eal-key-words = মূল শব্দ
eal-english = ইংরেজিতে
eal-translation = আপনার ভাষায়

# Reading preferences (partials/reading.html).
reading-button = পড়ার পছন্দ
reading-size = লেখার আকার
reading-size-standard = সাধারণ
reading-size-large = বড়
reading-size-larger = আরও বড়
reading-spacing = লাইনের মাঝের ফাঁক
reading-spacing-standard = সাধারণ
reading-spacing-wide = চওড়া
reading-spacing-wider = আরও চওড়া
reading-background = পটভূমির রং
reading-background-white = সাদা
reading-background-cream = ক্রিম
reading-background-blue = হালকা নীল
reading-font = অক্ষর
reading-font-standard = সাধারণ
reading-font-dyslexia = পড়তে সহজ (ডিসলেক্সিয়া)
reading-reset = আগের মতো করুন
reading-note = আপনার পছন্দগুলো শুধু এই ব্রাউজারেই সেভ থাকে।

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = পাঠ্যক্রমের মানচিত্র
curriculum-about = এখানে দেখুন, আমাদের কোন পাঠ প্রতিটি বয়সের দলকে অনলাইনে নিরাপদ থাকার কোন দিক শেখায়। আটটি ক্ষেত্র এসেছে Education for a Connected World থেকে, যা যুক্তরাজ্যের ইন্টারনেট নিরাপত্তা কাউন্সিলের (UK Council for Internet Safety) কাঠামো।
curriculum-caption = প্রতিটি ক্ষেত্র ও বয়সের দলের পাঠ
curriculum-scroll = সব বয়সের দল দেখতে টেবিলটি পাশে স্ক্রল করুন।
curriculum-strand = ক্ষেত্র
curriculum-gap = এখনো পাঠ নেই
curriculum-four-cs = অনলাইনের চার রকম ঝুঁকি
curriculum-four-cs-missing = এখনো নেই:
curriculum-link = পাঠ্যক্রমের মানচিত্রে দেখুন কোন পাঠ প্রতিটি বয়সের দলকে কোন ক্ষেত্র শেখায়।
strand-self-image-and-identity = নিজের ভাবমূর্তি ও পরিচয়
strand-online-relationships = অনলাইনে সম্পর্ক
strand-online-reputation = অনলাইনে সুনাম
strand-online-bullying = অনলাইনে বুলিং
strand-managing-online-information = অনলাইনের তথ্য সামলানো
strand-health-wellbeing-and-lifestyle = স্বাস্থ্য, ভালো থাকা ও জীবনযাপন
strand-privacy-and-security = গোপনীয়তা ও নিরাপত্তা
strand-copyright-and-ownership = কপিরাইট ও মালিকানা

# --- issue 18: a real school's first hour ---
example-site = এটি একটি কাল্পনিক স্কুলের নমুনা ওয়েবসাইট। এর মানুষ, ফোন নম্বর এবং ঠিকানা আসল নয়।
# --- issue 20: search results shown ten at a time ---
search-more = আরও ফলাফল
