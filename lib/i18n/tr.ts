import type { OwnKey } from './en';

// Turkish, formal ("siz"), like Ory's Turkish catalog. Only what Ory lacks: strings Ory
// translates already (lib/i18n/ory-keys.json) come from its catalog.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const tr = {
  'app.name': 'Hesap',
  'home.title': 'Hesabınız',
  'home.signed-out': 'Oturum açmadınız.',
  'home.traits': 'Profil',
  'home.aal': 'Güvence düzeyi',
  'home.methods': 'Oturum açma yöntemi',
  'home.expires': 'Oturumun sona ermesi',
  'nav.back-home': 'Başlangıç sayfasına dön',
  'second-factor.account': '{account} olarak oturum açılıyor',
  'second-factor.code-hint': '{address} adresine gönderdiğimiz 6 haneli kodu girin.',
  'second-factor.resend-wait': '{seconds, plural, other {Yeni kod gönder ({count} sn)}}',
  'second-factor.cancel': 'İptal et ve oturumu kapat',
  'notice.expired': 'Bu oturum açma denemesinin süresi doldu, bu yüzden yenisini başlattık.',
  'notice.attempts':
    'Bu kodla çok fazla deneme yapıldı, bu yüzden baştan başladık. Yeni bir kod isteyin.',
  'notice.csrf': 'Oturum açma formunuz geçersiz hâle geldi, bu yüzden yenisini yükledik.',
  'notice.missing': 'Sizin için yeni bir oturum açma başlattık.',
  'limits.address-to':
    'Az önce {address} adresine bir kod gönderdik. {wait} sonra yenisini isteyebilirsiniz.',
  'limits.address': 'Az önce bir kod gönderdik. {wait} sonra yenisini isteyebilirsiniz.',
  'limits.client':
    'Son zamanlarda ağınızdan çok fazla kod istendi. {wait} sonra yenisini isteyebilirsiniz.',
  'limits.password': 'Çok fazla oturum açma denemesi. {wait} sonra tekrar deneyebilirsiniz.',
  'error.title': 'Bir sorun oluştu',
  'error.generic': 'Beklenmeyen bir hata oluştu. Lütfen tekrar deneyin.',
  'error.cookies-required':
    'Tarayıcınız çerezlerimizi geri göndermedi. Bu site için çerezlere izin verin ve tekrar deneyin.',
  'error.not-found.title': 'Sayfa bulunamadı',
  'error.not-found.body': 'Aradığınız sayfa mevcut değil.',
  'error.unavailable.title': 'Geçici olarak kullanılamıyor',
  'error.unavailable.body':
    'Şu anda oturum açma hizmetine ulaşamıyoruz. Lütfen birazdan tekrar deneyin.',
  'error.try-again': 'Tekrar dene',
  'error.id': 'Hata referansı',
  'form.pending': 'Lütfen bekleyin…',
  'locale.label': 'Dil',
  'locale.title': 'Dilinizi seçin',
  'flow.unsupported-node': 'Bu form, gösteremediğimiz bir öğe içeriyor ({type}).',
  'flow.needs-javascript': 'Bunun için tarayıcınızda JavaScript açık olmalıdır.',
  'settings.profile.description': 'E-posta adresiniz ve adınız.',
  'settings.totp.description':
    'Google Authenticator veya 1Password gibi bir uygulamadan alınan tek kullanımlık kodla oturum açın.',
  'settings.webauthn.description': 'İkinci faktör olarak donanım güvenlik anahtarı kullanın.',
  'settings.passkey.description': 'Parola olmadan, bu cihazla veya telefonunuzla oturum açın.',
  'registration.signing-up-as': '{account} olarak kaydolunuyor',
  'error.action.sign-in': 'Yeniden oturum açın',
  'error.action.verify': 'E-postanızı doğrulayın',
  'error.details': 'Oturum açma hizmetinden ayrıntılar',
  'error.kratos.return-to-forbidden':
    'Sonrasında yönlendirileceğiniz sayfa izin verilen adresler listemizde yok. Lütfen geldiğiniz uygulamadan yeniden başlayın.',
  'error.kratos.identity-mismatch':
    'Bu istek, başka bir hesapta oturum açıkken başlatıldı. Lütfen yeniden oturum açıp tekrar deneyin.',
  'error.kratos.already-signed-in.title': 'Zaten oturum açtınız',
  'error.kratos.already-signed-in': 'Burada yapılacak başka bir şey yok.',
  'error.kratos.refresh-required':
    'Güvenliğiniz için lütfen yeniden oturum açarak siz olduğunuzu doğrulayın.',
  'error.kratos.flow-replaced':
    'Bu form, örneğin başka bir sekmede açılan daha yeni bir formla değiştirildi. Lütfen yeniden başlayın.',
  'error.kratos.verify-address': 'Devam etmeden önce lütfen e-posta adresinizi doğrulayın.',
  'error.kratos.flow-disabled': 'Bu özellik kapalı.',
  'error.kratos.internal':
    'Oturum açma hizmeti bu isteği tamamlayamadı. Lütfen tekrar deneyin. Sorun devam ederse aşağıdaki referansla destek ekibine başvurun.',
  'error.kratos.not-found':
    'Bu bağlantı artık geçerli değil. Süresi dolmuş veya daha önce kullanılmış olabilir.',
  'error.kratos.forbidden': 'Bunu yapmaya yetkiniz yok. Yeniden oturum açmak işe yarayabilir.',
  'error.kratos.bad-request': 'Bu istekte bir sorun vardı. Lütfen geri dönüp tekrar deneyin.',
  'error.kratos.unknown.title': 'Bu hatayı bulamadık',
  'error.kratos.unknown':
    'Buraya yönlendirilmenize neden olan hata bilinmiyor veya süresi dolmuş. Lütfen yeniden başlayın.',
  'oauth2.login.title': '{app} uygulamasında oturum açın',
  'oauth2.consent.account': '{account} olarak oturum açıldı',
  'oauth2.consent.scopes': 'Bu, {app} uygulamasının şunları yapmasına izin verir:',
  'oauth2.consent.scope.other': '“{scope}” erişimi',
  'oauth2.consent.remember': 'Kararımı hatırla',
  'oauth2.consent.allow': 'İzin ver',
  'oauth2.consent.deny': 'Reddet',
  'oauth2.consent.policy': 'Gizlilik politikası',
  'oauth2.consent.terms': 'Hizmet koşulları',
  'oauth2.logout.title': '{app} oturumu kapatılsın mı?',
  'oauth2.logout.title-any': 'Oturum kapatılsın mı?',
  'oauth2.logout.body': 'Bu cihazda {app} ve bu hesaptaki oturumunuz kapatılacak.',
  'oauth2.logout.body-any': 'Bu cihazda bu hesaptaki oturumunuz kapatılacak.',
  'oauth2.logout.cancel': 'Oturum açık kalsın',
  'oauth2.logout.cancelled': 'Oturumunuz hâlâ açık.',
  'oauth2.error.title': 'Bu oturum açma bağlantısı artık çalışmıyor',
  'oauth2.error.invalid':
    'Uygulamadan gelen istek bilinmiyor, süresi dolmuş veya daha önce kullanılmış. Uygulamaya dönüp oturum açmaya yeniden başlayın.',
  'oauth2.error.other-user':
    'Bu istek, burada oturum açmış olan hesaptan farklı bir hesaba ait. Uygulamaya dönüp yeniden başlayın.',
  'oauth2.error.signed-out': 'Lütfen önce oturum açın, ardından uygulamaya dönüp yeniden başlayın.',
  'oauth2.error.disabled': 'Burada başka uygulamalarda oturum açma ayarlanmamış.',
  'oauth2.error.app': 'Uygulama oturum açmayı tamamlayamadı',
  'oauth2.error.app-generic':
    'Uygulama, tamamlanamayan bir istek gönderdi. Uygulamaya dönüp tekrar deneyin veya uygulamanın destek ekibine başvurun.',
  'devices.link': 'Cihazlar',
  'devices.title': 'Cihazlar',
  'devices.subtitle':
    'Hesabınızın oturum açık olduğu yerler. Tanımadığınız bir cihaz varsa oturumunu kapatın ve parolanızı değiştirin.',
  'devices.this-device': 'Bu cihaz',
  'devices.other-devices': 'Diğer cihazlar ({count})',
  'devices.none-other': 'Başka hiçbir cihazda oturumunuz açık değil.',
  'devices.name': '{os} üzerinde {browser}',
  'devices.unknown-browser': 'Bilinmeyen tarayıcı',
  'devices.unknown-os': 'bilinmeyen bir sistem',
  'devices.ip': 'IP adresi',
  'devices.location': 'Konum',
  'devices.signed-in': 'Oturum açıldı',
  'devices.how': 'Yöntem',
  'devices.expires': 'Sona erme',
  'devices.unknown': 'Bilinmiyor',
  'devices.aal.aal1': 'tek adım, AAL1',
  'devices.aal.aal2': 'iki adım, AAL2',
  'devices.method.passkey': 'Geçiş anahtarı',
  'devices.method.oidc': 'Sosyal hesapla oturum açma',
  'devices.method.oidc-provider': '{provider} ile oturum açma',
  'devices.method.recovery': 'Hesap kurtarma',
  'devices.sign-out-this': 'Bu cihazda oturumu kapat',
  'devices.sign-out-others': 'Diğer tüm cihazlarda oturumu kapat',
  'devices.truncated':
    '{total, plural, one {# cihazdan en yeni {shown} tanesi gösteriliyor.} other {# cihazdan en yeni {shown} tanesi gösteriliyor.}}',
  'devices.notice.revoked': 'Cihazın oturumu kapatıldı.',
  'devices.notice.revoked-others':
    '{count, plural, =0 {Oturumu kapatılacak başka cihaz yoktu.} one {# diğer cihazın oturumu kapatıldı.} other {# diğer cihazın oturumu kapatıldı.}}',
  'devices.notice.csrf':
    'Hiçbir oturum kapatılmadı: bu form doğrulanamadı, örneğin başka bir siteden gönderildiği için. Lütfen tekrar deneyin.',
  'devices.notice.not-found':
    'Hiçbir oturum kapatılmadı: bu cihaz size ait değil veya oturumu zaten kapatılmış.',
  'devices.notice.current':
    'Bu cihazda oturumu kapatmak için “Bu cihazda oturumu kapat” seçeneğini kullanın.',
  'second-factor.factor.totp': 'Kimlik doğrulama uygulaması',
  'second-factor.factor.webauthn': 'Güvenlik anahtarı',
  'second-factor.factor.passkey': 'Geçiş anahtarı',
  'second-factor.factor.lookup_secret': 'Yedek kod',
  'second-factor.factor.code': '{address} adresine kod gönder',
  'second-factor.restart-other': 'Bunun yerine başka bir yöntem kullan',
  'login.identifier-first.not-you': 'Siz değil misiniz?',
  'login.identifier-first.signing-in-as': '{account} olarak oturum açılıyor',
  'login.code.sent-to': '{address} adresine bir kod gönderdik.',
} as const satisfies Partial<Record<OwnKey, string>>;
