import type { OwnKey } from './en';

// Dutch, formal ("u"), like Ory's Dutch catalog. Only what Ory lacks: strings Ory translates
// already (lib/i18n/ory-keys.json) come from its catalog.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const nl = {
  'app.name': 'Account',
  'home.title': 'Uw account',
  'home.signed-out': 'U bent niet ingelogd.',
  'home.traits': 'Profiel',
  'home.aal': 'Betrouwbaarheidsniveau',
  'home.methods': 'Ingelogd met',
  'home.expires': 'Sessie verloopt',
  'nav.back-home': 'Terug naar de startpagina',
  'second-factor.account': 'Inloggen als {account}',
  'second-factor.code-hint': 'Voer de 6-cijferige code in die we naar {address} hebben gestuurd.',
  'second-factor.resend-wait':
    '{seconds, plural, one {Nieuwe code sturen ({count} seconde)} other {Nieuwe code sturen ({count} seconden)}}',
  'second-factor.cancel': 'Annuleren en uitloggen',
  'notice.expired': 'Die inlogpoging is verlopen, daarom zijn we een nieuwe begonnen.',
  'notice.attempts':
    'Te veel pogingen met die code, daarom zijn we opnieuw begonnen. Vraag een nieuwe code aan.',
  'notice.csrf': 'Uw inlogformulier was ongeldig geworden, daarom hebben we een nieuw geladen.',
  'notice.missing': 'We zijn een nieuwe inlogpoging voor u begonnen.',
  'error.title': 'Er is iets misgegaan',
  'error.generic': 'Er is een onverwachte fout opgetreden. Probeer het opnieuw.',
  'error.cookies-required':
    'Uw browser heeft onze cookies niet teruggestuurd. Sta cookies toe voor deze site en probeer het opnieuw.',
  'error.not-found.title': 'Pagina niet gevonden',
  'error.not-found.body': 'De pagina die u zoekt bestaat niet.',
  'error.unavailable.title': 'Tijdelijk niet beschikbaar',
  'error.unavailable.body':
    'We kunnen de inlogdienst nu niet bereiken. Probeer het over een ogenblik opnieuw.',
  'error.try-again': 'Opnieuw proberen',
  'error.id': 'Foutreferentie',
  'form.pending': 'Even geduld…',
  'locale.label': 'Taal',
  'locale.title': 'Kies uw taal',
  'flow.unsupported-node': 'Dit formulier bevat een onderdeel dat we niet kunnen tonen ({type}).',
  'flow.needs-javascript': 'Hiervoor moet JavaScript in uw browser zijn ingeschakeld.',
  'settings.profile.description': 'Uw e-mailadres en naam.',
  'settings.totp.description':
    'Log in met een eenmalige code uit een app zoals Google Authenticator of 1Password.',
  'settings.webauthn.description': 'Gebruik een hardwarebeveiligingssleutel als tweede factor.',
  'settings.passkey.description': 'Log in zonder wachtwoord, met dit apparaat of uw telefoon.',
  'registration.signing-up-as': 'Registreren als {account}',
  'error.action.sign-in': 'Opnieuw inloggen',
  'error.action.verify': 'Uw e-mailadres verifiëren',
  'error.details': 'Details van de inlogdienst',
  'error.kratos.return-to-forbidden':
    'De pagina waarnaar u daarna zou worden gestuurd, staat niet op onze lijst met toegestane adressen. Begin opnieuw vanuit de app waar u vandaan kwam.',
  'error.kratos.identity-mismatch':
    'Dit verzoek is gestart terwijl een ander account was ingelogd. Log opnieuw in en probeer het nog eens.',
  'error.kratos.already-signed-in.title': 'U bent al ingelogd',
  'error.kratos.already-signed-in': 'Hier hoeft u verder niets te doen.',
  'error.kratos.refresh-required':
    'Bevestig voor uw veiligheid dat u het bent door opnieuw in te loggen.',
  'error.kratos.flow-replaced':
    'Dit formulier is vervangen door een nieuwer formulier, bijvoorbeeld in een ander tabblad. Begin opnieuw.',
  'error.kratos.verify-address': 'Verifieer uw e-mailadres voordat u verdergaat.',
  'error.kratos.flow-disabled': 'Deze functie is uitgeschakeld.',
  'error.kratos.internal':
    'De inlogdienst kon dit verzoek niet afronden. Probeer het opnieuw. Blijft het gebeuren, neem dan contact op met de ondersteuning en vermeld de referentie hieronder.',
  'error.kratos.not-found':
    'Deze link is niet meer geldig. Hij is mogelijk verlopen of al gebruikt.',
  'error.kratos.forbidden': 'U mag dit niet doen. Opnieuw inloggen kan helpen.',
  'error.kratos.bad-request':
    'Er klopte iets niet aan dat verzoek. Ga terug en probeer het opnieuw.',
  'error.kratos.unknown.title': 'We konden die fout niet vinden',
  'error.kratos.unknown':
    'De fout waarvoor u hierheen bent gestuurd, is onbekend of verlopen. Begin opnieuw.',
  'oauth2.login.title': 'Inloggen bij {app}',
  'oauth2.consent.account': 'Ingelogd als {account}',
  'oauth2.consent.scopes': 'Hiermee mag {app}:',
  'oauth2.consent.scope.other': 'Toegang tot “{scope}”',
  'oauth2.consent.remember': 'Mijn keuze onthouden',
  'oauth2.consent.allow': 'Toestaan',
  'oauth2.consent.deny': 'Weigeren',
  'oauth2.consent.policy': 'Privacybeleid',
  'oauth2.consent.terms': 'Servicevoorwaarden',
  'oauth2.logout.title': 'Uitloggen bij {app}?',
  'oauth2.logout.title-any': 'Uitloggen?',
  'oauth2.logout.body': 'U wordt op dit apparaat uitgelogd bij {app} en bij dit account.',
  'oauth2.logout.body-any': 'U wordt op dit apparaat uitgelogd bij dit account.',
  'oauth2.logout.cancel': 'Ingelogd blijven',
  'oauth2.logout.cancelled': 'U bent nog steeds ingelogd.',
  'oauth2.error.title': 'Deze inloglink werkt niet meer',
  'oauth2.error.invalid':
    'Het verzoek van de app is onbekend, verlopen of al gebruikt. Ga terug naar de app en begin opnieuw met inloggen.',
  'oauth2.error.other-user':
    'Dit verzoek hoort bij een ander account dan het account dat hier is ingelogd. Ga terug naar de app en begin opnieuw.',
  'oauth2.error.signed-out': 'Log eerst in, ga dan terug naar de app en begin opnieuw.',
  'oauth2.error.disabled': 'Inloggen bij andere apps is hier niet ingesteld.',
  'oauth2.error.app': 'De app kon het inloggen niet afronden',
  'oauth2.error.app-generic':
    'De app heeft een verzoek gestuurd dat niet kan worden afgerond. Ga terug naar de app en probeer het opnieuw, of neem contact op met de ondersteuning van de app.',
  'devices.link': 'Apparaten',
  'devices.title': 'Apparaten',
  'devices.subtitle':
    'Waar uw account is ingelogd. Herkent u een apparaat niet, log het dan uit en wijzig uw wachtwoord.',
  'devices.this-device': 'Dit apparaat',
  'devices.other-devices': 'Andere apparaten ({count})',
  'devices.none-other': 'U bent op geen ander apparaat ingelogd.',
  'devices.name': '{browser} op {os}',
  'devices.unknown-browser': 'Onbekende browser',
  'devices.unknown-os': 'een onbekend systeem',
  'devices.ip': 'IP-adres',
  'devices.location': 'Locatie',
  'devices.signed-in': 'Ingelogd',
  'devices.how': 'Hoe',
  'devices.expires': 'Verloopt',
  'devices.unknown': 'Onbekend',
  'devices.aal.aal1': 'één stap, AAL1',
  'devices.aal.aal2': 'twee stappen, AAL2',
  'devices.method.passkey': 'Passkey',
  'devices.method.oidc': 'Inloggen via sociale media',
  'devices.method.oidc-provider': 'Inloggen met {provider}',
  'devices.method.recovery': 'Accountherstel',
  'devices.sign-out-this': 'Uitloggen op dit apparaat',
  'devices.sign-out-others': 'Uitloggen op alle andere apparaten',
  'devices.truncated':
    'De {shown} meest recente van {total, plural, one {# apparaat} other {# apparaten}} worden getoond.',
  'devices.notice.revoked': 'Het apparaat is uitgelogd.',
  'devices.notice.revoked-others':
    '{count, plural, =0 {Er waren geen andere apparaten om uit te loggen.} one {# ander apparaat is uitgelogd.} other {# andere apparaten zijn uitgelogd.}}',
  'devices.notice.csrf':
    'Er is niets uitgelogd: dit formulier kon niet worden gecontroleerd, bijvoorbeeld omdat het vanaf een andere site is verstuurd. Probeer het opnieuw.',
  'devices.notice.not-found':
    'Er is niets uitgelogd: dat apparaat is niet van u, of het is al uitgelogd.',
  'devices.notice.current': 'Gebruik “Uitloggen op dit apparaat” om op dit apparaat uit te loggen.',
  'second-factor.factor.totp': 'Authenticator-app',
  'second-factor.factor.webauthn': 'Beveiligingssleutel',
  'second-factor.factor.passkey': 'Passkey',
  'second-factor.factor.lookup_secret': 'Back-upcode',
  'second-factor.factor.code': 'Een code mailen naar {address}',
  'second-factor.restart-other': 'Liever een andere methode gebruiken',
  'login.identifier-first.not-you': 'Niet jij?',
  'login.identifier-first.signing-in-as': 'Inloggen als {account}',
  'login.code.sent-to': 'We hebben een code gestuurd naar {address}.',
  'second-factor.choose-any': 'We sturen je een eenmalige code.',
  'second-factor.factor.sms': 'Een code sms’en naar {address}',
  'second-factor.code-label-sms': 'Code uit de sms',
  'login.code.texted-to': 'We hebben een code ge-sms’t naar {address}.',
  'field.phone.hint': 'Internationaal formaat: + en de landcode, bijv. +1 415 555 0100.',
  'field.phone.invalid':
    'Dit is geen telefoonnummer in internationaal formaat. Begin met + en de landcode, bijv. +1 415 555 0100.',
  'verification.title-any': 'Bevestig je e-mailadres of telefoonnummer',
  'verification.sent-any':
    'We hebben je een code gestuurd per e-mail of sms. Vul hem hieronder in.',
  'verification.done-any': 'Bevestigd. Dank je.',
  'settings.phone.verified': '{address} is bevestigd.',
  'settings.phone.unverified': '{address} is nog niet bevestigd.',
  'settings.phone.verify': 'Bevestigen per sms',
} as const satisfies Partial<Record<OwnKey, string>>;
