# haven UI strings: Turkish (Türkçe)
# reviewed-by-fluent-speaker: no
# Script: Latin (Turkish alphabet), written left-to-right. Polite "siz" for the reader; "sen" only on children's posters. Suffixes after placeables avoided ("{ $date } tarihinde").
skip-to-content = Ana içeriğe geç
ceop-button = CEOP'a bildirin
nav-label = Ana menü
menu-button = Menü
nav-home = Ana sayfa
versions-label = Bu sayfanın diğer dilleri ve sürümleri
version-easy = Kolay okunur
version-standard = Standart sürüm
version-eal = Kendi dilimde anahtar kelimeler
not-translated = Bu sayfa henüz Türkçeye çevrilmedi. Aşağıda asıl sayfa var.
footer-report = Endişenizi bildirin
footer-accessibility = Erişilebilirlik beyanı
search-title = Ara
search-label = Bu sitede arayın
search-button = Ara
search-loading = Arama yükleniyor…
search-found = Bulunan sayfalar: { $count }
search-none = Sayfa bulunamadı. Başka bir kelime ya da bir kelimenin yalnızca başını deneyin.
search-no-js = Arama için JavaScript gerekir; bu tarayıcıda kapalı ya da çalışmıyor. Her sayfaya yine de sitenin bölümlerinden ulaşabilirsiniz:
accessibility-title = Erişilebilirlik beyanı
not-found-title = Sayfa bulunamadı
not-found-text = Bu sayfayı bulamadık. Taşınmış olabilir. Ana sayfayı ya da aramayı deneyin.
posters-title = Her oda için afişler
print-all-title = Tüm afişleri yazdır
poster-title = Afiş
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
date-day = { $day } { $month } { $year }
date-weekday = { $day } { $month } { $year } { $weekday }
# Lessons and present mode.
home-bands-intro = İnternette güvende kalmak için neler öğrenildiğini görmek üzere çocuğunuzun ya da kendi yaş grubunuzu seçin.
band-years-eyfs = Kreş ve anasınıfı (Nursery ve Reception)
band-years-ks1 = 1. ve 2. sınıflar (Years 1–2)
band-years-ks2 = 3.–6. sınıflar (Years 3–6)
band-years-ks3 = 7.–9. sınıflar (Years 7–9)
band-years-ks4 = 10. ve 11. sınıflar (Years 10–11)
topic-lessons-none = Bu konuda henüz ders yok.
present-start = Sunum yap
present-help = Bu dersi sınıf tahtasında gösterin, her bölüm için bir slayt. Tuşlar: sonraki slayt için sağ ok ya da Boşluk, geri dönmek için sol ok, tam ekran için F, durdurmak için Esc.
present-next = Sonraki slayt
present-previous = Önceki slayt
present-leave = Sunumu durdur
present-counter = Slayt { $current } / { $total }
# Posters.
posters-intro = İnternet erişimi olan her odada, o yaş grubunun kabul edilebilir kullanım kurallarını gösteren bir afiş vardır; öğrencilerin okuduğu dillerde. Her afiş tek bir sayfaya basılır.
posters-paper = { $paper } kâğıt
posters-print-all = Tüm afişleri yazdır
print-all-intro = Her odanın afişini ayrı bir sayfada almak için bu sayfayı yazdırın. A3 odalarının afişleri A3 kâğıda göre ayarlanmıştır.
poster-print = Bu afişi yazdır
poster-print-note = { $paper } kâğıda, dikey olarak yazdırın.
poster-tell = İnternette bir şey seni endişelendirirse dur ve güvendiğin bir yetişkine anlat.
poster-qr-label = QR kodu: bu afişi internette okumak için tara, adres { $url }
poster-qr-caption = Kurallarımızı internette okumak için tara
# Safer Internet Day.
sid-banner = Güvenli İnternet Günü (Safer Internet Day): { $date }. { $days ->
    [one] { $days } gün kaldı
   *[other] { $days } gün kaldı
}
sid-banner-today = Güvenli İnternet Günü (Safer Internet Day) bugün, { $date }!
sid-banner-link = Nasıl katılırım
sid-day = Gün
sid-theme = Tema
sid-lessons-by-age = Her yaş için derslerimiz
sid-past-years = Geçmiş yıllar
# The home-school agreement.
agreement-version = Sürüm { $version }
agreement-agreed = Onay tarihi: { $date }
agreement-print = Bu sözleşmeyi yazdır
agreement-sign-heading = İmzalar
agreement-sign-parent = Veli ya da bakım veren kişi
agreement-sign-learner = Öğrenci
agreement-sign-school = Okul adına
agreement-sign-name = Ad soyad
agreement-sign-signature = İmza
agreement-sign-date = Tarih
# The useful-links directory.
links-jump = Kimler için bağlantılar
links-filter-label = Bağlantı bulun
links-filter-hint = İngilizce bir kelime yazın, örneğin bullying (zorbalık), gaming (oyun) ya da helpline (yardım hattı).
links-shown = Gösterilen bağlantılar: { $count }
links-none = Eşleşen bağlantı yok. Başka bir kelime deneyin.
links-audience-parents = Veliler ve bakım verenler için
links-audience-learners = Çocuklar ve gençler için
links-audience-staff = Okul çalışanları için
links-category-national = Ulusal kuruluşlar
links-category-helpline = Yardım hatları
links-category-local = Yerel hizmetler
links-phone = Telefon
# Report a concern, and Exit this page.
exit-button = Sayfadan hemen çıkın
exit-emergency = Acil
exit-loading = Yükleniyor.
exit-press-two = Shift: çıkmak için 2 kez daha basın.
exit-press-one = Shift: çıkmak için 1 kez daha basın.
exit-expired = "Sayfadan hemen çıkın" için süre doldu.
exit-about = "Sayfadan hemen çıkın" nasıl çalışır
report-danger-heading = Şu anda biri tehlikedeyse
report-danger = 999'u arayın ve polisi isteyin. Bir çocuk hemen şimdi tehlikedeyse önce bunu yapın.
report-ceop-heading = İnternette cinsel istismar ve grooming (istismar amaçlı kandırma): CEOP'a bildirin
report-ceop-who = 18 yaşından küçük çocuklar ve gençler CEOP'a bildirimde bulunabilir; bir çocuk için endişelenen yetişkinler de. Küçük çocuklar güvendikleri bir yetişkinden yardım istemeli.
report-ceop-agency = CEOP, bir kolluk kuruluşu olan National Crime Agency'nin (Ulusal Suç Ajansı) bir parçasıdır.
report-ceop-anonymous = Bildirimler isimsiz yapılamaz: CEOP, çocuğun ya da gencin güvende olduğundan emin olmakla yükümlüdür.
report-ceop-for = CEOP internetteki cinsel istismar ve grooming (istismar amaçlı kandırma) içindir. Zorbalık, sahte hesaplar ya da hesap ele geçirme ile ilgilenmez.
report-ceop-read = Bildirimde bulunmadan önce CEOP Safety Centre'daki tavsiyeleri okuyun.
report-other-heading = Zorbalık, sahte hesaplar ve hesap ele geçirme
report-other = CEOP bunlarla ilgilenmez. Güvendiğiniz bir yetişkine ya da okula anlatın, hesabı ya da paylaşımı uygulamaya, oyuna ya da siteye bildirin ve şunlarla konuşun:
report-childline = Childline, çocuklar ve gençler için, ücretsiz:
report-nspcc = NSPCC yardım hattı, bir çocuk için endişelenen yetişkinler için:
report-iwf-heading = İnternette çocukların cinsel görüntüleri
report-iwf = İnternette 18 yaşından küçük birinin cinsel görüntülerini ya da videolarını görürseniz, web adresini Internet Watch Foundation'a (IWF) bildirin. Görüntüyü paylaşmayın, kaydetmeyin, ekran görüntüsünü almayın; bildirmek için bile.
report-iwf-link = IWF'ye bildirin
report-school-heading = Okulda birine anlatın
report-school = Çocuk Koruma Sorumlusu (Designated Safeguarding Lead, DSL), internet dahil, okulda çocukların güvenliğinden sorumlu kişidir.
report-dsl = Çocuk Koruma Sorumlusu (DSL)
report-deputy-dsl = Çocuk Koruma Sorumlusu Yardımcısı (Deputy DSL)
report-school-phone = Okul sekreterliği
exit-help-title = "Sayfadan hemen çıkın" nasıl çalışır
exit-help-what = "Sayfadan hemen çıkın" sizi doğrudan başka bir siteye ({ $host }) götürür; böylece ekranınıza yaklaşan biri ne okuduğunuzu görmez.
exit-help-ways = Üç şekilde kullanılabilir:
exit-help-button = sayfanın üstündeki kırmızı "Sayfadan hemen çıkın" düğmesini seçin;
exit-help-shift = 5 saniye içinde Shift tuşuna 3 kez basın;
exit-help-skip = klavye ya da ekran okuyucu kullanıyorsanız "Ana içeriğe geç" bağlantısının hemen ardından gelen "Sayfadan hemen çıkın" bağlantısını kullanın.
exit-help-history-heading = Tarama geçmişinizi silmez
exit-help-history = Tarayıcınız ziyaret ettiğiniz sayfaları yine de hatırlar. Bu cihazı kullanan başka biri onları tarayıcı geçmişinde görebilir ve Geri düğmesi sayfayı geri getirir.
exit-help-private = Daha az iz bırakmak için gizli (incognito) pencere kullanın, güvendiğiniz bir cihaz kullanın ve işiniz bitince bu siteyi tarama geçmişinizden silin.
exit-help-danger = Tehlikedeyseniz 999'u arayın.
# Policies.
policy-published = Yayın tarihi
policy-review = Sonraki gözden geçirme
policy-agreed-by = Onaylayan
# The accessibility statement, following GOV.UK's model statement.
statement-heading = { $site } erişilebilirlik beyanı
statement-applies = Bu erişilebilirlik beyanı şu site için geçerlidir: { $url }.
statement-run-by = Bu siteyi { $site } yönetir. Bu siteyi olabildiğince çok kişinin kullanabilmesini istiyoruz. Örneğin şunları yapabilmelisiniz:
statement-can-colours = tarayıcı ya da cihaz ayarlarından renkleri, kontrast düzeyini ve yazı tiplerini değiştirmek
statement-can-zoom = yazı ekrandan taşmadan %400'e kadar yakınlaştırmak
statement-can-keyboard = sitenin büyük bölümünde klavye ya da ses tanıma yazılımıyla gezinmek
statement-can-screen-reader = sitenin büyük bölümünü ekran okuyucuyla dinlemek (JAWS, NVDA ve VoiceOver'ın en yeni sürümleri dahil)
statement-can-versions = birçok sayfayı kolay okunur sürümüyle, dersleri de anahtar kelimeleri evde konuştuğunuz dilde olacak şekilde okumak
statement-simple = Sitedeki yazıları da olabildiğince kolay anlaşılır yazdık.
statement-abilitynet = AbilityNet'in, engeliniz varsa cihazınızı daha kolay kullanmanız için tavsiyeleri var.
statement-how-heading = Bu site ne kadar erişilebilir
statement-how-known = Bu sitenin bazı bölümlerinin tam olarak erişilebilir olmadığını biliyoruz:
statement-how-full = Bu sitenin erişilebilir olmayan bir bölümünü bilmiyoruz.
statement-how-testing = Bu siteyi hâlâ kontrol ediyoruz. Kullanması zor bir şey bulursanız lütfen bize bildirin.
statement-feedback-heading = Geri bildirim ve iletişim bilgileri
statement-feedback = Bu sitedeki bilgilere başka bir biçimde ihtiyacınız varsa, örneğin erişilebilir PDF, büyük puntolu baskı, kolay okunur metin, ses kaydı ya da Braille:
statement-email = e-posta gönderin
statement-call = arayın
statement-form = iletişim formumuzu kullanın
statement-response = İsteğinizi değerlendirip { $days } iş günü içinde size dönüş yapacağız.
statement-reporting-heading = Bu sitedeki erişilebilirlik sorunlarını bildirme
statement-reporting = Bu sitenin erişilebilirliğini her zaman iyileştirmeye çalışıyoruz. Bu sayfada yazmayan bir sorun bulursanız ya da erişilebilirlik gereklerini karşılamadığımızı düşünüyorsanız, yukarıdaki yollardan biriyle bize ulaşın.
statement-enforcement-heading = Uygulama süreci
statement-enforcement = Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018'in ("erişilebilirlik yönetmeliği") uygulanmasından Equality and Human Rights Commission (EHRC) sorumludur. Şikâyetinize verdiğimiz yanıttan memnun kalmazsanız Equality Advisory and Support Service (EASS) ile iletişime geçin.
statement-technical-heading = Bu sitenin erişilebilirliği hakkında teknik bilgiler
statement-technical = { $site }, sitesini Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018'e uygun olarak erişilebilir kılmayı taahhüt eder.
statement-compliance-heading = Uyumluluk durumu
statement-compliance-full = Bu site, Web Content Accessibility Guidelines sürüm 2.2 AA standardıyla tamamen uyumludur.
statement-compliance-partial = Bu site, aşağıda sıralanan uyumsuzluklar nedeniyle Web Content Accessibility Guidelines sürüm 2.2 AA standardıyla kısmen uyumludur.
statement-compliance-none = Bu site, Web Content Accessibility Guidelines sürüm 2.2 AA standardıyla uyumlu değildir. Uyumsuzluklar aşağıda sıralanmıştır.
statement-non-accessible-heading = Erişilebilir olmayan içerik
statement-non-accessible = Aşağıda sıralanan içerik şu nedenlerle erişilebilir değildir.
statement-non-compliance-heading = Erişilebilirlik yönetmeliğine uyumsuzluk
statement-criterion = Bu, WCAG 2.2 başarı ölçütü { $criterion } ile uyumlu değildir.
statement-fix-by = Bunu { $date } tarihine kadar düzeltmeyi planlıyoruz.
statement-none-known = Bildiğimiz bir sorun yok.
statement-burden-heading = Orantısız yük
statement-burden-none = Herhangi bir düzeltmenin orantısız bir yük olacağını öne sürmüyoruz.
statement-scope-heading = Erişilebilirlik yönetmeliğinin kapsamı dışındaki içerik
statement-preparation-heading = Bu erişilebilirlik beyanının hazırlanması
statement-prepared = Bu beyan { $prepared } tarihinde hazırlandı. En son { $reviewed } tarihinde gözden geçirildi.
statement-tested = Bu site en son { $date } tarihinde test edildi.
home-bands-heading = Yaşa göre dersler
home-sections-heading = Sitede neler var
band-eyfs = Erken yaşlar (Early years)
band-ks1 = 1. Temel Aşama (Key Stage 1)
band-ks2 = 2. Temel Aşama (Key Stage 2)
band-ks3 = 3. Temel Aşama (Key Stage 3)
band-ks4 = 4. Temel Aşama (Key Stage 4)
band-ages = { $from }–{ $to } yaş
lessons-count = { $count ->
    [one] { $count } ders
   *[other] { $count } ders
}
lesson-band = Yaş grubu
lesson-topics = İnternetteki riskler
lesson-duration-label = Süre
lesson-duration = { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
}
lesson-objectives = Bu derste
topic-content = İçerik
topic-contact = İletişim
topic-conduct = Davranış
topic-commerce = Para ve alışveriş
topic-content-about = İçerik riskleri: internette yasa dışı, zararlı ya da yaşa uygun olmayan şeyler görmek.
topic-contact-about = İletişim riskleri: internette başkalarına baskı yapan, onları kandıran ya da onlara zarar veren kişiler.
topic-conduct-about = Davranış riskleri: internette yaptığımız ve bize ya da başkalarına zarar verebilecek şeyler.
topic-commerce-about = Para riskleri: dolandırıcılık, kumar, oyun içi harcamalar ve reklamlar.
not-easy-read = Bu sayfanın henüz Türkçe kolay okunur sürümü yok. Aşağıda standart sayfa var.
eal-about = Ders İngilizce. Anahtar kelimelerin yanında sizin dilinizdeki anlamları yazıyor.
eal-key-words = Anahtar kelimeler
eal-english = İngilizce
eal-translation = Sizin dilinizde

# Reading preferences (partials/reading.html).
reading-button = Okuma tercihleri
reading-size = Yazı boyutu
reading-size-standard = Standart
reading-size-large = Büyük
reading-size-larger = Daha büyük
reading-spacing = Satır aralığı
reading-spacing-standard = Standart
reading-spacing-wide = Geniş
reading-spacing-wider = Daha geniş
reading-background = Arka plan rengi
reading-background-white = Beyaz
reading-background-cream = Krem
reading-background-blue = Açık mavi
reading-font = Harfler
reading-font-standard = Standart
reading-font-dyslexia = Daha kolay okunur (disleksi)
reading-reset = Sıfırla
reading-note = Seçimleriniz yalnızca bu tarayıcıda kaydedilir.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = Müfredat haritası
curriculum-about = Bu harita, derslerimizden hangilerinin her yaş grubuna internette güvende kalmanın hangi bölümünü öğrettiğini gösterir. Sekiz alan, Birleşik Krallık İnternet Güvenliği Konseyi'nin (UK Council for Internet Safety) Education for a Connected World adlı çerçevesinden alınmıştır.
curriculum-caption = Her alan ve yaş grubu için dersler
curriculum-scroll = Tüm yaş gruplarını görmek için tabloyu yana kaydırın.
curriculum-strand = Alan
curriculum-gap = Henüz ders yok
curriculum-four-cs = İnternetteki dört risk türü
curriculum-four-cs-missing = Henüz yok:
curriculum-link = Her alanın her yaş grubuna hangi derslerle öğretildiğini müfredat haritasında görün.
strand-self-image-and-identity = Benlik algısı ve kimlik
strand-online-relationships = İnternette ilişkiler
strand-online-reputation = İnternette itibar
strand-online-bullying = İnternette zorbalık
strand-managing-online-information = İnternetteki bilgiyi yönetmek
strand-health-wellbeing-and-lifestyle = Sağlık, iyi oluş ve yaşam tarzı
strand-privacy-and-security = Gizlilik ve güvenlik
strand-copyright-and-ownership = Telif hakkı ve sahiplik

# --- issue 18: a real school's first hour ---
example-site = Bu, hayali bir okul için örnek bir web sitesidir. İçindeki kişiler, telefon numaraları ve adres gerçek değildir.
# --- issue 20: search results shown ten at a time ---
search-more = Daha fazla sonuç
