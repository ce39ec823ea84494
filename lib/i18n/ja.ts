import type { OwnKey } from './en';

// Japanese, polite (です・ます), in the tone of Ory's Japanese catalog. Only what Ory lacks:
// titles, buttons and labels that Ory translates already (lib/i18n/ory-keys.json) come from it.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const ja = {
  'app.name': 'アカウント',
  'home.title': 'あなたのアカウント',
  'home.signed-out': 'ログインしていません。',
  'home.traits': 'プロフィール',
  'home.aal': '認証レベル',
  'home.methods': 'ログイン方法',
  'home.expires': 'セッションの有効期限',
  'nav.back-home': 'トップページに戻る',
  'second-factor.account': '{account} としてログイン中',
  'second-factor.code-hint': '{address} に送信した 6 桁のコードを入力してください。',
  'second-factor.resend-wait': '{seconds, plural, other {新しいコードを送信 ({count} 秒)}}',
  'second-factor.cancel': 'キャンセルしてログアウト',
  'notice.expired': 'ログインの試行が期限切れになったため、新しく開始しました。',
  'notice.attempts':
    'このコードでの試行回数が多すぎるため、最初からやり直しました。新しいコードをリクエストしてください。',
  'notice.csrf': 'ログインフォームが無効になったため、新しいフォームを読み込みました。',
  'notice.missing': '新しいログインを開始しました。',
  'error.title': '問題が発生しました',
  'error.generic': '予期しないエラーが発生しました。もう一度お試しください。',
  'error.cookies-required':
    'ブラウザから Cookie が返されませんでした。このサイトの Cookie を許可してから、もう一度お試しください。',
  'error.not-found.title': 'ページが見つかりません',
  'error.not-found.body': 'お探しのページは存在しません。',
  'error.unavailable.title': '一時的に利用できません',
  'error.unavailable.body':
    '現在、ログインサービスに接続できません。しばらくしてからもう一度お試しください。',
  'error.try-again': 'もう一度試す',
  'error.id': 'エラー参照番号',
  'form.pending': 'お待ちください…',
  'locale.label': '言語',
  'locale.title': '言語を選択',
  'flow.unsupported-node': 'このフォームには表示できない要素 ({type}) が含まれています。',
  'flow.needs-javascript': 'この操作には、ブラウザで JavaScript を有効にする必要があります。',
  'settings.profile.description': 'メールアドレスと名前。',
  'settings.totp.description':
    'Google Authenticator や 1Password などのアプリのワンタイムコードでログインします。',
  'settings.webauthn.description': 'ハードウェアのセキュリティキーを 2 要素目として使います。',
  'settings.passkey.description':
    'パスワードなしで、このデバイスやスマートフォンでログインします。',
  'registration.signing-up-as': '{account} として登録中',
  'error.action.sign-in': 'もう一度ログイン',
  'error.action.verify': 'メールアドレスを確認',
  'error.details': 'ログインサービスからの詳細',
  'error.kratos.return-to-forbidden':
    'この後に移動する予定だったページは、許可されたアドレスの一覧にありません。利用していたアプリからもう一度始めてください。',
  'error.kratos.identity-mismatch':
    'このリクエストは別のアカウントでログインしているときに開始されました。もう一度ログインしてからやり直してください。',
  'error.kratos.already-signed-in.title': 'すでにログインしています',
  'error.kratos.already-signed-in': 'ここで行う操作はもうありません。',
  'error.kratos.refresh-required':
    'セキュリティのため、もう一度ログインして本人であることを確認してください。',
  'error.kratos.flow-replaced':
    'このフォームは、別のタブなどで開いた新しいフォームに置き換えられました。もう一度始めてください。',
  'error.kratos.verify-address': '続行する前にメールアドレスを確認してください。',
  'error.kratos.flow-disabled': 'この機能は無効になっています。',
  'error.kratos.internal':
    'ログインサービスがこのリクエストを完了できませんでした。もう一度お試しください。繰り返し発生する場合は、下の参照番号を添えてサポートにお問い合わせください。',
  'error.kratos.not-found':
    'このリンクはもう有効ではありません。有効期限が切れたか、すでに使用された可能性があります。',
  'error.kratos.forbidden':
    'この操作は許可されていません。もう一度ログインすると解決する場合があります。',
  'error.kratos.bad-request':
    'リクエストの内容に問題がありました。前のページに戻って、もう一度お試しください。',
  'error.kratos.unknown.title': 'エラーが見つかりませんでした',
  'error.kratos.unknown':
    'このページに表示するはずだったエラーは不明か、期限切れです。もう一度始めてください。',
  'oauth2.login.title': '{app} にログイン',
  'oauth2.consent.account': '{account} としてログイン中',
  'oauth2.consent.scopes': '{app} に次のことを許可します:',
  'oauth2.consent.scope.other': '「{scope}」へのアクセス',
  'oauth2.consent.remember': 'この選択を記憶する',
  'oauth2.consent.allow': '許可',
  'oauth2.consent.deny': '拒否',
  'oauth2.consent.policy': 'プライバシーポリシー',
  'oauth2.consent.terms': '利用規約',
  'oauth2.logout.title': '{app} からログアウトしますか?',
  'oauth2.logout.title-any': 'ログアウトしますか?',
  'oauth2.logout.body': 'このデバイスで {app} とこのアカウントからログアウトします。',
  'oauth2.logout.body-any': 'このデバイスでこのアカウントからログアウトします。',
  'oauth2.logout.cancel': 'ログインしたままにする',
  'oauth2.logout.cancelled': 'ログインしたままです。',
  'oauth2.error.title': 'このログインリンクは使用できません',
  'oauth2.error.invalid':
    'アプリからのリクエストが不明か、期限切れか、すでに使用されています。アプリに戻って、もう一度ログインを始めてください。',
  'oauth2.error.other-user':
    'このリクエストは、ここでログインしているアカウントとは別のアカウントのものです。アプリに戻って、もう一度始めてください。',
  'oauth2.error.signed-out': '先にログインしてから、アプリに戻ってもう一度始めてください。',
  'oauth2.error.disabled': 'ここでは他のアプリへのログインは設定されていません。',
  'oauth2.error.app': 'アプリがログインを完了できませんでした',
  'oauth2.error.app-generic':
    'アプリから完了できないリクエストが送信されました。アプリに戻ってもう一度試すか、アプリのサポートにお問い合わせください。',
  'devices.link': 'デバイス',
  'devices.title': 'デバイス',
  'devices.subtitle':
    'アカウントがログインしている場所です。心当たりのないデバイスがあれば、ログアウトさせてパスワードを変更してください。',
  'devices.this-device': 'このデバイス',
  'devices.other-devices': 'その他のデバイス ({count})',
  'devices.none-other': '他のデバイスではログインしていません。',
  'devices.name': '{os} の {browser}',
  'devices.unknown-browser': '不明なブラウザ',
  'devices.unknown-os': '不明なシステム',
  'devices.ip': 'IP アドレス',
  'devices.location': '場所',
  'devices.signed-in': 'ログイン日時',
  'devices.how': '方法',
  'devices.expires': '有効期限',
  'devices.unknown': '不明',
  'devices.aal.aal1': '1 段階、AAL1',
  'devices.aal.aal2': '2 段階、AAL2',
  'devices.method.passkey': 'パスキー',
  'devices.method.oidc': 'ソーシャルログイン',
  'devices.method.oidc-provider': '{provider} でログイン',
  'devices.method.recovery': 'アカウントの復旧',
  'devices.sign-out-this': 'このデバイスからログアウト',
  'devices.sign-out-others': '他のすべてのデバイスからログアウト',
  'devices.truncated': '{total, plural, other {# 台中、最新の {shown} 台を表示しています。}}',
  'devices.notice.revoked': 'デバイスをログアウトさせました。',
  'devices.notice.revoked-others':
    '{count, plural, =0 {ログアウトさせる他のデバイスはありませんでした。} other {他の # 台のデバイスをログアウトさせました。}}',
  'devices.notice.csrf':
    'ログアウトは行われていません: このフォームを確認できませんでした (別のサイトから送信された場合など)。もう一度お試しください。',
  'devices.notice.not-found':
    'ログアウトは行われていません: そのデバイスはあなたのものではないか、すでにログアウトされています。',
  'devices.notice.current':
    'このデバイスからログアウトするには、「このデバイスからログアウト」を使ってください。',
  'second-factor.factor.totp': '認証アプリ',
  'second-factor.factor.webauthn': 'セキュリティキー',
  'second-factor.factor.passkey': 'パスキー',
  'second-factor.factor.lookup_secret': 'バックアップコード',
  'second-factor.factor.code': '{address} にコードをメールで送信',
  'second-factor.restart-other': '代わりに別の方法を使う',
  'login.identifier-first.not-you': '別のアカウントですか？',
  'login.identifier-first.signing-in-as': '{account} としてサインイン',
  'login.code.sent-to': '{address} にコードを送信しました。',
  'second-factor.choose-any': 'ワンタイムコードをお送りします。',
  'second-factor.factor.sms': '{address} にコードを SMS で送信',
  'second-factor.code-label-sms': 'SMS に記載のコード',
  'login.code.texted-to': '{address} に SMS でコードを送信しました。',
  'field.phone.hint': '国際形式：+ と国番号から入力してください（例：+1 415 555 0100）。',
  'field.phone.invalid':
    '国際形式の電話番号ではありません。+ と国番号から入力してください（例：+1 415 555 0100）。',
  'verification.title-any': 'メールアドレスまたは電話番号の確認',
  'verification.sent-any': 'メールまたは SMS でコードをお送りしました。下に入力してください。',
  'verification.done-any': '確認が完了しました。ありがとうございます。',
  'settings.phone.verified': '{address} は確認済みです。',
  'settings.phone.unverified': '{address} はまだ確認されていません。',
  'settings.phone.verify': 'SMS で確認',
} as const satisfies Partial<Record<OwnKey, string>>;
