# haven UI strings: Panjabi, Gurmukhi script (ਪੰਜਾਬੀ)
# reviewed-by-fluent-speaker: no
# Script: Gurmukhi, written left-to-right. Plain everyday Panjabi with "ਤੁਸੀਂ"; names (CEOP, Childline, NSPCC, IWF) kept in Latin letters.
skip-to-content = ਮੁੱਖ ਸਮੱਗਰੀ ’ਤੇ ਜਾਓ
ceop-button = CEOP ਨੂੰ ਰਿਪੋਰਟ ਕਰੋ
nav-label = ਮੁੱਖ ਮੀਨੂ
menu-button = ਮੀਨੂ
nav-home = ਮੁੱਖ ਪੰਨਾ
versions-label = ਇਹ ਪੰਨਾ ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਅਤੇ ਰੂਪਾਂ ਵਿੱਚ
version-easy = ਸੌਖੀ ਭਾਸ਼ਾ
version-standard = ਆਮ ਰੂਪ
version-eal = ਮੇਰੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮੁੱਖ ਸ਼ਬਦ
not-translated = ਇਸ ਪੰਨੇ ਦਾ ਪੰਜਾਬੀ ਵਿੱਚ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ। ਹੇਠਾਂ ਅਸਲ ਪੰਨਾ ਹੈ।
footer-report = ਚਿੰਤਾ ਦੀ ਰਿਪੋਰਟ ਕਰੋ
footer-accessibility = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
search-title = ਖੋਜ
search-label = ਇਸ ਵੈੱਬਸਾਈਟ ਵਿੱਚ ਖੋਜੋ
search-button = ਖੋਜੋ
search-loading = ਖੋਜ ਲੋਡ ਹੋ ਰਹੀ ਹੈ…
search-found = ਮਿਲੇ ਪੰਨੇ: { $count }
search-none = ਕੋਈ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ। ਕੋਈ ਹੋਰ ਸ਼ਬਦ, ਜਾਂ ਸਿਰਫ਼ ਸ਼ਬਦ ਦਾ ਸ਼ੁਰੂਆਤੀ ਹਿੱਸਾ ਲਿਖ ਕੇ ਦੇਖੋ।
search-no-js = ਖੋਜ ਲਈ JavaScript ਚਾਹੀਦੀ ਹੈ, ਜੋ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਬੰਦ ਹੈ ਜਾਂ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੀ। ਹਰ ਪੰਨਾ ਫਿਰ ਵੀ ਵੈੱਬਸਾਈਟ ਦੇ ਹਿੱਸਿਆਂ ਤੋਂ ਖੋਲ੍ਹਿਆ ਜਾ ਸਕਦਾ ਹੈ:
accessibility-title = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-text = ਸਾਨੂੰ ਇਹ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਕਿਤੇ ਹੋਰ ਚਲਾ ਗਿਆ ਹੋਵੇ। ਮੁੱਖ ਪੰਨੇ ’ਤੇ ਜਾਓ ਜਾਂ ਖੋਜ ਕਰੋ।
posters-title = ਹਰ ਕਮਰੇ ਲਈ ਪੋਸਟਰ
print-all-title = ਸਾਰੇ ਪੋਸਟਰ ਪ੍ਰਿੰਟ ਕਰੋ
poster-title = ਪੋਸਟਰ
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = ਸੋਮਵਾਰ
weekday-2 = ਮੰਗਲਵਾਰ
weekday-3 = ਬੁੱਧਵਾਰ
weekday-4 = ਵੀਰਵਾਰ
weekday-5 = ਸ਼ੁੱਕਰਵਾਰ
weekday-6 = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-7 = ਐਤਵਾਰ
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ
date-day = { $day } { $month } { $year }
date-weekday = { $weekday }, { $day } { $month } { $year }
# Lessons and present mode.
home-bands-intro = ਆਪਣੇ ਬੱਚੇ ਦਾ, ਜਾਂ ਆਪਣਾ, ਉਮਰ ਦਾ ਗਰੁੱਪ ਚੁਣੋ ਅਤੇ ਦੇਖੋ ਕਿ ਆਨਲਾਈਨ ਸੁਰੱਖਿਅਤ ਰਹਿਣ ਬਾਰੇ ਕੀ ਸਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
band-years-eyfs = ਨਰਸਰੀ ਅਤੇ ਰਿਸੈਪਸ਼ਨ (Nursery ਅਤੇ Reception)
band-years-ks1 = ਯੀਅਰ 1 ਅਤੇ 2 (Years 1–2)
band-years-ks2 = ਯੀਅਰ 3 ਤੋਂ 6 (Years 3–6)
band-years-ks3 = ਯੀਅਰ 7 ਤੋਂ 9 (Years 7–9)
band-years-ks4 = ਯੀਅਰ 10 ਅਤੇ 11 (Years 10–11)
topic-lessons-none = ਇਸ ਬਾਰੇ ਅਜੇ ਕੋਈ ਪਾਠ ਨਹੀਂ ਹੈ।
present-start = ਪੇਸ਼ ਕਰੋ
present-help = ਇਹ ਪਾਠ ਕਲਾਸ ਦੇ ਬੋਰਡ ’ਤੇ ਦਿਖਾਓ, ਹਰ ਹਿੱਸੇ ਲਈ ਇੱਕ ਸਲਾਈਡ। ਕੁੰਜੀਆਂ: ਅਗਲੀ ਸਲਾਈਡ ਲਈ ਸੱਜਾ ਤੀਰ ਜਾਂ Space, ਪਿੱਛੇ ਜਾਣ ਲਈ ਖੱਬਾ ਤੀਰ, ਪੂਰੀ ਸਕਰੀਨ ਲਈ F, ਬੰਦ ਕਰਨ ਲਈ Esc।
present-next = ਅਗਲੀ ਸਲਾਈਡ
present-previous = ਪਿਛਲੀ ਸਲਾਈਡ
present-leave = ਪੇਸ਼ਕਾਰੀ ਬੰਦ ਕਰੋ
present-counter = ਸਲਾਈਡ { $current } / { $total }
# Posters.
posters-intro = ਇੰਟਰਨੈੱਟ ਵਾਲੇ ਹਰ ਕਮਰੇ ਵਿੱਚ ਉਸ ਦੇ ਉਮਰ ਦੇ ਗਰੁੱਪ ਲਈ ਇੰਟਰਨੈੱਟ ਦੀ ਸਹੀ ਵਰਤੋਂ ਦੇ ਨਿਯਮਾਂ ਦਾ ਪੋਸਟਰ ਲੱਗਾ ਹੈ, ਉਹਨਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਜੋ ਉੱਥੇ ਦੇ ਵਿਦਿਆਰਥੀ ਪੜ੍ਹਦੇ ਹਨ। ਹਰ ਪੋਸਟਰ ਇੱਕ ਸ਼ੀਟ ’ਤੇ ਛਪਦਾ ਹੈ।
posters-paper = { $paper } ਕਾਗ਼ਜ਼
posters-print-all = ਸਾਰੇ ਪੋਸਟਰ ਪ੍ਰਿੰਟ ਕਰੋ
print-all-intro = ਹਰ ਕਮਰੇ ਦਾ ਪੋਸਟਰ ਵੱਖਰੀ ਸ਼ੀਟ ’ਤੇ ਲੈਣ ਲਈ ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ। A3 ਵਾਲੇ ਕਮਰਿਆਂ ਦੇ ਪੋਸਟਰ A3 ਕਾਗ਼ਜ਼ ਲਈ ਬਣੇ ਹਨ।
poster-print = ਇਹ ਪੋਸਟਰ ਪ੍ਰਿੰਟ ਕਰੋ
poster-print-note = { $paper } ਕਾਗ਼ਜ਼ ’ਤੇ, ਸਿੱਧਾ (ਪੋਰਟਰੇਟ) ਪ੍ਰਿੰਟ ਕਰੋ।
poster-tell = ਜੇ ਆਨਲਾਈਨ ਕੋਈ ਚੀਜ਼ ਤੁਹਾਨੂੰ ਪਰੇਸ਼ਾਨ ਕਰੇ, ਤਾਂ ਰੁਕੋ ਅਤੇ ਕਿਸੇ ਭਰੋਸੇਮੰਦ ਵੱਡੇ ਨੂੰ ਦੱਸੋ।
poster-qr-label = QR ਕੋਡ: ਇਹ ਪੋਸਟਰ ਆਨਲਾਈਨ ਪੜ੍ਹਨ ਲਈ ਇਸ ਨੂੰ ਸਕੈਨ ਕਰੋ, ਪਤਾ { $url }
poster-qr-caption = ਸਾਡੇ ਨਿਯਮ ਆਨਲਾਈਨ ਪੜ੍ਹਨ ਲਈ ਸਕੈਨ ਕਰੋ
# Safer Internet Day.
sid-banner = ਸੁਰੱਖਿਅਤ ਇੰਟਰਨੈੱਟ ਦਿਵਸ (Safer Internet Day) { $date } ਨੂੰ ਹੈ: { $days ->
    [one] { $days } ਦਿਨ ਬਾਕੀ ਹੈ
   *[other] { $days } ਦਿਨ ਬਾਕੀ ਹਨ
}
sid-banner-today = ਅੱਜ ਸੁਰੱਖਿਅਤ ਇੰਟਰਨੈੱਟ ਦਿਵਸ (Safer Internet Day) ਹੈ, { $date }!
sid-banner-link = ਹਿੱਸਾ ਕਿਵੇਂ ਲੈਣਾ ਹੈ
sid-day = ਦਿਨ
sid-theme = ਵਿਸ਼ਾ
sid-lessons-by-age = ਹਰ ਉਮਰ ਲਈ ਸਾਡੇ ਪਾਠ
sid-past-years = ਪਿਛਲੇ ਸਾਲ
# The home-school agreement.
agreement-version = ਰੂਪ { $version }
agreement-agreed = ਸਹਿਮਤੀ ਦੀ ਤਾਰੀਖ਼: { $date }
agreement-print = ਇਹ ਸਮਝੌਤਾ ਪ੍ਰਿੰਟ ਕਰੋ
agreement-sign-heading = ਦਸਤਖ਼ਤ
agreement-sign-parent = ਮਾਪੇ ਜਾਂ ਸਰਪ੍ਰਸਤ
agreement-sign-learner = ਵਿਦਿਆਰਥੀ
agreement-sign-school = ਸਕੂਲ ਵੱਲੋਂ
agreement-sign-name = ਨਾਮ
agreement-sign-signature = ਦਸਤਖ਼ਤ
agreement-sign-date = ਤਾਰੀਖ਼
# The useful-links directory.
links-jump = ਕਿਸ ਲਈ ਲਿੰਕ
links-filter-label = ਲਿੰਕ ਲੱਭੋ
links-filter-hint = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਕੋਈ ਸ਼ਬਦ ਲਿਖੋ, ਜਿਵੇਂ bullying (ਬੁਲਿੰਗ), gaming (ਗੇਮਾਂ) ਜਾਂ helpline (ਹੈਲਪਲਾਈਨ)।
links-shown = ਦਿਖਾਏ ਲਿੰਕ: { $count }
links-none = ਕੋਈ ਲਿੰਕ ਨਹੀਂ ਮਿਲਿਆ। ਕੋਈ ਹੋਰ ਸ਼ਬਦ ਲਿਖ ਕੇ ਦੇਖੋ।
links-audience-parents = ਮਾਪਿਆਂ ਅਤੇ ਸਰਪ੍ਰਸਤਾਂ ਲਈ
links-audience-learners = ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ
links-audience-staff = ਸਕੂਲ ਦੇ ਸਟਾਫ਼ ਲਈ
links-category-national = ਕੌਮੀ ਸੰਸਥਾਵਾਂ
links-category-helpline = ਹੈਲਪਲਾਈਨਾਂ
links-category-local = ਸਥਾਨਕ ਸੇਵਾਵਾਂ
links-phone = ਫ਼ੋਨ
# Report a concern, and Exit this page.
exit-button = ਹੁਣੇ ਪੰਨਾ ਛੱਡੋ
exit-emergency = ਐਮਰਜੈਂਸੀ
exit-loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ।
exit-press-two = Shift: ਬਾਹਰ ਜਾਣ ਲਈ 2 ਵਾਰ ਹੋਰ ਦਬਾਓ।
exit-press-one = Shift: ਬਾਹਰ ਜਾਣ ਲਈ 1 ਵਾਰ ਹੋਰ ਦਬਾਓ।
exit-expired = "ਹੁਣੇ ਪੰਨਾ ਛੱਡੋ" ਦਾ ਸਮਾਂ ਖ਼ਤਮ ਹੋ ਗਿਆ।
exit-about = "ਹੁਣੇ ਪੰਨਾ ਛੱਡੋ" ਕਿਵੇਂ ਕੰਮ ਕਰਦਾ ਹੈ
report-danger-heading = ਜੇ ਕੋਈ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ
report-danger = 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਪੁਲਿਸ ਮੰਗੋ। ਜੇ ਕੋਈ ਬੱਚਾ ਫ਼ੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ ਤਾਂ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਇਹੀ ਕਰੋ।
report-ceop-heading = ਆਨਲਾਈਨ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਅਤੇ ਗਰੂਮਿੰਗ: CEOP ਨੂੰ ਰਿਪੋਰਟ ਕਰੋ
report-ceop-who = 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਬੱਚੇ ਅਤੇ ਨੌਜਵਾਨ CEOP ਨੂੰ ਰਿਪੋਰਟ ਕਰ ਸਕਦੇ ਹਨ, ਅਤੇ ਉਹ ਵੱਡੇ ਵੀ ਜੋ ਕਿਸੇ ਬੱਚੇ ਬਾਰੇ ਚਿੰਤਤ ਹਨ। ਛੋਟੇ ਬੱਚੇ ਕਿਸੇ ਭਰੋਸੇਮੰਦ ਵੱਡੇ ਤੋਂ ਮਦਦ ਮੰਗਣ।
report-ceop-agency = CEOP ਨੈਸ਼ਨਲ ਕ੍ਰਾਈਮ ਏਜੰਸੀ (National Crime Agency) ਦਾ ਹਿੱਸਾ ਹੈ, ਜੋ ਕਾਨੂੰਨ ਲਾਗੂ ਕਰਨ ਵਾਲੀ ਏਜੰਸੀ ਹੈ।
report-ceop-anonymous = ਰਿਪੋਰਟ ਗੁਪਤ ਨਾਮ ਨਾਲ ਨਹੀਂ ਹੁੰਦੀ: CEOP ਦਾ ਫ਼ਰਜ਼ ਹੈ ਕਿ ਉਹ ਪੱਕਾ ਕਰੇ ਕਿ ਬੱਚਾ ਜਾਂ ਨੌਜਵਾਨ ਸੁਰੱਖਿਅਤ ਹੈ।
report-ceop-for = CEOP ਆਨਲਾਈਨ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਅਤੇ ਗਰੂਮਿੰਗ ਲਈ ਹੈ। ਇਹ ਬੁਲਿੰਗ, ਨਕਲੀ ਖਾਤਿਆਂ ਜਾਂ ਹੈਕਿੰਗ ਦੇ ਮਾਮਲੇ ਨਹੀਂ ਦੇਖਦਾ।
report-ceop-read = ਰਿਪੋਰਟ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ CEOP Safety Centre ਵਿੱਚ ਦਿੱਤੀ ਸਲਾਹ ਪੜ੍ਹੋ।
report-other-heading = ਬੁਲਿੰਗ, ਨਕਲੀ ਖਾਤੇ ਅਤੇ ਹੈਕਿੰਗ
report-other = CEOP ਇਹ ਮਾਮਲੇ ਨਹੀਂ ਦੇਖਦਾ। ਕਿਸੇ ਭਰੋਸੇਮੰਦ ਵੱਡੇ ਜਾਂ ਸਕੂਲ ਨੂੰ ਦੱਸੋ, ਖਾਤੇ ਜਾਂ ਪੋਸਟ ਦੀ ਰਿਪੋਰਟ ਐਪ, ਗੇਮ ਜਾਂ ਵੈੱਬਸਾਈਟ ਨੂੰ ਕਰੋ, ਅਤੇ ਇਹਨਾਂ ਨਾਲ ਗੱਲ ਕਰੋ:
report-childline = Childline, ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ, ਮੁਫ਼ਤ:
report-nspcc = NSPCC ਹੈਲਪਲਾਈਨ, ਕਿਸੇ ਬੱਚੇ ਬਾਰੇ ਚਿੰਤਤ ਵੱਡਿਆਂ ਲਈ:
report-iwf-heading = ਆਨਲਾਈਨ ਬੱਚਿਆਂ ਦੀਆਂ ਜਿਨਸੀ ਤਸਵੀਰਾਂ
report-iwf = ਜੇ ਤੁਸੀਂ ਆਨਲਾਈਨ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਕਿਸੇ ਵਿਅਕਤੀ ਦੀਆਂ ਜਿਨਸੀ ਤਸਵੀਰਾਂ ਜਾਂ ਵੀਡੀਓ ਦੇਖੋ, ਤਾਂ ਵੈੱਬ ਪਤੇ ਦੀ ਰਿਪੋਰਟ Internet Watch Foundation (IWF) ਨੂੰ ਕਰੋ। ਤਸਵੀਰ ਸ਼ੇਅਰ, ਸੇਵ ਜਾਂ ਸਕਰੀਨਸ਼ਾਟ ਨਾ ਕਰੋ, ਰਿਪੋਰਟ ਕਰਨ ਲਈ ਵੀ ਨਹੀਂ।
report-iwf-link = IWF ਨੂੰ ਰਿਪੋਰਟ ਕਰੋ
report-school-heading = ਸਕੂਲ ਵਿੱਚ ਕਿਸੇ ਨੂੰ ਦੱਸੋ
report-school = ਬੱਚਿਆਂ ਦੀ ਸੁਰੱਖਿਆ ਦਾ ਮੁੱਖ ਜ਼ਿੰਮੇਵਾਰ (Designated Safeguarding Lead, DSL) ਸਕੂਲ ਵਿੱਚ ਬੱਚਿਆਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਦੇ ਕੰਮ ਦੀ ਅਗਵਾਈ ਕਰਦਾ ਹੈ, ਆਨਲਾਈਨ ਵੀ।
report-dsl = ਬੱਚਿਆਂ ਦੀ ਸੁਰੱਖਿਆ ਦਾ ਮੁੱਖ ਜ਼ਿੰਮੇਵਾਰ (DSL)
report-deputy-dsl = ਬੱਚਿਆਂ ਦੀ ਸੁਰੱਖਿਆ ਦਾ ਉਪ ਜ਼ਿੰਮੇਵਾਰ (Deputy DSL)
report-school-phone = ਸਕੂਲ ਦਾ ਦਫ਼ਤਰ
exit-help-title = "ਹੁਣੇ ਪੰਨਾ ਛੱਡੋ" ਕਿਵੇਂ ਕੰਮ ਕਰਦਾ ਹੈ
exit-help-what = "ਹੁਣੇ ਪੰਨਾ ਛੱਡੋ" ਤੁਹਾਨੂੰ ਸਿੱਧਾ ਕਿਸੇ ਹੋਰ ਵੈੱਬਸਾਈਟ ({ $host }) ’ਤੇ ਲੈ ਜਾਂਦਾ ਹੈ, ਤਾਂ ਜੋ ਤੁਹਾਡੀ ਸਕਰੀਨ ਦੇ ਨੇੜੇ ਆਉਣ ਵਾਲਾ ਕੋਈ ਵਿਅਕਤੀ ਇਹ ਨਾ ਦੇਖੇ ਕਿ ਤੁਸੀਂ ਕੀ ਪੜ੍ਹ ਰਹੇ ਸੀ।
exit-help-ways = ਇਸ ਨੂੰ ਵਰਤਣ ਦੇ ਤਿੰਨ ਤਰੀਕੇ ਹਨ:
exit-help-button = ਪੰਨੇ ਦੇ ਉੱਪਰ ਲਾਲ "ਹੁਣੇ ਪੰਨਾ ਛੱਡੋ" ਬਟਨ ਚੁਣੋ;
exit-help-shift = 5 ਸਕਿੰਟਾਂ ਦੇ ਅੰਦਰ Shift ਕੁੰਜੀ 3 ਵਾਰ ਦਬਾਓ;
exit-help-skip = ਜੇ ਤੁਸੀਂ ਕੀਬੋਰਡ ਜਾਂ ਸਕਰੀਨ ਰੀਡਰ ਵਰਤਦੇ ਹੋ, ਤਾਂ "ਮੁੱਖ ਸਮੱਗਰੀ ’ਤੇ ਜਾਓ" ਤੋਂ ਠੀਕ ਬਾਅਦ ਵਾਲਾ "ਹੁਣੇ ਪੰਨਾ ਛੱਡੋ" ਲਿੰਕ ਵਰਤੋ।
exit-help-history-heading = ਇਸ ਨਾਲ ਬ੍ਰਾਊਜ਼ਿੰਗ ਹਿਸਟਰੀ ਸਾਫ਼ ਨਹੀਂ ਹੁੰਦੀ
exit-help-history = ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਅਜੇ ਵੀ ਤੁਹਾਡੇ ਖੋਲ੍ਹੇ ਪੰਨੇ ਯਾਦ ਰੱਖਦਾ ਹੈ। ਇਹ ਡਿਵਾਈਸ ਵਰਤਣ ਵਾਲਾ ਕੋਈ ਹੋਰ ਵਿਅਕਤੀ ਉਹਨਾਂ ਨੂੰ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਹਿਸਟਰੀ ਵਿੱਚ ਦੇਖ ਸਕਦਾ ਹੈ, ਅਤੇ Back ਬਟਨ ਪੰਨੇ ਨੂੰ ਵਾਪਸ ਲੈ ਆਵੇਗਾ।
exit-help-private = ਘੱਟ ਨਿਸ਼ਾਨ ਛੱਡਣ ਲਈ ਪ੍ਰਾਈਵੇਟ ਜਾਂ ਇਨਕੌਗਨਿਟੋ ਵਿੰਡੋ ਵਰਤੋ, ਭਰੋਸੇ ਵਾਲੀ ਡਿਵਾਈਸ ਵਰਤੋ, ਅਤੇ ਕੰਮ ਖ਼ਤਮ ਹੋਣ ’ਤੇ ਇਹ ਵੈੱਬਸਾਈਟ ਆਪਣੀ ਬ੍ਰਾਊਜ਼ਿੰਗ ਹਿਸਟਰੀ ਵਿੱਚੋਂ ਮਿਟਾ ਦਿਓ।
exit-help-danger = ਜੇ ਤੁਸੀਂ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
# Policies.
policy-published = ਛਪੀ
policy-review = ਅਗਲੀ ਸਮੀਖਿਆ
policy-agreed-by = ਮਨਜ਼ੂਰ ਕਰਨ ਵਾਲੇ
# The accessibility statement, following GOV.UK's model statement.
statement-heading = { $site } ਦਾ ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
statement-applies = ਇਹ ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ { $url } ’ਤੇ ਲਾਗੂ ਹੁੰਦਾ ਹੈ।
statement-run-by = ਇਹ ਵੈੱਬਸਾਈਟ { $site } ਚਲਾਉਂਦਾ ਹੈ। ਅਸੀਂ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਵੱਧ ਤੋਂ ਵੱਧ ਲੋਕ ਇਹ ਵੈੱਬਸਾਈਟ ਵਰਤ ਸਕਣ। ਉਦਾਹਰਨ ਲਈ, ਤੁਸੀਂ ਇਹ ਕਰ ਸਕਣੇ ਚਾਹੀਦੇ ਹੋ:
statement-can-colours = ਬ੍ਰਾਊਜ਼ਰ ਜਾਂ ਡਿਵਾਈਸ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਨਾਲ ਰੰਗ, ਕੰਟ੍ਰਾਸਟ ਅਤੇ ਫੌਂਟ ਬਦਲਣਾ
statement-can-zoom = ਲਿਖਤ ਸਕਰੀਨ ਤੋਂ ਬਾਹਰ ਗਏ ਬਿਨਾਂ 400% ਤੱਕ ਵੱਡਾ ਕਰਨਾ
statement-can-keyboard = ਵੈੱਬਸਾਈਟ ਦੇ ਜ਼ਿਆਦਾਤਰ ਹਿੱਸੇ ਵਿੱਚ ਕੀਬੋਰਡ ਜਾਂ ਆਵਾਜ਼ ਪਛਾਣਨ ਵਾਲੇ ਸੌਫ਼ਟਵੇਅਰ ਨਾਲ ਘੁੰਮਣਾ
statement-can-screen-reader = ਸਕਰੀਨ ਰੀਡਰ ਨਾਲ ਵੈੱਬਸਾਈਟ ਦਾ ਜ਼ਿਆਦਾਤਰ ਹਿੱਸਾ ਸੁਣਨਾ (JAWS, NVDA ਅਤੇ VoiceOver ਦੇ ਨਵੇਂ ਰੂਪਾਂ ਸਮੇਤ)
statement-can-versions = ਬਹੁਤ ਸਾਰੇ ਪੰਨੇ ਸੌਖੀ ਭਾਸ਼ਾ ਵਿੱਚ ਪੜ੍ਹਨਾ, ਅਤੇ ਪਾਠਾਂ ਦੇ ਮੁੱਖ ਸ਼ਬਦ ਆਪਣੇ ਘਰ ਦੀ ਭਾਸ਼ਾ ਵਿੱਚ ਦੇਖਣਾ
statement-simple = ਅਸੀਂ ਵੈੱਬਸਾਈਟ ਦੀ ਲਿਖਤ ਵੀ ਜਿੰਨੀ ਹੋ ਸਕੇ ਸੌਖੀ ਰੱਖੀ ਹੈ।
statement-abilitynet = ਜੇ ਤੁਹਾਨੂੰ ਕੋਈ ਅਪੰਗਤਾ ਹੈ, ਤਾਂ AbilityNet ਕੋਲ ਆਪਣੀ ਡਿਵਾਈਸ ਵਰਤਣੀ ਸੌਖੀ ਬਣਾਉਣ ਬਾਰੇ ਸਲਾਹ ਹੈ।
statement-how-heading = ਇਹ ਵੈੱਬਸਾਈਟ ਕਿੰਨੀ ਪਹੁੰਚਯੋਗ ਹੈ
statement-how-known = ਅਸੀਂ ਜਾਣਦੇ ਹਾਂ ਕਿ ਇਸ ਵੈੱਬਸਾਈਟ ਦੇ ਕੁਝ ਹਿੱਸੇ ਪੂਰੀ ਤਰ੍ਹਾਂ ਪਹੁੰਚਯੋਗ ਨਹੀਂ ਹਨ:
statement-how-full = ਸਾਨੂੰ ਇਸ ਵੈੱਬਸਾਈਟ ਦੇ ਕਿਸੇ ਅਜਿਹੇ ਹਿੱਸੇ ਦਾ ਪਤਾ ਨਹੀਂ ਜੋ ਪਹੁੰਚਯੋਗ ਨਾ ਹੋਵੇ।
statement-how-testing = ਅਸੀਂ ਅਜੇ ਵੀ ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਜਾਂਚ ਕਰ ਰਹੇ ਹਾਂ। ਜੇ ਕੋਈ ਚੀਜ਼ ਵਰਤਣੀ ਔਖੀ ਲੱਗੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਸਾਨੂੰ ਦੱਸੋ।
statement-feedback-heading = ਸੁਝਾਅ ਅਤੇ ਸੰਪਰਕ ਜਾਣਕਾਰੀ
statement-feedback = ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਜਾਣਕਾਰੀ ਕਿਸੇ ਹੋਰ ਰੂਪ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ, ਜਿਵੇਂ ਪਹੁੰਚਯੋਗ PDF, ਵੱਡੇ ਅੱਖਰ, ਸੌਖੀ ਭਾਸ਼ਾ, ਆਡੀਓ ਰਿਕਾਰਡਿੰਗ ਜਾਂ ਬ੍ਰੇਲ:
statement-email = ਈਮੇਲ ਕਰੋ
statement-call = ਫ਼ੋਨ ਕਰੋ
statement-form = ਸਾਡਾ ਸੰਪਰਕ ਫ਼ਾਰਮ ਵਰਤੋ
statement-response = ਅਸੀਂ ਤੁਹਾਡੀ ਬੇਨਤੀ ’ਤੇ ਵਿਚਾਰ ਕਰਾਂਗੇ ਅਤੇ { $days } ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਦੇਵਾਂਗੇ।
statement-reporting-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀਆਂ ਪਹੁੰਚਯੋਗਤਾ ਸਮੱਸਿਆਵਾਂ ਦੀ ਰਿਪੋਰਟ
statement-reporting = ਅਸੀਂ ਹਮੇਸ਼ਾ ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਪਹੁੰਚਯੋਗਤਾ ਸੁਧਾਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦੇ ਹਾਂ। ਜੇ ਤੁਹਾਨੂੰ ਕੋਈ ਅਜਿਹੀ ਸਮੱਸਿਆ ਮਿਲੇ ਜੋ ਇਸ ਪੰਨੇ ’ਤੇ ਦਰਜ ਨਹੀਂ, ਜਾਂ ਤੁਹਾਨੂੰ ਲੱਗੇ ਕਿ ਅਸੀਂ ਪਹੁੰਚਯੋਗਤਾ ਦੀਆਂ ਸ਼ਰਤਾਂ ਪੂਰੀਆਂ ਨਹੀਂ ਕਰ ਰਹੇ, ਤਾਂ ਉੱਪਰ ਦਿੱਤੇ ਕਿਸੇ ਵੀ ਤਰੀਕੇ ਨਾਲ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
statement-enforcement-heading = ਲਾਗੂ ਕਰਨ ਦੀ ਪ੍ਰਕਿਰਿਆ
statement-enforcement = Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 ("ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮ") ਲਾਗੂ ਕਰਨ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ Equality and Human Rights Commission (EHRC) ਦੀ ਹੈ। ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਦੇ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਖ਼ੁਸ਼ ਨਹੀਂ ਹੋ, ਤਾਂ Equality Advisory and Support Service (EASS) ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
statement-technical-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਪਹੁੰਚਯੋਗਤਾ ਬਾਰੇ ਤਕਨੀਕੀ ਜਾਣਕਾਰੀ
statement-technical = { $site } ਆਪਣੀ ਵੈੱਬਸਾਈਟ ਨੂੰ Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 ਦੇ ਮੁਤਾਬਕ ਪਹੁੰਚਯੋਗ ਬਣਾਉਣ ਲਈ ਵਚਨਬੱਧ ਹੈ।
statement-compliance-heading = ਪਾਲਣਾ ਦੀ ਸਥਿਤੀ
statement-compliance-full = ਇਹ ਵੈੱਬਸਾਈਟ Web Content Accessibility Guidelines ਰੂਪ 2.2 ਦੇ AA ਮਿਆਰ ਦੀ ਪੂਰੀ ਪਾਲਣਾ ਕਰਦੀ ਹੈ।
statement-compliance-partial = ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਕਮੀਆਂ ਕਰਕੇ ਇਹ ਵੈੱਬਸਾਈਟ Web Content Accessibility Guidelines ਰੂਪ 2.2 ਦੇ AA ਮਿਆਰ ਦੀ ਅੰਸ਼ਕ ਪਾਲਣਾ ਕਰਦੀ ਹੈ।
statement-compliance-none = ਇਹ ਵੈੱਬਸਾਈਟ Web Content Accessibility Guidelines ਰੂਪ 2.2 ਦੇ AA ਮਿਆਰ ਦੀ ਪਾਲਣਾ ਨਹੀਂ ਕਰਦੀ। ਕਮੀਆਂ ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਹਨ।
statement-non-accessible-heading = ਪਹੁੰਚ ਤੋਂ ਬਾਹਰ ਸਮੱਗਰੀ
statement-non-accessible = ਹੇਠਾਂ ਦਿੱਤੀ ਸਮੱਗਰੀ ਇਹਨਾਂ ਕਾਰਨਾਂ ਕਰਕੇ ਪਹੁੰਚਯੋਗ ਨਹੀਂ ਹੈ।
statement-non-compliance-heading = ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮਾਂ ਦੀ ਪਾਲਣਾ ਵਿੱਚ ਕਮੀ
statement-criterion = ਇਹ WCAG 2.2 ਦੀ ਸਫਲਤਾ ਕਸੌਟੀ { $criterion } ’ਤੇ ਪੂਰਾ ਨਹੀਂ ਉਤਰਦਾ।
statement-fix-by = ਅਸੀਂ ਇਸ ਨੂੰ { $date } ਤੱਕ ਠੀਕ ਕਰਨ ਦੀ ਯੋਜਨਾ ਬਣਾ ਰਹੇ ਹਾਂ।
statement-none-known = ਸਾਡੀ ਜਾਣਕਾਰੀ ਵਿੱਚ ਕੋਈ ਨਹੀਂ।
statement-burden-heading = ਬੇਹਿਸਾਬ ਬੋਝ
statement-burden-none = ਅਸੀਂ ਇਹ ਦਾਅਵਾ ਨਹੀਂ ਕਰਦੇ ਕਿ ਕੋਈ ਵੀ ਸੁਧਾਰ ਬੇਹਿਸਾਬ ਬੋਝ ਹੋਵੇਗਾ।
statement-scope-heading = ਉਹ ਸਮੱਗਰੀ ਜੋ ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮਾਂ ਦੇ ਦਾਇਰੇ ਵਿੱਚ ਨਹੀਂ ਆਉਂਦੀ
statement-preparation-heading = ਇਸ ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ ਦੀ ਤਿਆਰੀ
statement-prepared = ਇਹ ਬਿਆਨ { $prepared } ਨੂੰ ਤਿਆਰ ਕੀਤਾ ਗਿਆ। ਇਸ ਦੀ ਆਖ਼ਰੀ ਸਮੀਖਿਆ { $reviewed } ਨੂੰ ਹੋਈ।
statement-tested = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਆਖ਼ਰੀ ਜਾਂਚ { $date } ਨੂੰ ਹੋਈ।
home-bands-heading = ਉਮਰ ਮੁਤਾਬਕ ਪਾਠ
home-sections-heading = ਵੈੱਬਸਾਈਟ ਵਿੱਚ ਕੀ ਹੈ
band-eyfs = ਸ਼ੁਰੂਆਤੀ ਸਾਲ (Early years)
band-ks1 = ਕੀ ਸਟੇਜ 1 (Key Stage 1)
band-ks2 = ਕੀ ਸਟੇਜ 2 (Key Stage 2)
band-ks3 = ਕੀ ਸਟੇਜ 3 (Key Stage 3)
band-ks4 = ਕੀ ਸਟੇਜ 4 (Key Stage 4)
band-ages = ਉਮਰ { $from } ਤੋਂ { $to } ਸਾਲ
lessons-count = { $count ->
    [one] { $count } ਪਾਠ
   *[other] { $count } ਪਾਠ
}
lesson-band = ਉਮਰ ਦਾ ਗਰੁੱਪ
lesson-topics = ਆਨਲਾਈਨ ਖ਼ਤਰੇ
lesson-duration-label = ਸਮਾਂ
lesson-duration = { $minutes ->
    [one] { $minutes } ਮਿੰਟ
   *[other] { $minutes } ਮਿੰਟ
}
lesson-objectives = ਇਸ ਪਾਠ ਵਿੱਚ
topic-content = ਸਮੱਗਰੀ
topic-contact = ਸੰਪਰਕ
topic-conduct = ਵਿਹਾਰ
topic-commerce = ਪੈਸਾ ਅਤੇ ਖ਼ਰੀਦੋ-ਫ਼ਰੋਖ਼ਤ
topic-content-about = ਸਮੱਗਰੀ ਦੇ ਖ਼ਤਰੇ: ਆਨਲਾਈਨ ਅਜਿਹੀਆਂ ਚੀਜ਼ਾਂ ਦੇਖਣਾ ਜੋ ਗ਼ੈਰ-ਕਾਨੂੰਨੀ, ਨੁਕਸਾਨਦੇਹ ਜਾਂ ਤੁਹਾਡੀ ਉਮਰ ਲਈ ਠੀਕ ਨਹੀਂ ਹਨ।
topic-contact-about = ਸੰਪਰਕ ਦੇ ਖ਼ਤਰੇ: ਆਨਲਾਈਨ ਲੋਕ ਜੋ ਦੂਜਿਆਂ ’ਤੇ ਦਬਾਅ ਪਾਉਂਦੇ ਹਨ, ਧੋਖਾ ਦਿੰਦੇ ਹਨ ਜਾਂ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਂਦੇ ਹਨ।
topic-conduct-about = ਵਿਹਾਰ ਦੇ ਖ਼ਤਰੇ: ਆਨਲਾਈਨ ਸਾਡੇ ਕੰਮ ਜੋ ਸਾਨੂੰ ਜਾਂ ਦੂਜਿਆਂ ਨੂੰ ਦੁੱਖ ਪਹੁੰਚਾ ਸਕਦੇ ਹਨ।
topic-commerce-about = ਪੈਸੇ ਦੇ ਖ਼ਤਰੇ: ਠੱਗੀ, ਜੂਆ, ਗੇਮਾਂ ਵਿੱਚ ਖ਼ਰਚ ਅਤੇ ਇਸ਼ਤਿਹਾਰ।
not-easy-read = ਇਸ ਪੰਨੇ ਦਾ ਸੌਖੀ ਭਾਸ਼ਾ ਵਾਲਾ ਰੂਪ ਅਜੇ ਪੰਜਾਬੀ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਹੇਠਾਂ ਆਮ ਪੰਨਾ ਹੈ।
eal-about = ਪਾਠ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ। ਮੁੱਖ ਸ਼ਬਦਾਂ ਦੇ ਨਾਲ ਉਹਨਾਂ ਦਾ ਅਰਥ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖਿਆ ਹੈ।
eal-key-words = ਮੁੱਖ ਸ਼ਬਦ
eal-english = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
eal-translation = ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ

# Reading preferences (partials/reading.html).
reading-button = ਪੜ੍ਹਨ ਦੀਆਂ ਪਸੰਦਾਂ
reading-size = ਲਿਖਤ ਦਾ ਆਕਾਰ
reading-size-standard = ਆਮ
reading-size-large = ਵੱਡਾ
reading-size-larger = ਹੋਰ ਵੱਡਾ
reading-spacing = ਸਤਰਾਂ ਵਿਚਕਾਰ ਥਾਂ
reading-spacing-standard = ਆਮ
reading-spacing-wide = ਖੁੱਲ੍ਹੀ
reading-spacing-wider = ਹੋਰ ਖੁੱਲ੍ਹੀ
reading-background = ਪਿਛੋਕੜ ਦਾ ਰੰਗ
reading-background-white = ਚਿੱਟਾ
reading-background-cream = ਕਰੀਮ
reading-background-blue = ਹਲਕਾ ਨੀਲਾ
reading-font = ਅੱਖਰ
reading-font-standard = ਆਮ
reading-font-dyslexia = ਪੜ੍ਹਨ ਵਿੱਚ ਸੌਖੇ (ਡਿਸਲੈਕਸੀਆ)
reading-reset = ਪਹਿਲਾਂ ਵਾਂਗ ਕਰੋ
reading-note = ਤੁਹਾਡੀਆਂ ਪਸੰਦਾਂ ਸਿਰਫ਼ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਸੇਵ ਹਨ।

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = ਪਾਠਕ੍ਰਮ ਦਾ ਨਕਸ਼ਾ
curriculum-about = ਇੱਥੇ ਦੇਖੋ ਕਿ ਸਾਡੇ ਕਿਹੜੇ ਪਾਠ ਹਰ ਉਮਰ ਦੇ ਗਰੁੱਪ ਨੂੰ ਆਨਲਾਈਨ ਸੁਰੱਖਿਅਤ ਰਹਿਣ ਦਾ ਕਿਹੜਾ ਹਿੱਸਾ ਸਿਖਾਉਂਦੇ ਹਨ। ਅੱਠ ਖੇਤਰ Education for a Connected World ਤੋਂ ਲਏ ਗਏ ਹਨ, ਜੋ ਯੂਕੇ ਦੀ ਇੰਟਰਨੈੱਟ ਸੁਰੱਖਿਆ ਕੌਂਸਲ (UK Council for Internet Safety) ਦਾ ਢਾਂਚਾ ਹੈ।
curriculum-caption = ਹਰ ਖੇਤਰ ਅਤੇ ਉਮਰ ਦੇ ਗਰੁੱਪ ਲਈ ਪਾਠ
curriculum-scroll = ਉਮਰ ਦੇ ਸਾਰੇ ਗਰੁੱਪ ਦੇਖਣ ਲਈ ਟੇਬਲ ਨੂੰ ਪਾਸੇ ਵੱਲ ਸਕ੍ਰੋਲ ਕਰੋ।
curriculum-strand = ਖੇਤਰ
curriculum-gap = ਅਜੇ ਕੋਈ ਪਾਠ ਨਹੀਂ
curriculum-four-cs = ਆਨਲਾਈਨ ਖ਼ਤਰਿਆਂ ਦੀਆਂ ਚਾਰ ਕਿਸਮਾਂ
curriculum-four-cs-missing = ਅਜੇ ਨਹੀਂ:
curriculum-link = ਪਾਠਕ੍ਰਮ ਦੇ ਨਕਸ਼ੇ ਉੱਤੇ ਦੇਖੋ ਕਿ ਕਿਹੜੇ ਪਾਠ ਹਰ ਉਮਰ ਦੇ ਗਰੁੱਪ ਨੂੰ ਕਿਹੜਾ ਖੇਤਰ ਸਿਖਾਉਂਦੇ ਹਨ।
strand-self-image-and-identity = ਆਪਣਾ ਅਕਸ ਅਤੇ ਪਛਾਣ
strand-online-relationships = ਆਨਲਾਈਨ ਰਿਸ਼ਤੇ
strand-online-reputation = ਆਨਲਾਈਨ ਸਾਖ
strand-online-bullying = ਆਨਲਾਈਨ ਬੁਲਿੰਗ
strand-managing-online-information = ਆਨਲਾਈਨ ਜਾਣਕਾਰੀ ਨੂੰ ਸੰਭਾਲਣਾ
strand-health-wellbeing-and-lifestyle = ਸਿਹਤ, ਤੰਦਰੁਸਤੀ ਅਤੇ ਜੀਵਨ-ਸ਼ੈਲੀ
strand-privacy-and-security = ਨਿੱਜਤਾ ਅਤੇ ਸੁਰੱਖਿਆ
strand-copyright-and-ownership = ਕਾਪੀਰਾਈਟ ਅਤੇ ਮਾਲਕੀ

# --- issue 18: a real school's first hour ---
example-site = ਇਹ ਇੱਕ ਕਾਲਪਨਿਕ ਸਕੂਲ ਦੀ ਨਮੂਨਾ ਵੈੱਬਸਾਈਟ ਹੈ। ਇਸ ਦੇ ਲੋਕ, ਫ਼ੋਨ ਨੰਬਰ ਅਤੇ ਪਤਾ ਅਸਲੀ ਨਹੀਂ ਹਨ।
# --- issue 20: search results shown ten at a time ---
search-more = ਹੋਰ ਨਤੀਜੇ
