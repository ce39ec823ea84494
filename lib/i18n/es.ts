import type { OwnKey } from './en';

// Spanish, formal ("usted" implied, neutral wording), in the tone of Ory's Spanish catalog. Only
// what Ory lacks: strings Ory translates already (lib/i18n/ory-keys.json) come from its catalog.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const es = {
  'app.name': 'Cuenta',
  'home.title': 'Su cuenta',
  'home.signed-out': 'No ha iniciado sesión.',
  'home.traits': 'Perfil',
  'home.aal': 'Nivel de garantía',
  'home.methods': 'Sesión iniciada con',
  'home.expires': 'La sesión caduca',
  'nav.back-home': 'Volver a la página de inicio',
  'second-factor.account': 'Iniciando sesión como {account}',
  'second-factor.code-hint': 'Introduzca el código de 6 dígitos que enviamos a {address}.',
  'second-factor.resend-wait':
    '{seconds, plural, one {Enviar un código nuevo ({count} segundo)} other {Enviar un código nuevo ({count} segundos)}}',
  'second-factor.cancel': 'Cancelar y cerrar sesión',
  'notice.expired': 'Ese intento de inicio de sesión caducó, así que empezamos uno nuevo.',
  'notice.attempts':
    'Demasiados intentos con ese código, así que empezamos de nuevo. Solicite un código nuevo.',
  'notice.csrf': 'Su formulario de inicio de sesión ya no era válido, así que cargamos uno nuevo.',
  'notice.missing': 'Hemos empezado un nuevo inicio de sesión para usted.',
  'limits.address-to':
    'Hace un momento enviamos un código a {address}. Puede pedir otro dentro de {wait}.',
  'limits.address': 'Hace un momento enviamos un código. Puede pedir otro dentro de {wait}.',
  'limits.client':
    'Últimamente se han pedido muchos códigos desde su red. Puede pedir otro dentro de {wait}.',
  'limits.password':
    'Demasiados intentos de inicio de sesión. Puede volver a intentarlo dentro de {wait}.',
  'error.title': 'Algo salió mal',
  'error.generic': 'Se produjo un error inesperado. Inténtelo de nuevo.',
  'error.cookies-required':
    'Su navegador no nos devolvió nuestras cookies. Permita las cookies para este sitio e inténtelo de nuevo.',
  'error.not-found.title': 'Página no encontrada',
  'error.not-found.body': 'La página que busca no existe.',
  'error.unavailable.title': 'No disponible temporalmente',
  'error.unavailable.body':
    'Ahora mismo no podemos conectar con el servicio de inicio de sesión. Inténtelo de nuevo en un momento.',
  'error.try-again': 'Intentar de nuevo',
  'error.id': 'Referencia del error',
  'form.pending': 'Espere, por favor…',
  'locale.label': 'Idioma',
  'locale.title': 'Elija su idioma',
  'flow.unsupported-node': 'Este formulario contiene un elemento que no podemos mostrar ({type}).',
  'flow.needs-javascript': 'Para esto, JavaScript debe estar activado en su navegador.',
  'settings.profile.description': 'Su dirección de correo electrónico y su nombre.',
  'settings.totp.description':
    'Inicie sesión con un código de un solo uso de una aplicación como Google Authenticator o 1Password.',
  'settings.webauthn.description': 'Use una llave de seguridad física como segundo factor.',
  'settings.passkey.description':
    'Inicie sesión sin contraseña, con este dispositivo o con su teléfono.',
  'registration.signing-up-as': 'Registrándose como {account}',
  'error.action.sign-in': 'Volver a iniciar sesión',
  'error.action.verify': 'Verificar su correo electrónico',
  'error.details': 'Detalles del servicio de inicio de sesión',
  'error.kratos.return-to-forbidden':
    'La página a la que iba a ser enviado después no está en nuestra lista de direcciones permitidas. Vuelva a empezar desde la aplicación de la que vino.',
  'error.kratos.identity-mismatch':
    'Esta solicitud se inició mientras otra cuenta tenía la sesión iniciada. Vuelva a iniciar sesión e inténtelo de nuevo.',
  'error.kratos.already-signed-in.title': 'Ya ha iniciado sesión',
  'error.kratos.already-signed-in': 'No queda nada por hacer aquí.',
  'error.kratos.refresh-required':
    'Por su seguridad, confirme que es usted volviendo a iniciar sesión.',
  'error.kratos.flow-replaced':
    'Este formulario fue sustituido por otro más reciente, por ejemplo en otra pestaña. Vuelva a empezar.',
  'error.kratos.verify-address': 'Verifique su dirección de correo electrónico antes de continuar.',
  'error.kratos.flow-disabled': 'Esta función está desactivada.',
  'error.kratos.internal':
    'El servicio de inicio de sesión no pudo completar esta solicitud. Inténtelo de nuevo. Si sigue ocurriendo, contacte con el soporte e indique la referencia de abajo.',
  'error.kratos.not-found':
    'Este enlace ya no es válido. Puede que haya caducado o que ya se haya usado.',
  'error.kratos.forbidden':
    'No tiene permiso para hacer esto. Volver a iniciar sesión puede ayudar.',
  'error.kratos.bad-request':
    'Algo en esa solicitud no era correcto. Vuelva atrás e inténtelo de nuevo.',
  'error.kratos.unknown.title': 'No encontramos ese error',
  'error.kratos.unknown':
    'El error por el que llegó aquí es desconocido o ha caducado. Vuelva a empezar.',
  'oauth2.login.title': 'Iniciar sesión en {app}',
  'oauth2.consent.account': 'Sesión iniciada como {account}',
  'oauth2.consent.scopes': 'Esto permitirá a {app}:',
  'oauth2.consent.scope.other': 'Acceder a «{scope}»',
  'oauth2.consent.remember': 'Recordar mi decisión',
  'oauth2.consent.allow': 'Permitir',
  'oauth2.consent.deny': 'Denegar',
  'oauth2.consent.policy': 'Política de privacidad',
  'oauth2.consent.terms': 'Condiciones del servicio',
  'oauth2.logout.title': '¿Cerrar sesión en {app}?',
  'oauth2.logout.title-any': '¿Cerrar sesión?',
  'oauth2.logout.body': 'Se cerrará su sesión en {app} y en esta cuenta en este dispositivo.',
  'oauth2.logout.body-any': 'Se cerrará su sesión en esta cuenta en este dispositivo.',
  'oauth2.logout.cancel': 'Mantener la sesión',
  'oauth2.logout.cancelled': 'Sigue con la sesión iniciada.',
  'oauth2.error.title': 'Este enlace de inicio de sesión ya no funciona',
  'oauth2.error.invalid':
    'La solicitud de la aplicación es desconocida, ha caducado o ya se usó. Vuelva a la aplicación e inicie sesión de nuevo.',
  'oauth2.error.other-user':
    'Esta solicitud pertenece a una cuenta distinta de la que tiene la sesión iniciada aquí. Vuelva a la aplicación y empiece de nuevo.',
  'oauth2.error.signed-out':
    'Inicie sesión primero y después vuelva a la aplicación y empiece de nuevo.',
  'oauth2.error.disabled': 'Aquí no está configurado el inicio de sesión en otras aplicaciones.',
  'oauth2.error.app': 'La aplicación no pudo completar el inicio de sesión',
  'oauth2.error.app-generic':
    'La aplicación envió una solicitud que no se puede completar. Vuelva a la aplicación e inténtelo de nuevo, o contacte con su soporte.',
  'devices.link': 'Dispositivos',
  'devices.title': 'Dispositivos',
  'devices.subtitle':
    'Dónde tiene la sesión iniciada. Si no reconoce un dispositivo, cierre su sesión y cambie su contraseña.',
  'devices.this-device': 'Este dispositivo',
  'devices.other-devices': 'Otros dispositivos ({count})',
  'devices.none-other': 'No tiene la sesión iniciada en ningún otro dispositivo.',
  'devices.name': '{browser} en {os}',
  'devices.unknown-browser': 'Navegador desconocido',
  'devices.unknown-os': 'un sistema desconocido',
  'devices.ip': 'Dirección IP',
  'devices.location': 'Ubicación',
  'devices.signed-in': 'Inicio de sesión',
  'devices.how': 'Cómo',
  'devices.expires': 'Caduca',
  'devices.unknown': 'Desconocido',
  'devices.aal.aal1': 'un paso, AAL1',
  'devices.aal.aal2': 'dos pasos, AAL2',
  'devices.method.passkey': 'Llave de acceso',
  'devices.method.oidc': 'Inicio de sesión social',
  'devices.method.oidc-provider': 'Iniciar sesión con {provider}',
  'devices.method.recovery': 'Recuperación de la cuenta',
  'devices.sign-out-this': 'Cerrar sesión en este dispositivo',
  'devices.sign-out-others': 'Cerrar sesión en todos los demás dispositivos',
  'devices.truncated':
    'Se muestran los {shown} más recientes de {total, plural, one {# dispositivo} other {# dispositivos}}.',
  'devices.notice.revoked': 'Se cerró la sesión del dispositivo.',
  'devices.notice.revoked-others':
    '{count, plural, =0 {No había otros dispositivos en los que cerrar sesión.} one {Se cerró la sesión en # dispositivo más.} other {Se cerró la sesión en # dispositivos más.}}',
  'devices.notice.csrf':
    'No se cerró ninguna sesión: no se pudo verificar este formulario, por ejemplo porque se envió desde otro sitio. Inténtelo de nuevo.',
  'devices.notice.not-found':
    'No se cerró ninguna sesión: ese dispositivo no es suyo o su sesión ya estaba cerrada.',
  'devices.notice.current':
    'Para cerrar sesión en este dispositivo, use «Cerrar sesión en este dispositivo».',
  'second-factor.factor.totp': 'Aplicación de autenticación',
  'second-factor.factor.webauthn': 'Llave de seguridad',
  'second-factor.factor.passkey': 'Llave de acceso',
  'second-factor.factor.lookup_secret': 'Código de respaldo',
  'second-factor.factor.code': 'Enviar un código por correo a {address}',
  'second-factor.restart-other': 'Usar otro método en su lugar',
  'login.identifier-first.not-you': '¿No eres tú?',
  'login.identifier-first.signing-in-as': 'Iniciando sesión como {account}',
  'login.code.sent-to': 'Enviamos un código a {address}.',
  // Identity schema titles (schema.<field name>) and the courier templates (email.*).
  'schema.traits.email': 'Correo electrónico',
  'schema.identifier': 'Correo electrónico',
  'schema.traits.name.first': 'Nombre',
  'schema.traits.name.last': 'Apellidos',
  'email.code-once': 'El código funciona una sola vez y caduca pronto.',
  'email.ignore': 'Si no lo ha solicitado, puede ignorar este correo.',
  'email.other-address':
    'Si fue usted, compruebe si se registró con otra dirección de correo. Si no fue usted, puede ignorar este correo.',
  'email.sent-by': 'Enviado por {name}.',
  'email.login.subject': 'Su código de inicio de sesión para {name}',
  'email.login.heading': 'Su código de inicio de sesión',
  'email.login.lead': 'Introduzca este código para iniciar sesión en {name}:',
  'email.login.nobody': 'Nadie puede iniciar sesión sin él.',
  'email.registration.subject': 'Su código de registro para {name}',
  'email.registration.heading': 'Termine de crear su cuenta',
  'email.registration.lead': 'Introduzca este código para terminar de registrarse en {name}:',
  'email.verification.subject': 'Verifique su dirección de correo para {name}',
  'email.verification.heading': 'Verifique su dirección de correo',
  'email.verification.lead':
    'Introduzca este código para verificar su dirección de correo para {name}:',
  'email.verification.link-lead': 'O abra este enlace:',
  'email.verification.link-label': 'Verificar dirección de correo',
  'email.verification-invalid.subject':
    'Alguien intentó verificar esta dirección de correo en {name}',
  'email.verification-invalid.heading': 'Dirección de correo no verificada',
  'email.verification-invalid.lead':
    'Alguien pidió verificar esta dirección de correo en {name}, pero ninguna cuenta usa esta dirección.',
  'email.recovery.subject': 'Su código de recuperación de cuenta para {name}',
  'email.recovery.heading': 'Recupere su cuenta',
  'email.recovery.lead': 'Introduzca este código para volver a acceder a su cuenta de {name}:',
  'email.recovery.unchanged': 'Su cuenta queda como está.',
  'email.recovery-invalid.subject': 'Intento de recuperación de cuenta en {name}',
  'email.recovery-invalid.heading': 'Intento de recuperación de cuenta',
  'email.recovery-invalid.lead':
    'Alguien introdujo esta dirección de correo para recuperar una cuenta en {name}, pero ninguna cuenta usa esta dirección, así que no se cambió nada.',
  'second-factor.choose-any': 'Te enviaremos un código de un solo uso.',
  'second-factor.factor.sms': 'Enviar un código por SMS al {address}',
  'second-factor.code-label-sms': 'Código del SMS',
  'login.code.texted-to': 'Enviamos un código por SMS al {address}.',
  'field.phone.hint': 'Formato internacional: + y el prefijo del país, p. ej. +1 415 555 0100.',
  'field.phone.invalid':
    'No es un número de teléfono en formato internacional. Empieza con + y el prefijo del país, p. ej. +1 415 555 0100.',
  'verification.title-any': 'Verifica tu correo o tu número de teléfono',
  'verification.sent-any': 'Te enviamos un código por correo o por SMS. Introdúcelo abajo.',
  'verification.done-any': 'Verificado. Gracias.',
  'settings.phone.verified': '{address} está verificado.',
  'settings.phone.unverified': '{address} aún no está verificado.',
  'settings.phone.verify': 'Verificar por SMS',
  // Security notification mail (lib/notify, docs/notifications.md).
  'notify.password-changed': 'Se cambió la contraseña de su cuenta de {name}',
  'notify.totp-added': 'Se añadió una aplicación de autenticación a su cuenta de {name}',
  'notify.totp-removed': 'Se quitó la aplicación de autenticación de su cuenta de {name}',
  'notify.security-key-added': 'Se añadió una llave de seguridad a su cuenta de {name}',
  'notify.security-key-removed': 'Se quitó una llave de seguridad de su cuenta de {name}',
  'notify.passkey-added': 'Se añadió una llave de acceso a su cuenta de {name}',
  'notify.passkey-removed': 'Se quitó una llave de acceso de su cuenta de {name}',
  'notify.backup-codes-created': 'Se crearon nuevos códigos de respaldo para su cuenta de {name}',
  'notify.backup-codes-removed': 'Se desactivaron los códigos de respaldo de su cuenta de {name}',
  'notify.address-changed':
    'Cambiaron las direcciones de correo electrónico de su cuenta de {name}',
  'notify.recovery-used': 'Se recuperó su cuenta de {name} con un código de recuperación',
  'notify.backup-code-used':
    'Se usó un código de respaldo para iniciar sesión en su cuenta de {name}',
  'notify.new-device': 'Nuevo inicio de sesión en su cuenta de {name} desde un dispositivo nuevo',
  'notify.account-deleted': 'Se eliminó su cuenta de {name}',
  'notify.address-added': 'Añadida: {address}',
  'notify.address-removed': 'Quitada: {address}',
  'notify.when': 'Cuándo: {time}',
  'notify.device': 'Dispositivo: {device}',
  'notify.not-you':
    'Si no fue usted, recupere su cuenta ahora y cierre la sesión en todos los dispositivos que no reconozca.',
  'notify.deleted-not-you': 'Si no fue usted, póngase en contacto con {name} de inmediato.',
  'notify.recover': 'Recuperar su cuenta',
  'notify.devices': 'Revisar sus dispositivos',
  'notify.was-you': 'Si fue usted, no tiene que hacer nada.',
} as const satisfies Partial<Record<OwnKey, string>>;
