// Warmline SMS simulator page. All message text is rendered with textContent, never as HTML.
(function () {
  'use strict';
  var phone = document.getElementById('phone');
  var body = document.getElementById('body');
  var errorBox = document.getElementById('error');
  var segments = document.getElementById('segments');

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) { td.className = className; }
    row.appendChild(td);
  }

  var sendButton = document.querySelector('#send-form button[type=submit]');
  // A failed send stays on screen until the next send; a failed refresh until the next refresh works.
  var sendError = '', loadError = '';
  function showErrors() {
    var text = [sendError, loadError].filter(Boolean).join(' · ');
    errorBox.textContent = text;
    errorBox.hidden = !text;
  }

  // The JSON of an answer, or an Error saying what went wrong (problem+json detail, else the HTTP status).
  function json(r) {
    return r.text().then(function (text) {
      var data = null;
      try { data = JSON.parse(text); } catch (ignored) { /* not JSON: an error page */ }
      if (!r.ok || data === null) {
        throw new Error((data && (data.detail || data.title)) || ('HTTP ' + r.status + ' ' + r.statusText));
      }
      return data;
    });
  }

  // GSM-7 / UCS-2 estimate for the hint; the server counts authoritatively.
  var GSM = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
  var EXT = '^{}\\[~]|€\f';
  function countSegments(text) {
    var gsm = true, units = 0, i;
    for (i = 0; i < text.length; i++) {
      if (GSM.indexOf(text[i]) < 0 && EXT.indexOf(text[i]) < 0) { gsm = false; break; }
    }
    if (gsm) {
      for (i = 0; i < text.length; i++) { units += EXT.indexOf(text[i]) >= 0 ? 2 : 1; }
      return units <= 160 ? 1 : Math.ceil(units / 153);
    }
    units = text.length;
    return units <= 70 ? 1 : Math.ceil(units / 67);
  }
  body.addEventListener('input', function () {
    segments.textContent = body.value ? countSegments(body.value) + ' segment(s)' : '';
  });

  function render(data) {
    var list = document.getElementById('transcript');
    list.replaceChildren();
    data.transcript.forEach(function (line) {
      var li = document.createElement('li');
      li.className = line.direction;
      li.textContent = line.body;
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = '#' + line.id + ' · ' + line.status + ' · ' + line.createdAt;
      li.appendChild(meta);
      list.appendChild(li);
    });
    var tbody = document.querySelector('#outbound tbody');
    tbody.replaceChildren();
    data.outbound.forEach(function (m) {
      var tr = document.createElement('tr');
      cell(tr, m.id);
      cell(tr, m.kind || 'TwiML reply');
      cell(tr, m.status);
      cell(tr, [m.errorCode, m.errorMessage].filter(Boolean).join(' '));
      cell(tr, m.segments);
      cell(tr, m.body, 'text');
      tbody.appendChild(tr);
    });
  }

  function refresh() {
    if (!phone.value) { return; }
    fetch('/simulator/api/messages?phone=' + encodeURIComponent(phone.value), { cache: 'no-store' })
      .then(json)
      .then(function (data) { loadError = ''; showErrors(); render(data); })
      .catch(function (e) { loadError = 'Cannot load messages: ' + (e.message || e); showErrors(); });
  }

  document.getElementById('send-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = body.value;
    sendButton.disabled = true;
    fetch('/simulator/api/send', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone: phone.value, body: text })
    })
      .then(json)
      .then(function (answer) {
        if (answer.status !== 200) {
          // the webhook refused it: keep the text so it can be corrected and sent again
          throw new Error((answer.detail || 'the webhook refused the message') + ' (HTTP ' + answer.status + ')');
        }
        sendError = '';
        if (body.value === text) {
          body.value = '';
          segments.textContent = '';
        }
        refresh();
      })
      .catch(function (e) { sendError = 'Not sent: ' + (e.message || e); })
      .then(function () { sendButton.disabled = false; showErrors(); body.focus(); });
  });

  phone.addEventListener('change', refresh);
  refresh();
  setInterval(refresh, 2000);
})();
