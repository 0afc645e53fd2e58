// Sign-in page: shows why a sign-in failed and switches the language. No data, no inline script.
// Its words are the login.* keys of the bundles i18n/console_zh|en.properties (through warmline.js).
(function () {
  'use strict';
  var W = window.Warmline;
  function apply() {
    W.applyTexts();
    var error = new URLSearchParams(location.search).get('error');
    var box = W.$('error');
    if (error && W.has(error)) { box.textContent = W.t(error); box.hidden = false; }
  }
  W.start({ scope: 'login' }, function () {
    W.$('lang-switch').addEventListener('click', function () {
      W.switchLanguage();
      apply();
    });
    apply();
  });
}());
