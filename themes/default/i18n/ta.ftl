# haven UI strings: Tamil (தமிழ்)
# reviewed-by-fluent-speaker: no
# Script: Tamil, written left-to-right. Plain standard written Tamil with "நீங்கள்"; short button labels; names (CEOP, Childline, NSPCC, IWF) kept in Latin letters.
skip-to-content = முதன்மை உள்ளடக்கத்துக்குச் செல்லுங்கள்
ceop-button = CEOP-க்குப் புகாரளியுங்கள்
nav-label = முதன்மை மெனு
menu-button = மெனு
nav-home = முகப்பு
versions-label = இந்தப் பக்கம் மற்ற மொழிகளிலும் பதிப்புகளிலும்
version-easy = எளிய வாசிப்பு
version-standard = வழக்கமான பதிப்பு
version-eal = என் மொழியில் முக்கியச் சொற்கள்
not-translated = இந்தப் பக்கம் இன்னும் தமிழில் மொழிபெயர்க்கப்படவில்லை. மூலப் பக்கம் கீழே உள்ளது.
footer-report = கவலையைத் தெரிவியுங்கள்
footer-accessibility = அணுகல்தன்மை அறிக்கை
search-title = தேடல்
search-label = இந்தத் தளத்தில் தேடுங்கள்
search-button = தேடு
search-loading = தேடல் ஏற்றப்படுகிறது…
search-found = கிடைத்த பக்கங்கள்: { $count }
search-none = பக்கம் எதுவும் கிடைக்கவில்லை. வேறு சொல்லை, அல்லது சொல்லின் தொடக்கத்தை மட்டும் முயலுங்கள்.
search-no-js = தேடலுக்கு JavaScript தேவை; அது இந்த உலாவியில் அணைக்கப்பட்டுள்ளது அல்லது வேலை செய்யவில்லை. ஒவ்வொரு பக்கத்தையும் தளத்தின் பிரிவுகளிலிருந்து திறக்கலாம்:
accessibility-title = அணுகல்தன்மை அறிக்கை
not-found-title = பக்கம் கிடைக்கவில்லை
not-found-text = அந்தப் பக்கத்தை எங்களால் கண்டுபிடிக்க முடியவில்லை. அது இடம் மாறியிருக்கலாம். முகப்புப் பக்கத்தையோ தேடலையோ முயலுங்கள்.
posters-title = ஒவ்வொரு அறைக்கும் சுவரொட்டிகள்
print-all-title = எல்லாச் சுவரொட்டிகளையும் அச்சிடுங்கள்
poster-title = சுவரொட்டி
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = திங்கள்
weekday-2 = செவ்வாய்
weekday-3 = புதன்
weekday-4 = வியாழன்
weekday-5 = வெள்ளி
weekday-6 = சனி
weekday-7 = ஞாயிறு
month-1 = ஜனவரி
month-2 = பிப்ரவரி
month-3 = மார்ச்
month-4 = ஏப்ரல்
month-5 = மே
month-6 = ஜூன்
month-7 = ஜூலை
month-8 = ஆகஸ்ட்
month-9 = செப்டம்பர்
month-10 = அக்டோபர்
month-11 = நவம்பர்
month-12 = டிசம்பர்
date-day = { $day } { $month }, { $year }
date-weekday = { $weekday }, { $day } { $month }, { $year }
# Lessons and present mode.
home-bands-intro = உங்கள் பிள்ளையின் வயதுப் பிரிவை, அல்லது உங்களுடையதைத் தேர்ந்தெடுத்து, இணையத்தில் பாதுகாப்பாக இருப்பது பற்றி அவர்கள் என்ன கற்கிறார்கள் என்று பாருங்கள்.
band-years-eyfs = நர்சரி மற்றும் ரிசெப்ஷன் (Nursery, Reception)
band-years-ks1 = ஆண்டு 1, 2 (Years 1–2)
band-years-ks2 = ஆண்டு 3 முதல் 6 வரை (Years 3–6)
band-years-ks3 = ஆண்டு 7 முதல் 9 வரை (Years 7–9)
band-years-ks4 = ஆண்டு 10, 11 (Years 10–11)
topic-lessons-none = இதைப் பற்றி இன்னும் பாடங்கள் இல்லை.
present-start = காட்சிப்படுத்து
present-help = இந்தப் பாடத்தை வகுப்பறைப் பலகையில் காட்டுங்கள், ஒவ்வொரு பகுதிக்கும் ஒரு ஸ்லைடு. விசைகள்: அடுத்த ஸ்லைடுக்கு வலது அம்பு அல்லது Space, பின்செல்ல இடது அம்பு, முழுத் திரைக்கு F, நிறுத்த Esc.
present-next = அடுத்த ஸ்லைடு
present-previous = முந்தைய ஸ்லைடு
present-leave = காட்சியை நிறுத்து
present-counter = ஸ்லைடு { $current } / { $total }
# Posters.
posters-intro = இணைய வசதி உள்ள ஒவ்வொரு அறையிலும், அதன் வயதுப் பிரிவுக்கான ஏற்கத்தக்க பயன்பாட்டு விதிகளின் சுவரொட்டி, அங்குள்ள மாணவர்கள் படிக்கும் மொழிகளில் இருக்கும். ஒவ்வொரு சுவரொட்டியும் ஒரே தாளில் அச்சாகும்.
posters-paper = { $paper } தாள்
posters-print-all = எல்லாச் சுவரொட்டிகளையும் அச்சிடுங்கள்
print-all-intro = ஒவ்வொரு அறையின் சுவரொட்டியையும் தனித் தாளில் பெற இந்தப் பக்கத்தை அச்சிடுங்கள். A3 அறைகளின் சுவரொட்டிகள் A3 தாளுக்கு அமைக்கப்பட்டுள்ளன.
poster-print = இந்தச் சுவரொட்டியை அச்சிடுங்கள்
poster-print-note = { $paper } தாளில், நீளவாக்கில் (portrait) அச்சிடுங்கள்.
poster-tell = இணையத்தில் ஏதாவது உன்னைக் கவலைப்படுத்தினால், நிறுத்திவிட்டு நம்பிக்கையான பெரியவரிடம் சொல்.
poster-qr-label = QR குறியீடு: இந்தச் சுவரொட்டியை இணையத்தில் படிக்க இதை ஸ்கேன் செய், முகவரி { $url }
poster-qr-caption = எங்கள் விதிகளை இணையத்தில் படிக்க ஸ்கேன் செய்
# Safer Internet Day.
sid-banner = பாதுகாப்பான இணைய நாள் (Safer Internet Day): { $date }. { $days ->
    [one] இன்னும் { $days } நாள்
   *[other] இன்னும் { $days } நாட்கள்
}
sid-banner-today = இன்று, { $date }, பாதுகாப்பான இணைய நாள் (Safer Internet Day)!
sid-banner-link = எப்படிப் பங்கேற்பது
sid-day = நாள்
sid-theme = கருப்பொருள்
sid-lessons-by-age = ஒவ்வொரு வயதுக்கும் எங்கள் பாடங்கள்
sid-past-years = முந்தைய ஆண்டுகள்
# The home-school agreement.
agreement-version = பதிப்பு { $version }
agreement-agreed = ஒப்புக்கொண்ட தேதி: { $date }
agreement-print = இந்த ஒப்பந்தத்தை அச்சிடுங்கள்
agreement-sign-heading = கையொப்பங்கள்
agreement-sign-parent = பெற்றோர் அல்லது பராமரிப்பாளர்
agreement-sign-learner = மாணவர்
agreement-sign-school = பள்ளியின் சார்பில்
agreement-sign-name = பெயர்
agreement-sign-signature = கையொப்பம்
agreement-sign-date = தேதி
# The useful-links directory.
links-jump = யாருக்கான இணைப்புகள்
links-filter-label = இணைப்பைத் தேடுங்கள்
links-filter-hint = ஆங்கிலத்தில் ஒரு சொல்லை எழுதுங்கள், எ.கா. bullying (கொடுமைப்படுத்துதல்), gaming (விளையாட்டு) அல்லது helpline (உதவி எண்).
links-shown = காட்டப்படும் இணைப்புகள்: { $count }
links-none = எந்த இணைப்பும் பொருந்தவில்லை. வேறு சொல்லை முயலுங்கள்.
links-audience-parents = பெற்றோருக்கும் பராமரிப்பாளர்களுக்கும்
links-audience-learners = குழந்தைகளுக்கும் இளைஞர்களுக்கும்
links-audience-staff = பள்ளிப் பணியாளர்களுக்கு
links-category-national = தேசிய அமைப்புகள்
links-category-helpline = உதவி எண்கள்
links-category-local = உள்ளூர்ச் சேவைகள்
links-phone = தொலைபேசி
# Report a concern, and Exit this page.
exit-button = உடனே வெளியேறுங்கள்
exit-emergency = அவசரம்
exit-loading = ஏற்றப்படுகிறது.
exit-press-two = Shift: வெளியேற இன்னும் 2 முறை அழுத்துங்கள்.
exit-press-one = Shift: வெளியேற இன்னும் 1 முறை அழுத்துங்கள்.
exit-expired = "உடனே வெளியேறுங்கள்" நேரம் முடிந்தது.
exit-about = "உடனே வெளியேறுங்கள்" எப்படி வேலை செய்கிறது
report-danger-heading = யாராவது இப்போதே ஆபத்தில் இருந்தால்
report-danger = 999-ஐ அழைத்து காவல்துறையைக் கேளுங்கள். ஒரு குழந்தை உடனடி ஆபத்தில் இருந்தால் முதலில் இதைச் செய்யுங்கள்.
report-ceop-heading = இணையத்தில் பாலியல் துஷ்பிரயோகமும் க்ரூமிங்கும்: CEOP-க்குப் புகாரளியுங்கள்
report-ceop-who = 18 வயதுக்குட்பட்ட குழந்தைகளும் இளைஞர்களும் CEOP-க்குப் புகாரளிக்கலாம்; ஒரு குழந்தையைப் பற்றிக் கவலைப்படும் பெரியவர்களும் புகாரளிக்கலாம். சிறிய குழந்தைகள் நம்பிக்கையான பெரியவரிடம் உதவி கேட்க வேண்டும்.
report-ceop-agency = CEOP என்பது சட்ட அமலாக்க அமைப்பான National Crime Agency (தேசியக் குற்ற முகமை)-யின் ஒரு பகுதி.
report-ceop-anonymous = புகார்கள் பெயரில்லாமல் இருக்காது: குழந்தை அல்லது இளைஞர் பாதுகாப்பாக இருப்பதை உறுதிசெய்வது CEOP-யின் கடமை.
report-ceop-for = CEOP இணையத்தில் நடக்கும் பாலியல் துஷ்பிரயோகம், க்ரூமிங் ஆகியவற்றுக்கானது. கொடுமைப்படுத்துதல், போலிக் கணக்குகள், கணக்கு ஹேக்கிங் ஆகியவற்றை அது கையாள்வதில்லை.
report-ceop-read = புகாரளிக்கும் முன் CEOP Safety Centre-இல் உள்ள ஆலோசனையைப் படியுங்கள்.
report-other-heading = கொடுமைப்படுத்துதல், போலிக் கணக்குகள், ஹேக்கிங்
report-other = CEOP இவற்றைக் கையாள்வதில்லை. நம்பிக்கையான பெரியவரிடமோ பள்ளியிடமோ சொல்லுங்கள், அந்தக் கணக்கையோ பதிவையோ செயலி, விளையாட்டு அல்லது இணையதளத்திடம் புகாரளியுங்கள், இவர்களிடம் பேசுங்கள்:
report-childline = Childline, குழந்தைகளுக்கும் இளைஞர்களுக்கும், இலவசம்:
report-nspcc = NSPCC உதவி எண், ஒரு குழந்தையைப் பற்றிக் கவலைப்படும் பெரியவர்களுக்கு:
report-iwf-heading = இணையத்தில் குழந்தைகளின் பாலியல் படங்கள்
report-iwf = இணையத்தில் 18 வயதுக்குட்பட்ட ஒருவரின் பாலியல் படங்களையோ வீடியோக்களையோ பார்த்தால், அந்த இணைய முகவரியை Internet Watch Foundation (IWF)-க்குப் புகாரளியுங்கள். அந்தப் படத்தைப் பகிர வேண்டாம், சேமிக்க வேண்டாம், ஸ்கிரீன்ஷாட் எடுக்க வேண்டாம், புகாரளிப்பதற்காகக்கூட வேண்டாம்.
report-iwf-link = IWF-க்குப் புகாரளியுங்கள்
report-school-heading = பள்ளியில் ஒருவரிடம் சொல்லுங்கள்
report-school = குழந்தைப் பாதுகாப்புக்கான நியமிக்கப்பட்ட பொறுப்பாளர் (Designated Safeguarding Lead, DSL) பள்ளியில், இணையம் உட்பட, குழந்தைகளின் பாதுகாப்புக்குத் தலைமை தாங்குகிறார்.
report-dsl = குழந்தைப் பாதுகாப்புக்கான நியமிக்கப்பட்ட பொறுப்பாளர் (DSL)
report-deputy-dsl = குழந்தைப் பாதுகாப்புக்கான துணைப் பொறுப்பாளர் (Deputy DSL)
report-school-phone = பள்ளி அலுவலகம்
exit-help-title = "உடனே வெளியேறுங்கள்" எப்படி வேலை செய்கிறது
exit-help-what = "உடனே வெளியேறுங்கள்" உங்களை நேராக வேறொரு இணையதளத்துக்கு ({ $host }) கொண்டுசெல்லும்; அதனால் உங்கள் திரைக்கு அருகில் வருபவர் நீங்கள் என்ன படித்துக்கொண்டிருந்தீர்கள் என்று பார்க்க முடியாது.
exit-help-ways = இதைப் பயன்படுத்த மூன்று வழிகள் உள்ளன:
exit-help-button = பக்கத்தின் மேலே உள்ள சிவப்பு "உடனே வெளியேறுங்கள்" பொத்தானைத் தேர்ந்தெடுங்கள்;
exit-help-shift = 5 விநாடிகளுக்குள் Shift விசையை 3 முறை அழுத்துங்கள்;
exit-help-skip = விசைப்பலகை அல்லது திரை வாசிப்பான் பயன்படுத்தினால், "முதன்மை உள்ளடக்கத்துக்குச் செல்லுங்கள்" இணைப்புக்கு அடுத்து வரும் "உடனே வெளியேறுங்கள்" இணைப்பைப் பயன்படுத்துங்கள்.
exit-help-history-heading = இது உங்கள் உலாவல் வரலாற்றை அழிக்காது
exit-help-history = நீங்கள் பார்த்த பக்கங்களை உங்கள் உலாவி இன்னும் நினைவில் வைத்திருக்கும். இந்தச் சாதனத்தைப் பயன்படுத்தும் வேறொருவர் அவற்றை உலாவியின் வரலாற்றில் பார்க்கலாம்; Back பொத்தான் அந்தப் பக்கத்தைத் திரும்பக் கொண்டுவரும்.
exit-help-private = குறைவான தடயங்களை விட்டுச்செல்ல, தனிப்பட்ட (incognito) சாளரத்தைப் பயன்படுத்துங்கள், நம்பிக்கையான சாதனத்தைப் பயன்படுத்துங்கள், முடித்ததும் இந்த இணையதளத்தை உலாவல் வரலாற்றிலிருந்து நீக்குங்கள்.
exit-help-danger = நீங்கள் ஆபத்தில் இருந்தால், 999-ஐ அழையுங்கள்.
# Policies.
policy-published = வெளியிடப்பட்டது
policy-review = அடுத்த மறுஆய்வு
policy-agreed-by = ஒப்புதல் அளித்தவர்
# The accessibility statement, following GOV.UK's model statement.
statement-heading = { $site } அணுகல்தன்மை அறிக்கை
statement-applies = இந்த அணுகல்தன்மை அறிக்கை { $url } தளத்துக்குப் பொருந்தும்.
statement-run-by = இந்த இணையதளத்தை { $site } நடத்துகிறது. முடிந்தவரை அதிகமானோர் இந்த இணையதளத்தைப் பயன்படுத்த வேண்டும் என்று விரும்புகிறோம். உதாரணமாக, நீங்கள் இவற்றைச் செய்ய முடிய வேண்டும்:
statement-can-colours = உலாவி அல்லது சாதன அமைப்புகளில் நிறங்கள், மாறுபாட்டு அளவு, எழுத்துருக்களை மாற்றுவது
statement-can-zoom = உரை திரையை விட்டு வெளியே போகாமல் 400% வரை பெரிதாக்குவது
statement-can-keyboard = விசைப்பலகை அல்லது பேச்சு அறியும் மென்பொருள் மூலம் இணையதளத்தின் பெரும்பகுதியில் செல்வது
statement-can-screen-reader = திரை வாசிப்பான் மூலம் இணையதளத்தின் பெரும்பகுதியைக் கேட்பது (JAWS, NVDA, VoiceOver ஆகியவற்றின் புதிய பதிப்புகள் உட்பட)
statement-can-versions = பல பக்கங்களை எளிய வாசிப்புப் பதிப்பில் படிப்பது, பாடங்களை அவற்றின் முக்கியச் சொற்களுடன் வீட்டு மொழியில் பார்ப்பது
statement-simple = இணையதளத்தின் உரையை முடிந்தவரை எளிமையாகவும் எழுதியுள்ளோம்.
statement-abilitynet = உங்களுக்கு மாற்றுத்திறன் இருந்தால், உங்கள் சாதனத்தை எளிதாகப் பயன்படுத்துவது பற்றி AbilityNet ஆலோசனை தருகிறது.
statement-how-heading = இந்த இணையதளம் எவ்வளவு அணுகக்கூடியது
statement-how-known = இந்த இணையதளத்தின் சில பகுதிகள் முழுமையாக அணுகக்கூடியவை அல்ல என்று எங்களுக்குத் தெரியும்:
statement-how-full = இந்த இணையதளத்தில் அணுக முடியாத பகுதி எதுவும் எங்களுக்குத் தெரியவில்லை.
statement-how-testing = இந்த இணையதளத்தை நாங்கள் இன்னும் சரிபார்த்து வருகிறோம். பயன்படுத்தக் கடினமான ஏதாவது இருந்தால், தயவுசெய்து எங்களிடம் சொல்லுங்கள்.
statement-feedback-heading = கருத்தும் தொடர்புத் தகவலும்
statement-feedback = இந்த இணையதளத்தின் தகவல் வேறு வடிவத்தில் வேண்டுமென்றால், எ.கா. அணுகக்கூடிய PDF, பெரிய எழுத்து, எளிய வாசிப்பு, ஒலிப்பதிவு அல்லது பிரெயில்:
statement-email = மின்னஞ்சல் அனுப்புங்கள்
statement-call = அழையுங்கள்
statement-form = எங்கள் தொடர்புப் படிவத்தைப் பயன்படுத்துங்கள்
statement-response = உங்கள் கோரிக்கையைப் பரிசீலித்து { $days } வேலை நாட்களுக்குள் பதில் அளிப்போம்.
statement-reporting-heading = இந்த இணையதளத்தின் அணுகல்தன்மைச் சிக்கல்களைத் தெரிவித்தல்
statement-reporting = இந்த இணையதளத்தின் அணுகல்தன்மையை மேம்படுத்த எப்போதும் முயல்கிறோம். இந்தப் பக்கத்தில் குறிப்பிடப்படாத சிக்கல் ஏதாவது கண்டால், அல்லது அணுகல்தன்மைத் தேவைகளை நாங்கள் நிறைவேற்றவில்லை என்று நினைத்தால், மேலே உள்ள எந்த வழியிலும் எங்களைத் தொடர்புகொள்ளுங்கள்.
statement-enforcement-heading = அமலாக்க நடைமுறை
statement-enforcement = Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 ("அணுகல்தன்மை விதிமுறைகள்") அமலாக்கப் பொறுப்பு Equality and Human Rights Commission (EHRC)-க்கு உரியது. உங்கள் புகாருக்கு நாங்கள் அளிக்கும் பதிலில் திருப்தி இல்லையென்றால், Equality Advisory and Support Service (EASS)-ஐத் தொடர்புகொள்ளுங்கள்.
statement-technical-heading = இந்த இணையதளத்தின் அணுகல்தன்மை பற்றிய தொழில்நுட்பத் தகவல்
statement-technical = Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018-இன்படி தனது இணையதளத்தை அணுகக்கூடியதாக்க { $site } உறுதிபூண்டுள்ளது.
statement-compliance-heading = இணக்க நிலை
statement-compliance-full = இந்த இணையதளம் Web Content Accessibility Guidelines பதிப்பு 2.2 AA தரத்துடன் முழுமையாக இணங்குகிறது.
statement-compliance-partial = கீழே பட்டியலிடப்பட்ட இணக்கமின்மைகளால், இந்த இணையதளம் Web Content Accessibility Guidelines பதிப்பு 2.2 AA தரத்துடன் பகுதியளவு இணங்குகிறது.
statement-compliance-none = இந்த இணையதளம் Web Content Accessibility Guidelines பதிப்பு 2.2 AA தரத்துடன் இணங்கவில்லை. இணக்கமின்மைகள் கீழே பட்டியலிடப்பட்டுள்ளன.
statement-non-accessible-heading = அணுக முடியாத உள்ளடக்கம்
statement-non-accessible = கீழே பட்டியலிடப்பட்ட உள்ளடக்கம் பின்வரும் காரணங்களால் அணுக முடியாதது.
statement-non-compliance-heading = அணுகல்தன்மை விதிமுறைகளுடன் இணக்கமின்மை
statement-criterion = இது WCAG 2.2 வெற்றி அளவுகோல் { $criterion }-ஐ நிறைவு செய்யவில்லை.
statement-fix-by = இதை { $date }-க்குள் சரிசெய்யத் திட்டமிட்டுள்ளோம்.
statement-none-known = எங்களுக்குத் தெரிந்து எதுவும் இல்லை.
statement-burden-heading = விகிதாசாரமற்ற சுமை
statement-burden-none = எந்தத் திருத்தமும் விகிதாசாரமற்ற சுமையாக இருக்கும் என்று நாங்கள் கூறவில்லை.
statement-scope-heading = அணுகல்தன்மை விதிமுறைகளின் வரம்புக்குள் வராத உள்ளடக்கம்
statement-preparation-heading = இந்த அணுகல்தன்மை அறிக்கையைத் தயாரித்தல்
statement-prepared = இந்த அறிக்கை { $prepared } அன்று தயாரிக்கப்பட்டது. கடைசியாக { $reviewed } அன்று மறுஆய்வு செய்யப்பட்டது.
statement-tested = இந்த இணையதளம் கடைசியாக { $date } அன்று சோதிக்கப்பட்டது.
home-bands-heading = வயது வாரியாகப் பாடங்கள்
home-sections-heading = தளத்தில் என்ன உள்ளது
band-eyfs = தொடக்க ஆண்டுகள் (Early years)
band-ks1 = முக்கிய நிலை 1 (Key Stage 1)
band-ks2 = முக்கிய நிலை 2 (Key Stage 2)
band-ks3 = முக்கிய நிலை 3 (Key Stage 3)
band-ks4 = முக்கிய நிலை 4 (Key Stage 4)
band-ages = வயது { $from } முதல் { $to } வரை
lessons-count = { $count ->
    [one] { $count } பாடம்
   *[other] { $count } பாடங்கள்
}
lesson-band = வயதுப் பிரிவு
lesson-topics = இணைய அபாயங்கள்
lesson-duration-label = நேரம்
lesson-duration = { $minutes ->
    [one] { $minutes } நிமிடம்
   *[other] { $minutes } நிமிடங்கள்
}
lesson-objectives = இந்தப் பாடத்தில்
topic-content = உள்ளடக்கம்
topic-contact = தொடர்பு
topic-conduct = நடத்தை
topic-commerce = பணமும் வணிகமும்
topic-content-about = உள்ளடக்க அபாயங்கள்: சட்டவிரோதமான, தீங்கான அல்லது வயதுக்குப் பொருந்தாதவற்றை இணையத்தில் பார்ப்பது.
topic-contact-about = தொடர்பு அபாயங்கள்: மற்றவர்களுக்கு அழுத்தம் கொடுக்கும், ஏமாற்றும் அல்லது தீங்கிழைக்கும் இணைய நபர்கள்.
topic-conduct-about = நடத்தை அபாயங்கள்: நமக்கோ மற்றவர்களுக்கோ தீங்கு செய்யக்கூடிய, இணையத்தில் நாம் செய்யும் செயல்கள்.
topic-commerce-about = பண அபாயங்கள்: மோசடிகள், சூதாட்டம், விளையாட்டுக்குள் செலவு, விளம்பரங்கள்.
not-easy-read = இந்தப் பக்கத்துக்கு இன்னும் தமிழில் எளிய வாசிப்புப் பதிப்பு இல்லை. வழக்கமான பக்கம் கீழே உள்ளது.
eal-about = பாடம் ஆங்கிலத்தில் உள்ளது. முக்கியச் சொற்களுக்கு அருகில் அவற்றின் பொருள் உங்கள் மொழியில் உள்ளது.
eal-key-words = முக்கியச் சொற்கள்
eal-english = ஆங்கிலத்தில்
eal-translation = உங்கள் மொழியில்

# Reading preferences (partials/reading.html).
reading-button = வாசிப்பு விருப்பங்கள்
reading-size = எழுத்து அளவு
reading-size-standard = வழக்கமானது
reading-size-large = பெரியது
reading-size-larger = மேலும் பெரியது
reading-spacing = வரி இடைவெளி
reading-spacing-standard = வழக்கமானது
reading-spacing-wide = அகலம்
reading-spacing-wider = மேலும் அகலம்
reading-background = பின்னணி நிறம்
reading-background-white = வெள்ளை
reading-background-cream = கிரீம்
reading-background-blue = வெளிர் நீலம்
reading-font = எழுத்துகள்
reading-font-standard = வழக்கமானவை
reading-font-dyslexia = படிக்க எளிதானவை (டிஸ்லெக்சியா)
reading-reset = மீட்டமை
reading-note = உங்கள் தேர்வுகள் இந்த உலாவியில் மட்டுமே சேமிக்கப்படும்.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = பாடத்திட்ட வரைபடம்
curriculum-about = ஒவ்வொரு வயதுப் பிரிவுக்கும் இணையத்தில் பாதுகாப்பாக இருப்பதன் ஒவ்வொரு பகுதியையும் எங்கள் எந்தப் பாடங்கள் கற்பிக்கின்றன என்பதை இங்கே காணலாம். எட்டுத் துறைகளும் இணையப் பாதுகாப்புக்கான பிரிட்டன் கவுன்சிலின் (UK Council for Internet Safety) Education for a Connected World என்ற கட்டமைப்பிலிருந்து எடுக்கப்பட்டவை.
curriculum-caption = ஒவ்வொரு துறைக்கும் வயதுப் பிரிவுக்கும் பாடங்கள்
curriculum-scroll = எல்லா வயதுப் பிரிவுகளையும் பார்க்க, அட்டவணையைப் பக்கவாட்டில் நகர்த்துங்கள்.
curriculum-strand = துறை
curriculum-gap = இன்னும் பாடம் இல்லை
curriculum-four-cs = நான்கு வகை இணைய அபாயங்கள்
curriculum-four-cs-missing = இன்னும் இல்லை:
curriculum-link = ஒவ்வொரு வயதுப் பிரிவுக்கும் ஒவ்வொரு துறையையும் எந்தப் பாடங்கள் கற்பிக்கின்றன என்று பாடத்திட்ட வரைபடத்தில் பாருங்கள்.
strand-self-image-and-identity = சுய பிம்பமும் அடையாளமும்
strand-online-relationships = இணைய உறவுகள்
strand-online-reputation = இணையத்தில் நற்பெயர்
strand-online-bullying = இணையத்தில் கொடுமைப்படுத்துதல்
strand-managing-online-information = இணையத் தகவல்களைக் கையாளுதல்
strand-health-wellbeing-and-lifestyle = உடல்நலம், நல்வாழ்வு, வாழ்க்கைமுறை
strand-privacy-and-security = தனியுரிமையும் பாதுகாப்பும்
strand-copyright-and-ownership = பதிப்புரிமையும் உடைமையும்

# --- issue 18: a real school's first hour ---
example-site = இது ஒரு கற்பனைப் பள்ளியின் மாதிரி இணையதளம். இதில் உள்ள நபர்கள், தொலைபேசி எண்கள் மற்றும் முகவரி உண்மையானவை அல்ல.
# --- issue 20: search results shown ten at a time ---
search-more = மேலும் முடிவுகள்
