# The site's own strings: any message here overrides the theme's message of the same id.
# Add i18n/pl.ftl, i18n/ur.ftl ... beside it for other languages.
nav-home = Online safety home
