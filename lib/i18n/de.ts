import type { OwnKey } from './en';

// German, formal ("Sie"), matching the tone of Ory's German catalog for Kratos's messages.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const de = {
  'app.name': 'Konto',
  'login.title': 'Anmelden',
  'login.refresh.title': 'Bestätigen Sie, dass Sie es sind',
  'login.no-account': 'Noch kein Konto?',
  'login.forgot': 'Passwort vergessen?',
  'registration.title': 'Konto erstellen',
  'registration.have-account': 'Sie haben bereits ein Konto?',
  'verification.title': 'E-Mail-Adresse bestätigen',
  'recovery.title': 'Konto wiederherstellen',
  'settings.title': 'Kontoeinstellungen',
  'home.title': 'Ihr Konto',
  'home.signed-out': 'Sie sind nicht angemeldet.',
  'home.traits': 'Profil',
  'home.aal': 'Sicherheitsstufe',
  'home.methods': 'Angemeldet mit',
  'home.expires': 'Sitzung läuft ab',
  'home.settings': 'Kontoeinstellungen',
  'nav.sign-in': 'Anmelden',
  'nav.sign-up': 'Konto erstellen',
  'nav.sign-out': 'Abmelden',
  'nav.back-home': 'Zurück zur Startseite',
  'nav.back': 'Zurück',
  'second-factor.title': 'Bestätigung in zwei Schritten',
  'second-factor.refresh-title': 'Bestätigen Sie, dass Sie es sind',
  'second-factor.account': 'Anmeldung als {account}',
  'second-factor.choose': 'Wir senden Ihnen einen Einmalcode per E-Mail.',
  'second-factor.code-label': 'Code aus der E-Mail',
  'second-factor.code-hint':
    'Geben Sie den 6-stelligen Code ein, den wir an {address} gesendet haben.',
  'second-factor.continue': 'Weiter',
  'second-factor.resend': 'Neuen Code senden',
  'second-factor.resend-wait': 'Neuen Code senden ({seconds} s)',
  'second-factor.other-methods': 'Andere Methode verwenden',
  'second-factor.cancel': 'Abbrechen und abmelden',
  'notice.expired': 'Dieser Anmeldeversuch war abgelaufen, daher haben wir einen neuen gestartet.',
  'notice.attempts':
    'Zu viele Versuche mit diesem Code, daher haben wir neu begonnen. Fordern Sie einen neuen Code an.',
  'notice.csrf': 'Ihr Anmeldeformular war ungültig geworden, daher haben wir ein neues geladen.',
  'notice.missing': 'Wir haben eine neue Anmeldung für Sie gestartet.',
  'error.title': 'Etwas ist schiefgelaufen',
  'error.generic': 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
  'error.cookies-required':
    'Ihr Browser hat unsere Cookies nicht zurückgesendet. Erlauben Sie Cookies für diese Website und versuchen Sie es erneut.',
  'error.not-found.title': 'Seite nicht gefunden',
  'error.not-found.body': 'Die gesuchte Seite existiert nicht.',
  'error.unavailable.title': 'Vorübergehend nicht verfügbar',
  'error.unavailable.body':
    'Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
  'error.try-again': 'Erneut versuchen',
  'error.id': 'Fehlerreferenz',
  'form.pending': 'Bitte warten…',
  'locale.label': 'Sprache',
  'locale.title': 'Sprache wählen',
  'flow.unsupported-node':
    'Dieses Formular enthält ein Element, das wir nicht anzeigen können ({type}).',
  'flow.needs-javascript': 'Dafür muss JavaScript in Ihrem Browser aktiviert sein.',
  'settings.profile.title': 'Profil',
  'settings.profile.description': 'Ihre E-Mail-Adresse und Ihr Name.',
  'settings.password.title': 'Passwort',
  'settings.password.description': 'Wählen Sie ein neues Passwort für die Anmeldung.',
  'settings.totp.title': 'Authenticator-App',
  'settings.totp.description':
    'Melden Sie sich mit einem Einmalcode aus einer App wie Google Authenticator oder 1Password an.',
  'settings.lookup-secret.title': 'Backup-Codes',
  'settings.lookup-secret.description':
    'Einmal-Codes für den Fall, dass Ihre anderen zweiten Faktoren nicht greifbar sind. Bewahren Sie sie sicher auf.',
  'settings.webauthn.title': 'Sicherheitsschlüssel',
  'settings.webauthn.description':
    'Verwenden Sie einen Hardware-Sicherheitsschlüssel als zweiten Faktor.',
  'settings.passkey.title': 'Passkeys',
  'settings.passkey.description':
    'Melden Sie sich ohne Passwort an, mit diesem Gerät oder Ihrem Telefon.',
  'settings.oidc.title': 'Verknüpfte Konten',
  'settings.oidc.description': 'Konten bei anderen Anbietern, mit denen Sie sich anmelden können.',
  'settings.code.title': 'Codes per E-Mail',
  'settings.code.description': 'Einmalcodes an Ihre E-Mail-Adresse.',
  'registration.signing-up-as': 'Registrierung als {account}',
  'error.action.sign-in': 'Erneut anmelden',
  'error.action.verify': 'E-Mail-Adresse bestätigen',
  'error.details': 'Details vom Anmeldedienst',
  'error.kratos.return-to-forbidden':
    'Die Seite, zu der Sie danach weitergeleitet werden sollten, steht nicht auf unserer Liste erlaubter Adressen. Bitte beginnen Sie erneut in der App, von der Sie kamen.',
  'error.kratos.identity-mismatch':
    'Diese Anfrage wurde gestartet, während ein anderes Konto angemeldet war. Bitte melden Sie sich erneut an und versuchen Sie es noch einmal.',
  'error.kratos.already-signed-in.title': 'Sie sind bereits angemeldet',
  'error.kratos.already-signed-in': 'Hier ist nichts weiter zu tun.',
  'error.kratos.refresh-required':
    'Bitte bestätigen Sie zu Ihrer Sicherheit durch erneute Anmeldung, dass Sie es sind.',
  'error.kratos.flow-replaced':
    'Dieses Formular wurde durch ein neueres ersetzt, zum Beispiel in einem anderen Tab. Bitte beginnen Sie erneut.',
  'error.kratos.verify-address': 'Bitte bestätigen Sie Ihre E-Mail-Adresse, bevor Sie fortfahren.',
  'error.kratos.flow-disabled': 'Diese Funktion ist deaktiviert.',
  'error.kratos.internal':
    'Der Anmeldedienst konnte diese Anfrage nicht abschließen. Bitte versuchen Sie es erneut. Wenn es wieder passiert, wenden Sie sich mit der Referenz unten an den Support.',
  'error.kratos.not-found':
    'Dieser Link ist nicht mehr gültig. Vielleicht ist er abgelaufen oder wurde schon verwendet.',
  'error.kratos.forbidden': 'Sie dürfen das nicht tun. Eine erneute Anmeldung kann helfen.',
  'error.kratos.bad-request':
    'Etwas an dieser Anfrage stimmte nicht. Bitte gehen Sie zurück und versuchen Sie es erneut.',
  'error.kratos.unknown.title': 'Diesen Fehler konnten wir nicht finden',
  'error.kratos.unknown':
    'Der Fehler, für den Sie hierher geschickt wurden, ist unbekannt oder abgelaufen. Bitte beginnen Sie erneut.',
  'oauth2.login.title': 'Bei {app} anmelden',
  'oauth2.consent.account': 'Angemeldet als {account}',
  'oauth2.consent.scopes': 'Damit erlauben Sie {app}:',
  'oauth2.consent.scope.other': 'Zugriff auf „{scope}“',
  'oauth2.consent.remember': 'Entscheidung merken',
  'oauth2.consent.allow': 'Erlauben',
  'oauth2.consent.deny': 'Ablehnen',
  'oauth2.consent.policy': 'Datenschutzerklärung',
  'oauth2.consent.terms': 'Nutzungsbedingungen',
  'oauth2.logout.title': 'Von {app} abmelden?',
  'oauth2.logout.title-any': 'Abmelden?',
  'oauth2.logout.body': 'Sie werden von {app} und von diesem Konto auf diesem Gerät abgemeldet.',
  'oauth2.logout.body-any': 'Sie werden von diesem Konto auf diesem Gerät abgemeldet.',
  'oauth2.logout.confirm': 'Abmelden',
  'oauth2.logout.cancel': 'Angemeldet bleiben',
  'oauth2.logout.cancelled': 'Sie sind weiterhin angemeldet.',
  'oauth2.error.title': 'Dieser Anmeldelink funktioniert nicht mehr',
  'oauth2.error.invalid':
    'Die Anfrage der App ist unbekannt, abgelaufen oder wurde schon verwendet. Kehren Sie zur App zurück und melden Sie sich erneut an.',
  'oauth2.error.other-user':
    'Diese Anfrage gehört zu einem anderen Konto als dem hier angemeldeten. Kehren Sie zur App zurück und beginnen Sie erneut.',
  'oauth2.error.signed-out':
    'Bitte melden Sie sich zuerst an, kehren Sie dann zur App zurück und beginnen Sie erneut.',
  'oauth2.error.disabled': 'Die Anmeldung bei anderen Apps ist hier nicht eingerichtet.',
  'oauth2.error.app': 'Die App konnte die Anmeldung nicht abschließen',
  'oauth2.error.app-generic':
    'Die App hat eine Anfrage gesendet, die nicht ausgeführt werden kann. Kehren Sie zur App zurück und versuchen Sie es erneut, oder wenden Sie sich an deren Support.',
  'oauth2.continue': 'Weiter',
} as const satisfies Partial<Record<OwnKey, string>>;
