# haven UI strings: Portuguese (português)
# reviewed-by-fluent-speaker: no
# Script: Latin, written left-to-right. European Portuguese wording, polite third person ("Pesquise", "Imprima") that reads well in Brazil too.
skip-to-content = Saltar para o conteúdo principal
ceop-button = Denunciar ao CEOP
nav-label = Menu principal
menu-button = Menu
nav-home = Página inicial
versions-label = Esta página noutras línguas e versões
version-easy = Leitura fácil
version-standard = Versão normal
version-eal = Palavras-chave na minha língua
not-translated = Esta página ainda não está traduzida para português. Aqui está o original.
footer-report = Comunicar uma preocupação
footer-accessibility = Declaração de acessibilidade
search-title = Pesquisar
search-label = Pesquisar neste site
search-button = Pesquisar
search-loading = A carregar a pesquisa…
search-found = Páginas encontradas: { $count }
search-none = Não foram encontradas páginas. Experimente outra palavra, ou só o início de uma palavra.
search-no-js = A pesquisa precisa de JavaScript, que está desligado ou não funciona neste navegador. Pode chegar a todas as páginas a partir das secções do site:
accessibility-title = Declaração de acessibilidade
not-found-title = Página não encontrada
not-found-text = Não encontrámos essa página. Pode ter mudado de lugar. Experimente a página inicial ou a pesquisa.
posters-title = Cartazes para cada sala
print-all-title = Imprimir todos os cartazes
poster-title = Cartaz
# Dates: weekday-1 is Monday; month-N is the month's name as written inside a date.
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
date-day = { $day } de { $month } de { $year }
date-weekday = { $weekday }, { $day } de { $month } de { $year }
# Lessons and present mode.
home-bands-intro = Escolha o grupo etário do seu filho, ou o seu, para ver o que se aprende sobre segurança na internet.
band-years-eyfs = Creche e pré-escolar (Nursery e Reception)
band-years-ks1 = 1.º e 2.º anos (Years 1–2)
band-years-ks2 = Do 3.º ao 6.º ano (Years 3–6)
band-years-ks3 = Do 7.º ao 9.º ano (Years 7–9)
band-years-ks4 = 10.º e 11.º anos (Years 10–11)
topic-lessons-none = Ainda não há aulas sobre este tema.
present-start = Apresentar
present-help = Mostre esta aula no quadro da sala, um diapositivo por secção. Teclas: seta para a direita ou Espaço para o diapositivo seguinte, seta para a esquerda para voltar, F para ecrã inteiro, Esc para parar.
present-next = Diapositivo seguinte
present-previous = Diapositivo anterior
present-leave = Parar a apresentação
present-counter = Diapositivo { $current } de { $total }
# Posters.
posters-intro = Cada sala com acesso à internet tem um cartaz com as regras de utilização aceitável para o seu grupo etário, nas línguas que os alunos dessa sala leem. Cada cartaz imprime-se numa só folha.
posters-paper = Papel { $paper }
posters-print-all = Imprimir todos os cartazes
print-all-intro = Imprima esta página para obter o cartaz de cada sala, cada um na sua folha. Os cartazes das salas A3 estão preparados para papel A3.
poster-print = Imprimir este cartaz
poster-print-note = Imprima em papel { $paper }, na vertical.
poster-tell = Se alguma coisa na internet te preocupar, para e conta a um adulto de confiança.
poster-qr-label = Código QR: lê-o para ver este cartaz na internet em { $url }
poster-qr-caption = Lê o código para ver as nossas regras na internet
# Safer Internet Day.
sid-banner = O Dia da Internet Mais Segura (Safer Internet Day) é a { $date }: { $days ->
    [one] falta { $days } dia
    [many] faltam { $days } de dias
   *[other] faltam { $days } dias
}
sid-banner-today = O Dia da Internet Mais Segura (Safer Internet Day) é hoje, { $date }!
sid-banner-link = Como participar
sid-day = O dia
sid-theme = Tema
sid-lessons-by-age = As nossas aulas para cada idade
sid-past-years = Anos anteriores
# The home-school agreement.
agreement-version = Versão { $version }
agreement-agreed = Aprovado a { $date }
agreement-print = Imprimir este acordo
agreement-sign-heading = Assinaturas
agreement-sign-parent = Pai, mãe ou encarregado de educação
agreement-sign-learner = Aluno
agreement-sign-school = Pela escola
agreement-sign-name = Nome
agreement-sign-signature = Assinatura
agreement-sign-date = Data
# The useful-links directory.
links-jump = Ligações para
links-filter-label = Encontrar uma ligação
links-filter-hint = Escreva uma palavra em inglês, como bullying, gaming (jogos) ou helpline (linha de apoio).
links-shown = Ligações mostradas: { $count }
links-none = Nenhuma ligação corresponde. Experimente outra palavra.
links-audience-parents = Para pais e encarregados de educação
links-audience-learners = Para crianças e jovens
links-audience-staff = Para o pessoal da escola
links-category-national = Organizações nacionais
links-category-helpline = Linhas de apoio
links-category-local = Serviços locais
links-phone = Telefone
# Report a concern, and Exit this page.
exit-button = Sair já desta página
exit-emergency = Emergência
exit-loading = A carregar.
exit-press-two = Shift: carregue mais 2 vezes para sair.
exit-press-one = Shift: carregue mais 1 vez para sair.
exit-expired = O tempo de «Sair já desta página» terminou.
exit-about = Como funciona «Sair já desta página»
report-danger-heading = Se alguém está em perigo agora
report-danger = Ligue 999 e peça a polícia. Faça isto primeiro se uma criança estiver em perigo imediato.
report-ceop-heading = Abuso sexual e aliciamento (grooming) na internet: denunciar ao CEOP
report-ceop-who = Crianças e jovens com menos de 18 anos podem fazer uma denúncia ao CEOP, tal como os adultos preocupados com uma criança. As crianças mais novas devem pedir ajuda a um adulto de confiança.
report-ceop-agency = O CEOP faz parte da National Crime Agency (Agência Nacional contra o Crime), uma autoridade policial.
report-ceop-anonymous = As denúncias não são anónimas: o CEOP tem o dever de garantir que a criança ou o jovem está em segurança.
report-ceop-for = O CEOP trata de abuso sexual e aliciamento (grooming) na internet. Não trata de bullying, contas falsas nem contas pirateadas.
report-ceop-read = Leia os conselhos do CEOP Safety Centre antes de fazer uma denúncia.
report-other-heading = Bullying, contas falsas e contas pirateadas
report-other = O CEOP não trata destes casos. Conte a um adulto de confiança ou à escola, denuncie a conta ou a publicação à aplicação, ao jogo ou ao site, e fale com:
report-childline = Childline, para crianças e jovens, gratuito:
report-nspcc = Linha de apoio da NSPCC, para adultos preocupados com uma criança:
report-iwf-heading = Imagens sexuais de crianças na internet
report-iwf = Se vir na internet imagens ou vídeos sexuais de alguém com menos de 18 anos, denuncie o endereço da página à Internet Watch Foundation (IWF). Não partilhe, não guarde nem tire captura de ecrã da imagem, nem mesmo para a denunciar.
report-iwf-link = Denunciar à IWF
report-school-heading = Conte a alguém na escola
report-school = O Responsável pela Proteção de Crianças (Designated Safeguarding Lead, DSL) coordena a segurança das crianças na escola, também na internet.
report-dsl = Responsável pela Proteção de Crianças (DSL)
report-deputy-dsl = Responsável adjunto pela Proteção de Crianças (Deputy DSL)
report-school-phone = Secretaria da escola
exit-help-title = Como funciona «Sair já desta página»
exit-help-what = «Sair já desta página» leva-o imediatamente para outro site ({ $host }), para que quem se aproxime do seu ecrã não veja o que estava a ler.
exit-help-ways = Há três formas de o usar:
exit-help-button = selecione o botão vermelho «Sair já desta página» no topo da página;
exit-help-shift = carregue na tecla Shift 3 vezes em 5 segundos;
exit-help-skip = se usa um teclado ou um leitor de ecrã, use a ligação «Sair já desta página» logo a seguir a «Saltar para o conteúdo principal».
exit-help-history-heading = Não apaga o seu histórico de navegação
exit-help-history = O seu navegador continua a lembrar-se das páginas que visitou. Outra pessoa que use este dispositivo pode vê-las no histórico do navegador, e o botão Retroceder traz a página de volta.
exit-help-private = Para deixar menos rasto, use uma janela privada ou anónima, use um dispositivo de confiança e, quando terminar, apague este site do seu histórico de navegação.
exit-help-danger = Se estiver em perigo, ligue 999.
# Policies.
policy-published = Publicado
policy-review = Próxima revisão
policy-agreed-by = Aprovado por
# The accessibility statement, following GOV.UK's model statement.
statement-heading = Declaração de acessibilidade de { $site }
statement-applies = Esta declaração de acessibilidade aplica-se a { $url }.
statement-run-by = Este site é gerido por { $site }. Queremos que o maior número possível de pessoas consiga usar este site. Por exemplo, isso significa que deve conseguir:
statement-can-colours = mudar as cores, os níveis de contraste e os tipos de letra nas definições do navegador ou do dispositivo
statement-can-zoom = ampliar até 400% sem que o texto saia do ecrã
statement-can-keyboard = navegar na maior parte do site com um teclado ou com um programa de reconhecimento de voz
statement-can-screen-reader = ouvir a maior parte do site com um leitor de ecrã (incluindo as versões mais recentes do JAWS, do NVDA e do VoiceOver)
statement-can-versions = ler muitas páginas numa versão de leitura fácil, e as aulas com as palavras-chave na língua de casa
statement-simple = Também escrevemos o texto do site da forma mais simples possível.
statement-abilitynet = A AbilityNet dá conselhos para tornar o seu dispositivo mais fácil de usar, se tiver uma deficiência.
statement-how-heading = Até que ponto este site é acessível
statement-how-known = Sabemos que algumas partes deste site não são totalmente acessíveis:
statement-how-full = Não conhecemos nenhuma parte deste site que não seja acessível.
statement-how-testing = Ainda estamos a verificar este site. Se encontrar alguma coisa difícil de usar, por favor diga-nos.
statement-feedback-heading = Comentários e contactos
statement-feedback = Se precisar da informação deste site noutro formato, como PDF acessível, letra grande, leitura fácil, gravação áudio ou braille:
statement-email = envie um email
statement-call = telefone
statement-form = use o nosso formulário de contacto
statement-response = Vamos analisar o seu pedido e responder dentro de { $days } dias úteis.
statement-reporting-heading = Comunicar problemas de acessibilidade deste site
statement-reporting = Procuramos sempre melhorar a acessibilidade deste site. Se encontrar algum problema que não esteja nesta página, ou se achar que não cumprimos os requisitos de acessibilidade, contacte-nos por qualquer uma das formas acima.
statement-enforcement-heading = Procedimento de aplicação
statement-enforcement = A Equality and Human Rights Commission (EHRC) é responsável por fazer cumprir as Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (o «regulamento de acessibilidade»). Se não estiver satisfeito com a nossa resposta à sua queixa, contacte o Equality Advisory and Support Service (EASS).
statement-technical-heading = Informação técnica sobre a acessibilidade deste site
statement-technical = { $site } compromete-se a tornar o seu site acessível, de acordo com as Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
statement-compliance-heading = Estado de conformidade
statement-compliance-full = Este site está totalmente em conformidade com a norma AA das Web Content Accessibility Guidelines, versão 2.2.
statement-compliance-partial = Este site está parcialmente em conformidade com a norma AA das Web Content Accessibility Guidelines, versão 2.2, devido às não conformidades indicadas abaixo.
statement-compliance-none = Este site não está em conformidade com a norma AA das Web Content Accessibility Guidelines, versão 2.2. As não conformidades estão indicadas abaixo.
statement-non-accessible-heading = Conteúdo não acessível
statement-non-accessible = O conteúdo indicado abaixo não é acessível pelos seguintes motivos.
statement-non-compliance-heading = Não conformidade com o regulamento de acessibilidade
statement-criterion = Isto não cumpre o critério de sucesso { $criterion } das WCAG 2.2.
statement-fix-by = Planeamos corrigir isto até { $date }.
statement-none-known = Nenhum que conheçamos.
statement-burden-heading = Encargo desproporcionado
statement-burden-none = Não alegamos que alguma correção seja um encargo desproporcionado.
statement-scope-heading = Conteúdo fora do âmbito do regulamento de acessibilidade
statement-preparation-heading = Preparação desta declaração de acessibilidade
statement-prepared = Esta declaração foi preparada a { $prepared }. Foi revista pela última vez a { $reviewed }.
statement-tested = Este site foi testado pela última vez a { $date }.
home-bands-heading = Aulas por idade
home-sections-heading = O que encontra no site
band-eyfs = Primeiros anos (Early years)
band-ks1 = Etapa 1 (Key Stage 1)
band-ks2 = Etapa 2 (Key Stage 2)
band-ks3 = Etapa 3 (Key Stage 3)
band-ks4 = Etapa 4 (Key Stage 4)
band-ages = Dos { $from } aos { $to } anos
lessons-count = { $count ->
    [one] { $count } aula
    [many] { $count } de aulas
   *[other] { $count } aulas
}
lesson-band = Grupo etário
lesson-topics = Riscos na internet
lesson-duration-label = Duração
lesson-duration = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}
lesson-objectives = Nesta aula
topic-content = Conteúdo
topic-contact = Contacto
topic-conduct = Comportamento
topic-commerce = Dinheiro e comércio
topic-content-about = Riscos de conteúdo: ver na internet coisas ilegais, prejudiciais ou não adequadas à idade.
topic-contact-about = Riscos de contacto: pessoas na internet que pressionam, enganam ou fazem mal a outros.
topic-conduct-about = Riscos de comportamento: coisas que fazemos na internet que nos podem magoar a nós ou a outras pessoas.
topic-commerce-about = Riscos de dinheiro e comércio: burlas, jogos de azar, gastos dentro dos jogos e publicidade.
not-easy-read = Ainda não há uma versão de leitura fácil desta página em português. Aqui está a página normal.
eal-about = A aula em inglês. As palavras-chave têm ao lado o seu significado na sua língua.
eal-key-words = Palavras-chave
eal-english = Em inglês
eal-translation = Na sua língua

# Reading preferences (partials/reading.html).
reading-button = Preferências de leitura
reading-size = Tamanho do texto
reading-size-standard = Normal
reading-size-large = Grande
reading-size-larger = Maior
reading-spacing = Espaço entre linhas
reading-spacing-standard = Normal
reading-spacing-wide = Largo
reading-spacing-wider = Mais largo
reading-background = Cor de fundo
reading-background-white = Branco
reading-background-cream = Creme
reading-background-blue = Azul-claro
reading-font = Letras
reading-font-standard = Normais
reading-font-dyslexia = Mais fáceis de ler (dislexia)
reading-reset = Repor
reading-note = As suas escolhas ficam guardadas apenas neste navegador.

# --- issue 23: the curriculum map (curriculum.html, section.html) ---
curriculum-title = Mapa curricular
curriculum-about = Veja aqui que aulas ensinam cada parte da segurança na internet a cada grupo etário. As oito áreas vêm do Education for a Connected World, o referencial do conselho britânico para a segurança na internet (UK Council for Internet Safety).
curriculum-caption = Aulas por área e grupo etário
curriculum-scroll = Deslize a tabela para o lado para ver todos os grupos etários.
curriculum-strand = Área
curriculum-gap = Ainda sem aula
curriculum-four-cs = Os quatro tipos de risco na internet
curriculum-four-cs-missing = Ainda não:
curriculum-link = Veja no mapa curricular que aulas ensinam cada área a cada grupo etário.
strand-self-image-and-identity = Autoimagem e identidade
strand-online-relationships = Relações na internet
strand-online-reputation = Reputação na internet
strand-online-bullying = Bullying na internet
strand-managing-online-information = Gerir informação na internet
strand-health-wellbeing-and-lifestyle = Saúde, bem-estar e estilo de vida
strand-privacy-and-security = Privacidade e segurança
strand-copyright-and-ownership = Direitos de autor e propriedade

# --- issue 18: a real school's first hour ---
example-site = Este é um site de exemplo de uma escola inventada. As pessoas, os números de telefone e a morada não são reais.
# --- issue 20: search results shown ten at a time ---
search-more = Mais resultados
