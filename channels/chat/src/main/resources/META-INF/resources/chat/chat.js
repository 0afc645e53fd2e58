/* Warmline worker chat. No framework; ES5 so that old phones run it. Message text is only ever
   set with textContent, never as HTML. */
(function () {
  'use strict';
  var API = '/chat/api/sessions';
  var MAX = 2000;
  var MAX_FILE = 5 * 1024 * 1024;
  var T = {
    zh: {
      title: '暖心热线', other: 'English', intro: '您好！请告诉我们您需要什么帮助：返乡、欠薪、找工作。',
      placeholder: '输入消息…', send: '发送', addPhone: '添加手机号', phoneLabel: '手机号（接收短信通知）',
      sendCode: '发送验证码', confirm: '确认', codeSent: '验证码已发到 {0}，请输入6位数字：',
      phoneOk: '已绑定手机：{0}', badPhone: '手机号不对，请检查后再输入。',
      tooMany: '验证码发送太频繁，请一小时后再试。', smsDown: '暂时无法发送短信，请稍后再试。',
      wrongCode: '验证码不对，还可以试{0}次。', codeDead: '验证码已失效，请重新获取。',
      codeFormat: '请输入6位数字验证码。', tooLong: '消息太长了，最多{0}个字。',
      offline: '网络不好，正在重试…', failed: '发送失败，请再试一次。', count: '{0}/{1}',
      attach: '发照片或PDF', fileTooLarge: '文件太大了，每个最多5MB。请压缩照片或分开发送。', uploading: '正在发送 {0}…'
    },
    en: {
      title: 'Warmline', other: '中文', intro: 'Hello! Tell us what you need: getting home, unpaid wages, or work.',
      placeholder: 'Type a message…', send: 'Send', addPhone: 'Add my phone', phoneLabel: 'Mobile number (for SMS notices)',
      sendCode: 'Send code', confirm: 'Confirm', codeSent: 'We sent a code to {0}. Enter the 6 digits:',
      phoneOk: 'Your phone: {0}', badPhone: 'That number does not look right. Please check it.',
      tooMany: 'Too many codes. Please try again in an hour.', smsDown: 'We cannot send SMS right now. Please try later.',
      wrongCode: 'That code is not right. {0} tries left.', codeDead: 'That code no longer works. Please ask for a new one.',
      codeFormat: 'Please enter the 6-digit code.', tooLong: 'That message is too long (at most {0} characters).',
      offline: 'Connection is poor, retrying…', failed: 'Could not send. Please try again.', count: '{0}/{1}',
      attach: 'Send a photo or PDF', fileTooLarge: 'That file is too big (5 MB at most). Please send a smaller photo or split it.',
      uploading: 'Sending {0}…'
    }
  };
  var store = window.localStorage || { getItem: function () { return null; }, setItem: function () {}, removeItem: function () {} };
  var lang = store.getItem('warmline.lang') === 'en' ? 'en' : 'zh';
  var chatId = store.getItem('warmline.chatId');
  var last = 0, seen = {}, queue = [], busy = false, es = null, phone = null, readTimer = null;

  function $(id) { return document.getElementById(id); }
  function t(key, a, b) { return T[lang][key].replace('{0}', a).replace('{1}', b); }

  function api(method, path, body, done) {
    var x = new XMLHttpRequest();
    x.open(method, API + path);
    x.timeout = 30000;
    x.setRequestHeader('Accept', 'application/json');
    if (body) { x.setRequestHeader('Content-Type', 'application/json'); }
    x.onload = function () {
      var json = {};
      try { json = x.responseText ? JSON.parse(x.responseText) : {}; } catch (e) { json = {}; }
      done(x.status, json);
    };
    x.onerror = x.ontimeout = function () { done(0, {}); };
    x.send(body ? JSON.stringify(body) : null);
  }

  function uuid() {
    var b = new Uint8Array(16), i, h = '';
    if (window.crypto && window.crypto.getRandomValues) { window.crypto.getRandomValues(b); } else { for (i = 0; i < 16; i++) { b[i] = Math.random() * 256; } }
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    for (i = 0; i < 16; i++) { h += (b[i] + 256).toString(16).slice(1); if (i === 3 || i === 5 || i === 7 || i === 9) { h += '-'; } }
    return h;
  }

  function labels() {
    var all = document.querySelectorAll('[data-i18n]'), i;
    for (i = 0; i < all.length; i++) { all[i].textContent = T[lang][all[i].getAttribute('data-i18n')]; }
    $('text').setAttribute('placeholder', T[lang].placeholder);
    $('attach').setAttribute('title', T[lang].attach);
    $('attach').setAttribute('aria-label', T[lang].attach);
    $('lang').textContent = T[lang].other;
    $('lang').setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
    document.documentElement.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    document.title = T[lang].title;
    showPhone();
  }

  function add(m) {
    if (!m || seen[m.id]) { return; }
    seen[m.id] = true;
    var li = document.createElement('li');
    li.className = m.direction === 'INBOUND' ? 'in' : 'out';
    li.setAttribute('data-id', m.id);
    li.textContent = m.body;
    var list = $('messages'), before = null, items = list.querySelectorAll('li[data-id]'), i;
    if (m.id < last) {
      for (i = 0; i < items.length; i++) { if (+items[i].getAttribute('data-id') > m.id) { before = items[i]; break; } }
    }
    list.insertBefore(li, before || list.querySelector('li.pending'));
    if (m.id > last) { last = m.id; }
    $('intro').hidden = true;
    scroll();
    if (m.direction !== 'INBOUND') { markRead(); }
  }

  // read receipt: staff see READ once the worker had the messages on screen
  function markRead() {
    if (!chatId || !last || document.visibilityState === 'hidden') { return; }
    clearTimeout(readTimer);
    readTimer = setTimeout(function () { api('POST', '/' + chatId + '/read', { upTo: last }, function () {}); }, 1000);
  }

  function scroll() { var main = document.querySelector('main'); main.scrollTop = main.scrollHeight; }

  function poll() {
    if (!chatId) { return; }
    api('GET', '/' + chatId + '/messages?after=' + last, null, function (status, json) {
      if (status === 200) { (json.messages || []).forEach(add); }
    });
  }

  function openStream() {
    if (es) { es.close(); es = null; }
    if (!window.EventSource) { setInterval(poll, 5000); poll(); return; }
    es = new EventSource(API + '/' + chatId + '/events?after=' + last);
    es.onmessage = function (e) { try { add(JSON.parse(e.data)); } catch (ignored) { /* not ours */ } };
    es.onopen = function () { $('error').textContent = ''; };
    es.onerror = function () {
      // the browser retries by itself (sending Last-Event-ID); when it gives up, start again later
      if (es && es.readyState === 2) { es = null; setTimeout(openStream, 5000); poll(); }
    };
  }

  function start() {
    api('POST', '', chatId ? { chatId: chatId, language: lang } : { language: lang }, function (status, json) {
      if (status === 404) { chatId = null; store.removeItem('warmline.chatId'); start(); return; }
      if (status !== 200 && status !== 201) { $('error').textContent = t('offline'); setTimeout(start, 5000); return; }
      chatId = json.chatId;
      store.setItem('warmline.chatId', chatId);
      phone = json.phone;
      showPhone();
      openStream();
      pump();
    });
  }

  function pump() {
    if (busy || !queue.length || !chatId) { return; }
    busy = true;
    var m = queue[0];
    api('POST', '/' + chatId + '/messages', { clientMessageId: m.id, body: m.body }, function (status, json) {
      busy = false;
      if (status === 0 || status >= 500) { $('error').textContent = t('offline'); setTimeout(pump, 3000); return; }
      if (status === 404) { chatId = null; store.removeItem('warmline.chatId'); start(); return; }
      queue.shift();
      m.li.parentNode.removeChild(m.li);
      if (status === 200) {
        $('error').textContent = '';
        poll();
      } else {
        $('error').textContent = json.maxLength ? t('tooLong', json.maxLength) : t('failed');
        // what the worker typed goes back into the box to correct and send again (unless they typed on)
        if (!$('text').value) { $('text').value = m.body; count(); }
      }
      pump();
    });
  }

  function send(e) {
    e.preventDefault();
    var body = $('text').value;
    if (body.length > MAX) { $('error').textContent = t('tooLong', MAX); return; }
    // only spaces or line breaks: nothing to send (the server refuses it too)
    if (body.length > 0 && !/[^\s\u200b-\u200d\u2060\ufeff]/.test(body)) { $('text').value = ''; count(); return; }
    var li = document.createElement('li');
    li.className = 'in pending';
    li.textContent = body;
    $('messages').appendChild(li);
    scroll();
    queue.push({ id: uuid(), body: body, li: li });
    $('text').value = '';
    count();
    pump();
  }

  // a photo or PDF: the body is the file itself; the server reads its real type and answers in our language
  function upload() {
    var input = $('file'), file = input.files && input.files[0];
    input.value = '';
    if (!file || !chatId) { return; }
    if (file.size > MAX_FILE) { $('error').textContent = t('fileTooLarge'); return; }
    var li = document.createElement('li');
    li.className = 'in pending';
    li.textContent = t('uploading', file.name);
    $('messages').appendChild(li);
    scroll();
    var x = new XMLHttpRequest();
    x.open('POST', API + '/' + chatId + '/files?clientMessageId=' + uuid() + '&name=' + encodeURIComponent(file.name));
    x.timeout = 120000;
    x.setRequestHeader('Accept', 'application/json');
    x.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    x.onload = function () {
      var json = {};
      try { json = x.responseText ? JSON.parse(x.responseText) : {}; } catch (e) { json = {}; }
      li.parentNode.removeChild(li);
      $('error').textContent = x.status === 200 || x.status === 201 ? '' : (json.reply || t('failed'));
      poll();
    };
    x.onerror = x.ontimeout = function () { li.parentNode.removeChild(li); $('error').textContent = t('failed'); };
    x.send(file);
  }

  function count() {
    var n = $('text').value.length;
    $('count').textContent = n > MAX - 200 ? t('count', n, MAX) : '';
    $('send-btn').disabled = n > MAX;
  }

  function showPhone() {
    $('phone-status').textContent = phone ? t('phoneOk', phone) : '';
    $('phone-open').hidden = !!phone;
  }

  function phoneMsg(text, ok) { $('phone-msg').textContent = text; $('phone-msg').className = ok ? 'ok' : ''; }

  function requestCode(e) {
    e.preventDefault();
    api('POST', '/' + chatId + '/phone', { phone: $('phone-input').value }, function (status, json) {
      if (status === 202) {
        $('code-label').textContent = t('codeSent', json.phone);
        $('phone-form').hidden = true; $('code-form').hidden = false; phoneMsg('');
        $('code-input').focus();
      } else {
        phoneMsg(status === 400 ? t('badPhone') : status === 429 ? t('tooMany') : t('smsDown'));
      }
    });
  }

  function confirmCode(e) {
    e.preventDefault();
    api('POST', '/' + chatId + '/phone/code', { code: $('code-input').value }, function (status, json) {
      $('code-input').value = '';
      if (status === 200) {
        phone = json.phone; $('code-form').hidden = true; phoneMsg(''); showPhone();
        openStream(); // the chat may now belong to the worker who already had this phone
      } else if (status === 400 && json.title === 'Wrong code') {
        phoneMsg(t('wrongCode', json.attemptsLeft));
      } else if (status === 400) {
        phoneMsg(t('codeFormat'));
      } else if (status === 410) {
        phoneMsg(t('codeDead')); $('code-form').hidden = true; $('phone-form').hidden = false;
      } else {
        phoneMsg(t('offline'));
      }
    });
  }

  function init() {
    labels();
    $('send').addEventListener('submit', send);
    $('text').addEventListener('input', count);
    $('text').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { send(e); }
    });
    $('lang').addEventListener('click', function () {
      lang = lang === 'zh' ? 'en' : 'zh';
      store.setItem('warmline.lang', lang);
      labels();
      if (chatId) { api('POST', '', { chatId: chatId, language: lang }, function () {}); }
    });
    $('phone-open').addEventListener('click', function () {
      $('phone-form').hidden = !$('phone-form').hidden; $('phone-input').focus();
    });
    $('attach').addEventListener('click', function () { $('file').click(); });
    $('file').addEventListener('change', upload);
    $('phone-form').addEventListener('submit', requestCode);
    $('code-form').addEventListener('submit', confirmCode);
    document.addEventListener('visibilitychange', markRead);
    start();
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
