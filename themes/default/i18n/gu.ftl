# haven UI strings: Gujarati (ગુજરાતી)
# reviewed-by-fluent-speaker: no
# Script: Gujarati, written left-to-right. Plain everyday Gujarati with "તમે"; names (CEOP, Childline, NSPCC, IWF) kept in Latin letters.
skip-to-content = મુખ્ય માહિતી પર જાઓ
ceop-button = CEOP ને જાણ કરો
nav-label = મુખ્ય મેનૂ
menu-button = મેનૂ
nav-home = હોમ પેજ
versions-label = આ પેજ બીજી ભાષાઓ અને આવૃત્તિઓમાં
version-easy = સરળ ભાષા
version-standard = સામાન્ય આવૃત્તિ
version-eal = મારી ભાષામાં મુખ્ય શબ્દો
not-translated = આ પેજનો હજી ગુજરાતીમાં અનુવાદ થયો નથી. નીચે મૂળ પેજ છે.
footer-report = ચિંતાની જાણ કરો
footer-accessibility = ઍક્સેસિબિલિટી નિવેદન
search-title = શોધો
search-label = આ વેબસાઇટમાં શોધો
search-button = શોધો
search-loading = શોધ લોડ થઈ રહી છે…
search-found = મળેલાં પેજ: { $count }
search-none = કોઈ પેજ મળ્યું નહીં. બીજો શબ્દ, અથવા શબ્દની ફક્ત શરૂઆત લખી જુઓ.
search-no-js = શોધ માટે JavaScript જોઈએ, જે આ બ્રાઉઝરમાં બંધ છે અથવા કામ કરતું નથી. દરેક પેજ વેબસાઇટના વિભાગોમાંથી પણ ખોલી શકાય છે:
accessibility-title = ઍક્સેસિબિલિટી નિવેદન
not-found-title = પેજ મળ્યું નહીં
not-found-text = અમને આ પેજ મળ્યું નહીં. કદાચ તે બીજી જગ્યાએ ખસેડાયું છે. હોમ પેજ અથવા શોધ અજમાવો.
posters-title = દરેક રૂમ માટે પોસ્ટર
print-all-title = બધાં પોસ્ટર પ્રિન્ટ કરો
poster-title = પોસ્ટર
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = સોમવાર
weekday-2 = મંગળવાર
weekday-3 = બુધવાર
weekday-4 = ગુરુવાર
weekday-5 = શુક્રવાર
weekday-6 = શનિવાર
weekday-7 = રવિવાર
month-1 = જાન્યુઆરી
month-2 = ફેબ્રુઆરી
month-3 = માર્ચ
month-4 = એપ્રિલ
month-5 = મે
month-6 = જૂન
month-7 = જુલાઈ
month-8 = ઑગસ્ટ
month-9 = સપ્ટેમ્બર
month-10 = ઑક્ટોબર
month-11 = નવેમ્બર
month-12 = ડિસેમ્બર
date-day = { $day } { $month }, { $year }
date-weekday = { $weekday }, { $day } { $month }, { $year }
# Lessons and present mode.
home-bands-intro = તમારા બાળકનું, અથવા તમારું પોતાનું, વય જૂથ પસંદ કરો અને જુઓ કે ઑનલાઇન સુરક્ષિત રહેવા વિશે શું શીખવવામાં આવે છે.
band-years-eyfs = નર્સરી અને રિસેપ્શન (Nursery અને Reception)
band-years-ks1 = યર 1 અને 2 (Years 1–2)
band-years-ks2 = યર 3 થી 6 (Years 3–6)
band-years-ks3 = યર 7 થી 9 (Years 7–9)
band-years-ks4 = યર 10 અને 11 (Years 10–11)
topic-lessons-none = આ વિષય પર હજી કોઈ પાઠ નથી.
present-start = રજૂ કરો
present-help = આ પાઠ વર્ગના બોર્ડ પર બતાવો, દરેક વિભાગ માટે એક સ્લાઇડ. કી: આગલી સ્લાઇડ માટે જમણો તીર અથવા Space, પાછા જવા માટે ડાબો તીર, આખી સ્ક્રીન માટે F, બંધ કરવા માટે Esc.
present-next = આગલી સ્લાઇડ
present-previous = પાછલી સ્લાઇડ
present-leave = રજૂઆત બંધ કરો
present-counter = સ્લાઇડ { $current } / { $total }
# Posters.
posters-intro = ઇન્ટરનેટવાળા દરેક રૂમમાં તેના વય જૂથ માટે ઇન્ટરનેટના યોગ્ય ઉપયોગના નિયમોનું પોસ્ટર હોય છે, ત્યાંના વિદ્યાર્થીઓ જે ભાષાઓ વાંચે છે તેમાં. દરેક પોસ્ટર એક જ કાગળ પર છપાય છે.
posters-paper = { $paper } કાગળ
posters-print-all = બધાં પોસ્ટર પ્રિન્ટ કરો
print-all-intro = દરેક રૂમનું પોસ્ટર અલગ કાગળ પર મેળવવા માટે આ પેજ પ્રિન્ટ કરો. A3 રૂમનાં પોસ્ટર A3 કાગળ માટે ગોઠવેલાં છે.
poster-print = આ પોસ્ટર પ્રિન્ટ કરો
poster-print-note = { $paper } કાગળ પર, ઊભું (પોર્ટ્રેટ) પ્રિન્ટ કરો.
poster-tell = જો ઑનલાઇન કંઈ તને ચિંતા કરાવે, તો અટકી જા અને કોઈ વિશ્વાસુ મોટી વ્યક્તિને કહે.
poster-qr-label = QR કોડ: આ પોસ્ટર ઑનલાઇન વાંચવા માટે તેને સ્કેન કર, સરનામું { $url }
poster-qr-caption = અમારા નિયમો ઑનલાઇન વાંચવા માટે સ્કેન કર
# Safer Internet Day.
sid-banner = સલામત ઇન્ટરનેટ દિવસ (Safer Internet Day) { $date } ના રોજ છે: { $days ->
    [one] હવે { $days } દિવસ બાકી
   *[other] હવે { $days } દિવસ બાકી
}
sid-banner-today = આજે સલામત ઇન્ટરનેટ દિવસ (Safer Internet Day) છે, { $date }!
sid-banner-link = કેવી રીતે ભાગ લેવો
sid-day = દિવસ
sid-theme = વિષય
sid-lessons-by-age = દરેક ઉંમર માટે અમારા પાઠ
sid-past-years = અગાઉનાં વર્ષો
# The home-school agreement.
agreement-version = આવૃત્તિ { $version }
agreement-agreed = સંમતિની તારીખ: { $date }
agreement-print = આ કરાર પ્રિન્ટ કરો
agreement-sign-heading = સહીઓ
agreement-sign-parent = માતા-પિતા અથવા વાલી
agreement-sign-learner = વિદ્યાર્થી
agreement-sign-school = શાળા વતી
agreement-sign-name = નામ
agreement-sign-signature = સહી
agreement-sign-date = તારીખ
# The useful-links directory.
links-jump = કોના માટે લિંક
links-filter-label = લિંક શોધો
links-filter-hint = અંગ્રેજીમાં કોઈ શબ્દ લખો, જેમ કે bullying (દાદાગીરી), gaming (ગેમ્સ) અથવા helpline (હેલ્પલાઇન).
links-shown = બતાવેલી લિંક: { $count }
links-none = કોઈ લિંક મળતી નથી. બીજો શબ્દ લખી જુઓ.
links-audience-parents = માતા-પિતા અને વાલીઓ માટે
links-audience-learners = બાળકો અને યુવાનો માટે
links-audience-staff = શાળાના કર્મચારીઓ માટે
links-category-national = રાષ્ટ્રીય સંસ્થાઓ
links-category-helpline = હેલ્પલાઇન
links-category-local = સ્થાનિક સેવાઓ
links-phone = ફોન
# Report a concern, and Exit this page.
exit-button = તરત જ પેજ છોડો
exit-emergency = કટોકટી
exit-loading = લોડ થઈ રહ્યું છે.
exit-press-two = Shift: બહાર નીકળવા માટે વધુ 2 વાર દબાવો.
exit-press-one = Shift: બહાર નીકળવા માટે વધુ 1 વાર દબાવો.
exit-expired = "તરત જ પેજ છોડો" નો સમય પૂરો થઈ ગયો.
exit-about = "તરત જ પેજ છોડો" કેવી રીતે કામ કરે છે
report-danger-heading = જો કોઈ અત્યારે જોખમમાં હોય
report-danger = 999 પર ફોન કરો અને પોલીસ માંગો. જો કોઈ બાળક તાત્કાલિક જોખમમાં હોય તો સૌથી પહેલાં આ કરો.
report-ceop-heading = ઑનલાઇન જાતીય શોષણ અને ગ્રૂમિંગ: CEOP ને જાણ કરો
report-ceop-who = 18 વર્ષથી ઓછી ઉંમરનાં બાળકો અને યુવાનો CEOP ને જાણ કરી શકે છે, અને કોઈ બાળક વિશે ચિંતિત મોટી વ્યક્તિઓ પણ. નાનાં બાળકોએ કોઈ વિશ્વાસુ મોટી વ્યક્તિની મદદ માંગવી જોઈએ.
report-ceop-agency = CEOP એ National Crime Agency (રાષ્ટ્રીય ગુના એજન્સી) નો ભાગ છે, જે કાયદાનો અમલ કરતી એજન્સી છે.
report-ceop-anonymous = જાણ નામ વગર થઈ શકતી નથી: બાળક કે યુવાન સુરક્ષિત છે તેની ખાતરી કરવાની CEOP ની ફરજ છે.
report-ceop-for = CEOP ઑનલાઇન જાતીય શોષણ અને ગ્રૂમિંગ માટે છે. તે દાદાગીરી, નકલી એકાઉન્ટ કે હૅકિંગના કેસ જોતું નથી.
report-ceop-read = જાણ કરતાં પહેલાં CEOP Safety Centre ની સલાહ વાંચો.
report-other-heading = દાદાગીરી, નકલી એકાઉન્ટ અને હૅકિંગ
report-other = CEOP આ કેસ જોતું નથી. કોઈ વિશ્વાસુ મોટી વ્યક્તિને અથવા શાળાને કહો, એકાઉન્ટ કે પોસ્ટની જાણ ઍપ, ગેમ અથવા વેબસાઇટને કરો, અને આમની સાથે વાત કરો:
report-childline = Childline, બાળકો અને યુવાનો માટે, મફત:
report-nspcc = NSPCC હેલ્પલાઇન, કોઈ બાળક વિશે ચિંતિત મોટી વ્યક્તિઓ માટે:
report-iwf-heading = ઑનલાઇન બાળકોની જાતીય તસવીરો
report-iwf = જો તમે ઑનલાઇન 18 વર્ષથી ઓછી ઉંમરની કોઈ વ્યક્તિની જાતીય તસવીરો કે વીડિયો જુઓ, તો વેબ સરનામાની જાણ Internet Watch Foundation (IWF) ને કરો. તસવીર શેર, સેવ કે સ્ક્રીનશૉટ ન કરો, જાણ કરવા માટે પણ નહીં.
report-iwf-link = IWF ને જાણ કરો
report-school-heading = શાળામાં કોઈને કહો
report-school = બાળ સુરક્ષા માટે નિયુક્ત મુખ્ય વ્યક્તિ (Designated Safeguarding Lead, DSL) શાળામાં બાળકોને સુરક્ષિત રાખવાના કામનું નેતૃત્વ કરે છે, ઑનલાઇન પણ.
report-dsl = બાળ સુરક્ષા માટે નિયુક્ત મુખ્ય વ્યક્તિ (DSL)
report-deputy-dsl = બાળ સુરક્ષા માટે નિયુક્ત નાયબ વ્યક્તિ (Deputy DSL)
report-school-phone = શાળાની ઑફિસ
exit-help-title = "તરત જ પેજ છોડો" કેવી રીતે કામ કરે છે
exit-help-what = "તરત જ પેજ છોડો" તમને સીધા બીજી વેબસાઇટ ({ $host }) પર લઈ જાય છે, જેથી તમારી સ્ક્રીન પાસે આવનાર વ્યક્તિ ન જુએ કે તમે શું વાંચતા હતા.
exit-help-ways = તેનો ઉપયોગ કરવાની ત્રણ રીત છે:
exit-help-button = પેજની ઉપર લાલ "તરત જ પેજ છોડો" બટન પસંદ કરો;
exit-help-shift = 5 સેકન્ડમાં Shift કી 3 વાર દબાવો;
exit-help-skip = જો તમે કીબોર્ડ અથવા સ્ક્રીન રીડર વાપરો છો, તો "મુખ્ય માહિતી પર જાઓ" પછી તરત આવતી "તરત જ પેજ છોડો" લિંક વાપરો.
exit-help-history-heading = તેનાથી બ્રાઉઝિંગ હિસ્ટ્રી સાફ થતી નથી
exit-help-history = તમારું બ્રાઉઝર હજી પણ તમે જોયેલાં પેજ યાદ રાખે છે. આ ડિવાઇસ વાપરનાર બીજી કોઈ વ્યક્તિ તેને બ્રાઉઝરની હિસ્ટ્રીમાં જોઈ શકે છે, અને Back બટન પેજ પાછું લાવશે.
exit-help-private = ઓછાં નિશાન છોડવા માટે પ્રાઇવેટ અથવા ઇન્કૉગ્નિટો વિન્ડો વાપરો, વિશ્વાસુ ડિવાઇસ વાપરો, અને કામ પૂરું થાય ત્યારે આ વેબસાઇટને તમારી બ્રાઉઝિંગ હિસ્ટ્રીમાંથી કાઢી નાખો.
exit-help-danger = જો તમે જોખમમાં હો, તો 999 પર ફોન કરો.
# Policies.
policy-published = પ્રકાશિત
policy-review = આગલી સમીક્ષા
policy-agreed-by = મંજૂર કરનાર
# The accessibility statement, following GOV.UK's model statement.
statement-heading = { $site } નું ઍક્સેસિબિલિટી નિવેદન
statement-applies = આ ઍક્સેસિબિલિટી નિવેદન { $url } ને લાગુ પડે છે.
statement-run-by = આ વેબસાઇટ { $site } ચલાવે છે. અમે ઇચ્છીએ છીએ કે શક્ય તેટલા વધુ લોકો આ વેબસાઇટ વાપરી શકે. ઉદાહરણ તરીકે, તમે આ કરી શકવા જોઈએ:
statement-can-colours = બ્રાઉઝર અથવા ડિવાઇસના સેટિંગ્સથી રંગ, કૉન્ટ્રાસ્ટ અને ફૉન્ટ બદલવા
statement-can-zoom = લખાણ સ્ક્રીનની બહાર ગયા વગર 400% સુધી મોટું કરવું
statement-can-keyboard = કીબોર્ડ અથવા અવાજ ઓળખતા સૉફ્ટવેરથી વેબસાઇટના મોટા ભાગમાં ફરવું
statement-can-screen-reader = સ્ક્રીન રીડરથી વેબસાઇટનો મોટો ભાગ સાંભળવો (JAWS, NVDA અને VoiceOver ની નવી આવૃત્તિઓ સહિત)
statement-can-versions = ઘણાં પેજ સરળ ભાષામાં વાંચવાં, અને પાઠના મુખ્ય શબ્દો તમારા ઘરની ભાષામાં જોવા
statement-simple = અમે વેબસાઇટનું લખાણ પણ શક્ય તેટલું સરળ રાખ્યું છે.
statement-abilitynet = જો તમને કોઈ વિકલાંગતા હોય, તો AbilityNet પાસે તમારું ડિવાઇસ વાપરવામાં સરળ બનાવવાની સલાહ છે.
statement-how-heading = આ વેબસાઇટ કેટલી ઍક્સેસિબલ છે
statement-how-known = અમે જાણીએ છીએ કે આ વેબસાઇટના કેટલાક ભાગ પૂરેપૂરા ઍક્સેસિબલ નથી:
statement-how-full = આ વેબસાઇટનો કોઈ એવો ભાગ અમારી જાણમાં નથી જે ઍક્સેસિબલ ન હોય.
statement-how-testing = અમે હજી આ વેબસાઇટ તપાસી રહ્યા છીએ. જો કંઈ વાપરવામાં મુશ્કેલ લાગે, તો કૃપા કરીને અમને જણાવો.
statement-feedback-heading = પ્રતિભાવ અને સંપર્ક માહિતી
statement-feedback = જો તમને આ વેબસાઇટની માહિતી બીજા સ્વરૂપમાં જોઈએ, જેમ કે ઍક્સેસિબલ PDF, મોટા અક્ષરો, સરળ ભાષા, ઑડિયો રેકોર્ડિંગ અથવા બ્રેઇલ:
statement-email = ઇમેઇલ કરો
statement-call = ફોન કરો
statement-form = અમારું સંપર્ક ફોર્મ વાપરો
statement-response = અમે તમારી વિનંતી પર વિચાર કરીશું અને { $days } કામકાજના દિવસોમાં જવાબ આપીશું.
statement-reporting-heading = આ વેબસાઇટની ઍક્સેસિબિલિટી સમસ્યાઓની જાણ કરવી
statement-reporting = અમે હંમેશાં આ વેબસાઇટની ઍક્સેસિબિલિટી સુધારવાનો પ્રયત્ન કરીએ છીએ. જો તમને આ પેજ પર ન લખેલી કોઈ સમસ્યા મળે, અથવા તમને લાગે કે અમે ઍક્સેસિબિલિટીની જરૂરિયાતો પૂરી કરતા નથી, તો ઉપરની કોઈ પણ રીતે અમારો સંપર્ક કરો.
statement-enforcement-heading = અમલની પ્રક્રિયા
statement-enforcement = Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 ("ઍક્સેસિબિલિટી નિયમો") નો અમલ કરાવવાની જવાબદારી Equality and Human Rights Commission (EHRC) ની છે. જો તમે તમારી ફરિયાદના અમારા જવાબથી સંતુષ્ટ ન હો, તો Equality Advisory and Support Service (EASS) નો સંપર્ક કરો.
statement-technical-heading = આ વેબસાઇટની ઍક્સેસિબિલિટી વિશે ટેકનિકલ માહિતી
statement-technical = { $site } પોતાની વેબસાઇટને Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 અનુસાર ઍક્સેસિબલ બનાવવા પ્રતિબદ્ધ છે.
statement-compliance-heading = પાલનની સ્થિતિ
statement-compliance-full = આ વેબસાઇટ Web Content Accessibility Guidelines આવૃત્તિ 2.2 ના AA ધોરણનું પૂરેપૂરું પાલન કરે છે.
statement-compliance-partial = નીચે જણાવેલી ખામીઓને કારણે આ વેબસાઇટ Web Content Accessibility Guidelines આવૃત્તિ 2.2 ના AA ધોરણનું આંશિક પાલન કરે છે.
statement-compliance-none = આ વેબસાઇટ Web Content Accessibility Guidelines આવૃત્તિ 2.2 ના AA ધોરણનું પાલન કરતી નથી. ખામીઓ નીચે જણાવેલી છે.
statement-non-accessible-heading = ઍક્સેસિબલ ન હોય તેવી સામગ્રી
statement-non-accessible = નીચે જણાવેલી સામગ્રી આ કારણોસર ઍક્સેસિબલ નથી.
statement-non-compliance-heading = ઍક્સેસિબિલિટી નિયમોનું પાલન ન થવું
statement-criterion = આ WCAG 2.2 ના સફળતા માપદંડ { $criterion } ને પૂરો કરતું નથી.
statement-fix-by = અમે તેને { $date } સુધીમાં સુધારવાની યોજના ધરાવીએ છીએ.
statement-none-known = અમારી જાણમાં કંઈ નથી.
statement-burden-heading = અપ્રમાણસર બોજ
statement-burden-none = અમે એવો દાવો કરતા નથી કે કોઈ સુધારો અપ્રમાણસર બોજ હશે.
statement-scope-heading = ઍક્સેસિબિલિટી નિયમોના દાયરામાં ન આવતી સામગ્રી
statement-preparation-heading = આ ઍક્સેસિબિલિટી નિવેદનની તૈયારી
statement-prepared = આ નિવેદન { $prepared } ના રોજ તૈયાર થયું હતું. તેની છેલ્લી સમીક્ષા { $reviewed } ના રોજ થઈ હતી.
statement-tested = આ વેબસાઇટની છેલ્લી ચકાસણી { $date } ના રોજ થઈ હતી.
home-bands-heading = ઉંમર પ્રમાણે પાઠ
home-sections-heading = વેબસાઇટમાં શું છે
band-eyfs = શરૂઆતનાં વર્ષો (Early years)
band-ks1 = કી સ્ટેજ 1 (Key Stage 1)
band-ks2 = કી સ્ટેજ 2 (Key Stage 2)
band-ks3 = કી સ્ટેજ 3 (Key Stage 3)
band-ks4 = કી સ્ટેજ 4 (Key Stage 4)
band-ages = ઉંમર { $from } થી { $to } વર્ષ
lessons-count = { $count ->
    [one] { $count } પાઠ
   *[other] { $count } પાઠ
}
lesson-band = વય જૂથ
lesson-topics = ઑનલાઇન જોખમો
lesson-duration-label = સમય
lesson-duration = { $minutes ->
    [one] { $minutes } મિનિટ
   *[other] { $minutes } મિનિટ
}
lesson-objectives = આ પાઠમાં
topic-content = સામગ્રી
topic-contact = સંપર્ક
topic-conduct = વર્તન
topic-commerce = પૈસા અને ખરીદી
topic-content-about = સામગ્રીનાં જોખમો: ઑનલાઇન એવી વસ્તુઓ જોવી જે ગેરકાયદે, નુકસાનકારક અથવા તમારી ઉંમર માટે યોગ્ય નથી.
topic-contact-about = સંપર્કનાં જોખમો: ઑનલાઇન એવા લોકો જે બીજાઓ પર દબાણ કરે છે, છેતરે છે અથવા નુકસાન પહોંચાડે છે.
topic-conduct-about = વર્તનનાં જોખમો: ઑનલાઇન આપણે કરીએ એવી બાબતો જે આપણને કે બીજાઓને દુઃખ પહોંચાડી શકે.
topic-commerce-about = પૈસાનાં જોખમો: છેતરપિંડી, જુગાર, ગેમની અંદર ખર્ચ અને જાહેરાતો.
not-easy-read = આ પેજની સરળ ભાષાવાળી આવૃત્તિ હજી ગુજરાતીમાં નથી. નીચે સામાન્ય પેજ છે.
eal-about = પાઠ અંગ્રેજીમાં છે. મુખ્ય શબ્દોની બાજુમાં તમારી ભાષામાં તેમનો અર્થ લખેલો છે.
eal-key-words = મુખ્ય શબ્દો
eal-english = અંગ્રેજીમાં
eal-translation = તમારી ભાષામાં

# Reading preferences (partials/reading.html).
reading-button = વાંચવાની પસંદગીઓ
reading-size = લખાણનું કદ
reading-size-standard = સામાન્ય
reading-size-large = મોટું
reading-size-larger = વધુ મોટું
reading-spacing = લીટીઓ વચ્ચેની જગ્યા
reading-spacing-standard = સામાન્ય
reading-spacing-wide = પહોળી
reading-spacing-wider = વધુ પહોળી
reading-background = પાછળનો રંગ
reading-background-white = સફેદ
reading-background-cream = ક્રીમ
reading-background-blue = આછો વાદળી
reading-font = અક્ષરો
reading-font-standard = સામાન્ય
reading-font-dyslexia = વાંચવામાં વધુ સરળ (ડિસ્લેક્સિયા)
reading-reset = પહેલાં જેવું કરો
reading-note = તમારી પસંદગીઓ ફક્ત આ બ્રાઉઝરમાં સેવ થાય છે.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = અભ્યાસક્રમનો નકશો
curriculum-about = અહીં જુઓ કે અમારા કયા પાઠ દરેક વય જૂથને ઑનલાઇન સુરક્ષિત રહેવાનો કયો ભાગ શીખવે છે. આઠ ક્ષેત્રો Education for a Connected World માંથી આવે છે, જે યુકેની ઇન્ટરનેટ સુરક્ષા પરિષદ (UK Council for Internet Safety) નું માળખું છે.
curriculum-caption = દરેક ક્ષેત્ર અને વય જૂથ માટેના પાઠ
curriculum-scroll = બધાં વય જૂથો જોવા માટે કોષ્ટકને બાજુમાં સ્ક્રોલ કરો.
curriculum-strand = ક્ષેત્ર
curriculum-gap = હજી કોઈ પાઠ નથી
curriculum-four-cs = ઑનલાઇન જોખમોના ચાર પ્રકાર
curriculum-four-cs-missing = હજી નથી:
curriculum-link = અભ્યાસક્રમના નકશા પર જુઓ કે કયા પાઠ દરેક વય જૂથને કયું ક્ષેત્ર શીખવે છે.
strand-self-image-and-identity = સ્વ-છબી અને ઓળખ
strand-online-relationships = ઑનલાઇન સંબંધો
strand-online-reputation = ઑનલાઇન પ્રતિષ્ઠા
strand-online-bullying = ઑનલાઇન દાદાગીરી
strand-managing-online-information = ઑનલાઇન માહિતીનું સંચાલન
strand-health-wellbeing-and-lifestyle = આરોગ્ય, સુખાકારી અને જીવનશૈલી
strand-privacy-and-security = ગોપનીયતા અને સુરક્ષા
strand-copyright-and-ownership = કૉપિરાઇટ અને માલિકી

# --- issue 18: a real school's first hour ---
example-site = આ એક કાલ્પનિક શાળાની નમૂના વેબસાઇટ છે. તેમાંના લોકો, ફોન નંબર અને સરનામું સાચાં નથી.
# --- issue 20: search results shown ten at a time ---
search-more = વધુ પરિણામો
