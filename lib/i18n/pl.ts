import type { OwnKey } from './en';

// Polish, informal ("Ty") like Ory's Polish catalog. Only what Ory lacks: strings Ory translates
// already (lib/i18n/ory-keys.json) come from its catalog.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const pl = {
  'app.name': 'Konto',
  'home.title': 'Twoje konto',
  'home.signed-out': 'Nie jesteś zalogowany.',
  'home.traits': 'Profil',
  'home.aal': 'Poziom uwierzytelnienia',
  'home.methods': 'Zalogowano przez',
  'home.expires': 'Sesja wygasa',
  'nav.back-home': 'Wróć do strony startowej',
  'second-factor.account': 'Logowanie jako {account}',
  'second-factor.code-hint': 'Wpisz 6-cyfrowy kod, który wysłaliśmy na adres {address}.',
  'second-factor.resend-wait':
    '{seconds, plural, one {Wyślij nowy kod ({count} sekunda)} few {Wyślij nowy kod ({count} sekundy)} many {Wyślij nowy kod ({count} sekund)} other {Wyślij nowy kod ({count} sekundy)}}',
  'second-factor.cancel': 'Anuluj i wyloguj',
  'notice.expired': 'Ta próba logowania wygasła, więc rozpoczęliśmy nową.',
  'notice.attempts': 'Zbyt wiele prób z tym kodem, więc zaczęliśmy od nowa. Poproś o nowy kod.',
  'notice.csrf': 'Formularz logowania stracił ważność, więc wczytaliśmy nowy.',
  'notice.missing': 'Rozpoczęliśmy dla Ciebie nowe logowanie.',
  'limits.address-to':
    'Przed chwilą wysłaliśmy kod na adres {address}. Kolejny możesz poprosić za {wait}.',
  'limits.address': 'Przed chwilą wysłaliśmy kod. Kolejny możesz poprosić za {wait}.',
  'limits.client':
    'Z Twojej sieci poproszono ostatnio o wiele kodów. Kolejny możesz poprosić za {wait}.',
  'limits.password': 'Zbyt wiele prób logowania. Możesz spróbować ponownie za {wait}.',
  'error.title': 'Coś poszło nie tak',
  'error.generic': 'Wystąpił nieoczekiwany błąd. Spróbuj ponownie.',
  'error.cookies-required':
    'Twoja przeglądarka nie odesłała naszych plików cookie. Zezwól na pliki cookie dla tej witryny i spróbuj ponownie.',
  'error.not-found.title': 'Nie znaleziono strony',
  'error.not-found.body': 'Strona, której szukasz, nie istnieje.',
  'error.unavailable.title': 'Chwilowo niedostępne',
  'error.unavailable.body':
    'Nie możemy teraz połączyć się z usługą logowania. Spróbuj ponownie za chwilę.',
  'error.try-again': 'Spróbuj ponownie',
  'error.id': 'Identyfikator błędu',
  'form.pending': 'Proszę czekać…',
  'locale.label': 'Język',
  'locale.title': 'Wybierz język',
  'flow.unsupported-node': 'Ten formularz zawiera element, którego nie możemy wyświetlić ({type}).',
  'flow.needs-javascript': 'Do tego potrzebna jest włączona obsługa JavaScript w przeglądarce.',
  'settings.profile.description': 'Twój adres e-mail i imię oraz nazwisko.',
  'settings.totp.description':
    'Loguj się jednorazowym kodem z aplikacji, takiej jak Google Authenticator lub 1Password.',
  'settings.webauthn.description':
    'Używaj sprzętowego klucza bezpieczeństwa jako drugiego składnika.',
  'settings.passkey.description': 'Loguj się bez hasła, na tym urządzeniu lub telefonem.',
  'registration.signing-up-as': 'Rejestracja jako {account}',
  'error.action.sign-in': 'Zaloguj się ponownie',
  'error.action.verify': 'Zweryfikuj adres e-mail',
  'error.details': 'Szczegóły z usługi logowania',
  'error.kratos.return-to-forbidden':
    'Strony, na którą miało nastąpić przekierowanie, nie ma na naszej liście dozwolonych adresów. Zacznij od nowa w aplikacji, z której przychodzisz.',
  'error.kratos.identity-mismatch':
    'To żądanie rozpoczęto, gdy było zalogowane inne konto. Zaloguj się ponownie i spróbuj jeszcze raz.',
  'error.kratos.already-signed-in.title': 'Jesteś już zalogowany',
  'error.kratos.already-signed-in': 'Nie ma tu już nic do zrobienia.',
  'error.kratos.refresh-required':
    'Ze względów bezpieczeństwa potwierdź, że to Ty, logując się ponownie.',
  'error.kratos.flow-replaced':
    'Ten formularz został zastąpiony nowszym, na przykład w innej karcie. Zacznij od nowa.',
  'error.kratos.verify-address': 'Zanim przejdziesz dalej, zweryfikuj swój adres e-mail.',
  'error.kratos.flow-disabled': 'Ta funkcja jest wyłączona.',
  'error.kratos.internal':
    'Usługa logowania nie mogła obsłużyć tego żądania. Spróbuj ponownie. Jeśli problem się powtarza, skontaktuj się z pomocą techniczną i podaj poniższy identyfikator.',
  'error.kratos.not-found': 'Ten link nie jest już ważny. Mógł wygasnąć lub został już użyty.',
  'error.kratos.forbidden': 'Nie masz uprawnień do tej czynności. Ponowne zalogowanie może pomóc.',
  'error.kratos.bad-request': 'Coś było nie tak z tym żądaniem. Wróć i spróbuj ponownie.',
  'error.kratos.unknown.title': 'Nie znaleźliśmy tego błędu',
  'error.kratos.unknown':
    'Błąd, z powodu którego tu trafiłeś, jest nieznany lub wygasł. Zacznij od nowa.',
  'oauth2.login.title': 'Zaloguj się do {app}',
  'oauth2.consent.account': 'Zalogowano jako {account}',
  'oauth2.consent.scopes': 'Aplikacja {app} będzie mogła:',
  'oauth2.consent.scope.other': 'Uzyskać dostęp do „{scope}”',
  'oauth2.consent.remember': 'Zapamiętaj moją decyzję',
  'oauth2.consent.allow': 'Zezwól',
  'oauth2.consent.deny': 'Odmów',
  'oauth2.consent.policy': 'Polityka prywatności',
  'oauth2.consent.terms': 'Warunki korzystania z usługi',
  'oauth2.logout.title': 'Wylogować się z {app}?',
  'oauth2.logout.title-any': 'Wylogować się?',
  'oauth2.logout.body': 'Zostaniesz wylogowany z {app} i z tego konta na tym urządzeniu.',
  'oauth2.logout.body-any': 'Zostaniesz wylogowany z tego konta na tym urządzeniu.',
  'oauth2.logout.cancel': 'Pozostań zalogowany',
  'oauth2.logout.cancelled': 'Nadal jesteś zalogowany.',
  'oauth2.error.title': 'Ten link logowania już nie działa',
  'oauth2.error.invalid':
    'Żądanie aplikacji jest nieznane, wygasło lub zostało już użyte. Wróć do aplikacji i rozpocznij logowanie od nowa.',
  'oauth2.error.other-user':
    'To żądanie należy do innego konta niż to, które jest tu zalogowane. Wróć do aplikacji i zacznij od nowa.',
  'oauth2.error.signed-out': 'Najpierw się zaloguj, a potem wróć do aplikacji i zacznij od nowa.',
  'oauth2.error.disabled': 'Logowanie do innych aplikacji nie jest tu skonfigurowane.',
  'oauth2.error.app': 'Aplikacja nie mogła dokończyć logowania',
  'oauth2.error.app-generic':
    'Aplikacja wysłała żądanie, którego nie można zrealizować. Wróć do aplikacji i spróbuj ponownie albo skontaktuj się z jej pomocą techniczną.',
  'devices.link': 'Urządzenia',
  'devices.title': 'Urządzenia',
  'devices.subtitle':
    'Gdzie Twoje konto jest zalogowane. Jeśli nie rozpoznajesz urządzenia, wyloguj je i zmień hasło.',
  'devices.this-device': 'To urządzenie',
  'devices.other-devices': 'Inne urządzenia ({count})',
  'devices.none-other': 'Nie jesteś zalogowany na żadnym innym urządzeniu.',
  'devices.name': '{browser} w systemie {os}',
  'devices.unknown-browser': 'Nieznana przeglądarka',
  'devices.unknown-os': 'nieznanym',
  'devices.ip': 'Adres IP',
  'devices.location': 'Lokalizacja',
  'devices.signed-in': 'Zalogowano',
  'devices.how': 'Sposób',
  'devices.expires': 'Wygasa',
  'devices.unknown': 'Nieznane',
  'devices.aal.aal1': 'jeden krok, AAL1',
  'devices.aal.aal2': 'dwa kroki, AAL2',
  'devices.method.passkey': 'Klucz dostępu',
  'devices.method.oidc': 'Logowanie przez serwis społecznościowy',
  'devices.method.oidc-provider': 'Logowanie przez {provider}',
  'devices.method.recovery': 'Odzyskiwanie konta',
  'devices.sign-out-this': 'Wyloguj z tego urządzenia',
  'devices.sign-out-others': 'Wyloguj ze wszystkich innych urządzeń',
  'devices.truncated':
    'Wyświetlono {shown} najnowszych z {total, plural, one {# urządzenia} few {# urządzeń} many {# urządzeń} other {# urządzenia}}.',
  'devices.notice.revoked': 'Urządzenie zostało wylogowane.',
  'devices.notice.revoked-others':
    '{count, plural, =0 {Nie było innych urządzeń do wylogowania.} one {Wylogowano # inne urządzenie.} few {Wylogowano # inne urządzenia.} many {Wylogowano # innych urządzeń.} other {Wylogowano # innego urządzenia.}}',
  'devices.notice.csrf':
    'Nic nie zostało wylogowane: nie udało się zweryfikować tego formularza, na przykład dlatego, że wysłano go z innej witryny. Spróbuj ponownie.',
  'devices.notice.not-found':
    'Nic nie zostało wylogowane: to urządzenie nie należy do Ciebie albo zostało już wylogowane.',
  'devices.notice.current':
    'Aby wylogować się z tego urządzenia, użyj opcji „Wyloguj z tego urządzenia”.',
  'second-factor.factor.totp': 'Aplikacja uwierzytelniająca',
  'second-factor.factor.webauthn': 'Klucz bezpieczeństwa',
  'second-factor.factor.passkey': 'Klucz dostępu',
  'second-factor.factor.lookup_secret': 'Kod zapasowy',
  'second-factor.factor.code': 'Wyślij kod e-mailem na {address}',
  'second-factor.restart-other': 'Użyj zamiast tego innej metody',
  'login.identifier-first.not-you': 'To nie Ty?',
  'login.identifier-first.signing-in-as': 'Logowanie jako {account}',
  'login.code.sent-to': 'Wysłaliśmy kod na {address}.',
} as const satisfies Partial<Record<OwnKey, string>>;
