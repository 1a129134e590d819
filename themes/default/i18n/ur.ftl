# haven تھیم کی عبارتیں: اردو۔
skip-to-content = مرکزی مواد پر جائیں
ceop-button = CEOP کو رپورٹ کریں
nav-label = مرکزی فہرست
nav-home = ہوم پیج
versions-label = یہ صفحہ دوسری زبانوں اور شکلوں میں
version-easy = آسان زبان
version-standard = عام صفحہ
version-eal = میری زبان میں اہم الفاظ
not-translated = اس صفحے کا اردو ترجمہ ابھی نہیں ہوا۔ نیچے اصل صفحہ ہے۔
footer-report = تشویش کی اطلاع دیں
footer-accessibility = رسائی کا بیان
search-title = تلاش
accessibility-title = رسائی کا بیان
not-found-title = صفحہ نہیں ملا
not-found-text = ہمیں یہ صفحہ نہیں ملا۔ شاید یہ کہیں اور منتقل ہو گیا ہے۔ ہوم پیج پر جائیں یا تلاش کریں۔
posters-title = ہر کمرے کے لیے پوسٹر
print-all-title = تمام پوسٹر پرنٹ کریں
poster-title = پوسٹر
home-bands-heading = عمر کے لحاظ سے اسباق
home-sections-heading = ویب سائٹ میں کیا ہے
band-eyfs = ابتدائی سال
band-ks1 = کی اسٹیج 1
band-ks2 = کی اسٹیج 2
band-ks3 = کی اسٹیج 3
band-ks4 = کی اسٹیج 4
band-ages = عمر { $from } سے { $to } سال
lessons-count = { $count ->
    [one] { $count } سبق
   *[other] { $count } اسباق
}
lesson-band = عمر کا گروپ
lesson-topics = آن لائن خطرات
lesson-duration-label = وقت
lesson-duration = { $minutes } منٹ
lesson-objectives = اس سبق میں
topic-content = مواد
topic-contact = رابطہ
topic-conduct = رویہ
topic-commerce = پیسہ اور خرید و فروخت
topic-content-about = مواد کے خطرات: آن لائن ایسی چیزیں دیکھنا جو غیر قانونی، نقصان دہ یا آپ کی عمر کے لیے مناسب نہ ہوں۔
topic-contact-about = رابطے کے خطرات: آن لائن لوگ جو دوسروں پر دباؤ ڈالتے ہیں، دھوکہ دیتے ہیں یا نقصان پہنچاتے ہیں۔
topic-conduct-about = رویے کے خطرات: آن لائن ہمارے کام جو ہمیں یا دوسروں کو نقصان پہنچا سکتے ہیں۔
topic-commerce-about = پیسے کے خطرات: دھوکہ دہی، جوا، گیمز میں خرچ اور اشتہارات۔
