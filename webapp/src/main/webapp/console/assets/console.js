// Warmline operator console. Every action is a call of the documented JSON API (/openapi); worker
// text is only ever put into the page with textContent, never as HTML. No inline script (CSP).
(function () {
  'use strict';

  // words, API client, problem display and DOM helpers: the shared module (warmline.js); the words are
  // the console.* keys of the bundles i18n/console_zh|en.properties
  var W = window.Warmline;
  var t = W.t, $ = W.$, el = W.el, clear = W.clear, label = W.label;
  var lang = W.language();
  var me = null;
  var page = 0;
  var current = null;
  var colleagues = [];
  var canned = [];
  var reloadTimer = null;
  var connected = false;
  var centreList = [];

  // a centre's name in the page's language (its code if unknown)
  function centreName(code) {
    var c = centreList.filter(function (x) { return x.code === code; })[0];
    return c ? (lang === 'en' ? c.nameEn : c.nameZh) : (code || '');
  }
  function pickupText(seconds) {
    return seconds % 60 === 0 ? t('minutesLong').replace('{n}', seconds / 60) : t('secondsLong').replace('{n}', seconds);
  }
  // why a conversation climbed to its centre: "无人值守，已上转：广东帮扶中心 → 总部热线"
  function climbText(climb) {
    if (!climb) { return ''; }
    return t('climb_' + climb.reason).replace('{from}', centreName(climb.path[0]))
      .replace('{time}', climb.limitSeconds ? pickupText(climb.limitSeconds) : '')
      .replace('{path}', climb.path.map(centreName).join(' → '));
  }

  // A worker's MMS media as links to open: only absolute http(s) URLs become links (a javascript: or
  // data: URL never does); the label is ours, the URL is set as an attribute, never as HTML.
  function webUrl(u) {
    try { var p = new URL(String(u)); return (p.protocol === 'https:' || p.protocol === 'http:') ? p.href : null; }
    catch (e) { return null; }
  }
  function mediaLinks(media, into) {
    if (!media || !media.length) { return; }
    var box = el('div', null, 'msg-media');
    media.forEach(function (item, i) {
      var href = webUrl(item && item.url);
      if (!href) { return; }
      var image = item.contentType && String(item.contentType).indexOf('image/') === 0;
      var a = el('a', t(image ? 'attachmentImage' : 'attachment').replace('{n}', String(i + 1)), 'msg-media-link');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      if (item.contentType) { a.title = String(item.contentType); }
      box.appendChild(a);
    });
    if (box.firstChild) { into.appendChild(box); }
  }
  function flash(text, isError) { W.flash(text, isError, 4000); }

  var api = W.api;
  function fail(e) { if (e.message !== '401') { flash(t('error') + e.message, true); } }

  // What the operator typed survives a sign-in again: kept in this tab's sessionStorage on a 401,
  // put back when the same conversation is opened after signing in.
  var DRAFT = 'warmline.draft';
  function keepDraft() {
    var reply = $('reply-text').value, note = $('note-text').value;
    if (current && (reply.trim() || note.trim())) {
      sessionStorage.setItem(DRAFT, JSON.stringify({ id: current.id, reply: reply, note: note }));
    }
  }
  function restoreDraft(id) {
    var draft = null;
    try { draft = JSON.parse(sessionStorage.getItem(DRAFT)); } catch (e) { draft = null; }
    if (!draft || draft.id !== id) { return; }
    sessionStorage.removeItem(DRAFT);
    if (!$('reply-text').value) { $('reply-text').value = draft.reply || ''; }
    if (!$('note-text').value) { $('note-text').value = draft.note || ''; }
    updateSegments();
    flash(t('draftKept'));
  }

  function applyLanguage() {
    W.applyTexts();
    showLive();
    if (me) { showDuty(); }
  }
  function showLive() {
    $('live').textContent = connected ? t('liveOn') : t('liveOff');
    $('live').className = connected ? 'live on' : 'live';
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) { return '—'; }
    if (seconds < 60) { return seconds + t('seconds'); }
    if (seconds < 3600) { return Math.floor(seconds / 60) + t('minutes'); }
    return Math.floor(seconds / 3600) + t('hours') + ' ' + Math.floor((seconds % 3600) / 60) + t('minutes');
  }
  function when(iso) { return iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN') : ''; }

  // ---- routing ----
  function route() {
    var draft = sessionStorage.getItem(DRAFT);
    var hash = location.hash || (draft ? '#/c/' + JSON.parse(draft).id : '#/queue');
    ['queue', 'conversation', 'dashboard', 'audit', 'admin'].forEach(function (v) { $('view-' + v).hidden = true; });
    var m = hash.match(/^#\/c\/(\d+)$/);
    current = null;
    if (m) {
      // nothing of a conversation shows until the server says this user may see it
      $('c-body').hidden = true;
      $('c-denied').hidden = true;
      $('view-conversation').hidden = false;
      openConversation(Number(m[1]));
      return;
    }
    if (hash === '#/dashboard') { $('view-dashboard').hidden = false; loadDashboard(); return; }
    if (hash === '#/audit') { $('view-audit').hidden = false; loadAudit(); return; }
    if (hash === '#/admin') { $('view-admin').hidden = false; loadUsers(); return; }
    $('view-queue').hidden = false;
    loadQueue();
  }

  // ---- queue ----
  function queueQuery() {
    var p = new URLSearchParams();
    var pairs = { q: $('f-q').value, status: $('f-status').value, service: $('f-service').value,
      priority: $('f-priority').value, label: $('f-label').value, centre: $('f-centre').value };
    Object.keys(pairs).forEach(function (k) { if (pairs[k]) { p.set(k, pairs[k].trim()); } });
    if ($('f-mine').checked) { p.set('mine', 'true'); }
    if ($('f-unassigned').checked) { p.set('unassigned', 'true'); }
    p.set('page', String(page));
    p.set('size', '50');
    return p.toString();
  }
  function loadQueue() {
    return api('GET', '/api/helpdesk/conversations?' + queueQuery()).then(function (data) {
      $('q-total').textContent = data.total;
      $('page-no').textContent = String(page + 1);
      $('prev').disabled = page === 0;
      $('next').disabled = (page + 1) * data.size >= data.total;
      var body = $('queue-body');
      clear(body);
      data.items.forEach(function (c) {
        var tr = el('tr');
        tr.tabIndex = 0;
        tr.className = 'row pr-' + c.priority.toLowerCase();
        tr.setAttribute('data-id', c.id);
        var pr = el('td');
        pr.appendChild(el('span', t('pr_' + c.priority), 'badge pr-' + c.priority.toLowerCase()));
        if (c.urgentReason) { pr.title = t('urgentBecause') + c.urgentReason; }
        tr.appendChild(pr);
        tr.appendChild(el('td', t('st_' + c.status)));
        tr.appendChild(el('td', phoneText(c)));
        tr.appendChild(el('td', c.preview || '', 'preview'));
        tr.appendChild(el('td', c.service ? t('sv_' + c.service) : '—'));
        tr.appendChild(el('td', (c.labels || []).join(', ')));
        tr.appendChild(el('td', c.assignee || t('nobody')));
        var centreCell = el('td', centreName(c.centre));
        if (c.climb) { centreCell.appendChild(el('div', climbText(c.climb), 'climb')); }
        tr.appendChild(centreCell);
        tr.appendChild(el('td', duration(c.waitingSeconds)));
        tr.addEventListener('click', function () { location.hash = '#/c/' + c.id; });
        tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') { location.hash = '#/c/' + c.id; } });
        body.appendChild(tr);
      });
    }).catch(fail);
  }

  // a worker without a phone (web chat only) is masked as 'chat' by the server: said in words, never as the code
  function hasPhone(c) { return !!c.phone && c.phone !== 'chat'; }
  function phoneText(c) { return hasPhone(c) ? c.phone : t('chatOnly'); }

  // ---- one conversation ----
  function openConversation(id) {
    return api('GET', '/api/helpdesk/conversations/' + id).then(function (d) {
      current = d.ticket;
      var c = d.ticket;
      $('c-denied').hidden = true;
      $('c-body').hidden = false;
      $('c-id').textContent = c.id;
      $('c-phone').textContent = phoneText(c);
      $('c-reveal').hidden = !hasPhone(c); // a chat-only worker has no number to show
      $('reply-text').placeholder = t(c.channel === 'chat' ? 'replyChatPlaceholder' : 'replyPlaceholder');
      var meta = [t('st_' + c.status), t('pr_' + c.priority), c.service ? t('sv_' + c.service) : '—', centreName(c.centre),
        t('waiting') + ' ' + duration(c.waitingSeconds)];
      if (c.urgentReason) { meta.push(t('urgentBecause') + c.urgentReason); }
      if (c.climb) { meta.push(climbText(c.climb)); }
      if (c.status === 'SNOOZED') { meta.push(c.snoozedUntil ? t('snoozedUntil') + when(c.snoozedUntil) : t('snoozedNext')); }
      $('c-meta').textContent = meta.join(' · ');
      $('c-status').value = c.status;
      $('c-priority').value = c.priority;
      $('c-service').value = c.service || '';
      $('c-labels').value = (c.labels || []).join(', ');
      var sel = $('c-assignee');
      clear(sel);
      var none = el('option', t('nobody'));
      none.value = '';
      sel.appendChild(none);
      colleagues.forEach(function (u) {
        var o = el('option', u.username);
        o.value = u.username;
        sel.appendChild(o);
      });
      sel.value = c.assignee || '';
      var list = $('c-messages');
      clear(list);
      d.messages.forEach(function (m) {
        var sender = m.sender || (m.direction === 'INBOUND' ? 'WORKER' : 'BOT');
        var li = el('li', null, 'msg ' + m.direction.toLowerCase() + ' sender-' + sender.toLowerCase());
        li.setAttribute('data-message-id', String(m.id));
        li.setAttribute('data-sender', sender);
        // who wrote it: the worker, the bot, an operator by name, or a notice
        var who = sender === 'OPERATOR' && m.author ? m.author : t('sender_' + sender);
        var head = el('div', null, 'msg-head');
        head.appendChild(el('span', who, 'msg-author'));
        head.appendChild(document.createTextNode(' · ' + when(m.createdAt)));
        if (m.direction === 'OUTBOUND') { head.appendChild(el('span', label('ds_', m.status), 'delivery delivery-' + String(m.status).toLowerCase())); }
        li.appendChild(head);
        li.appendChild(el('div', m.body, 'msg-body'));
        mediaLinks(m.media, li);
        list.appendChild(li);
      });
      list.scrollTop = list.scrollHeight;
      restoreDraft(c.id);
      var file = $('c-file');
      clear(file);
      if (!d.file.length) { file.appendChild(el('li', t('fileEmpty'))); }
      var linkedIds = {};
      d.escalations.forEach(function (x) { linkedIds[x.service.toLowerCase() + ':' + x.requestId] = true; });
      d.file.forEach(function (f) {
        var li = el('li');
        li.appendChild(el('div', t(f.service) + ' #' + f.id + ' · ' + label('fs_', f.status) + ' · ' + when(f.createdAt), 'msg-head'));
        li.appendChild(el('div', f.summary, 'msg-body'));
        if (f.kind === 'trip-request' && ['CONFIRMED', 'WAITLISTED', 'OFFERED', 'SEAT_CONFIRMED'].indexOf(f.status) >= 0) {
          li.appendChild(tripRequestEditor(f.id));
        }
        if (linkedIds[f.service + ':' + f.id]) {
          li.appendChild(el('span', t('linked'), 'meta'));
        } else {
          var b = el('button', t('link'), 'file-link');
          b.type = 'button';
          b.setAttribute('data-link', f.service.toUpperCase() + ':' + f.id);
          b.addEventListener('click', function () {
            postEscalation('/links', { service: f.service.toUpperCase(), requestId: f.id });
          });
          li.appendChild(b);
        }
        file.appendChild(li);
      });
      var escalations = $('c-escalations');
      clear(escalations);
      if (!d.escalations.length) { escalations.appendChild(el('li', t('escNone'))); }
      d.escalations.forEach(function (x) {
        var li = el('li', null, 'escalation');
        li.setAttribute('data-kind', x.kind);
        li.appendChild(el('div', t(x.kind) + ' #' + x.requestId + ' · ' + t('mode_' + x.mode), 'msg-body'));
        li.appendChild(el('div', x.actor + ' · ' + when(x.createdAt), 'msg-head'));
        escalations.appendChild(li);
      });
      var notes = $('c-notes');
      clear(notes);
      d.notes.forEach(function (n) {
        var li = el('li');
        li.appendChild(el('div', n.author + ' · ' + when(n.createdAt), 'msg-head'));
        li.appendChild(el('div', n.body, 'msg-body'));
        notes.appendChild(li);
      });
    }).catch(function (e) {
      if (e.status === 403 || e.status === 404) {
        // not this user's to see (or gone): the message and the way back to the queue, no controls
        current = null;
        $('c-body').hidden = true;
        $('c-denied').textContent = e.message;
        $('c-denied').hidden = false;
        return;
      }
      fail(e);
    });
  }
  // Change or cancel a worker's trip request from their conversation (issue 10): a reason is required,
  // the server checks the trip's rules, tells the worker and records the reason in the audit log.
  function tripRequestEditor(id) {
    var box = el('div', null, 'trip-request-edit');
    var open = el('button', t('rqEdit'), 'request-edit');
    open.type = 'button';
    var form = el('form', null, 'request-change');
    form.hidden = true;
    var kind = el('select');
    [['partySize', 'rqParty'], ['travelDate', 'rqDate'], ['destination', 'rqDestination'], ['cancel', 'rqCancel']]
      .forEach(function (k) { var o = el('option', t(k[1])); o.value = k[0]; kind.appendChild(o); });
    var value = el('input');
    var reason = el('textarea');
    reason.maxLength = 500;
    reason.rows = 2;
    reason.placeholder = t('rqReason');
    reason.className = 'request-reason';
    var tell = el('input');
    tell.type = 'checkbox';
    tell.checked = true;
    var tellLabel = el('label');
    tellLabel.appendChild(tell);
    tellLabel.appendChild(document.createTextNode(' ' + t('rqTell')));
    var error = el('p', null, 'esc-error');
    var submit = el('button', t('rqSubmit'), 'primary');
    submit.type = 'submit';
    function showKind() {
      value.hidden = kind.value === 'cancel';
      value.type = kind.value === 'partySize' ? 'number' : kind.value === 'travelDate' ? 'date' : 'text';
      value.value = '';
    }
    kind.addEventListener('change', showKind);
    showKind();
    [kind, value, reason, tellLabel, error, submit].forEach(function (n) { form.appendChild(n); });
    open.addEventListener('click', function () { form.hidden = !form.hidden; });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      error.textContent = '';
      if (!reason.value.trim()) { error.textContent = t('rqNeedReason'); return; }
      var body = { reason: reason.value.trim(), tellWorker: tell.checked };
      if (kind.value === 'partySize') { body.partySize = Number(value.value); }
      if (kind.value === 'travelDate') { body.travelDate = value.value; }
      if (kind.value === 'destination') { body.destination = value.value.trim(); }
      api('POST', '/api/returnhome/requests/' + id + '/' + (kind.value === 'cancel' ? 'cancel' : 'change'), body)
        .then(function () {
          flash(t('rqDone'));
          if (current) { openConversation(current.id); }
        }).catch(function (err) {
          var d = err.data;
          error.textContent = d && d.reason && W.has('cr_' + d.reason)
            ? t('rqRefused') + t('cr_' + d.reason).replace('{n}', String(d.number)) : err.message;
        });
    });
    box.appendChild(open);
    box.appendChild(form);
    return box;
  }
  function change(path, body) {
    if (!current) { return Promise.resolve(false); }
    return api('POST', '/api/helpdesk/conversations/' + current.id + path, body).then(function () {
      flash(t('saved'));
      openConversation(current.id);
      return true;
    }).catch(function (e) { fail(e); return false; });
  }

  // ---- escalate into a module: a form filled from the conversation, corrected, then sent ----
  var ESC_FIELDS = {
    RETURNHOME: [['destination', 'place'], ['origin', 'place'], ['travelDate', 'date'], ['earliestDate', 'date'],
      ['latestDate', 'date'], ['partySize', 'number'], ['notes', 'text']],
    LEGALAID: [['topic', ['WAGE_ARREARS', 'WORK_INJURY', 'LABOUR_CONTRACT', 'OTHER']], ['text', 'area'],
      ['employer', 'text'], ['site', 'place'], ['amountYuan', 'money'], ['monthsUnpaid', 'number'],
      ['coWorkersOwed', 'number'], ['evidence', ['ATTENDANCE_RECORD', 'IOU', 'CONTRACT', 'CHAT_RECORDS', 'PHOTOS'], 'multi'],
      ['urgent', 'check']],
    JOBS: [['want', ['JOB', 'TRAINING', 'STARTUP']], ['text', 'area'], ['trade', 'trade'], ['location', 'place'],
      ['availableFrom', 'date']]
  };
  var escService = null;
  function prefilled(service, drafts) {
    if (service === 'RETURNHOME') {
      var tr = drafts.trip;
      return { destination: tr.destinationCode, origin: tr.originCode, travelDate: tr.travelDate,
        earliestDate: tr.earliestDate, latestDate: tr.latestDate, partySize: tr.partySize, notes: tr.notes };
    }
    if (service === 'LEGALAID') {
      var l = drafts.legal;
      return { topic: l.topic, text: l.text, employer: l.employer, site: l.siteCode,
        amountYuan: l.amountFen == null ? null : (l.amountFen / 100).toFixed(2), monthsUnpaid: l.monthsUnpaid,
        coWorkersOwed: l.coWorkersOwed, evidence: l.evidence, urgent: l.urgent };
    }
    var j = drafts.job;
    return { want: j.want, text: j.text, trade: j.trade, location: j.locationCode, availableFrom: j.availableFrom };
  }
  function openEscalation(service) {
    if (!current) { return; }
    api('GET', '/api/helpdesk/conversations/' + current.id + '/escalation-drafts').then(function (drafts) {
      escService = service;
      var values = prefilled(service, drafts);
      var box = $('esc-fields');
      clear(box);
      $('esc-title').textContent = t('esc' + service);
      ESC_FIELDS[service].forEach(function (spec) {
        var name = spec[0], type = spec[1], v = values[name];
        var row = el('div', null, 'esc-row');
        var id = 'esc-f-' + name;
        var caption = el('label', t('f_' + name));
        caption.htmlFor = id;
        row.appendChild(caption);
        var input;
        if (Array.isArray(type) && spec[2] === 'multi') {
          input = el('span', null, 'esc-multi');
          input.id = id;
          type.forEach(function (opt) {
            var l = el('label', null, 'inline');
            var cb = document.createElement('input');
            cb.type = 'checkbox';
            cb.value = opt;
            cb.checked = (v || []).indexOf(opt) >= 0;
            l.appendChild(cb);
            l.appendChild(document.createTextNode(' ' + t(opt)));
            input.appendChild(l);
          });
        } else if (Array.isArray(type)) {
          input = document.createElement('select');
          type.forEach(function (opt) { var o = el('option', t(opt)); o.value = opt; input.appendChild(o); });
          input.value = v || type[0];
        } else if (type === 'area') {
          input = document.createElement('textarea');
          input.rows = 2;
          input.value = v == null ? '' : v;
        } else if (type === 'check') {
          input = document.createElement('input');
          input.type = 'checkbox';
          input.checked = !!v;
        } else {
          input = document.createElement('input');
          input.type = type === 'date' ? 'date' : type === 'number' ? 'number' : 'text';
          if (type === 'money') { input.inputMode = 'decimal'; }
          input.value = v == null ? '' : String(v);
        }
        if (!input.id) { input.id = id; }
        input.setAttribute('data-field', name);
        row.appendChild(input);
        if (type === 'place') {
          // a place by name with suggestions; the code goes to the server (places.js)
          window.WarmlinePlaces.attach(input, false);
          window.WarmlinePlaces.set(input, v ? { code: v, label: drafts.places[v] || v } : null);
          input.placeholder = t('placeHint');
        } else if (type === 'trade') {
          // the trade in words, read on the server as the bot reads it (焊工, 电焊 → welder)
          input.value = v ? label('tr_', v) || v : '';
          input.placeholder = t('tradeHint');
        }
        var err = el('span', '', 'esc-error');
        err.id = 'esc-err-' + name;
        row.appendChild(err);
        box.appendChild(row);
      });
      $('esc-form').hidden = false;
      var first = box.querySelector('input, select, textarea');
      if (first) { first.focus(); }
    }).catch(fail);
  }
  function escalationFields() {
    var fields = {};
    ESC_FIELDS[escService].forEach(function (spec) {
      var name = spec[0], type = spec[1], node = $('esc-f-' + name);
      if (Array.isArray(type) && spec[2] === 'multi') {
        fields[name] = Array.prototype.filter.call(node.querySelectorAll('input'), function (c) { return c.checked; })
          .map(function (c) { return c.value; });
      } else if (type === 'check') {
        fields[name] = node.checked;
      } else if (type === 'place') {
        fields[name] = window.WarmlinePlaces.code(node) || null;
      } else if (type === 'money') {
        var yuan = node.value.trim();
        // yuan with up to two decimals → fen, by the digits (no floating point)
        var m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(yuan);
        fields.amountFen = !yuan ? null : m ? Number(m[1]) * 100 + Number(((m[2] || '') + '00').slice(0, 2)) : yuan;
      } else {
        fields[name] = node.value.trim() === '' ? null : node.value.trim();
      }
    });
    return fields;
  }
  function postEscalation(path, body) {
    if (!current) { return Promise.resolve(false); }
    document.querySelectorAll('.esc-error').forEach(function (n) { n.textContent = ''; });
    return api('POST', '/api/helpdesk/conversations/' + current.id + path, body).then(function () {
      flash(t('saved'));
      $('esc-form').hidden = true;
      openConversation(current.id);
      return true;
    }).catch(function (e) {
      if (e.status === 422 && e.data && e.data.errors) {
        Object.keys(e.data.errors).forEach(function (f) {
          var n = $('esc-err-' + (f === 'amountFen' ? 'amountYuan' : f));
          if (n) { n.textContent = e.data.errors[f]; }
        });
      }
      fail(e);
      return false;
    });
  }

  // SMS segment count: the server's rules (GET /api/sms/segments), asked 250 ms after the operator
  // stops typing, the latest answer wins. The send button needs only a non-blank text; the server
  // refuses a reply that is too long, and the count says so beforehand.
  var segmentTimer = null, segmentAsked = 0;
  function updateSegments() {
    var text = $('reply-text').value;
    $('reply-send').disabled = !text.trim();
    clearTimeout(segmentTimer);
    if (!text) {
      // an empty draft is no SMS at all: no count
      segmentAsked++;
      $('reply-segments').textContent = '';
      return;
    }
    segmentTimer = setTimeout(function () {
      var asked = ++segmentAsked;
      api('GET', '/api/sms/segments?text=' + encodeURIComponent(text)).then(function (s) {
        if (asked !== segmentAsked) { return; }
        var line = t('segments').replace('{n}', s.segments).replace('{u}', s.units).replace('{e}', s.encoding);
        $('reply-segments').textContent = s.sendable ? line : line + ' · ' + t('tooLong');
        $('reply-send').disabled = !s.sendable || !$('reply-text').value.trim();
      }).catch(function () { $('reply-segments').textContent = ''; });
    }, 250);
  }

  // ---- dashboard: counts and a 14-day SVG bar chart ----
  function loadDashboard() {
    return api('GET', '/api/helpdesk/dashboard').then(function (d) {
      var cards = $('dash-cards');
      clear(cards);
      function card(label, value) {
        var c = el('div', null, 'card');
        c.appendChild(el('div', value, 'card-value'));
        c.appendChild(el('div', label, 'card-label'));
        cards.appendChild(c);
      }
      card(t('todayNew'), d.todayNew);
      Object.keys(d.byStatus).forEach(function (s) { card(t('st_' + s), d.byStatus[s]); });
      Object.keys(d.byService).forEach(function (s) { card(t('sv_' + s), d.byService[s]); });
      Object.keys(d.byCentre).forEach(function (s) { card(centreName(s), d.byCentre[s]); }); // by name, not the code
      card(t('avgFirst'), duration(d.averageFirstResponseSeconds));
      card(t('longestWait'), duration(d.longestWaitingSeconds));
      // cover per centre, and (supervisors, admins) a warning for each centre with work and nobody on duty
      var warnings = $('dash-warnings');
      clear(warnings);
      (d.warnings || []).forEach(function (w) {
        var p = el('p', t('warn_' + w.warning).replace('{c}', lang === 'en' ? w.nameEn : w.nameZh), 'warning');
        p.setAttribute('data-centre', w.code);
        warnings.appendChild(p);
      });
      var cover = $('cover-body');
      clear(cover);
      (d.centres || []).forEach(function (c) {
        var tr = el('tr', null, c.warning ? 'uncovered' : '');
        tr.setAttribute('data-centre', c.code);
        [lang === 'en' ? c.nameEn : c.nameZh, c.operators, c.onDuty, c.waiting, duration(c.longestWaitSeconds)]
          .forEach(function (v) { tr.appendChild(el('td', v)); });
        cover.appendChild(tr);
      });
      var NS = 'http://www.w3.org/2000/svg';
      var max = Math.max.apply(null, d.days.map(function (x) { return Math.max(x.created, x.resolved); }).concat([1]));
      var svg = document.createElementNS(NS, 'svg');
      svg.setAttribute('viewBox', '0 0 700 220');
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', t('last14'));
      d.days.forEach(function (day, i) {
        [['created', day.created], ['resolved', day.resolved]].forEach(function (pair, j) {
          var h = Math.round(170 * pair[1] / max);
          var r = document.createElementNS(NS, 'rect');
          r.setAttribute('x', String(10 + i * 49 + j * 20));
          r.setAttribute('y', String(190 - h));
          r.setAttribute('width', '18');
          r.setAttribute('height', String(h));
          r.setAttribute('class', 'bar-' + pair[0]);
          var title = document.createElementNS(NS, 'title');
          title.textContent = day.date + ' ' + t(pair[0]) + ': ' + pair[1];
          r.appendChild(title);
          svg.appendChild(r);
        });
        var label = document.createElementNS(NS, 'text');
        label.setAttribute('x', String(10 + i * 49));
        label.setAttribute('y', '210');
        label.textContent = day.date.substring(5);
        svg.appendChild(label);
      });
      var chart = $('dash-chart');
      clear(chart);
      chart.appendChild(svg);
    }).catch(fail);
  }

  function loadAudit() {
    return api('GET', '/api/audit?limit=200').then(function (list) {
      var body = $('audit-body');
      clear(body);
      list.forEach(function (a) {
        var tr = el('tr');
        [when(a.at), a.actor, a.action, a.subjectType + ' ' + a.subjectId, a.detail || ''].forEach(function (v) { tr.appendChild(el('td', v)); });
        body.appendChild(tr);
      });
    }).catch(fail);
  }

  // the centres first: each user's centre list shows every centre, also one just added
  function loadUsers() {
    return loadCentres().then(function () { return api('GET', '/api/admin/users'); }).then(function (list) {
      var body = $('users-body');
      clear(body);
      list.forEach(function (u) {
        var tr = el('tr');
        tr.appendChild(el('td', u.username));
        tr.setAttribute('data-user', u.username);
        var rolesCell = el('td');
        rolesCell.appendChild(el('div', u.roles.map(function (r) { return t('rl_' + r); }).join(lang === 'zh' ? '、' : ', '), 'u-role-names'));
        var roles = document.createElement('select');
        roles.multiple = true;
        roles.size = 3;
        roles.className = 'u-roles';
        roles.setAttribute('aria-label', t('roles'));
        ['OPERATOR', 'COORDINATOR', 'LEGAL_AID', 'JOB_COUNSELOR', 'SUPERVISOR', 'ADMIN'].forEach(function (r) {
          var o = el('option', t('rl_' + r));
          o.value = r;
          o.selected = u.roles.indexOf(r) >= 0;
          roles.appendChild(o);
        });
        rolesCell.appendChild(roles);
        tr.appendChild(rolesCell);
        var centreCell = el('td');
        var centre = document.createElement('select');
        centre.className = 'u-centre';
        centre.setAttribute('aria-label', t('centre'));
        centreList.forEach(function (c) {
          var o = el('option', lang === 'en' ? c.nameEn : c.nameZh);
          o.value = c.code;
          centre.appendChild(o);
        });
        centre.value = u.centre;
        centreCell.appendChild(centre);
        tr.appendChild(centreCell);
        // an operator's 在岗 / 离岗 switch next to the account's state
        tr.appendChild(el('td', (u.enabled ? t('enabled') : t('disabled'))
          + (u.roles.indexOf('OPERATOR') >= 0 ? ' · ' + (u.onDuty ? t('onDuty') : t('offDuty')) : '')));
        var td = el('td');
        var toggle = el('button', u.enabled ? t('disable') : t('enable'));
        toggle.type = 'button';
        toggle.addEventListener('click', function () {
          api('POST', '/api/admin/users/' + encodeURIComponent(u.username) + (u.enabled ? '/disable' : '/enable'))
            .then(loadUsers).catch(fail);
        });
        var reset = el('button', t('resetPassword'));
        reset.type = 'button';
        reset.addEventListener('click', function () {
          api('POST', '/api/admin/users/' + encodeURIComponent(u.username) + '/password', {})
            .then(function (r) { flash(t('newPassword') + r.password); }).catch(fail);
        });
        var saveUser = el('button', t('save'), 'u-save');
        saveUser.type = 'button';
        saveUser.addEventListener('click', function () {
          var chosen = Array.prototype.map.call(roles.selectedOptions, function (o) { return o.value; });
          api('PUT', '/api/admin/users/' + encodeURIComponent(u.username), { roles: chosen, centre: centre.value })
            .then(function () { flash(t('saved')); loadUsers(); })
            .catch(function (e) { fail(fieldErrors(e, tr)); });
        });
        td.appendChild(saveUser);
        td.appendChild(toggle);
        td.appendChild(reset);
        tr.appendChild(td);
        body.appendChild(tr);
      });
    }).catch(fail);
  }

  // a 422's errors per field shown next to the fields of a row (elements with data-field); the error itself
  // is returned for the flash message
  function fieldErrors(e, row) {
    row.querySelectorAll('.field-error').forEach(function (n) { n.parentNode.removeChild(n); });
    if (e.status === 422 && e.data && e.data.errors) {
      Object.keys(e.data.errors).forEach(function (f) {
        var input = row.querySelector('[data-field="' + f + '"]') || row.querySelector('.u-' + f);
        // the server's words are English: the Chinese page says it from its own bundle
        var text = lang === 'en' || !W.has('fe_' + f) ? e.data.errors[f] : t('fe_' + f);
        if (input) { input.parentNode.appendChild(el('span', text, 'field-error')); }
      });
    }
    return e;
  }

  // ---- help centres (admins): names, regions, parent, pick-up times; one editable row each, one to add ----
  function loadCentres() {
    return api('GET', '/api/admin/centres').then(function (list) {
      centreList = list;
      var body = $('centres-body');
      clear(body);
      list.concat([null]).forEach(function (c) {
        var tr = el('tr');
        tr.setAttribute('data-centre', c ? c.code : '');
        function input(field, value, size) {
          var td = el('td');
          var i = document.createElement('input');
          i.setAttribute('data-field', field);
          i.setAttribute('aria-label', t(field === 'code' ? 'centreCode' : field));
          i.size = size;
          i.value = value === null || value === undefined ? '' : String(value);
          td.appendChild(i);
          tr.appendChild(td);
          return i;
        }
        var code = c ? null : input('code', '', 4);
        if (c) { tr.appendChild(el('td', c.code)); }
        var zh = input('nameZh', c && c.nameZh, 10);
        var en = input('nameEn', c && c.nameEn, 14);
        var regions = input('regions', c ? c.regions.join(',') : '', 10);
        var parentTd = el('td');
        var parent = document.createElement('select');
        parent.setAttribute('data-field', 'parent');
        parent.setAttribute('aria-label', t('parent'));
        var none = el('option', t('topCentre'));
        none.value = '';
        parent.appendChild(none);
        list.forEach(function (p) {
          if (c && p.code === c.code) { return; }
          var o = el('option', lang === 'en' ? p.nameEn : p.nameZh);
          o.value = p.code;
          parent.appendChild(o);
        });
        parent.value = c && c.parent ? c.parent : '';
        parentTd.appendChild(parent);
        tr.appendChild(parentTd);
        function minutes(seconds) { return seconds === null || seconds === undefined ? '' : String(seconds / 60); }
        var urgent = input('urgentPickupSeconds', c ? minutes(c.urgentPickupSeconds) : '', 4);
        var normal = input('normalPickupSeconds', c ? minutes(c.normalPickupSeconds) : '', 4);
        var td = el('td');
        var save = el('button', c ? t('save') : t('addCentre'), 'c-save');
        save.type = 'button';
        save.addEventListener('click', function () {
          function seconds(i) {
            var v = i.value.trim();
            return v === '' ? null : isNaN(Number(v)) ? -1 : Math.round(Number(v) * 60);
          }
          var body = { code: c ? c.code : code.value.trim(), nameZh: zh.value.trim(), nameEn: en.value.trim(),
            regions: regions.value.split(/[,，\s]+/).filter(Boolean), parent: parent.value || null,
            urgentPickupSeconds: seconds(urgent), normalPickupSeconds: seconds(normal) };
          api(c ? 'PUT' : 'POST', '/api/admin/centres' + (c ? '/' + encodeURIComponent(c.code) : ''), body)
            .then(function () { flash(t('saved')); loadUsers(); })
            .catch(function (e) { fail(fieldErrors(e, tr)); });
        });
        td.appendChild(save);
        tr.appendChild(td);
        body.appendChild(tr);
      });
    });
  }

  // ---- on duty / off duty (在岗 / 离岗) ----
  function showDuty() {
    var b = $('duty');
    b.textContent = me.onDuty ? t('onDuty') : t('offDuty');
    b.className = me.onDuty ? 'duty on' : 'duty';
    b.setAttribute('aria-pressed', me.onDuty ? 'true' : 'false');
    b.title = t('dutyTitle');
  }

  // ---- live updates (SSE) ----
  function connect() {
    var source = new EventSource('/api/helpdesk/events');
    source.addEventListener('hello', function () { connected = true; showLive(); });
    source.addEventListener('conversation', function (e) {
      var data = JSON.parse(e.data);
      clearTimeout(reloadTimer);
      reloadTimer = setTimeout(function () {
        if (!$('view-queue').hidden) { loadQueue(); }
        if (current && current.id === data.id && !$('view-conversation').hidden) { openConversation(current.id); }
      }, 300);
    });
    // a delivery status of an outgoing message (queued → sent → delivered …): updated in place
    source.addEventListener('delivery', function (e) {
      var data = JSON.parse(e.data);
      if (!current || current.id !== data.id || $('view-conversation').hidden) { return; }
      var li = document.querySelector('#c-messages li[data-message-id="' + data.messageId + '"]');
      var badge = li && li.querySelector('.delivery');
      if (badge) {
        badge.textContent = label('ds_', data.status);
        badge.className = 'delivery delivery-' + String(data.status).toLowerCase();
      } else {
        openConversation(current.id);
      }
    });
    source.onerror = function () { connected = false; showLive(); };
  }

  // ---- wiring ----
  function wire() {
    $('lang-switch').addEventListener('click', function () {
      lang = W.switchLanguage();
      applyLanguage();
      updateSegments(); // the count's words follow the language too
      route();
    });
    $('duty').addEventListener('click', function () {
      api('POST', '/api/session/duty', { onDuty: !me.onDuty }).then(function (s) {
        me.onDuty = s.onDuty;
        showDuty();
      }).catch(fail);
    });
    $('logout').addEventListener('click', function () {
      api('POST', '/api/session/logout').then(function () { location.href = '/console/login'; }).catch(fail);
    });
    $('filters').addEventListener('submit', function (e) { e.preventDefault(); page = 0; loadQueue(); });
    ['f-status', 'f-service', 'f-priority', 'f-centre', 'f-mine', 'f-unassigned'].forEach(function (id) {
      $(id).addEventListener('change', function () { page = 0; loadQueue(); });
    });
    $('prev').addEventListener('click', function () { if (page > 0) { page--; loadQueue(); } });
    $('next').addEventListener('click', function () { page++; loadQueue(); });
    window.addEventListener('hashchange', route);
    $('c-reveal').addEventListener('click', function () {
      if (!current) { return; }
      api('POST', '/api/helpdesk/conversations/' + current.id + '/phone').then(function (r) {
        $('c-phone').textContent = r.phone || '—';
      }).catch(fail);
    });
    $('c-assign-me').addEventListener('click', function () { change('/assign', { assignee: 'me' }); });
    $('c-assignee').addEventListener('change', function () { change('/assign', { assignee: $('c-assignee').value }); });
    $('c-status').addEventListener('change', function () { change('/status', { status: $('c-status').value }); });
    $('c-priority').addEventListener('change', function () { change('/priority', { priority: $('c-priority').value }); });
    $('c-service').addEventListener('change', function () { change('/service', { service: $('c-service').value || null }); });
    $('labels-form').addEventListener('submit', function (e) {
      e.preventDefault();
      change('/labels', { labels: $('c-labels').value.split(/[,，]/).map(function (s) { return s.trim(); }).filter(Boolean) });
    });
    $('note-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var text = $('note-text').value;
      if (!text.trim()) { return; }
      change('/notes', { body: text }).then(function (saved) { if (saved) { $('note-text').value = ''; } });
    });
    $('snooze-choice').addEventListener('change', function () { $('snooze-at').hidden = $('snooze-choice').value !== 'at'; });
    $('snooze-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var choice = $('snooze-choice').value;
      var body = {};
      if (choice === 'at') {
        if (!$('snooze-at').value) { return; }
        body.until = new Date($('snooze-at').value).toISOString();
      } else if (choice !== 'next') {
        body['for'] = choice; // counted on the server's clock
      }
      change('/snooze', body);
    });
    document.querySelectorAll('.esc-open').forEach(function (b) {
      b.addEventListener('click', function () { openEscalation(b.getAttribute('data-service')); });
    });
    $('esc-cancel').addEventListener('click', function () { $('esc-form').hidden = true; });
    $('esc-form').addEventListener('submit', function (e) {
      e.preventDefault();
      postEscalation('/escalations', { service: escService, fields: escalationFields() });
    });
    $('reply-text').addEventListener('input', updateSegments);
    $('reply-canned').addEventListener('change', function () {
      var c = canned.filter(function (x) { return String(x.id) === $('reply-canned').value; })[0];
      if (c) { $('reply-text').value = c.body; updateSegments(); }
      $('reply-canned').value = '';
    });
    $('reply-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var text = $('reply-text').value;
      if (!current || !text.trim()) { return; }
      api('POST', '/api/helpdesk/conversations/' + current.id + '/reply', { body: text }).then(function () {
        $('reply-text').value = '';
        updateSegments();
        flash(t('sent'));
        return openConversation(current.id);
      }).catch(fail);
    });
    $('reply-text').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { $('reply-form').requestSubmit(); }
    });
    $('user-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var roles = Array.prototype.map.call($('u-role').selectedOptions, function (o) { return o.value; });
      api('POST', '/api/admin/users', { username: $('u-name').value.trim(), roles: roles.length ? roles : ['OPERATOR'],
        centre: $('u-centre').value })
        .then(function (r) { flash(t('newPassword') + r.password); $('u-name').value = ''; loadUsers(); }).catch(fail);
    });
    document.addEventListener('keydown', function (e) {
      if (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA' || e.target.tagName === 'SELECT') { return; }
      if (e.key === '/') { e.preventDefault(); location.hash = '#/queue'; $('f-q').focus(); }
    });
  }

  function start() {
    applyLanguage();
    wire();
    updateSegments();
    api('GET', '/api/session').then(function (s) {
      me = s;
      $('me').textContent = s.username + ' · ' + ((lang === 'en' ? s.centreNameEn : s.centreNameZh) || s.centre);
      $('duty').hidden = s.roles.indexOf('OPERATOR') < 0;
      showDuty();
      document.querySelectorAll('[data-role]').forEach(function (n) {
        n.hidden = !n.getAttribute('data-role').split(' ').some(function (r) { return s.roles.indexOf(r) >= 0; });
      });
      var seesAll = s.roles.indexOf('SUPERVISOR') >= 0 || s.roles.indexOf('ADMIN') >= 0;
      return Promise.all([
        api('GET', '/api/helpdesk/colleagues').then(function (c) { colleagues = c; }),
        api('GET', '/api/helpdesk/canned-replies').then(function (c) {
          canned = c;
          var sel = $('reply-canned');
          c.forEach(function (x) { var o = el('option', x.title); o.value = String(x.id); sel.appendChild(o); });
        }),
        api('GET', '/api/helpdesk/centres').then(function (cs) {
          centreList = cs;
          cs.forEach(function (c) {
            var o = el('option', lang === 'en' ? c.nameEn : c.nameZh);
            o.value = c.code;
            $('f-centre').appendChild(o);
            var o2 = el('option', lang === 'en' ? c.nameEn : c.nameZh);
            o2.value = c.code;
            $('u-centre').appendChild(o2);
          });
          $('f-centre').hidden = !seesAll;
          $('u-centre').value = s.centre;
        })
      ]);
    }).then(function () { route(); connect(); }).catch(fail);
  }

  // a 401 keeps the unsent draft; on the English page a refusal also shows the server's words
  W.start({ scope: 'console', csrf: function () { return me ? me.csrfToken : ''; }, onSignedOut: keepDraft,
    detailInEnglish: true }, start);
}());
