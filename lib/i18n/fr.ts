import type { OwnKey } from './en';

// French, formal ("vous"), in the tone of Ory's French catalog. Only what Ory lacks: titles,
// buttons and labels that Ory translates already (lib/i18n/ory-keys.json) come from its catalog.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const fr = {
  'app.name': 'Compte',
  'home.title': 'Votre compte',
  'home.signed-out': 'Vous n’êtes pas connecté.',
  'home.traits': 'Profil',
  'home.aal': 'Niveau d’assurance',
  'home.methods': 'Connecté avec',
  'home.expires': 'La session expire',
  'nav.back-home': 'Retour à la page d’accueil',
  'second-factor.account': 'Connexion en tant que {account}',
  'second-factor.code-hint': 'Saisissez le code à 6 chiffres envoyé à {address}.',
  'second-factor.resend-wait':
    '{seconds, plural, one {Envoyer un nouveau code ({count} seconde)} other {Envoyer un nouveau code ({count} secondes)}}',
  'second-factor.cancel': 'Annuler et se déconnecter',
  'notice.expired': 'Cette tentative de connexion a expiré ; nous en avons lancé une nouvelle.',
  'notice.attempts':
    'Trop de tentatives avec ce code ; nous avons tout recommencé. Demandez un nouveau code.',
  'notice.csrf':
    'Votre formulaire de connexion n’était plus valide ; nous en avons chargé un nouveau.',
  'notice.missing': 'Nous avons lancé une nouvelle connexion pour vous.',
  'limits.address-to':
    'Nous avons envoyé un code à {address} il y a un instant. Vous pourrez en demander un autre dans {wait}.',
  'limits.address':
    'Nous avons envoyé un code il y a un instant. Vous pourrez en demander un autre dans {wait}.',
  'limits.client':
    'Beaucoup de codes ont été demandés depuis votre réseau récemment. Vous pourrez en demander un autre dans {wait}.',
  'limits.password': 'Trop de tentatives de connexion. Vous pourrez réessayer dans {wait}.',
  'error.title': 'Une erreur s’est produite',
  'error.generic': 'Une erreur inattendue s’est produite. Veuillez réessayer.',
  'error.cookies-required':
    'Votre navigateur ne nous a pas renvoyé nos cookies. Autorisez les cookies pour ce site, puis réessayez.',
  'error.not-found.title': 'Page introuvable',
  'error.not-found.body': 'La page que vous cherchez n’existe pas.',
  'error.unavailable.title': 'Temporairement indisponible',
  'error.unavailable.body':
    'Le service de connexion est injoignable pour le moment. Veuillez réessayer dans un instant.',
  'error.try-again': 'Réessayer',
  'error.id': 'Référence de l’erreur',
  'form.pending': 'Veuillez patienter…',
  'locale.label': 'Langue',
  'locale.title': 'Choisissez votre langue',
  'flow.unsupported-node':
    'Ce formulaire contient un élément que nous ne pouvons pas afficher ({type}).',
  'flow.needs-javascript': 'Pour cela, JavaScript doit être activé dans votre navigateur.',
  'settings.profile.description': 'Votre adresse e-mail et votre nom.',
  'settings.totp.description':
    'Connectez-vous avec un code à usage unique d’une application comme Google Authenticator ou 1Password.',
  'settings.webauthn.description': 'Utilisez une clé de sécurité matérielle comme second facteur.',
  'settings.passkey.description':
    'Connectez-vous sans mot de passe, avec cet appareil ou votre téléphone.',
  'registration.signing-up-as': 'Inscription en tant que {account}',
  'error.action.sign-in': 'Se reconnecter',
  'error.action.verify': 'Vérifier votre adresse e-mail',
  'error.details': 'Détails du service de connexion',
  'error.kratos.return-to-forbidden':
    'La page vers laquelle vous deviez être redirigé ne figure pas dans notre liste d’adresses autorisées. Veuillez recommencer depuis l’application d’où vous venez.',
  'error.kratos.identity-mismatch':
    'Cette demande a été lancée alors qu’un autre compte était connecté. Veuillez vous reconnecter et réessayer.',
  'error.kratos.already-signed-in.title': 'Vous êtes déjà connecté',
  'error.kratos.already-signed-in': 'Il n’y a plus rien à faire ici.',
  'error.kratos.refresh-required':
    'Pour votre sécurité, veuillez confirmer votre identité en vous reconnectant.',
  'error.kratos.flow-replaced':
    'Ce formulaire a été remplacé par un plus récent, par exemple dans un autre onglet. Veuillez recommencer.',
  'error.kratos.verify-address': 'Veuillez vérifier votre adresse e-mail avant de continuer.',
  'error.kratos.flow-disabled': 'Cette fonctionnalité est désactivée.',
  'error.kratos.internal':
    'Le service de connexion n’a pas pu traiter cette demande. Veuillez réessayer. Si le problème persiste, contactez le support en indiquant la référence ci-dessous.',
  'error.kratos.not-found':
    'Ce lien n’est plus valide. Il a peut-être expiré ou a déjà été utilisé.',
  'error.kratos.forbidden': 'Vous n’êtes pas autorisé à faire cela. Se reconnecter peut aider.',
  'error.kratos.bad-request':
    'Quelque chose n’allait pas dans cette demande. Veuillez revenir en arrière et réessayer.',
  'error.kratos.unknown.title': 'Nous n’avons pas trouvé cette erreur',
  'error.kratos.unknown':
    'L’erreur pour laquelle vous avez été redirigé ici est inconnue ou a expiré. Veuillez recommencer.',
  'oauth2.login.title': 'Se connecter à {app}',
  'oauth2.consent.account': 'Connecté en tant que {account}',
  'oauth2.consent.scopes': '{app} pourra :',
  'oauth2.consent.scope.other': 'Accéder à « {scope} »',
  'oauth2.consent.remember': 'Mémoriser ma décision',
  'oauth2.consent.allow': 'Autoriser',
  'oauth2.consent.deny': 'Refuser',
  'oauth2.consent.policy': 'Politique de confidentialité',
  'oauth2.consent.terms': 'Conditions d’utilisation',
  'oauth2.logout.title': 'Se déconnecter de {app} ?',
  'oauth2.logout.title-any': 'Se déconnecter ?',
  'oauth2.logout.body': 'Vous serez déconnecté de {app} et de ce compte sur cet appareil.',
  'oauth2.logout.body-any': 'Vous serez déconnecté de ce compte sur cet appareil.',
  'oauth2.logout.cancel': 'Rester connecté',
  'oauth2.logout.cancelled': 'Vous êtes toujours connecté.',
  'oauth2.error.title': 'Ce lien de connexion ne fonctionne plus',
  'oauth2.error.invalid':
    'La demande de l’application est inconnue, a expiré ou a déjà été utilisée. Revenez à l’application et recommencez la connexion.',
  'oauth2.error.other-user':
    'Cette demande appartient à un autre compte que celui connecté ici. Revenez à l’application et recommencez.',
  'oauth2.error.signed-out':
    'Veuillez d’abord vous connecter, puis revenir à l’application et recommencer.',
  'oauth2.error.disabled': 'La connexion à d’autres applications n’est pas configurée ici.',
  'oauth2.error.app': 'L’application n’a pas pu terminer la connexion',
  'oauth2.error.app-generic':
    'L’application a envoyé une demande qui ne peut pas aboutir. Revenez à l’application et réessayez, ou contactez son support.',
  'devices.link': 'Appareils',
  'devices.title': 'Appareils',
  'devices.subtitle':
    'Là où votre compte est connecté. Si vous ne reconnaissez pas un appareil, déconnectez-le et changez votre mot de passe.',
  'devices.this-device': 'Cet appareil',
  'devices.other-devices': 'Autres appareils ({count})',
  'devices.none-other': 'Vous n’êtes connecté sur aucun autre appareil.',
  'devices.name': '{browser} sur {os}',
  'devices.unknown-browser': 'Navigateur inconnu',
  'devices.unknown-os': 'un système inconnu',
  'devices.ip': 'Adresse IP',
  'devices.location': 'Emplacement',
  'devices.signed-in': 'Connecté le',
  'devices.how': 'Méthode',
  'devices.expires': 'Expire le',
  'devices.unknown': 'Inconnu',
  'devices.aal.aal1': 'une étape, AAL1',
  'devices.aal.aal2': 'deux étapes, AAL2',
  'devices.method.passkey': 'Clé d’accès',
  'devices.method.oidc': 'Connexion via un réseau social',
  'devices.method.oidc-provider': 'Connexion avec {provider}',
  'devices.method.recovery': 'Récupération du compte',
  'devices.sign-out-this': 'Se déconnecter de cet appareil',
  'devices.sign-out-others': 'Se déconnecter de tous les autres appareils',
  'devices.truncated':
    'Affichage des {shown} plus récents sur {total, plural, one {# appareil} other {# appareils}}.',
  'devices.notice.revoked': 'L’appareil a été déconnecté.',
  'devices.notice.revoked-others':
    '{count, plural, =0 {Il n’y avait aucun autre appareil à déconnecter.} one {# autre appareil a été déconnecté.} other {# autres appareils ont été déconnectés.}}',
  'devices.notice.csrf':
    'Rien n’a été déconnecté : ce formulaire n’a pas pu être vérifié, par exemple parce qu’il a été envoyé depuis un autre site. Veuillez réessayer.',
  'devices.notice.not-found':
    'Rien n’a été déconnecté : cet appareil n’est pas l’un des vôtres, ou il a déjà été déconnecté.',
  'devices.notice.current':
    'Pour vous déconnecter de cet appareil, utilisez « Se déconnecter de cet appareil ».',
  'second-factor.factor.totp': 'Application d’authentification',
  'second-factor.factor.webauthn': 'Clé de sécurité',
  'second-factor.factor.passkey': 'Clé d’accès',
  'second-factor.factor.lookup_secret': 'Code de secours',
  'second-factor.factor.code': 'Envoyer un code par e-mail à {address}',
  'second-factor.restart-other': 'Utiliser plutôt une autre méthode',
  'login.identifier-first.not-you': 'Ce n’est pas vous ?',
  'login.identifier-first.signing-in-as': 'Connexion en tant que {account}',
  'login.code.sent-to': 'Nous avons envoyé un code à {address}.',
  // Identity schema titles (schema.<field name>) and the courier templates (email.*).
  'schema.traits.email': 'Adresse e-mail',
  'schema.identifier': 'Adresse e-mail',
  'schema.traits.name.first': 'Prénom',
  'schema.traits.name.last': 'Nom',
  'email.code-once': 'Le code ne fonctionne qu’une fois et expire bientôt.',
  'email.ignore':
    'Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer cet e-mail.',
  'email.other-address':
    'Si c’était vous, vérifiez si vous vous êtes inscrit avec une autre adresse e-mail. Sinon, vous pouvez ignorer cet e-mail.',
  'email.sent-by': 'Envoyé par {name}.',
  'email.login.subject': 'Votre code de connexion pour {name}',
  'email.login.heading': 'Votre code de connexion',
  'email.login.lead': 'Saisissez ce code pour vous connecter à {name} :',
  'email.login.nobody': 'Personne ne peut se connecter sans lui.',
  'email.registration.subject': 'Votre code d’inscription pour {name}',
  'email.registration.heading': 'Terminez la création de votre compte',
  'email.registration.lead': 'Saisissez ce code pour terminer votre inscription à {name} :',
  'email.verification.subject': 'Vérifiez votre adresse e-mail pour {name}',
  'email.verification.heading': 'Vérifiez votre adresse e-mail',
  'email.verification.lead': 'Saisissez ce code pour vérifier votre adresse e-mail pour {name} :',
  'email.verification.link-lead': 'Ou ouvrez ce lien :',
  'email.verification.link-label': 'Vérifier l’adresse e-mail',
  'email.verification-invalid.subject':
    'Quelqu’un a tenté de vérifier cette adresse e-mail sur {name}',
  'email.verification-invalid.heading': 'Adresse e-mail non vérifiée',
  'email.verification-invalid.lead':
    'Quelqu’un a demandé à vérifier cette adresse e-mail sur {name}, mais aucun compte n’utilise cette adresse.',
  'email.recovery.subject': 'Votre code de récupération de compte pour {name}',
  'email.recovery.heading': 'Récupérez votre compte',
  'email.recovery.lead': 'Saisissez ce code pour retrouver l’accès à votre compte {name} :',
  'email.recovery.unchanged': 'Votre compte reste inchangé.',
  'email.recovery-invalid.subject': 'Tentative de récupération de compte sur {name}',
  'email.recovery-invalid.heading': 'Tentative de récupération de compte',
  'email.recovery-invalid.lead':
    'Quelqu’un a saisi cette adresse e-mail pour récupérer un compte sur {name}, mais aucun compte n’utilise cette adresse ; rien n’a été modifié.',
  'second-factor.choose-any': 'Nous allons vous envoyer un code à usage unique.',
  'second-factor.factor.sms': 'Envoyer un code par SMS au {address}',
  'second-factor.code-label-sms': 'Code reçu par SMS',
  'login.code.texted-to': 'Nous avons envoyé un code par SMS au {address}.',
  'field.phone.hint': 'Format international : + et l’indicatif du pays, par ex. +1 415 555 0100.',
  'field.phone.invalid':
    'Ce n’est pas un numéro de téléphone au format international. Commencez par + et l’indicatif du pays, par ex. +1 415 555 0100.',
  'verification.title-any': 'Vérifiez votre e-mail ou votre numéro de téléphone',
  'verification.sent-any':
    'Nous vous avons envoyé un code par e-mail ou par SMS. Saisissez-le ci-dessous.',
  'verification.done-any': 'Vérifié. Merci.',
  'settings.phone.verified': '{address} est vérifié.',
  'settings.phone.unverified': '{address} n’est pas encore vérifié.',
  'settings.phone.verify': 'Vérifier par SMS',
  // Security notification mail (lib/notify, docs/notifications.md).
  'notify.password-changed': 'Le mot de passe de votre compte {name} a été modifié',
  'notify.totp-added': 'Une application d’authentification a été ajoutée à votre compte {name}',
  'notify.totp-removed': 'L’application d’authentification a été retirée de votre compte {name}',
  'notify.security-key-added': 'Une clé de sécurité a été ajoutée à votre compte {name}',
  'notify.security-key-removed': 'Une clé de sécurité a été retirée de votre compte {name}',
  'notify.passkey-added': 'Une clé d’accès a été ajoutée à votre compte {name}',
  'notify.passkey-removed': 'Une clé d’accès a été retirée de votre compte {name}',
  'notify.backup-codes-created':
    'De nouveaux codes de secours ont été créés pour votre compte {name}',
  'notify.backup-codes-removed': 'Les codes de secours de votre compte {name} ont été désactivés',
  'notify.address-changed': 'Les adresses e-mail de votre compte {name} ont changé',
  'notify.recovery-used': 'Votre compte {name} a été récupéré avec un code de récupération',
  'notify.backup-code-used':
    'Un code de secours a été utilisé pour vous connecter à votre compte {name}',
  'notify.new-device': 'Nouvelle connexion à votre compte {name} depuis un nouvel appareil',
  'notify.account-deleted': 'Votre compte {name} a été supprimé',
  'notify.address-added': 'Ajoutée : {address}',
  'notify.address-removed': 'Retirée : {address}',
  'notify.when': 'Quand : {time}',
  'notify.device': 'Appareil : {device}',
  'notify.not-you':
    'Si ce n’était pas vous, récupérez votre compte maintenant et déconnectez tous les appareils que vous ne reconnaissez pas.',
  'notify.deleted-not-you': 'Si ce n’était pas vous, contactez {name} immédiatement.',
  'notify.recover': 'Récupérer votre compte',
  'notify.devices': 'Vérifier vos appareils',
  'notify.was-you': 'Si c’était vous, vous n’avez rien à faire.',
} as const satisfies Partial<Record<OwnKey, string>>;
