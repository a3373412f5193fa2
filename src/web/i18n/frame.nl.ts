/**
 * Texts of the page frame (main menu) and of the shared error messages (src/web/api/user-message.ts):
 * each error says what went wrong and what to do next, without codes or technical words (B1).
 */
export const frameNl = {
  'nav.menu': 'Menu',
  'nav.scrollRegion': 'Tabel, schuif opzij om alles te zien',
  'error.pageTitle': 'Deze pagina werkt nu niet',
  'error.page': 'Er ging iets mis bij het tonen van deze pagina. Laad de pagina opnieuw. Blijft het misgaan? Kies een andere pagina in het menu en meld het aan de beheerder.',
  'error.network': 'Er is geen verbinding met Naast. Controleer uw internetverbinding en probeer het opnieuw.',
  'error.signedOut': 'U bent niet (meer) ingelogd. Log in en probeer het opnieuw.',
  'error.forbidden': 'U mag dit niet zien of doen met uw rol. Denkt u dat dit niet klopt? Vraag de beheerder van uw organisatie om de juiste rol.',
  'error.notFound': 'Deze gegevens bestaan niet (meer). Ga terug naar de vorige pagina of naar de startpagina.',
  'error.checkNext': 'Controleer wat u heeft ingevuld en probeer het opnieuw.',
  'error.notFoundNext': 'Ga terug naar de vorige pagina of naar de startpagina.',
  'error.conflict': 'Iemand anders heeft dit intussen veranderd. Laad de pagina opnieuw en doe uw wijziging nog een keer.',
  'error.tooLarge': 'Het bestand of de tekst is te groot. Maak het kleiner en probeer het opnieuw.',
  'error.tooMany': 'U heeft het te vaak achter elkaar geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.',
  'error.tooManyNext': 'Wacht een paar minuten en probeer het dan opnieuw.',
  'error.unavailable': 'Naast is even niet beschikbaar, bijvoorbeeld door onderhoud. Probeer het over een paar minuten opnieuw.',
  'error.server': 'Er ging iets mis bij Naast. Probeer het over een paar minuten opnieuw. Blijft het misgaan? Neem dan contact op met de beheerder.',
  'error.badRequest': 'Dit kon niet worden verwerkt. Laad de pagina opnieuw en probeer het nog een keer.',
  'error.reload': 'De pagina is verlopen. Laad de pagina opnieuw en probeer het nog een keer.',
} as const;
