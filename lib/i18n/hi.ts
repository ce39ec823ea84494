import type { OwnKey } from './en';

// Hindi, polite ("आप"), in the tone of Ory's Hindi catalog. Only what Ory lacks: titles, buttons
// and labels that Ory translates already (lib/i18n/ory-keys.json) come from its catalog.
// Partial by type so a new English key never breaks the build; own.test.ts asks for completeness.
export const hi = {
  'app.name': 'खाता',
  'home.title': 'आपका खाता',
  'home.signed-out': 'आप साइन इन नहीं हैं।',
  'home.traits': 'प्रोफ़ाइल',
  'home.aal': 'आश्वासन स्तर',
  'home.methods': 'इससे साइन इन किया',
  'home.expires': 'सत्र समाप्त होगा',
  'nav.back-home': 'मुख्य पृष्ठ पर वापस जाएँ',
  'second-factor.account': '{account} के रूप में साइन इन हो रहा है',
  'second-factor.code-hint': '{address} पर भेजा गया 6 अंकों का कोड दर्ज करें।',
  'second-factor.resend-wait':
    '{seconds, plural, one {नया कोड भेजें ({count} सेकंड)} other {नया कोड भेजें ({count} सेकंड)}}',
  'second-factor.cancel': 'रद्द करें और साइन आउट करें',
  'notice.expired': 'साइन इन का वह प्रयास समाप्त हो गया, इसलिए हमने नया प्रयास शुरू किया।',
  'notice.attempts': 'उस कोड से बहुत अधिक प्रयास हुए, इसलिए हमने फिर से शुरू किया। नया कोड मँगाएँ।',
  'notice.csrf': 'आपका साइन इन फ़ॉर्म अमान्य हो गया था, इसलिए हमने नया फ़ॉर्म लोड किया।',
  'notice.missing': 'हमने आपके लिए नया साइन इन शुरू किया है।',
  'error.title': 'कुछ गलत हो गया',
  'error.generic': 'एक अनपेक्षित त्रुटि हुई। कृपया फिर से प्रयास करें।',
  'error.cookies-required':
    'आपके ब्राउज़र ने हमारी कुकीज़ वापस नहीं भेजीं। इस साइट के लिए कुकीज़ की अनुमति दें, फिर से प्रयास करें।',
  'error.not-found.title': 'पृष्ठ नहीं मिला',
  'error.not-found.body': 'आप जो पृष्ठ खोज रहे हैं, वह मौजूद नहीं है।',
  'error.unavailable.title': 'अस्थायी रूप से अनुपलब्ध',
  'error.unavailable.body':
    'हम अभी साइन इन सेवा तक नहीं पहुँच पा रहे हैं। कृपया थोड़ी देर बाद फिर से प्रयास करें।',
  'error.try-again': 'फिर से प्रयास करें',
  'error.id': 'त्रुटि संदर्भ',
  'form.pending': 'कृपया प्रतीक्षा करें…',
  'locale.label': 'भाषा',
  'locale.title': 'अपनी भाषा चुनें',
  'flow.unsupported-node': 'इस फ़ॉर्म में एक ऐसा तत्व है जिसे हम नहीं दिखा सकते ({type})।',
  'flow.needs-javascript': 'इसके लिए आपके ब्राउज़र में JavaScript चालू होना चाहिए।',
  'settings.profile.description': 'आपका ईमेल पता और नाम।',
  'settings.totp.description':
    'Google Authenticator या 1Password जैसे ऐप के एक बार उपयोग वाले कोड से साइन इन करें।',
  'settings.webauthn.description': 'दूसरे चरण के रूप में हार्डवेयर सुरक्षा कुंजी का उपयोग करें।',
  'settings.passkey.description': 'बिना पासवर्ड के, इस डिवाइस या अपने फ़ोन से साइन इन करें।',
  'registration.signing-up-as': '{account} के रूप में साइन अप हो रहा है',
  'error.action.sign-in': 'फिर से साइन इन करें',
  'error.action.verify': 'अपना ईमेल सत्यापित करें',
  'error.details': 'साइन इन सेवा से विवरण',
  'error.kratos.return-to-forbidden':
    'जिस पृष्ठ पर आपको बाद में भेजा जाना था, वह हमारी अनुमत पतों की सूची में नहीं है। कृपया उस ऐप से फिर से शुरू करें जहाँ से आप आए थे।',
  'error.kratos.identity-mismatch':
    'यह अनुरोध तब शुरू हुआ था जब कोई दूसरा खाता साइन इन था। कृपया फिर से साइन इन करें और दोबारा प्रयास करें।',
  'error.kratos.already-signed-in.title': 'आप पहले से साइन इन हैं',
  'error.kratos.already-signed-in': 'यहाँ करने के लिए और कुछ नहीं है।',
  'error.kratos.refresh-required':
    'आपकी सुरक्षा के लिए, कृपया फिर से साइन इन करके पुष्टि करें कि यह आप ही हैं।',
  'error.kratos.flow-replaced':
    'इस फ़ॉर्म की जगह एक नया फ़ॉर्म आ गया है, जैसे किसी दूसरे टैब में। कृपया फिर से शुरू करें।',
  'error.kratos.verify-address': 'आगे बढ़ने से पहले कृपया अपना ईमेल पता सत्यापित करें।',
  'error.kratos.flow-disabled': 'यह सुविधा बंद है।',
  'error.kratos.internal':
    'साइन इन सेवा यह अनुरोध पूरा नहीं कर सकी। कृपया फिर से प्रयास करें। अगर ऐसा बार-बार हो, तो नीचे दिए गए संदर्भ के साथ सहायता से संपर्क करें।',
  'error.kratos.not-found':
    'यह लिंक अब मान्य नहीं है। हो सकता है कि इसकी अवधि समाप्त हो गई हो या इसका उपयोग हो चुका हो।',
  'error.kratos.forbidden': 'आपको यह करने की अनुमति नहीं है। फिर से साइन इन करने से मदद मिल सकती है।',
  'error.kratos.bad-request': 'उस अनुरोध में कुछ ठीक नहीं था। कृपया वापस जाएँ और फिर से प्रयास करें।',
  'error.kratos.unknown.title': 'हमें वह त्रुटि नहीं मिली',
  'error.kratos.unknown':
    'जिस त्रुटि के लिए आपको यहाँ भेजा गया था, वह अज्ञात है या समाप्त हो चुकी है। कृपया फिर से शुरू करें।',
  'oauth2.login.title': '{app} में साइन इन करें',
  'oauth2.consent.account': '{account} के रूप में साइन इन',
  'oauth2.consent.scopes': 'इससे {app} को ये अनुमतियाँ मिलेंगी:',
  'oauth2.consent.scope.other': '“{scope}” तक पहुँच',
  'oauth2.consent.remember': 'मेरा निर्णय याद रखें',
  'oauth2.consent.allow': 'अनुमति दें',
  'oauth2.consent.deny': 'अस्वीकार करें',
  'oauth2.consent.policy': 'गोपनीयता नीति',
  'oauth2.consent.terms': 'सेवा की शर्तें',
  'oauth2.logout.title': '{app} से साइन आउट करें?',
  'oauth2.logout.title-any': 'साइन आउट करें?',
  'oauth2.logout.body': 'आप इस डिवाइस पर {app} और इस खाते से साइन आउट हो जाएँगे।',
  'oauth2.logout.body-any': 'आप इस डिवाइस पर इस खाते से साइन आउट हो जाएँगे।',
  'oauth2.logout.cancel': 'साइन इन रहें',
  'oauth2.logout.cancelled': 'आप अभी भी साइन इन हैं।',
  'oauth2.error.title': 'यह साइन इन लिंक अब काम नहीं करता',
  'oauth2.error.invalid':
    'ऐप का अनुरोध अज्ञात है, समाप्त हो चुका है या पहले ही उपयोग हो चुका है। ऐप पर वापस जाएँ और फिर से साइन इन शुरू करें।',
  'oauth2.error.other-user':
    'यह अनुरोध यहाँ साइन इन खाते से अलग किसी खाते का है। ऐप पर वापस जाएँ और फिर से शुरू करें।',
  'oauth2.error.signed-out': 'कृपया पहले साइन इन करें, फिर ऐप पर वापस जाकर फिर से शुरू करें।',
  'oauth2.error.disabled': 'यहाँ दूसरे ऐप में साइन इन करना सेट नहीं है।',
  'oauth2.error.app': 'ऐप साइन इन पूरा नहीं कर सका',
  'oauth2.error.app-generic':
    'ऐप ने ऐसा अनुरोध भेजा जिसे पूरा नहीं किया जा सकता। ऐप पर वापस जाकर फिर से प्रयास करें, या उसकी सहायता टीम से संपर्क करें।',
  'devices.link': 'डिवाइस',
  'devices.title': 'डिवाइस',
  'devices.subtitle':
    'जहाँ आपका खाता साइन इन है। अगर आप किसी डिवाइस को नहीं पहचानते, तो उसे साइन आउट करें और अपना पासवर्ड बदलें।',
  'devices.this-device': 'यह डिवाइस',
  'devices.other-devices': 'अन्य डिवाइस ({count})',
  'devices.none-other': 'आप किसी अन्य डिवाइस पर साइन इन नहीं हैं।',
  'devices.name': '{os} पर {browser}',
  'devices.unknown-browser': 'अज्ञात ब्राउज़र',
  'devices.unknown-os': 'एक अज्ञात सिस्टम',
  'devices.ip': 'IP पता',
  'devices.location': 'स्थान',
  'devices.signed-in': 'साइन इन किया',
  'devices.how': 'कैसे',
  'devices.expires': 'समाप्ति',
  'devices.unknown': 'अज्ञात',
  'devices.aal.aal1': 'एक चरण, AAL1',
  'devices.aal.aal2': 'दो चरण, AAL2',
  'devices.method.passkey': 'पासकी',
  'devices.method.oidc': 'सोशल साइन इन',
  'devices.method.oidc-provider': '{provider} से साइन इन',
  'devices.method.recovery': 'खाता पुनर्प्राप्ति',
  'devices.sign-out-this': 'इस डिवाइस से साइन आउट करें',
  'devices.sign-out-others': 'अन्य सभी डिवाइस से साइन आउट करें',
  'devices.truncated':
    '{total, plural, one {# डिवाइस में से सबसे हाल के {shown} दिखाए जा रहे हैं।} other {# डिवाइस में से सबसे हाल के {shown} दिखाए जा रहे हैं।}}',
  'devices.notice.revoked': 'डिवाइस को साइन आउट कर दिया गया है।',
  'devices.notice.revoked-others':
    '{count, plural, =0 {साइन आउट करने के लिए कोई अन्य डिवाइस नहीं था।} one {# अन्य डिवाइस को साइन आउट कर दिया गया है।} other {# अन्य डिवाइस को साइन आउट कर दिया गया है।}}',
  'devices.notice.csrf':
    'कुछ भी साइन आउट नहीं हुआ: इस फ़ॉर्म की पुष्टि नहीं हो सकी, उदाहरण के लिए क्योंकि इसे किसी दूसरी साइट से भेजा गया था। कृपया फिर से प्रयास करें।',
  'devices.notice.not-found':
    'कुछ भी साइन आउट नहीं हुआ: वह डिवाइस आपका नहीं है, या उसे पहले ही साइन आउट किया जा चुका है।',
  'devices.notice.current':
    'इस डिवाइस से साइन आउट करने के लिए, “इस डिवाइस से साइन आउट करें” का उपयोग करें।',
  'second-factor.factor.totp': 'ऑथेंटिकेटर ऐप',
  'second-factor.factor.webauthn': 'सुरक्षा कुंजी',
  'second-factor.factor.passkey': 'पासकी',
  'second-factor.factor.lookup_secret': 'बैकअप कोड',
  'second-factor.factor.code': '{address} पर कोड ईमेल करें',
  'second-factor.restart-other': 'इसके बजाय कोई दूसरा तरीका इस्तेमाल करें',
  'login.identifier-first.not-you': 'आप नहीं हैं?',
  'login.identifier-first.signing-in-as': '{account} के रूप में साइन इन हो रहा है',
  'login.code.sent-to': 'हमने {address} पर एक कोड भेजा है।',
} as const satisfies Partial<Record<OwnKey, string>>;
