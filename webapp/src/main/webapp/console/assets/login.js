// Sign-in page: shows why a sign-in failed and switches the language. No data, no inline script.
(function () {
  'use strict';
  var TEXT = {
    zh: { appTitle: '暖心热线 · 接线台', username: '用户名', password: '密码', signIn: '登录', other: 'English',
          wrong: '用户名或密码错误，或账号已停用。', missing: '请输入用户名和密码。', origin: '请求来源不正确。', expired: '登录已过期，请重新登录。',
          locked: '登录失败次数过多，请15分钟后再试。' },
    en: { appTitle: 'Warmline · Operator console', username: 'User name', password: 'Password', signIn: 'Sign in', other: '中文',
          wrong: 'Wrong user name or password, or the account is disabled.', missing: 'Enter user name and password.',
          origin: 'The request came from another site.', expired: 'Your session has ended; please sign in again.',
          locked: 'Too many failed sign-ins; try again in 15 minutes.' }
  };
  var lang = localStorage.getItem('warmline.lang') === 'en' ? 'en' : 'zh';
  function apply() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = TEXT[lang][el.getAttribute('data-i18n')]; });
    document.getElementById('lang-switch').textContent = TEXT[lang].other;
    var error = new URLSearchParams(location.search).get('error');
    var box = document.getElementById('error');
    if (error && TEXT[lang][error]) { box.textContent = TEXT[lang][error]; box.hidden = false; }
  }
  document.getElementById('lang-switch').addEventListener('click', function () {
    lang = lang === 'en' ? 'zh' : 'en';
    localStorage.setItem('warmline.lang', lang);
    apply();
  });
  apply();
}());
