import type { OwnKey } from './en';

// Italian, informal ("tu") like Ory's Italian catalog. Only what Ory lacks: strings Ory
// translates already (lib/i18n/ory-keys.json) come from its catalog.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const it = {
  'app.name': 'Account',
  'home.title': 'Il tuo account',
  'home.signed-out': 'Non hai effettuato l’accesso.',
  'home.traits': 'Profilo',
  'home.aal': 'Livello di garanzia',
  'home.methods': 'Accesso effettuato con',
  'home.expires': 'La sessione scade',
  'nav.back-home': 'Torna alla pagina iniziale',
  'second-factor.account': 'Accesso come {account}',
  'second-factor.code-hint': 'Inserisci il codice di 6 cifre che abbiamo inviato a {address}.',
  'second-factor.resend-wait':
    '{seconds, plural, one {Invia un nuovo codice ({count} secondo)} other {Invia un nuovo codice ({count} secondi)}}',
  'second-factor.cancel': 'Annulla ed esci',
  'notice.expired': 'Quel tentativo di accesso è scaduto, quindi ne abbiamo avviato uno nuovo.',
  'notice.attempts':
    'Troppi tentativi con quel codice, quindi abbiamo ricominciato. Richiedi un nuovo codice.',
  'notice.csrf': 'Il modulo di accesso non era più valido, quindi ne abbiamo caricato uno nuovo.',
  'notice.missing': 'Abbiamo avviato un nuovo accesso per te.',
  'limits.address-to':
    'Abbiamo appena inviato un codice a {address}. Potrai chiederne un altro tra {wait}.',
  'limits.address': 'Abbiamo appena inviato un codice. Potrai chiederne un altro tra {wait}.',
  'limits.client':
    'Di recente dalla tua rete sono stati richiesti molti codici. Potrai chiederne un altro tra {wait}.',
  'limits.password': 'Troppi tentativi di accesso. Potrai riprovare tra {wait}.',
  'error.title': 'Si è verificato un problema',
  'error.generic': 'Si è verificato un errore imprevisto. Riprova.',
  'error.cookies-required':
    'Il tuo browser non ci ha restituito i nostri cookie. Consenti i cookie per questo sito, poi riprova.',
  'error.not-found.title': 'Pagina non trovata',
  'error.not-found.body': 'La pagina che cerchi non esiste.',
  'error.unavailable.title': 'Temporaneamente non disponibile',
  'error.unavailable.body':
    'Al momento non riusciamo a raggiungere il servizio di accesso. Riprova tra poco.',
  'error.try-again': 'Riprova',
  'error.id': 'Riferimento dell’errore',
  'form.pending': 'Attendi…',
  'locale.label': 'Lingua',
  'locale.title': 'Scegli la lingua',
  'flow.unsupported-node': 'Questo modulo contiene un elemento che non possiamo mostrare ({type}).',
  'flow.needs-javascript': 'Per questo, JavaScript deve essere attivo nel browser.',
  'settings.profile.description': 'Il tuo indirizzo email e il tuo nome.',
  'settings.totp.description':
    'Accedi con un codice monouso da un’app come Google Authenticator o 1Password.',
  'settings.webauthn.description': 'Usa una chiave di sicurezza fisica come secondo fattore.',
  'settings.passkey.description':
    'Accedi senza password, con questo dispositivo o con il telefono.',
  'registration.signing-up-as': 'Registrazione come {account}',
  'error.action.sign-in': 'Accedi di nuovo',
  'error.action.verify': 'Verifica la tua email',
  'error.details': 'Dettagli dal servizio di accesso',
  'error.kratos.return-to-forbidden':
    'La pagina a cui dovevi essere indirizzato dopo non è nel nostro elenco di indirizzi consentiti. Ricomincia dall’app da cui sei arrivato.',
  'error.kratos.identity-mismatch':
    'Questa richiesta è stata avviata mentre era connesso un altro account. Accedi di nuovo e riprova.',
  'error.kratos.already-signed-in.title': 'Hai già effettuato l’accesso',
  'error.kratos.already-signed-in': 'Non c’è altro da fare qui.',
  'error.kratos.refresh-required': 'Per la tua sicurezza, conferma che sei tu accedendo di nuovo.',
  'error.kratos.flow-replaced':
    'Questo modulo è stato sostituito da uno più recente, per esempio in un’altra scheda. Ricomincia.',
  'error.kratos.verify-address': 'Verifica il tuo indirizzo email prima di continuare.',
  'error.kratos.flow-disabled': 'Questa funzione è disattivata.',
  'error.kratos.internal':
    'Il servizio di accesso non è riuscito a completare questa richiesta. Riprova. Se continua a succedere, contatta l’assistenza indicando il riferimento qui sotto.',
  'error.kratos.not-found':
    'Questo link non è più valido. Potrebbe essere scaduto o essere già stato usato.',
  'error.kratos.forbidden': 'Non hai il permesso di farlo. Accedere di nuovo potrebbe aiutare.',
  'error.kratos.bad-request': 'Qualcosa in quella richiesta non andava. Torna indietro e riprova.',
  'error.kratos.unknown.title': 'Non abbiamo trovato quell’errore',
  'error.kratos.unknown':
    'L’errore per cui sei stato mandato qui è sconosciuto o è scaduto. Ricomincia.',
  'oauth2.login.title': 'Accedi a {app}',
  'oauth2.consent.account': 'Accesso effettuato come {account}',
  'oauth2.consent.scopes': 'In questo modo {app} potrà:',
  'oauth2.consent.scope.other': 'Accedere a «{scope}»',
  'oauth2.consent.remember': 'Ricorda la mia scelta',
  'oauth2.consent.allow': 'Consenti',
  'oauth2.consent.deny': 'Nega',
  'oauth2.consent.policy': 'Informativa sulla privacy',
  'oauth2.consent.terms': 'Termini di servizio',
  'oauth2.logout.title': 'Uscire da {app}?',
  'oauth2.logout.title-any': 'Uscire?',
  'oauth2.logout.body': 'Uscirai da {app} e da questo account su questo dispositivo.',
  'oauth2.logout.body-any': 'Uscirai da questo account su questo dispositivo.',
  'oauth2.logout.cancel': 'Resta connesso',
  'oauth2.logout.cancelled': 'Sei ancora connesso.',
  'oauth2.error.title': 'Questo link di accesso non funziona più',
  'oauth2.error.invalid':
    'La richiesta dell’app è sconosciuta, è scaduta o è già stata usata. Torna all’app e riavvia l’accesso.',
  'oauth2.error.other-user':
    'Questa richiesta appartiene a un account diverso da quello connesso qui. Torna all’app e ricomincia.',
  'oauth2.error.signed-out': 'Accedi prima, poi torna all’app e ricomincia.',
  'oauth2.error.disabled': 'L’accesso ad altre app non è configurato qui.',
  'oauth2.error.app': 'L’app non è riuscita a completare l’accesso',
  'oauth2.error.app-generic':
    'L’app ha inviato una richiesta che non può essere completata. Torna all’app e riprova, oppure contatta la sua assistenza.',
  'devices.link': 'Dispositivi',
  'devices.title': 'Dispositivi',
  'devices.subtitle':
    'Dove è connesso il tuo account. Se non riconosci un dispositivo, disconnettilo e cambia la password.',
  'devices.this-device': 'Questo dispositivo',
  'devices.other-devices': 'Altri dispositivi ({count})',
  'devices.none-other': 'Non sei connesso su nessun altro dispositivo.',
  'devices.name': '{browser} su {os}',
  'devices.unknown-browser': 'Browser sconosciuto',
  'devices.unknown-os': 'un sistema sconosciuto',
  'devices.ip': 'Indirizzo IP',
  'devices.location': 'Posizione',
  'devices.signed-in': 'Accesso',
  'devices.how': 'Come',
  'devices.expires': 'Scade',
  'devices.unknown': 'Sconosciuto',
  'devices.aal.aal1': 'un passaggio, AAL1',
  'devices.aal.aal2': 'due passaggi, AAL2',
  // Ory's catalog leaves "Password" as in English, which is also the Italian word.
  'devices.method.password': 'Password',
  'devices.method.passkey': 'Passkey',
  'devices.method.oidc': 'Accesso con social',
  'devices.method.oidc-provider': 'Accedi con {provider}',
  'devices.method.recovery': 'Recupero dell’account',
  'devices.sign-out-this': 'Esci da questo dispositivo',
  'devices.sign-out-others': 'Esci da tutti gli altri dispositivi',
  'devices.truncated':
    'Sono mostrati i {shown} più recenti di {total, plural, one {# dispositivo} other {# dispositivi}}.',
  'devices.notice.revoked': 'Il dispositivo è stato disconnesso.',
  'devices.notice.revoked-others':
    '{count, plural, =0 {Non c’erano altri dispositivi da disconnettere.} one {# altro dispositivo è stato disconnesso.} other {# altri dispositivi sono stati disconnessi.}}',
  'devices.notice.csrf':
    'Nessun dispositivo è stato disconnesso: non è stato possibile verificare questo modulo, per esempio perché è stato inviato da un altro sito. Riprova.',
  'devices.notice.not-found':
    'Nessun dispositivo è stato disconnesso: quel dispositivo non è tuo oppure è già stato disconnesso.',
  'devices.notice.current': 'Per uscire da questo dispositivo, usa «Esci da questo dispositivo».',
  'second-factor.factor.totp': 'App di autenticazione',
  'second-factor.factor.webauthn': 'Chiave di sicurezza',
  'second-factor.factor.passkey': 'Passkey',
  'second-factor.factor.lookup_secret': 'Codice di backup',
  'second-factor.factor.code': 'Invia un codice via email a {address}',
  'second-factor.restart-other': 'Usa invece un altro metodo',
  'login.identifier-first.not-you': 'Non sei tu?',
  'login.identifier-first.signing-in-as': 'Accesso come {account}',
  'login.code.sent-to': 'Abbiamo inviato un codice a {address}.',
  // Identity schema titles (schema.<field name>) and the courier templates (email.*).
  'schema.traits.email': 'Indirizzo email',
  'schema.identifier': 'Indirizzo email',
  'schema.traits.name.first': 'Nome',
  'schema.traits.name.last': 'Cognome',
  'email.code-once': 'Il codice funziona una sola volta e scade a breve.',
  'email.ignore': 'Se non l’ha richiesto lei, può ignorare questa email.',
  'email.other-address':
    'Se è stato lei, verifichi di non essersi registrato con un altro indirizzo email. Altrimenti può ignorare questa email.',
  'email.sent-by': 'Inviato da {name}.',
  'email.login.subject': 'Il suo codice di accesso per {name}',
  'email.login.heading': 'Il suo codice di accesso',
  'email.login.lead': 'Inserisca questo codice per accedere a {name}:',
  'email.login.nobody': 'Nessuno può accedere senza di esso.',
  'email.registration.subject': 'Il suo codice di registrazione per {name}',
  'email.registration.heading': 'Completi la creazione dell’account',
  'email.registration.lead': 'Inserisca questo codice per completare la registrazione a {name}:',
  'email.verification.subject': 'Verifichi il suo indirizzo email per {name}',
  'email.verification.heading': 'Verifichi il suo indirizzo email',
  'email.verification.lead':
    'Inserisca questo codice per verificare il suo indirizzo email per {name}:',
  'email.verification.link-lead': 'Oppure apra questo link:',
  'email.verification.link-label': 'Verifica indirizzo email',
  'email.verification-invalid.subject':
    'Qualcuno ha tentato di verificare questo indirizzo email su {name}',
  'email.verification-invalid.heading': 'Indirizzo email non verificato',
  'email.verification-invalid.lead':
    'Qualcuno ha chiesto di verificare questo indirizzo email su {name}, ma nessun account usa questo indirizzo.',
  'email.recovery.subject': 'Il suo codice di recupero account per {name}',
  'email.recovery.heading': 'Recuperi il suo account',
  'email.recovery.lead': 'Inserisca questo codice per rientrare nel suo account {name}:',
  'email.recovery.unchanged': 'Il suo account resta invariato.',
  'email.recovery-invalid.subject': 'Tentativo di recupero account su {name}',
  'email.recovery-invalid.heading': 'Tentativo di recupero account',
  'email.recovery-invalid.lead':
    'Qualcuno ha inserito questo indirizzo email per recuperare un account su {name}, ma nessun account usa questo indirizzo, quindi non è cambiato nulla.',
} as const satisfies Partial<Record<OwnKey, string>>;
