// Warmline legal-aid staff pages: the case queue, one case, a group of linked cases, the inspection list and
// the figures. Every action is a call of the documented JSON API under /api/legalaid (see /openapi); text
// from workers and staff goes into the page with textContent only (W.el / W.clear). No inline script or
// style (CSP). Words: the la.* keys of i18n/console_zh|en.properties.
(function () {
  'use strict';

  var W = window.Warmline;
  var say = W.t, byId = W.$, node = W.el, empty = W.clear;
  var call = W.api;
  var lang = W.language();
  var session = null;
  var openCase = null;      // the case shown in #/case/<id>
  var openGroup = null;     // the group shown in #/group/<id>
  var STEPS = ['INTAKE', 'SCREENING', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'MEDIATION', 'INSPECTION', 'ARBITRATION',
    'COURT', 'CLOSED'];

  function notify(text, bad) { W.flash(text, bad, 6000); }
  function failed(e) { if (e.message !== '401') { notify(e.message, true); } }
  // A refused case read (403: a coordinator, another centre): said politely in the page, nothing else shown.
  function refusedView(e) {
    if (e.message === '401') { return; }
    if (e.status === 403 || e.status === 404) {
      var box = byId('refused');
      box.textContent = e.status === 403 ? say('forbiddenCase') : say('notFound');
      box.hidden = false;
      ['view-case', 'view-group'].forEach(function (v) { byId(v).hidden = true; });
      return;
    }
    failed(e);
  }
  /** @return the first of the object's fields (by name) that has a value, else undefined */
  function pick(o, names) {
    if (!o) { return undefined; }
    for (var i = 0; i < names.length; i++) {
      if (o[names[i]] !== undefined && o[names[i]] !== null) { return o[names[i]]; }
    }
    return undefined;
  }
  // Money: fen (a long) shown as yuan, ¥12,345.00
  function yuan(fen) {
    if (fen === undefined || fen === null) { return '—'; }
    var y = Number(fen) / 100;
    return say('yuan', { amount: y.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
  }
  function stepText(step) { return W.label('step_', step) || say('unknownValue'); }
  function day(iso) { return iso ? String(iso).substring(0, 10) : ''; }
  function when(iso) { return iso ? String(iso).replace('T', ' ').substring(0, 16) : ''; }
  function cell(tr, text, cls) { var td = node('td', text, cls); tr.appendChild(td); return td; }
  function link(href, text) { var a = node('a', text); a.href = href; return a; }
  function daysLeft(date) {
    if (!date) { return null; }
    var ms = new Date(String(date).substring(0, 10) + 'T00:00:00').getTime() - new Date(new Date().toDateString()).getTime();
    return Math.round(ms / 86400000);
  }
  // days left as the server counts them (its clock and Asia/Shanghai), else from the browser's date
  function serverDaysLeft(d, date) {
    return d && d.daysLeft !== undefined && d.daysLeft !== null ? d.daysLeft : daysLeft(date);
  }
  function deadlineText(d) {
    if (!d) { return say('noDeadline'); }
    var date = pick(d, ['due', 'dueOn', 'date', 'onDate']);
    var what = W.label('dl_', pick(d, ['kind', 'clock', 'what'])) || pick(d, ['label', 'what', 'kind']) || '';
    var left = serverDaysLeft(d, date);
    return day(date) + (left === null ? '' : ' (' + say('daysLeft', { n: left }) + ')') + (what ? ' · ' + what : '');
  }

  // ---- the queue ----
  function loadQueue() {
    var step = byId('q-step').value;
    var q = new URLSearchParams();
    if (step) { q.set('step', step); }
    return call('GET', '/api/legalaid/cases' + (q.toString() ? '?' + q : '')).then(function (list) {
      list = Array.isArray(list) ? list : (list && list.cases) || [];
      byId('q-count').textContent = say('nCases', { n: list.length });
      var body = empty(byId('queue-body'));
      if (!list.length) {
        var tr = node('tr');
        var td = cell(tr, say('none'), 'meta');
        td.colSpan = 9;
        body.appendChild(tr);
      }
      list.forEach(function (c) {
        var tr = node('tr', null, 'row' + (c.urgent ? ' pr-urgent' : ''));
        tr.tabIndex = 0;
        tr.setAttribute('data-case', c.id);
        cell(tr, c.id);
        var dl = pick(c, ['nextDeadline', 'deadline']);
        var dtd = cell(tr, dl && typeof dl === 'object' ? deadlineText(dl) : (dl ? day(dl) : say('noDeadline')));
        var left = dl && typeof dl === 'object' ? serverDaysLeft(dl, pick(dl, ['due', 'dueOn', 'date'])) : daysLeft(dl);
        if (left !== null && left <= 7) {
          dtd.className = 'soon';
        }
        cell(tr, stepText(c.step), 'num');
        cell(tr, pick(c, ['employerAsNamed', 'employer']) || '');
        cell(tr, c.projectName || '');
        cell(tr, Array.isArray(c.claimants) ? c.claimants.length : (pick(c, ['claimants', 'workers']) || ''));
        cell(tr, yuan(pick(c, ['totalOwedFen', 'amountOwedFen'])), 'num');
        cell(tr, pick(c, ['phone', 'leadPhone']) || '', 'num');
        var flags = cell(tr, '');
        if (c.urgent) { flags.appendChild(node('span', say('urgent'), 'badge pr-urgent')); }
        if (c.absconded) { flags.appendChild(node('span', say('absconded'), 'badge pr-urgent')); }
        if (c.actFirst) { flags.appendChild(node('span', say('actFirst'), 'badge pr-high')); }
        tr.addEventListener('click', function () { location.hash = '#/case/' + c.id; });
        tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') { location.hash = '#/case/' + c.id; } });
        body.appendChild(tr);
      });
    });
  }

  // ---- one case ----
  function fact(dl, label, value) {
    if (value === undefined || value === null || value === '') { return; }
    dl.appendChild(node('dt', label));
    return dl.appendChild(node('dd', value));
  }
  function yesNo(b) { return b === true ? say('yes') : b === false ? say('no') : say('unknownValue'); }
  function loadCase(id) {
    return call('GET', '/api/legalaid/cases/' + id).then(function (c) {
      openCase = c;
      byId('view-case').hidden = false;
      byId('c-id').textContent = c.id;
      byId('c-step').textContent = stepText(c.step);
      byId('c-urgent').hidden = !c.urgent;
      byId('c-absconded').hidden = !c.absconded;
      var facts = empty(byId('c-facts'));
      fact(facts, say('topic'), W.label('topic_', c.topic));
      fact(facts, say('employer'), pick(c, ['employerAsNamed', 'employer']));
      fact(facts, say('employerNormalised'), c.employerNormalised);
      fact(facts, say('project'), c.projectName);
      var site = fact(facts, say('site'), c.siteCode);
      if (site) {
        // the place's name (GB/T 2260) from the console's place list; the code stays if it is unknown
        call('GET', '/api/places?limit=1&lang=' + lang + '&q=' + encodeURIComponent(c.siteCode)).then(function (found) {
          if (found && found[0] && found[0].code === c.siteCode) { site.textContent = found[0].label; }
        }, function () { /* the code stays */ });
      }
      fact(facts, say('trade'), c.trade);
      fact(facts, say('worked'), c.workedFrom ? day(c.workedFrom) + ' – ' + (day(c.workedTo) || say('now')) : undefined);
      fact(facts, say('employmentEnded'), yesNo(c.employmentEnded) + (c.endedOn ? ' · ' + day(c.endedOn) : ''));
      fact(facts, say('owed'), yuan(pick(c, ['totalOwedFen', 'amountOwedFen'])));
      fact(facts, say('monthsUnpaid'), c.monthsUnpaid);
      fact(facts, say('recovered'), yuan(c.recoveredFen));
      fact(facts, say('received'), yuan(c.receivedFen));
      fact(facts, say('assignedStaff'), c.assignedStaff);
      fact(facts, say('lastDemand'), day(c.lastDemandOn));
      fact(facts, say('workerWords'), pick(c, ['words', 'description']));

      var body = empty(byId('c-claimants-body'));
      (c.claimants || []).forEach(function (k, i) {
        var tr = node('tr');
        cell(tr, i + 1);
        cell(tr, pick(k, ['phone', 'maskedPhone']) || '');
        cell(tr, yuan(pick(k, ['amountOwedFen'])));
        body.appendChild(tr);
      });

      var chain = empty(byId('c-chain'));
      var first = c.firstPayer;
      (pick(c, ['chain', 'parties']) || []).forEach(function (p) {
        var li = node('li');
        li.appendChild(node('span', W.label('role_', p.role) || say('unknownValue'), 'badge'));
        li.appendChild(document.createTextNode(' ' + (p.name || '')));
        if (first && first.name === p.name && first.role === p.role) {
          li.appendChild(node('strong', ' ' + say('paysFirst')));
          li.className = 'first-payer';
        }
        chain.appendChild(li);
      });
      var fp = byId('c-first-payer');
      fp.hidden = !first;
      if (first) {
        // "Art. 30" → 30: the sentence says the article in the page's language
        var article = String(pick(first, ['article']) || '').replace(/\D/g, '');
        fp.textContent = article ? say('firstPayerNote', { name: first.name || '', article: article })
          : say('ownEmployerPays', { name: first.name || '' });
      }

      var ev = empty(byId('c-evidence'));
      (c.evidence || []).forEach(function (e) {
        var kind = typeof e === 'string' ? e : e.kind;
        var held = typeof e === 'string' ? true : !!e.held;
        var li = node('li', (held ? '☑ ' : '☐ ') + (W.label('ev_', kind) || say('unknownValue')), held ? 'held' : 'missing');
        ev.appendChild(li);
      });
      loadFiles(c.id);

      var tl = empty(byId('c-timeline'));
      (pick(c, ['timeline', 'events']) || []).forEach(function (e) {
        var li = node('li');
        li.appendChild(node('span', when(e.at), 'when'));
        var what = e.kind === 'STEP' || !e.kind ? W.label('step_', e.step) : W.label('kind_', e.kind);
        li.appendChild(node('strong', ' ' + (what || say('event')) + ' '));
        li.appendChild(node('span', say('by', { who: e.by || '' }), 'meta-inline'));
        if (e.onDate) { li.appendChild(node('span', ' · ' + say('onDate', { d: day(e.onDate) }))); }
        if (e.reason) { li.appendChild(node('div', e.reason, 'reason')); }
        if (e.note) { li.appendChild(node('div', e.note, 'reason')); }
        if (e.amountFen !== undefined && e.amountFen !== null) { li.appendChild(node('span', ' · ' + yuan(e.amountFen))); }
        tl.appendChild(li);
      });

      showDeadlines(c.nextDeadline ? [c.nextDeadline] : [], null);
      call('GET', '/api/legalaid/deadlines/cases/' + c.id).then(function (clocks) {
        showDeadlines((clocks.deadlines || []).filter(function (d) { return d.running !== false; }), clocks);
      }, function () { /* the case's nearest deadline stays */ });

      var base = '/api/legalaid/cases/' + c.id + '/documents/';
      byId('d-arb-html').href = base + 'arbitration-application?lang=' + lang;
      byId('d-arb-pdf').href = base + 'arbitration-application?format=pdf&lang=' + lang;
      byId('d-insp-html').href = base + 'inspection-complaint?lang=' + lang;
      byId('d-insp-pdf').href = base + 'inspection-complaint?format=pdf&lang=' + lang;

      var g = byId('c-group');
      g.textContent = say('noGroup');
      call('GET', '/api/legalaid/groups?case=' + c.id).then(function (groups) {
        var mine = (groups || [])[0];
        if (!mine || (mine.cases || 0) < 2) { return; }
        empty(g);
        g.appendChild(link('#/group/' + mine.id, say('groupSummary', { id: mine.id, n: mine.workers || 0, owed: yuan(mine.owedFen) })));
      }, function () { /* no group yet */ });

      var notes = empty(byId('c-notes'));
      (c.notes || []).forEach(function (n) {
        var li = node('li');
        li.appendChild(node('div', pick(n, ['text', 'note']) || ''));
        li.appendChild(node('div', (n.by || '') + ' · ' + when(n.at), 'meta'));
        notes.appendChild(li);
      });
    });
  }
  // A case's legal clocks (laclock's /deadlines/cases/{id}): label, last day, days left, the article, and the
  // calendar note when a year's holiday notice is missing; the act-first alert above them.
  function showDeadlines(list, clocks) {
    var dls = empty(byId('c-deadlines'));
    if (clocks && clocks.actFirst) {
      dls.appendChild(node('li', lang === 'en' ? clocks.actFirstTextEn : clocks.actFirstText, 'note soon'));
    }
    if (!list.length) { dls.appendChild(node('li', say('noDeadline'), 'meta')); }
    list.forEach(function (d) {
      var li = node('li');
      var label = d.label ? (lang === 'en' ? d.labelEn : d.label) : (W.label('dl_', pick(d, ['kind', 'what'])) || '');
      var due = pick(d, ['dueOn', 'due']);
      var left = serverDaysLeft(d, due);
      li.appendChild(node('strong', label + ': ' + day(due) + (left === null ? '' : ' (' + say('daysLeft', { n: left }) + ')')));
      if (d.extendedDueOn) { li.appendChild(node('div', say('extended', { d: day(d.extendedDueOn) }), 'meta')); }
      var rule = lang === 'en' ? d.ruleEn : d.rule;
      if (rule) { li.appendChild(node('div', rule, 'meta')); }
      var note = lang === 'en' ? d.calendarNoteEn : d.calendarNote;
      if (note) { li.appendChild(node('div', note, 'note')); }
      if (left !== null && left <= 7) { li.className = 'soon'; }
      dls.appendChild(li);
    });
  }
  function loadFiles(caseId) {
    var box = empty(byId('c-files'));
    call('GET', '/api/legalaid/cases/' + caseId + '/files').then(function (files) {
      (files || []).forEach(function (f) {
        var li = node('li');
        li.appendChild(link('/api/legalaid/files/' + f.id, pick(f, ['name', 'fileName']) || ('#' + f.id)));
        li.appendChild(node('span', ' ' + (f.contentType || '') + (f.size ? ' · ' + Math.ceil(f.size / 1024) + ' KB' : ''), 'meta-inline'));
        box.appendChild(li);
      });
    }, function () { /* no files endpoint yet, or none: the checklist stays */ });
  }
  function addNote(e) {
    e.preventDefault();
    var text = byId('note-text').value.trim();
    if (!text || !openCase) { return; }
    call('POST', '/api/legalaid/cases/' + openCase.id + '/notes', { text: text }).then(function () {
      byId('note-text').value = '';
      notify(say('noteAdded'));
      return loadCase(openCase.id);
    }).catch(failed);
  }

  // ---- a group ----
  function loadGroup(id) {
    return call('GET', '/api/legalaid/groups/' + id).then(function (detail) {
      var g = detail.group || detail;
      openGroup = g;
      byId('view-group').hidden = false;
      byId('g-id').textContent = g.id;
      byId('g-workers').textContent = pick(g, ['workers', 'workerCount']) || 0;
      byId('g-owed').textContent = yuan(pick(g, ['owedFen', 'totalOwedFen', 'amountOwedFen']));
      byId('g-recovered').textContent = yuan(pick(g, ['recoveredFen', 'totalRecoveredFen']));
      byId('g-employer').textContent = [pick(g, ['label', 'employerNormalised']), g.projectName].filter(Boolean).join(' · ');
      var flags = empty(byId('g-flags'));
      (g.flags || []).forEach(function (f) { flags.appendChild(node('span', flagText(f), 'badge pr-urgent')); });
      var reasons = empty(byId('g-reasons'));
      (g.flags || []).forEach(function (f) {
        var why = lang === 'en' ? f.reasonEn : f.reason;
        if (why) { reasons.appendChild(node('li', why)); }
      });
      var body = empty(byId('group-body'));
      (detail.members || []).forEach(function (m) {
        var c = { id: m.caseId, step: m.step, employerAsNamed: m.employerAsNamed, workers: m.workers, owedFen: m.owedFen };
        var tr = node('tr');
        var box = node('input');
        box.type = 'checkbox';
        box.value = c.id;
        box.className = 'pick';
        box.setAttribute('aria-label', say('select') + ' ' + c.id);
        var td = node('td');
        td.appendChild(box);
        tr.appendChild(td);
        var idCell = node('td');
        idCell.appendChild(link('#/case/' + c.id, '#' + c.id));
        tr.appendChild(idCell);
        cell(tr, stepText(c.step));
        cell(tr, pick(c, ['employerAsNamed', 'employer']) || '');
        cell(tr, c.workers);
        cell(tr, yuan(c.owedFen));
        body.appendChild(tr);
      });
      var audit = empty(byId('g-audit'));
      (detail.audit || []).forEach(function (a) {
        var li = node('li');
        li.appendChild(node('span', when(a.at) + ' ', 'when'));
        li.appendChild(node('strong', W.label('ga_', a.action) || say('event')));
        li.appendChild(node('span', ' ' + say('by', { who: a.by || '' }) + ' · #' + (a.caseIds || ''), 'meta-inline'));
        if (a.reason) { li.appendChild(node('div', a.reason, 'reason')); }
        audit.appendChild(li);
      });
    });
  }
  function flagText(f) {
    return W.label('flag_', typeof f === 'string' ? f : f.kind) || say('flagged');
  }
  function mergeGroup(e) {
    e.preventDefault();
    var other = Number(byId('g-merge').value);
    if (!openGroup || !other) { return; }
    call('POST', '/api/legalaid/groups/' + openGroup.id + '/merge', { groupId: other, reason: byId('g-reason').value.trim() || null }).then(function () {
      notify(say('merged'));
      return loadGroup(openGroup.id);
    }).catch(failed);
  }
  function splitGroup() {
    var ids = Array.prototype.map.call(document.querySelectorAll('#group-body input.pick:checked'), function (b) { return Number(b.value); });
    if (!openGroup || !ids.length) { notify(say('pickCases'), true); return; }
    call('POST', '/api/legalaid/groups/' + openGroup.id + '/split', { caseIds: ids, reason: byId('g-reason').value.trim() || null }).then(function () {
      notify(say('splitDone'));
      return loadGroup(openGroup.id);
    }).catch(failed);
  }

  // ---- the inspection list ----
  function loadInspection() {
    byId('i-csv').href = '/api/legalaid/inspection-list?format=csv&lang=' + lang;
    byId('i-xlsx').href = '/api/legalaid/inspection-list?format=xlsx&lang=' + lang;
    return call('GET', '/api/legalaid/inspection-list').then(function (list) {
      list = Array.isArray(list) ? list : (list && (list.rows || list.entries)) || [];
      var body = empty(byId('inspection-body'));
      list.forEach(function (r, i) {
        var tr = node('tr');
        cell(tr, pick(r, ['rank']) || i + 1);
        var emp = node('td');
        emp.appendChild(r.groupId ? link('#/group/' + r.groupId, r.employer || '') : node('span', r.employer || ''));
        (r.flags || []).forEach(function (f) { emp.appendChild(node('span', ' ' + flagText(f), 'badge pr-urgent')); });
        tr.appendChild(emp);
        cell(tr, [r.projectName, r.site].filter(Boolean).join(' · '));
        cell(tr, pick(r, ['workers', 'workerCount']) || 0);
        cell(tr, yuan(pick(r, ['owedFen', 'amountOwedFen', 'totalOwedFen'])), 'num');
        var fp = pick(r, ['firstPayer', 'paysFirst']);
        var art = fp && fp.article ? String(fp.article).replace(/\D/g, '') : '';
        cell(tr, fp && typeof fp === 'object' ? (fp.name || '') + (art ? ' (' + say('articleShort', { n: art }) + ')' : '') : (fp || ''));
        var cases = node('td');
        var held = 0, of = 0;
        (pick(r, ['cases', 'caseIds']) || []).forEach(function (c) {
          var id = typeof c === 'object' ? pick(c, ['caseId', 'id']) : c;
          held += (c.evidenceHeld || []).length;
          of += (c.evidenceHeld || []).length + (c.evidenceMissing || []).length;
          cases.appendChild(link('#/case/' + id, '#' + id));
          cases.appendChild(document.createTextNode(' '));
        });
        tr.appendChild(cases);
        cell(tr, of ? say('evidenceHeldOf', { held: held, of: of }) : say('none'));
        body.appendChild(tr);
      });
      if (!list.length) {
        var tr = node('tr');
        cell(tr, say('none'), 'meta').colSpan = 8;
        body.appendChild(tr);
      }
    });
  }

  // ---- the figures ----
  function loadDashboard() {
    var centre = byId('dash-centre').value;
    return call('GET', '/api/legalaid/dashboard' + (centre ? '?centre=' + encodeURIComponent(centre) : '')).then(function (d) {
      var sel = byId('dash-centre');
      var keep = sel.value || d.centre || '';
      empty(sel);
      (d.centres || []).forEach(function (c) {
        var o = node('option', c.code === '' ? say('allCentres') : (lang === 'en' ? c.nameEn : c.nameZh) || c.code);
        o.value = c.code;
        sel.appendChild(o);
      });
      sel.value = keep;
      byId('k-open').textContent = d.openCases;
      byId('k-week').textContent = d.deadlinesThisWeek;
      byId('k-workers').textContent = d.workersHelped;
      byId('k-owed').textContent = yuan(d.owedFen);
      byId('k-recovered').textContent = yuan(d.recoveredFen);
      byId('k-received').textContent = yuan(d.receivedFen);
      var body = empty(byId('step-body'));
      STEPS.forEach(function (s) {
        var n = (d.openByStep || {})[s];
        if (!n) { return; }
        var tr = node('tr');
        cell(tr, stepText(s));
        cell(tr, n);
        body.appendChild(tr);
      });
      drawSeason(d.season || []);
    });
  }

  // Owed, recovered and received per week of the season as grouped bars: an SVG built here (no library).
  function drawSeason(weeks) {
    var box = empty(byId('season-chart'));
    if (!weeks.length) { box.appendChild(node('p', say('none'), 'meta')); return; }
    var series = [['owedFen', 'owed'], ['recoveredFen', 'recovered'], ['receivedFen', 'received']];
    var max = 1;
    weeks.forEach(function (w) { series.forEach(function (s) { max = Math.max(max, w[s[0]] || 0); }); });
    var ns = 'http://www.w3.org/2000/svg';
    var width = 900, height = 200;
    var slot = Math.min(90, Math.floor((width - 60) / weeks.length));
    var bar = Math.max(2, Math.floor((slot - 6) / series.length));
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (height + 30));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', say('seasonChart'));
    function add(tag, attrs, text) {
      var n = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
      if (text !== undefined) { n.textContent = String(text); }
      svg.appendChild(n);
      return n;
    }
    add('line', { x1: 54, y1: height, x2: width, y2: height, 'class': 'axis' });
    add('text', { x: 2, y: 12 }, yuan(max));
    weeks.forEach(function (w, i) {
      var x0 = 60 + i * slot;
      series.forEach(function (s, j) {
        var v = w[s[0]] || 0;
        if (!v) { return; }
        var h = Math.max(1, Math.round((height - 20) * v / max));
        var rect = add('rect', { x: x0 + j * bar, y: height - h, width: bar - 1, height: h, 'class': 's' + j });
        var title = document.createElementNS(ns, 'title');
        title.textContent = say(s[1]) + ' ' + day(w.weekStart) + ': ' + yuan(v);
        rect.appendChild(title);
      });
      add('text', { x: x0, y: height + 16 }, day(w.weekStart).substring(5));
    });
    box.appendChild(svg);
    box.appendChild(W.legend(series.map(function (s) { return say(s[1]); })));
  }

  // ---- page ----
  var VIEWS = ['queue', 'case', 'group', 'inspection', 'dashboard'];
  function route() {
    var hash = location.hash || '#/queue';
    VIEWS.forEach(function (v) { byId('view-' + v).hidden = true; });
    byId('refused').hidden = true;
    var m = hash.match(/^#\/case\/(\d+)$/);
    if (m) { loadCase(Number(m[1])).catch(refusedView); return; }
    var g = hash.match(/^#\/group\/(\d+)$/);
    if (g) { loadGroup(Number(g[1])).catch(refusedView); return; }
    if (hash === '#/inspection') { byId('view-inspection').hidden = false; loadInspection().catch(refusedView); return; }
    if (hash === '#/dashboard') { byId('view-dashboard').hidden = false; loadDashboard().catch(refusedView); return; }
    byId('view-queue').hidden = false;
    loadQueue().catch(refusedView);
  }
  function translate() {
    W.applyTexts();
    document.title = say('appTitle');
  }
  function wire() {
    byId('lang-switch').addEventListener('click', function () {
      lang = W.switchLanguage();
      translate();
      showMe();
      route();
    });
    byId('logout').addEventListener('click', function () {
      call('POST', '/api/session/logout').then(function () { location.href = '/console/login'; }).catch(failed);
    });
    byId('queue-filters').addEventListener('submit', function (e) { e.preventDefault(); loadQueue().catch(failed); });
    byId('dash-filters').addEventListener('submit', function (e) { e.preventDefault(); loadDashboard().catch(failed); });
    byId('note-form').addEventListener('submit', addNote);
    byId('merge-form').addEventListener('submit', mergeGroup);
    byId('g-split').addEventListener('click', splitGroup);
    window.addEventListener('hashchange', route);
  }
  function showMe() {
    if (!session) { return; }
    byId('me').textContent = session.username + (session.centre ? ' · ' + ((lang === 'en' ? session.centreNameEn : session.centreNameZh) || session.centre) : '');
  }
  function start() {
    translate();
    wire();
    call('GET', '/api/session').then(function (s) {
      session = s;
      showMe();
      var allowed = ['LEGAL_AID', 'SUPERVISOR', 'ADMIN'].some(function (r) { return s.roles.indexOf(r) >= 0; });
      if (!allowed) {
        byId('no-access').hidden = false;
        // a direct link to a case still asks the server, which refuses (403) and audits the attempt
        if (/^#\/case\/\d+$/.test(location.hash)) { route(); }
        return;
      }
      route();
    }).catch(failed);
  }
  W.start({ scope: 'la', csrf: function () { return session ? session.csrfToken : ''; } }, start);
}());
