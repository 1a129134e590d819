# haven UI strings: Ukrainian (українська)
# reviewed-by-fluent-speaker: no
# Script: Cyrillic, written left-to-right. Polite "ви" for the reader; "ти" only on children's posters. Month names in the genitive, as inside a date ("5 грудня").
skip-to-content = Перейти до основного змісту
ceop-button = Повідомити CEOP
nav-label = Головне меню
menu-button = Меню
nav-home = Головна
versions-label = Ця сторінка іншими мовами та в інших версіях
version-easy = Легке читання
version-standard = Звичайна версія
version-eal = Ключові слова моєю мовою
not-translated = Цю сторінку ще не перекладено українською. Ось оригінал.
footer-report = Повідомити про занепокоєння
footer-accessibility = Заява про доступність
search-title = Пошук
search-label = Пошук на цьому сайті
search-button = Шукати
search-loading = Пошук завантажується…
search-found = Знайдено сторінок: { $count }
search-none = Сторінок не знайдено. Спробуйте інше слово або лише початок слова.
search-no-js = Для пошуку потрібен JavaScript, а в цьому браузері він вимкнений або не працює. Кожну сторінку можна відкрити з розділів сайту:
accessibility-title = Заява про доступність
not-found-title = Сторінку не знайдено
not-found-text = Ми не змогли знайти цю сторінку. Можливо, її перенесли. Спробуйте головну сторінку або пошук.
posters-title = Плакати для кожного приміщення
print-all-title = Надрукувати всі плакати
poster-title = Плакат
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = пʼятниця
weekday-6 = субота
weekday-7 = неділя
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
date-day = { $day } { $month } { $year } р.
date-weekday = { $weekday }, { $day } { $month } { $year } р.
# Lessons and present mode.
home-bands-intro = Виберіть вікову групу вашої дитини або свою, щоб побачити, чого там навчають про безпеку в інтернеті.
band-years-eyfs = Ясла і підготовчий клас (Nursery і Reception)
band-years-ks1 = 1 і 2 рік навчання (Years 1–2)
band-years-ks2 = 3–6 роки навчання (Years 3–6)
band-years-ks3 = 7–9 роки навчання (Years 7–9)
band-years-ks4 = 10 і 11 роки навчання (Years 10–11)
topic-lessons-none = Уроків на цю тему ще немає.
present-start = Показати
present-help = Покажіть цей урок на дошці в класі, по одному слайду на розділ. Клавіші: стрілка вправо або пробіл — наступний слайд, стрілка вліво — назад, F — повний екран, Esc — завершити.
present-next = Наступний слайд
present-previous = Попередній слайд
present-leave = Завершити показ
present-counter = Слайд { $current } з { $total }
# Posters.
posters-intro = У кожному приміщенні з доступом до інтернету висить плакат із правилами прийнятного користування для його вікової групи, мовами, якими читають учні. Кожен плакат друкується на одному аркуші.
posters-paper = Папір { $paper }
posters-print-all = Надрукувати всі плакати
print-all-intro = Надрукуйте цю сторінку, щоб отримати плакат кожного приміщення, кожен на окремому аркуші. Плакати для приміщень з A3 налаштовані на папір A3.
poster-print = Надрукувати цей плакат
poster-print-note = Друкуйте на папері { $paper }, вертикально.
poster-tell = Якщо щось в інтернеті тебе непокоїть, зупинись і розкажи дорослому, якому довіряєш.
poster-qr-label = QR-код: відскануй його, щоб прочитати цей плакат онлайн за адресою { $url }
poster-qr-caption = Відскануй, щоб прочитати наші правила онлайн
# Safer Internet Day.
sid-banner = День безпечного інтернету (Safer Internet Day): { $date }. { $days ->
    [one] Залишився { $days } день
    [few] Залишилося { $days } дні
    [many] Залишилося { $days } днів
   *[other] Залишилося { $days } дня
}
sid-banner-today = День безпечного інтернету (Safer Internet Day) сьогодні, { $date }!
sid-banner-link = Як долучитися
sid-day = День
sid-theme = Тема
sid-lessons-by-age = Наші уроки для кожного віку
sid-past-years = Минулі роки
# The home-school agreement.
agreement-version = Версія { $version }
agreement-agreed = Погоджено { $date }
agreement-print = Надрукувати цю угоду
agreement-sign-heading = Підписи
agreement-sign-parent = Батьки або опікун
agreement-sign-learner = Учень / учениця
agreement-sign-school = Від школи
agreement-sign-name = Імʼя та прізвище
agreement-sign-signature = Підпис
agreement-sign-date = Дата
# The useful-links directory.
links-jump = Посилання для
links-filter-label = Знайти посилання
links-filter-hint = Введіть слово англійською, наприклад bullying (булінг), gaming (ігри) або helpline (гаряча лінія).
links-shown = Показано посилань: { $count }
links-none = Жодне посилання не підходить. Спробуйте інше слово.
links-audience-parents = Для батьків та опікунів
links-audience-learners = Для дітей і молоді
links-audience-staff = Для працівників школи
links-category-national = Національні організації
links-category-helpline = Гарячі лінії
links-category-local = Місцеві служби
links-phone = Телефон
# Report a concern, and Exit this page.
exit-button = Негайно вийти зі сторінки
exit-emergency = Терміново
exit-loading = Завантаження.
exit-press-two = Shift: натисніть ще 2 рази, щоб вийти.
exit-press-one = Shift: натисніть ще 1 раз, щоб вийти.
exit-expired = Час для «Негайно вийти зі сторінки» минув.
exit-about = Як працює «Негайно вийти зі сторінки»
report-danger-heading = Якщо хтось у небезпеці просто зараз
report-danger = Телефонуйте 999 і викличте поліцію. Зробіть це насамперед, якщо дитина в безпосередній небезпеці.
report-ceop-heading = Сексуальне насильство і грумінг в інтернеті: повідомте CEOP
report-ceop-who = Діти й молодь до 18 років можуть повідомити CEOP, а також дорослі, які хвилюються за дитину. Молодшим дітям варто попросити допомоги в дорослого, якому вони довіряють.
report-ceop-agency = CEOP є частиною National Crime Agency (Національного агентства з боротьби зі злочинністю), правоохоронного органу.
report-ceop-anonymous = Повідомлення не анонімні: CEOP зобовʼязаний переконатися, що дитина чи молода людина в безпеці.
report-ceop-for = CEOP займається сексуальним насильством і грумінгом в інтернеті. Він не розглядає булінг, фальшиві акаунти чи злам акаунтів.
report-ceop-read = Перш ніж надіслати повідомлення, прочитайте поради в CEOP Safety Centre.
report-other-heading = Булінг, фальшиві акаунти і злам акаунтів
report-other = CEOP цим не займається. Розкажіть дорослому, якому довіряєте, або школі, поскаржтеся на акаунт чи допис у застосунку, грі чи на сайті і поговоріть із:
report-childline = Childline, для дітей і молоді, безкоштовно:
report-nspcc = Гаряча лінія NSPCC, для дорослих, які хвилюються за дитину:
report-iwf-heading = Сексуальні зображення дітей в інтернеті
report-iwf = Якщо ви бачите в інтернеті сексуальні зображення чи відео будь-кого, кому немає 18 років, повідомте вебадресу до Internet Watch Foundation (IWF). Не поширюйте, не зберігайте і не робіть знімок екрана, навіть щоб повідомити.
report-iwf-link = Повідомити IWF
report-school-heading = Розкажіть комусь у школі
report-school = Відповідальна особа з питань захисту дітей (Designated Safeguarding Lead, DSL) керує роботою з безпеки дітей у школі, зокрема в інтернеті.
report-dsl = Відповідальна особа з питань захисту дітей (DSL)
report-deputy-dsl = Заступник відповідальної особи з питань захисту дітей (Deputy DSL)
report-school-phone = Канцелярія школи
exit-help-title = Як працює «Негайно вийти зі сторінки»
exit-help-what = «Негайно вийти зі сторінки» одразу переводить вас на інший сайт ({ $host }), щоб людина, яка підійде до вашого екрана, не побачила, що ви читали.
exit-help-ways = Скористатися можна трьома способами:
exit-help-button = виберіть червону кнопку «Негайно вийти зі сторінки» вгорі сторінки;
exit-help-shift = натисніть клавішу Shift 3 рази протягом 5 секунд;
exit-help-skip = якщо ви користуєтеся клавіатурою чи програмою зчитування з екрана, скористайтеся посиланням «Негайно вийти зі сторінки» одразу після «Перейти до основного змісту».
exit-help-history-heading = Це не очищає історію переглядів
exit-help-history = Ваш браузер усе одно памʼятає сторінки, які ви відкривали. Інша людина, що користується цим пристроєм, може побачити їх в історії браузера, а кнопка «Назад» поверне сторінку.
exit-help-private = Щоб залишити менше слідів, користуйтеся приватним вікном (інкогніто), пристроєм, якому довіряєте, і видаліть цей сайт з історії переглядів, коли закінчите.
exit-help-danger = Якщо ви в небезпеці, телефонуйте 999.
# Policies.
policy-published = Опубліковано
policy-review = Наступний перегляд
policy-agreed-by = Затверджено
# The accessibility statement, following GOV.UK's model statement.
statement-heading = Заява про доступність: { $site }
statement-applies = Ця заява про доступність стосується сайту { $url }.
statement-run-by = Цей сайт веде { $site }. Ми хочемо, щоб ним могло користуватися якомога більше людей. Наприклад, ви маєте змогу:
statement-can-colours = змінювати кольори, рівень контрасту і шрифти в налаштуваннях браузера чи пристрою
statement-can-zoom = збільшувати масштаб до 400 %, і текст не виходить за межі екрана
statement-can-keyboard = переходити більшою частиною сайту за допомогою клавіатури або програми розпізнавання мовлення
statement-can-screen-reader = слухати більшу частину сайту за допомогою програми зчитування з екрана (зокрема найновіших версій JAWS, NVDA і VoiceOver)
statement-can-versions = читати багато сторінок у версії для легкого читання, а уроки — з ключовими словами рідною мовою
statement-simple = Ми також написали тексти сайту якомога простіше.
statement-abilitynet = AbilityNet радить, як зробити пристрій зручнішим, якщо у вас інвалідність.
statement-how-heading = Наскільки доступний цей сайт
statement-how-known = Ми знаємо, що деякі частини цього сайту не повністю доступні:
statement-how-full = Нам невідомі частини цього сайту, які були б недоступні.
statement-how-testing = Ми ще перевіряємо цей сайт. Якщо чимось важко користуватися, будь ласка, повідомте нам.
statement-feedback-heading = Відгуки та контакти
statement-feedback = Якщо вам потрібна інформація з цього сайту в іншому форматі, наприклад доступний PDF, великий шрифт, легке читання, аудіозапис або шрифт Брайля:
statement-email = напишіть листа
statement-call = зателефонуйте
statement-form = скористайтеся нашою формою звʼязку
statement-response = Ми розглянемо ваш запит і відповімо протягом { $days } робочих днів.
statement-reporting-heading = Як повідомити про проблеми з доступністю цього сайту
statement-reporting = Ми завжди прагнемо покращити доступність цього сайту. Якщо ви знайшли проблему, якої немає на цій сторінці, або вважаєте, що ми не виконуємо вимог доступності, звʼяжіться з нами будь-яким зі способів вище.
statement-enforcement-heading = Порядок забезпечення виконання
statement-enforcement = За виконання Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 («правил доступності») відповідає Equality and Human Rights Commission (EHRC). Якщо вас не влаштовує наша відповідь на вашу скаргу, звʼяжіться з Equality Advisory and Support Service (EASS).
statement-technical-heading = Технічна інформація про доступність цього сайту
statement-technical = { $site } зобовʼязується зробити свій сайт доступним відповідно до Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
statement-compliance-heading = Стан відповідності
statement-compliance-full = Цей сайт повністю відповідає рівню AA Web Content Accessibility Guidelines версії 2.2.
statement-compliance-partial = Цей сайт частково відповідає рівню AA Web Content Accessibility Guidelines версії 2.2 через невідповідності, перелічені нижче.
statement-compliance-none = Цей сайт не відповідає рівню AA Web Content Accessibility Guidelines версії 2.2. Невідповідності перелічено нижче.
statement-non-accessible-heading = Недоступний вміст
statement-non-accessible = Вміст, перелічений нижче, недоступний з таких причин.
statement-non-compliance-heading = Невідповідність правилам доступності
statement-criterion = Це не відповідає критерію успішності { $criterion } WCAG 2.2.
statement-fix-by = Ми плануємо виправити це до { $date }.
statement-none-known = Нам нічого не відомо.
statement-burden-heading = Непропорційний тягар
statement-burden-none = Ми не стверджуємо, що будь-яке виправлення було б непропорційним тягарем.
statement-scope-heading = Вміст, на який не поширюються правила доступності
statement-preparation-heading = Підготовка цієї заяви про доступність
statement-prepared = Цю заяву підготовлено { $prepared }. Востаннє переглянуто { $reviewed }.
statement-tested = Востаннє цей сайт перевіряли { $date }.
home-bands-heading = Уроки за віком
home-sections-heading = Що є на сайті
band-eyfs = Ранні роки (Early years)
band-ks1 = Ключовий етап 1 (Key Stage 1)
band-ks2 = Ключовий етап 2 (Key Stage 2)
band-ks3 = Ключовий етап 3 (Key Stage 3)
band-ks4 = Ключовий етап 4 (Key Stage 4)
band-ages = Вік від { $from } до { $to }
lessons-count = { $count ->
    [one] { $count } урок
    [few] { $count } уроки
    [many] { $count } уроків
   *[other] { $count } уроку
}
lesson-band = Вікова група
lesson-topics = Ризики в інтернеті
lesson-duration-label = Тривалість
lesson-duration = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
lesson-objectives = На цьому уроці
topic-content = Вміст
topic-contact = Контакти
topic-conduct = Поведінка
topic-commerce = Гроші й покупки
topic-content-about = Ризики вмісту: побачити в інтернеті щось незаконне, шкідливе чи не відповідне віку.
topic-contact-about = Ризики контактів: люди в інтернеті, які тиснуть на інших, обманюють їх чи кривдять.
topic-conduct-about = Ризики поведінки: те, що ми робимо в інтернеті і що може зашкодити нам або іншим.
topic-commerce-about = Грошові ризики: шахрайство, азартні ігри, витрати в іграх і реклама.
not-easy-read = Версії цієї сторінки для легкого читання українською ще немає. Ось звичайна сторінка.
eal-about = Урок англійською. Біля ключових слів написано, що вони означають вашою мовою.
eal-key-words = Ключові слова
eal-english = Англійською
eal-translation = Вашою мовою

# Reading preferences (partials/reading.html).
reading-button = Налаштування читання
reading-size = Розмір тексту
reading-size-standard = Звичайний
reading-size-large = Великий
reading-size-larger = Більший
reading-spacing = Міжрядковий інтервал
reading-spacing-standard = Звичайний
reading-spacing-wide = Широкий
reading-spacing-wider = Ширший
reading-background = Колір тла
reading-background-white = Білий
reading-background-cream = Кремовий
reading-background-blue = Блакитний
reading-font = Літери
reading-font-standard = Звичайні
reading-font-dyslexia = Легші для читання (дислексія)
reading-reset = Скинути
reading-note = Ваш вибір збережено лише в цьому браузері.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = Карта навчальної програми
curriculum-about = Тут видно, які наші уроки навчають кожну вікову групу кожної частини безпеки в інтернеті. Вісім напрямів узято з Education for a Connected World — рамкової програми Ради Великої Британії з безпеки в інтернеті (UK Council for Internet Safety).
curriculum-caption = Уроки за напрямами й віковими групами
curriculum-scroll = Прокрутіть таблицю вбік, щоб побачити всі вікові групи.
curriculum-strand = Напрям
curriculum-gap = Уроку ще немає
curriculum-four-cs = Чотири види ризиків в інтернеті
curriculum-four-cs-missing = Ще немає:
curriculum-link = Подивіться на карті навчальної програми, які уроки навчають кожного напряму кожну вікову групу.
strand-self-image-and-identity = Самосприйняття та ідентичність
strand-online-relationships = Стосунки в інтернеті
strand-online-reputation = Репутація в інтернеті
strand-online-bullying = Булінг в інтернеті
strand-managing-online-information = Робота з інформацією в інтернеті
strand-health-wellbeing-and-lifestyle = Здоровʼя, добробут і спосіб життя
strand-privacy-and-security = Приватність і безпека
strand-copyright-and-ownership = Авторське право й власність

# --- issue 18: a real school's first hour ---
example-site = Це зразок вебсайту для вигаданої школи. Люди, номери телефонів і адреса на ньому не справжні.
# --- issue 20: search results shown ten at a time ---
search-more = Більше результатів
