import type { OwnKey } from './en';

// Russian, formal ("вы"), like Ory's Russian catalog. Only what Ory lacks: strings Ory
// translates already (lib/i18n/ory-keys.json) come from its catalog.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const ru = {
  'app.name': 'Аккаунт',
  'home.title': 'Ваш аккаунт',
  'home.signed-out': 'Вы не вошли в систему.',
  'home.traits': 'Профиль',
  'home.aal': 'Уровень доверия',
  'home.methods': 'Способ входа',
  'home.expires': 'Сеанс истекает',
  'nav.back-home': 'Вернуться на начальную страницу',
  'second-factor.account': 'Вход как {account}',
  'second-factor.code-hint': 'Введите 6-значный код, который мы отправили на {address}.',
  'second-factor.resend-wait':
    '{seconds, plural, one {Отправить новый код ({count} секунда)} few {Отправить новый код ({count} секунды)} many {Отправить новый код ({count} секунд)} other {Отправить новый код ({count} секунды)}}',
  'second-factor.cancel': 'Отменить и выйти',
  'notice.expired': 'Срок этой попытки входа истёк, поэтому мы начали новую.',
  'notice.attempts':
    'Слишком много попыток с этим кодом, поэтому мы начали заново. Запросите новый код.',
  'notice.csrf': 'Форма входа стала недействительной, поэтому мы загрузили новую.',
  'notice.missing': 'Мы начали для вас новый вход.',
  'limits.address-to':
    'Мы только что отправили код на {address}. Запросить новый можно через {wait}.',
  'limits.address': 'Мы только что отправили код. Запросить новый можно через {wait}.',
  'limits.client':
    'Из вашей сети недавно запросили слишком много кодов. Запросить новый можно через {wait}.',
  'limits.password': 'Слишком много попыток входа. Попробуйте снова через {wait}.',
  'error.title': 'Что-то пошло не так',
  'error.generic': 'Произошла непредвиденная ошибка. Попробуйте ещё раз.',
  'error.cookies-required':
    'Ваш браузер не вернул нам наши файлы cookie. Разрешите cookie для этого сайта и попробуйте ещё раз.',
  'error.not-found.title': 'Страница не найдена',
  'error.not-found.body': 'Страница, которую вы ищете, не существует.',
  'error.unavailable.title': 'Временно недоступно',
  'error.unavailable.body':
    'Сейчас не удаётся связаться со службой входа. Попробуйте ещё раз через минуту.',
  'error.try-again': 'Попробовать ещё раз',
  'error.id': 'Номер ошибки',
  'form.pending': 'Подождите…',
  'locale.label': 'Язык',
  'locale.title': 'Выберите язык',
  'flow.unsupported-node': 'Эта форма содержит элемент, который мы не можем показать ({type}).',
  'flow.needs-javascript': 'Для этого в браузере должен быть включён JavaScript.',
  'settings.profile.description': 'Ваш адрес электронной почты и имя.',
  'settings.totp.description':
    'Вход с одноразовым кодом из приложения, например Google Authenticator или 1Password.',
  'settings.webauthn.description': 'Используйте аппаратный ключ безопасности как второй фактор.',
  'settings.passkey.description': 'Вход без пароля — с этого устройства или с телефона.',
  'registration.signing-up-as': 'Регистрация как {account}',
  'error.action.sign-in': 'Войти снова',
  'error.action.verify': 'Подтвердить адрес электронной почты',
  'error.details': 'Подробности от службы входа',
  'error.kratos.return-to-forbidden':
    'Страницы, на которую вас должны были отправить после этого, нет в нашем списке разрешённых адресов. Начните заново из приложения, из которого вы пришли.',
  'error.kratos.identity-mismatch':
    'Этот запрос был начат, когда был выполнен вход в другой аккаунт. Войдите снова и повторите попытку.',
  'error.kratos.already-signed-in.title': 'Вы уже вошли в систему',
  'error.kratos.already-signed-in': 'Здесь больше ничего делать не нужно.',
  'error.kratos.refresh-required': 'В целях безопасности подтвердите, что это вы, войдя ещё раз.',
  'error.kratos.flow-replaced':
    'Эта форма была заменена более новой, например в другой вкладке. Начните заново.',
  'error.kratos.verify-address': 'Подтвердите адрес электронной почты, прежде чем продолжить.',
  'error.kratos.flow-disabled': 'Эта функция отключена.',
  'error.kratos.internal':
    'Служба входа не смогла выполнить этот запрос. Попробуйте ещё раз. Если ошибка повторяется, обратитесь в поддержку и укажите номер ниже.',
  'error.kratos.not-found':
    'Эта ссылка больше не действительна. Возможно, срок её действия истёк или она уже использована.',
  'error.kratos.forbidden': 'У вас нет прав на это действие. Повторный вход может помочь.',
  'error.kratos.bad-request':
    'В этом запросе что-то было не так. Вернитесь назад и попробуйте ещё раз.',
  'error.kratos.unknown.title': 'Нам не удалось найти эту ошибку',
  'error.kratos.unknown':
    'Ошибка, из-за которой вас сюда направили, неизвестна или устарела. Начните заново.',
  'oauth2.login.title': 'Вход в {app}',
  'oauth2.consent.account': 'Вы вошли как {account}',
  'oauth2.consent.scopes': 'Это позволит {app}:',
  'oauth2.consent.scope.other': 'Получить доступ к «{scope}»',
  'oauth2.consent.remember': 'Запомнить моё решение',
  'oauth2.consent.allow': 'Разрешить',
  'oauth2.consent.deny': 'Отклонить',
  'oauth2.consent.policy': 'Политика конфиденциальности',
  'oauth2.consent.terms': 'Условия использования',
  'oauth2.logout.title': 'Выйти из {app}?',
  'oauth2.logout.title-any': 'Выйти?',
  'oauth2.logout.body': 'Вы выйдете из {app} и из этого аккаунта на этом устройстве.',
  'oauth2.logout.body-any': 'Вы выйдете из этого аккаунта на этом устройстве.',
  'oauth2.logout.cancel': 'Остаться в системе',
  'oauth2.logout.cancelled': 'Вы по-прежнему в системе.',
  'oauth2.error.title': 'Эта ссылка для входа больше не работает',
  'oauth2.error.invalid':
    'Запрос приложения неизвестен, устарел или уже использован. Вернитесь в приложение и начните вход заново.',
  'oauth2.error.other-user':
    'Этот запрос относится к другому аккаунту, а не к тому, в который выполнен вход здесь. Вернитесь в приложение и начните заново.',
  'oauth2.error.signed-out': 'Сначала войдите, затем вернитесь в приложение и начните заново.',
  'oauth2.error.disabled': 'Вход в другие приложения здесь не настроен.',
  'oauth2.error.app': 'Приложению не удалось завершить вход',
  'oauth2.error.app-generic':
    'Приложение отправило запрос, который невозможно выполнить. Вернитесь в приложение и попробуйте ещё раз или обратитесь в его поддержку.',
  'devices.link': 'Устройства',
  'devices.title': 'Устройства',
  'devices.subtitle':
    'Где выполнен вход в ваш аккаунт. Если вы не узнаёте устройство, выйдите на нём и смените пароль.',
  'devices.this-device': 'Это устройство',
  'devices.other-devices': 'Другие устройства ({count})',
  'devices.none-other': 'Вы не вошли ни на одном другом устройстве.',
  'devices.name': '{browser} на {os}',
  'devices.unknown-browser': 'Неизвестный браузер',
  'devices.unknown-os': 'неизвестной системе',
  'devices.ip': 'IP-адрес',
  'devices.location': 'Местоположение',
  'devices.signed-in': 'Вход выполнен',
  'devices.how': 'Способ',
  'devices.expires': 'Истекает',
  'devices.unknown': 'Неизвестно',
  'devices.aal.aal1': 'один шаг, AAL1',
  'devices.aal.aal2': 'два шага, AAL2',
  'devices.method.passkey': 'Ключ доступа',
  'devices.method.oidc': 'Вход через соцсеть',
  'devices.method.oidc-provider': 'Вход через {provider}',
  'devices.method.recovery': 'Восстановление аккаунта',
  'devices.sign-out-this': 'Выйти на этом устройстве',
  'devices.sign-out-others': 'Выйти на всех других устройствах',
  'devices.truncated':
    'Показаны {shown} последних из {total, plural, one {# устройства} few {# устройств} many {# устройств} other {# устройства}}.',
  'devices.notice.revoked': 'Выход на устройстве выполнен.',
  'devices.notice.revoked-others':
    '{count, plural, =0 {Других устройств для выхода не было.} one {Выход выполнен на # другом устройстве.} few {Выход выполнен на # других устройствах.} many {Выход выполнен на # других устройствах.} other {Выход выполнен на # другого устройства.}}',
  'devices.notice.csrf':
    'Выход не выполнен: не удалось проверить эту форму, например потому что она отправлена с другого сайта. Попробуйте ещё раз.',
  'devices.notice.not-found':
    'Выход не выполнен: это устройство не ваше, или выход на нём уже выполнен.',
  'devices.notice.current':
    'Чтобы выйти на этом устройстве, используйте «Выйти на этом устройстве».',
  'second-factor.factor.totp': 'Приложение-аутентификатор',
  'second-factor.factor.webauthn': 'Ключ безопасности',
  'second-factor.factor.passkey': 'Ключ доступа',
  'second-factor.factor.lookup_secret': 'Резервный код',
  'second-factor.factor.code': 'Отправить код на {address}',
  'second-factor.restart-other': 'Использовать другой способ',
  'login.identifier-first.not-you': 'Это не вы?',
  'login.identifier-first.signing-in-as': 'Вход как {account}',
  'login.code.sent-to': 'Мы отправили код на {address}.',
} as const satisfies Partial<Record<OwnKey, string>>;
