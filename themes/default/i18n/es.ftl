# haven UI strings: Spanish (español)
# reviewed-by-fluent-speaker: no
# Script: Latin, written left-to-right. Neutral Spanish that reads well in Spain and Latin America; the reader is "tú", buttons are infinitives ("Buscar").
skip-to-content = Saltar al contenido principal
ceop-button = Denunciar a CEOP
nav-label = Menú principal
menu-button = Menú
nav-home = Inicio
versions-label = Esta página en otros idiomas y versiones
version-easy = Lectura fácil
version-standard = Versión estándar
version-eal = Palabras clave en mi idioma
not-translated = Esta página todavía no está traducida al español. Aquí tienes el original.
footer-report = Comunicar una preocupación
footer-accessibility = Declaración de accesibilidad
search-title = Buscar
search-label = Buscar en este sitio
search-button = Buscar
search-loading = Cargando la búsqueda…
search-found = Páginas encontradas: { $count }
search-none = No se encontraron páginas. Prueba con otra palabra, o solo con el principio de una palabra.
search-no-js = La búsqueda necesita JavaScript, que está desactivado o no funciona en este navegador. Puedes llegar a todas las páginas desde las secciones del sitio:
accessibility-title = Declaración de accesibilidad
not-found-title = Página no encontrada
not-found-text = No hemos encontrado esa página. Puede que haya cambiado de lugar. Prueba con la página de inicio o con la búsqueda.
posters-title = Carteles para cada aula
print-all-title = Imprimir todos los carteles
poster-title = Cartel
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-day = { $day } de { $month } de { $year }
date-weekday = { $weekday }, { $day } de { $month } de { $year }
# Lessons and present mode.
home-bands-intro = Elige el grupo de edad de tu hijo o hija, o el tuyo, para ver qué aprende sobre cómo estar seguro en internet.
band-years-eyfs = Guardería e infantil (Nursery y Reception)
band-years-ks1 = Cursos 1 y 2 (Years 1–2)
band-years-ks2 = Cursos 3 a 6 (Years 3–6)
band-years-ks3 = Cursos 7 a 9 (Years 7–9)
band-years-ks4 = Cursos 10 y 11 (Years 10–11)
topic-lessons-none = Todavía no hay lecciones sobre este tema.
present-start = Presentar
present-help = Muestra esta lección en la pizarra del aula, una diapositiva por sección. Teclas: flecha derecha o Espacio para la siguiente diapositiva, flecha izquierda para volver, F para pantalla completa, Esc para terminar.
present-next = Diapositiva siguiente
present-previous = Diapositiva anterior
present-leave = Terminar la presentación
present-counter = Diapositiva { $current } de { $total }
# Posters.
posters-intro = Cada aula con acceso a internet tiene un cartel con las normas de uso aceptable para su grupo de edad, en los idiomas que leen sus alumnos. Cada cartel se imprime en una sola hoja.
posters-paper = Papel { $paper }
posters-print-all = Imprimir todos los carteles
print-all-intro = Imprime esta página para obtener el cartel de cada aula, cada uno en su propia hoja. Los carteles de las aulas A3 están preparados para papel A3.
poster-print = Imprimir este cartel
poster-print-note = Imprime en papel { $paper }, en vertical.
poster-tell = Si algo en internet te preocupa, para y cuéntaselo a un adulto de confianza.
poster-qr-label = Código QR: escanéalo para leer este cartel en internet en { $url }
poster-qr-caption = Escanea para leer nuestras normas en internet
# Safer Internet Day.
sid-banner = El Día de Internet Segura (Safer Internet Day) es el { $date }: { $days ->
    [one] falta { $days } día
    [many] faltan { $days } de días
   *[other] faltan { $days } días
}
sid-banner-today = ¡El Día de Internet Segura (Safer Internet Day) es hoy, { $date }!
sid-banner-link = Cómo participar
sid-day = El día
sid-theme = Tema
sid-lessons-by-age = Nuestras lecciones para cada edad
sid-past-years = Años anteriores
# The home-school agreement.
agreement-version = Versión { $version }
agreement-agreed = Aprobado el { $date }
agreement-print = Imprimir este acuerdo
agreement-sign-heading = Firmas
agreement-sign-parent = Madre, padre o tutor
agreement-sign-learner = Alumno o alumna
agreement-sign-school = Por el colegio
agreement-sign-name = Nombre
agreement-sign-signature = Firma
agreement-sign-date = Fecha
# The useful-links directory.
links-jump = Enlaces para
links-filter-label = Buscar un enlace
links-filter-hint = Escribe una palabra en inglés, como bullying (acoso), gaming (videojuegos) o helpline (línea de ayuda).
links-shown = Enlaces mostrados: { $count }
links-none = Ningún enlace coincide. Prueba con otra palabra.
links-audience-parents = Para familias y tutores
links-audience-learners = Para niños, niñas y jóvenes
links-audience-staff = Para el personal del colegio
links-category-national = Organizaciones nacionales
links-category-helpline = Líneas de ayuda
links-category-local = Servicios locales
links-phone = Teléfono
# Report a concern, and Exit this page.
exit-button = Salir ya de esta página
exit-emergency = Emergencia
exit-loading = Cargando.
exit-press-two = Shift: pulsa 2 veces más para salir.
exit-press-one = Shift: pulsa 1 vez más para salir.
exit-expired = El tiempo de «Salir ya de esta página» se ha acabado.
exit-about = Cómo funciona «Salir ya de esta página»
report-danger-heading = Si alguien está en peligro ahora mismo
report-danger = Llama al 999 y pide la policía. Hazlo primero si un niño o una niña está en peligro inmediato.
report-ceop-heading = Abuso sexual y grooming en internet: denunciar a CEOP
report-ceop-who = Los niños, niñas y jóvenes menores de 18 años pueden denunciar a CEOP, y también los adultos preocupados por un menor. Los más pequeños deberían pedir ayuda a un adulto de confianza.
report-ceop-agency = CEOP forma parte de la National Crime Agency (Agencia Nacional contra el Crimen), un cuerpo policial.
report-ceop-anonymous = Las denuncias no son anónimas: CEOP tiene el deber de asegurarse de que el niño, la niña o el joven está a salvo.
report-ceop-for = CEOP se ocupa del abuso sexual y el grooming en internet. No se ocupa del acoso, las cuentas falsas ni las cuentas hackeadas.
report-ceop-read = Lee los consejos del CEOP Safety Centre antes de hacer una denuncia.
report-other-heading = Acoso, cuentas falsas y cuentas hackeadas
report-other = CEOP no se ocupa de esto. Cuéntaselo a un adulto de confianza o al colegio, denuncia la cuenta o la publicación en la aplicación, el juego o la web, y habla con:
report-childline = Childline, para niños, niñas y jóvenes, gratis:
report-nspcc = Línea de ayuda de la NSPCC, para adultos preocupados por un menor:
report-iwf-heading = Imágenes sexuales de menores en internet
report-iwf = Si ves en internet imágenes o vídeos sexuales de alguien menor de 18 años, denuncia la dirección web a la Internet Watch Foundation (IWF). No compartas, no guardes ni hagas captura de pantalla de la imagen, ni siquiera para denunciarla.
report-iwf-link = Denunciar a la IWF
report-school-heading = Cuéntaselo a alguien del colegio
report-school = La persona responsable de protección infantil (Designated Safeguarding Lead, DSL) dirige la protección de los menores en el colegio, también en internet.
report-dsl = Responsable de protección infantil (DSL)
report-deputy-dsl = Responsable adjunto de protección infantil (Deputy DSL)
report-school-phone = Secretaría del colegio
exit-help-title = Cómo funciona «Salir ya de esta página»
exit-help-what = «Salir ya de esta página» te lleva al instante a otra web ({ $host }), para que quien se acerque a tu pantalla no vea lo que estabas leyendo.
exit-help-ways = Hay tres formas de usarlo:
exit-help-button = pulsa el botón rojo «Salir ya de esta página», arriba en la página;
exit-help-shift = pulsa la tecla Shift (Mayús) 3 veces en 5 segundos;
exit-help-skip = si usas el teclado o un lector de pantalla, usa el enlace «Salir ya de esta página» que está justo después de «Saltar al contenido principal».
exit-help-history-heading = No borra tu historial de navegación
exit-help-history = Tu navegador sigue recordando las páginas que has visitado. Otra persona que use este dispositivo podría verlas en el historial, y el botón Atrás volvería a mostrar la página.
exit-help-private = Para dejar menos rastro, usa una ventana privada o de incógnito, usa un dispositivo de confianza y, cuando termines, borra esta web de tu historial de navegación.
exit-help-danger = Si estás en peligro, llama al 999.
# Policies.
policy-published = Publicado
policy-review = Próxima revisión
policy-agreed-by = Aprobado por
# The accessibility statement, following GOV.UK's model statement.
statement-heading = Declaración de accesibilidad de { $site }
statement-applies = Esta declaración de accesibilidad se aplica a { $url }.
statement-run-by = Este sitio web lo gestiona { $site }. Queremos que lo pueda usar el mayor número posible de personas. Por ejemplo, eso significa que deberías poder:
statement-can-colours = cambiar los colores, el contraste y las fuentes desde la configuración del navegador o del dispositivo
statement-can-zoom = ampliar hasta el 400% sin que el texto se salga de la pantalla
statement-can-keyboard = recorrer la mayor parte del sitio con el teclado o con un programa de reconocimiento de voz
statement-can-screen-reader = escuchar la mayor parte del sitio con un lector de pantalla (incluidas las versiones más recientes de JAWS, NVDA y VoiceOver)
statement-can-versions = leer muchas páginas en una versión de lectura fácil, y las lecciones con sus palabras clave en el idioma de tu casa
statement-simple = También hemos escrito el texto del sitio de la forma más sencilla posible.
statement-abilitynet = AbilityNet da consejos para que tu dispositivo sea más fácil de usar si tienes una discapacidad.
statement-how-heading = Cómo de accesible es este sitio
statement-how-known = Sabemos que algunas partes de este sitio no son del todo accesibles:
statement-how-full = No conocemos ninguna parte de este sitio que no sea accesible.
statement-how-testing = Todavía estamos revisando este sitio. Si encuentras algo difícil de usar, dínoslo, por favor.
statement-feedback-heading = Comentarios y datos de contacto
statement-feedback = Si necesitas la información de este sitio en otro formato, como PDF accesible, letra grande, lectura fácil, grabación de audio o braille:
statement-email = escríbenos un correo
statement-call = llámanos
statement-form = usa nuestro formulario de contacto
statement-response = Estudiaremos tu solicitud y te responderemos en { $days } días laborables.
statement-reporting-heading = Comunicar problemas de accesibilidad de este sitio
statement-reporting = Siempre intentamos mejorar la accesibilidad de este sitio. Si encuentras algún problema que no aparece en esta página o crees que no cumplimos los requisitos de accesibilidad, escríbenos por cualquiera de las vías de arriba.
statement-enforcement-heading = Procedimiento de aplicación
statement-enforcement = La Equality and Human Rights Commission (EHRC) es responsable de hacer cumplir las Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (el «reglamento de accesibilidad»). Si no estás conforme con nuestra respuesta a tu queja, ponte en contacto con el Equality Advisory and Support Service (EASS).
statement-technical-heading = Información técnica sobre la accesibilidad de este sitio
statement-technical = { $site } se compromete a que su sitio web sea accesible, de acuerdo con las Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
statement-compliance-heading = Situación de cumplimiento
statement-compliance-full = Este sitio web cumple plenamente el nivel AA de las Web Content Accessibility Guidelines, versión 2.2.
statement-compliance-partial = Este sitio web cumple parcialmente el nivel AA de las Web Content Accessibility Guidelines, versión 2.2, debido a los incumplimientos que se indican abajo.
statement-compliance-none = Este sitio web no cumple el nivel AA de las Web Content Accessibility Guidelines, versión 2.2. Los incumplimientos se indican abajo.
statement-non-accessible-heading = Contenido no accesible
statement-non-accessible = El contenido que se indica abajo no es accesible por los siguientes motivos.
statement-non-compliance-heading = Incumplimiento del reglamento de accesibilidad
statement-criterion = Esto no cumple el criterio de conformidad { $criterion } de las WCAG 2.2.
statement-fix-by = Tenemos previsto corregirlo antes del { $date }.
statement-none-known = Ninguno que conozcamos.
statement-burden-heading = Carga desproporcionada
statement-burden-none = No alegamos que ninguna corrección suponga una carga desproporcionada.
statement-scope-heading = Contenido fuera del ámbito del reglamento de accesibilidad
statement-preparation-heading = Elaboración de esta declaración de accesibilidad
statement-prepared = Esta declaración se preparó el { $prepared }. Se revisó por última vez el { $reviewed }.
statement-tested = Este sitio web se probó por última vez el { $date }.
home-bands-heading = Lecciones por edad
home-sections-heading = Qué hay en el sitio
band-eyfs = Primeros años (Early years)
band-ks1 = Etapa 1 (Key Stage 1)
band-ks2 = Etapa 2 (Key Stage 2)
band-ks3 = Etapa 3 (Key Stage 3)
band-ks4 = Etapa 4 (Key Stage 4)
band-ages = De { $from } a { $to } años
lessons-count = { $count ->
    [one] { $count } lección
    [many] { $count } de lecciones
   *[other] { $count } lecciones
}
lesson-band = Grupo de edad
lesson-topics = Riesgos en internet
lesson-duration-label = Duración
lesson-duration = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}
lesson-objectives = En esta lección
topic-content = Contenido
topic-contact = Contacto
topic-conduct = Conducta
topic-commerce = Dinero y compras
topic-content-about = Riesgos de contenido: ver en internet cosas ilegales, dañinas o no adecuadas para tu edad.
topic-contact-about = Riesgos de contacto: personas en internet que presionan, engañan o hacen daño a otras.
topic-conduct-about = Riesgos de conducta: cosas que hacemos en internet y que pueden hacernos daño a nosotros o a otras personas.
topic-commerce-about = Riesgos de dinero y compras: estafas, apuestas, gastos dentro de los juegos y publicidad.
not-easy-read = Todavía no hay una versión de lectura fácil de esta página en español. Aquí tienes la página estándar.
eal-about = La lección en inglés. Junto a cada palabra clave está su significado en tu idioma.
eal-key-words = Palabras clave
eal-english = En inglés
eal-translation = En tu idioma

# Reading preferences (partials/reading.html).
reading-button = Preferencias de lectura
reading-size = Tamaño del texto
reading-size-standard = Estándar
reading-size-large = Grande
reading-size-larger = Más grande
reading-spacing = Espacio entre líneas
reading-spacing-standard = Estándar
reading-spacing-wide = Amplio
reading-spacing-wider = Más amplio
reading-background = Color de fondo
reading-background-white = Blanco
reading-background-cream = Crema
reading-background-blue = Azul claro
reading-font = Letra
reading-font-standard = Estándar
reading-font-dyslexia = Más fácil de leer (dislexia)
reading-reset = Restablecer
reading-note = Tus preferencias se guardan solo en este navegador.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = Mapa del currículo
curriculum-about = Aquí puedes ver cuáles de nuestras lecciones enseñan a cada grupo de edad cada parte de cómo estar seguro en internet. Las ocho áreas vienen de Education for a Connected World, el marco del consejo británico para la seguridad en internet (UK Council for Internet Safety).
curriculum-caption = Lecciones por área y grupo de edad
curriculum-scroll = Desplaza la tabla hacia los lados para ver todos los grupos de edad.
curriculum-strand = Área
curriculum-gap = Aún sin lección
curriculum-four-cs = Los cuatro tipos de riesgo en internet
curriculum-four-cs-missing = Todavía no:
curriculum-link = Mira en el mapa del currículo qué lecciones enseñan cada área a cada grupo de edad.
strand-self-image-and-identity = Imagen de uno mismo e identidad
strand-online-relationships = Relaciones en internet
strand-online-reputation = Reputación en internet
strand-online-bullying = Acoso en internet
strand-managing-online-information = Gestionar la información en internet
strand-health-wellbeing-and-lifestyle = Salud, bienestar y estilo de vida
strand-privacy-and-security = Privacidad y seguridad
strand-copyright-and-ownership = Derechos de autor y propiedad

# --- issue 18: a real school's first hour ---
example-site = Este es un sitio web de ejemplo de un colegio inventado. Sus personas, números de teléfono y dirección no son reales.
# --- issue 20: search results shown ten at a time ---
search-more = Más resultados
