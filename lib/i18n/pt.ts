import type { OwnKey } from './en';

// Portuguese (Brazil, "você"), like Ory's Portuguese catalog. Only what Ory lacks: strings Ory
// translates already (lib/i18n/ory-keys.json) come from its catalog.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const pt = {
  'app.name': 'Conta',
  'home.title': 'Sua conta',
  'home.signed-out': 'Você não está conectado.',
  'home.traits': 'Perfil',
  'home.aal': 'Nível de garantia',
  'home.methods': 'Conectado com',
  'home.expires': 'A sessão expira',
  'nav.back-home': 'Voltar à página inicial',
  'second-factor.account': 'Entrando como {account}',
  'second-factor.code-hint': 'Digite o código de 6 dígitos que enviamos para {address}.',
  'second-factor.resend-wait':
    '{seconds, plural, one {Enviar um novo código ({count} segundo)} other {Enviar um novo código ({count} segundos)}}',
  'second-factor.cancel': 'Cancelar e sair',
  'notice.expired': 'Essa tentativa de entrar expirou, então começamos uma nova.',
  'notice.attempts':
    'Muitas tentativas com esse código, então recomeçamos. Solicite um novo código.',
  'notice.csrf': 'Seu formulário de entrada ficou inválido, então carregamos um novo.',
  'notice.missing': 'Começamos uma nova entrada para você.',
  'limits.address-to':
    'Enviamos um código para {address} há pouco. Você poderá pedir outro em {wait}.',
  'limits.address': 'Enviamos um código há pouco. Você poderá pedir outro em {wait}.',
  'limits.client':
    'Muitos códigos foram pedidos da sua rede recentemente. Você poderá pedir outro em {wait}.',
  'limits.password': 'Tentativas de entrada demais. Você poderá tentar de novo em {wait}.',
  'error.title': 'Algo deu errado',
  'error.generic': 'Ocorreu um erro inesperado. Tente novamente.',
  'error.cookies-required':
    'Seu navegador não nos devolveu nossos cookies. Permita cookies para este site e tente novamente.',
  'error.not-found.title': 'Página não encontrada',
  'error.not-found.body': 'A página que você procura não existe.',
  'error.unavailable.title': 'Temporariamente indisponível',
  'error.unavailable.body':
    'Não conseguimos acessar o serviço de login agora. Tente novamente em instantes.',
  'error.try-again': 'Tentar novamente',
  'error.id': 'Referência do erro',
  'form.pending': 'Aguarde…',
  'locale.label': 'Idioma',
  'locale.title': 'Escolha seu idioma',
  'flow.unsupported-node': 'Este formulário contém um elemento que não podemos exibir ({type}).',
  'flow.needs-javascript': 'Para isso, o JavaScript precisa estar ativado no seu navegador.',
  'settings.profile.description': 'Seu endereço de e-mail e seu nome.',
  'settings.totp.description':
    'Entre com um código de uso único de um aplicativo como Google Authenticator ou 1Password.',
  'settings.webauthn.description': 'Use uma chave de segurança física como segundo fator.',
  'settings.passkey.description': 'Entre sem senha, com este dispositivo ou com seu celular.',
  'registration.signing-up-as': 'Cadastrando como {account}',
  'error.action.sign-in': 'Entrar novamente',
  'error.action.verify': 'Verificar seu e-mail',
  'error.details': 'Detalhes do serviço de login',
  'error.kratos.return-to-forbidden':
    'A página para a qual você seria enviado depois não está na nossa lista de endereços permitidos. Comece de novo a partir do aplicativo de onde você veio.',
  'error.kratos.identity-mismatch':
    'Esta solicitação foi iniciada enquanto outra conta estava conectada. Entre novamente e tente outra vez.',
  'error.kratos.already-signed-in.title': 'Você já está conectado',
  'error.kratos.already-signed-in': 'Não há mais nada a fazer aqui.',
  'error.kratos.refresh-required': 'Para sua segurança, confirme que é você entrando novamente.',
  'error.kratos.flow-replaced':
    'Este formulário foi substituído por um mais recente, por exemplo em outra aba. Comece de novo.',
  'error.kratos.verify-address': 'Verifique seu endereço de e-mail antes de continuar.',
  'error.kratos.flow-disabled': 'Este recurso está desativado.',
  'error.kratos.internal':
    'O serviço de login não conseguiu concluir esta solicitação. Tente novamente. Se continuar acontecendo, entre em contato com o suporte e informe a referência abaixo.',
  'error.kratos.not-found':
    'Este link não é mais válido. Ele pode ter expirado ou já ter sido usado.',
  'error.kratos.forbidden': 'Você não tem permissão para fazer isso. Entrar novamente pode ajudar.',
  'error.kratos.bad-request': 'Algo nessa solicitação não estava certo. Volte e tente novamente.',
  'error.kratos.unknown.title': 'Não encontramos esse erro',
  'error.kratos.unknown':
    'O erro pelo qual você foi enviado para cá é desconhecido ou expirou. Comece de novo.',
  'oauth2.login.title': 'Entrar em {app}',
  'oauth2.consent.account': 'Conectado como {account}',
  'oauth2.consent.scopes': 'Isso permitirá que {app}:',
  'oauth2.consent.scope.other': 'Acesse “{scope}”',
  'oauth2.consent.remember': 'Lembrar minha decisão',
  'oauth2.consent.allow': 'Permitir',
  'oauth2.consent.deny': 'Negar',
  'oauth2.consent.policy': 'Política de privacidade',
  'oauth2.consent.terms': 'Termos de serviço',
  'oauth2.logout.title': 'Sair de {app}?',
  'oauth2.logout.title-any': 'Sair?',
  'oauth2.logout.body': 'Você sairá de {app} e desta conta neste dispositivo.',
  'oauth2.logout.body-any': 'Você sairá desta conta neste dispositivo.',
  'oauth2.logout.cancel': 'Continuar conectado',
  'oauth2.logout.cancelled': 'Você continua conectado.',
  'oauth2.error.title': 'Este link de login não funciona mais',
  'oauth2.error.invalid':
    'A solicitação do aplicativo é desconhecida, expirou ou já foi usada. Volte ao aplicativo e comece a entrada de novo.',
  'oauth2.error.other-user':
    'Esta solicitação pertence a uma conta diferente da que está conectada aqui. Volte ao aplicativo e comece de novo.',
  'oauth2.error.signed-out': 'Entre primeiro, depois volte ao aplicativo e comece de novo.',
  'oauth2.error.disabled': 'Entrar em outros aplicativos não está configurado aqui.',
  'oauth2.error.app': 'O aplicativo não conseguiu concluir a entrada',
  'oauth2.error.app-generic':
    'O aplicativo enviou uma solicitação que não pode ser concluída. Volte ao aplicativo e tente novamente, ou entre em contato com o suporte dele.',
  'devices.link': 'Dispositivos',
  'devices.title': 'Dispositivos',
  'devices.subtitle':
    'Onde sua conta está conectada. Se você não reconhecer um dispositivo, desconecte-o e altere sua senha.',
  'devices.this-device': 'Este dispositivo',
  'devices.other-devices': 'Outros dispositivos ({count})',
  'devices.none-other': 'Você não está conectado em nenhum outro dispositivo.',
  'devices.name': '{browser} em {os}',
  'devices.unknown-browser': 'Navegador desconhecido',
  'devices.unknown-os': 'um sistema desconhecido',
  'devices.ip': 'Endereço IP',
  'devices.location': 'Local',
  'devices.signed-in': 'Conectado em',
  'devices.how': 'Como',
  'devices.expires': 'Expira em',
  'devices.unknown': 'Desconhecido',
  'devices.aal.aal1': 'uma etapa, AAL1',
  'devices.aal.aal2': 'duas etapas, AAL2',
  'devices.method.passkey': 'Chave de acesso',
  'devices.method.oidc': 'Login social',
  'devices.method.oidc-provider': 'Entrar com {provider}',
  'devices.method.recovery': 'Recuperação da conta',
  'devices.sign-out-this': 'Sair deste dispositivo',
  'devices.sign-out-others': 'Sair de todos os outros dispositivos',
  'devices.truncated':
    'Mostrando os {shown} mais recentes de {total, plural, one {# dispositivo} other {# dispositivos}}.',
  'devices.notice.revoked': 'O dispositivo foi desconectado.',
  'devices.notice.revoked-others':
    '{count, plural, =0 {Não havia outros dispositivos para desconectar.} one {# outro dispositivo foi desconectado.} other {# outros dispositivos foram desconectados.}}',
  'devices.notice.csrf':
    'Nada foi desconectado: não foi possível verificar este formulário, por exemplo porque ele foi enviado de outro site. Tente novamente.',
  'devices.notice.not-found':
    'Nada foi desconectado: esse dispositivo não é seu ou já foi desconectado.',
  'devices.notice.current': 'Para sair deste dispositivo, use “Sair deste dispositivo”.',
  'second-factor.factor.totp': 'Aplicativo autenticador',
  'second-factor.factor.webauthn': 'Chave de segurança',
  'second-factor.factor.passkey': 'Chave de acesso',
  'second-factor.factor.lookup_secret': 'Código de backup',
  'second-factor.factor.code': 'Enviar um código por e-mail para {address}',
  'second-factor.restart-other': 'Usar outro método',
  'login.identifier-first.not-you': 'Não é você?',
  'login.identifier-first.signing-in-as': 'Entrando como {account}',
  'login.code.sent-to': 'Enviamos um código para {address}.',
} as const satisfies Partial<Record<OwnKey, string>>;
