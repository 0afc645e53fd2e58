// Warmline coordinators' pages: demand board, trips, manual assignment, planner, manifest.
// Every action is a call of the documented JSON API under /api/returnhome (see /openapi); text from
// workers and staff is put into the page with textContent only. No inline script or style (CSP).
(function () {
  'use strict';

  // words, API client, problem display and DOM helpers: the shared module (warmline.js); the words are
  // the returnhome.* keys of the bundles i18n/console_zh|en.properties
  var W = window.Warmline;
  // The server's 409 names the broken rule by a stable code (problem+json member "code"); others read r_status.
  var RULES = { 'trip.depart-early': 'r_departEarly', 'trip.check-in-early': 'r_checkinEarly',
    'trip.seat-unconfirmed': 'r_unconfirmed', 'trip.seats-exceeded': 'r_capacity', 'trip.party-split': 'r_split',
    'trip.outside-window': 'r_window', 'trip.not-a-stop': 'r_stop', 'trip.other-origin': 'r_origin',
    'trip.leaves-too-soon': 'r_soon', 'trip.no-passengers': 'r_empty', 'trip.deadline': 'r_deadline' };
  var ROAD_SEATS = { COACH_45: 45, COACH_53: 53, MINIBUS_19: 19 };

  var lang = W.language();
  var session = null;
  var trip = null;          // the trip open in #/trip/<id>
  var pending = null;       // the action waiting in the confirmation box
  var lastRun = null;       // the planner's last answer (lower bound, unplanned requests)
  var reach = null;         // how the open trip's notices reach its parties: {parties, sms, chat, unreachable, unreachableOffers}

  var say = W.t, byId = W.$, node = W.el, empty = W.clear, button = W.button;
  function notify(text, bad) { W.flash(text, bad, 6000); }
  function placeName(p) { return p ? (p.label || p.name || p.code) : ''; }
  function phoneText(phone) { return phone === 'chat' ? say('chatOnly') : phone; }
  // A server local date-time ("2027-01-31T07:30") as people read it: 1月31日 07:30 / Jan 31 07:30
  function shortTime(iso) {
    if (!iso) { return ''; }
    var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    var m = Number(iso.substring(5, 7));
    return say('dateTimeShort', { M: m, mon: months[m - 1], d: Number(iso.substring(8, 10)), hm: iso.substring(11, 16) });
  }
  function places() { return window.WarmlinePlaces; }
  function localTime(iso) { return iso ? iso.replace('T', ' ').substring(0, 16) : ''; }
  function statusText(prefix, s) { return say(prefix + s); }

  // ---- the JSON API (W.api: refusals said by W.problem, which asks refusal() below) ----
  var call = W.api;
  // The page's words for a refused call whose body has no code the bundle knows: a 409 names the broken
  // trip rule in the page's language, with the server's detail (a rule, never personal data) after it;
  // null leaves it to the status (W.problem).
  function refusal(status, data) {
    var detail = data && (data.detail || data.title) ? String(data.detail || data.title) : '';
    var message = null;
    if (data && data.reason && W.has('cr_' + data.reason)) {
      message = say('refused') + say('cr_' + data.reason, { n: data.number });
    } else if (status === 422 && data && data.field && W.has('f422_' + data.field)) {
      message = say('f422_' + data.field);
    } else if (status === 409) {
      var rule = data && RULES[data.code];
      message = say('refused') + say(rule || 'r_status') + (detail ? ' (' + detail + ')' : '');
    }
    return message;
  }
  function failed(e) { if (e.message !== '401') { notify(say('error') + e.message, true); } }
  function showIn(id) {
    return function (e) {
      if (e.message === '401') { return; }
      var box = byId(id);
      box.textContent = e.message;
      box.hidden = false;
    };
  }

  // ---- demand board ----
  function boardQuery() {
    var q = new URLSearchParams();
    [['origin', 'b-origin'], ['from', 'b-from'], ['to', 'b-to'], ['status', 'b-status']].forEach(function (f) {
      var v = f[0] === 'origin' ? places().code(byId(f[1])) : byId(f[1]).value.trim();
      if (v) { q.set(f[0], v); }
    });
    return q.toString();
  }
  function loadBoard() {
    var query = boardQuery();
    byId('b-csv').href = '/api/returnhome/board/export.csv?' + (query ? query + '&' : '') + 'lang=' + lang;
    byId('b-xlsx').href = '/api/returnhome/board/export.xlsx?' + (query ? query + '&' : '') + 'lang=' + lang;
    var board = call('GET', '/api/returnhome/board' + (query ? '?' + query : '')).then(function (b) {
      byId('b-requests').textContent = b.requests;
      byId('b-people').textContent = b.people;
      var body = empty(byId('board-body'));
      b.rows.forEach(function (r) {
        var tr = node('tr');
        [r.provinceName, r.cityName || '', r.countyName || '', r.travelDate, r.requests, r.people]
          .forEach(function (v) { tr.appendChild(node('td', v)); });
        body.appendChild(tr);
      });
      drawChart(b.chart);
    });
    return Promise.all([board, loadPool(), loadTripChoices()]).catch(failed);
  }

  // People per day per destination province as grouped bars, drawn as SVG elements (no library).
  function drawChart(series) {
    var box = empty(byId('b-chart'));
    var days = {};
    series.forEach(function (s) { Object.keys(s.peoplePerDay).forEach(function (d) { days[d] = true; }); });
    var dates = Object.keys(days).sort();
    if (!dates.length) { box.appendChild(node('p', say('none'), 'meta')); return; }
    var max = 1;
    series.forEach(function (s) { dates.forEach(function (d) { max = Math.max(max, s.peoplePerDay[d] || 0); }); });
    var ns = 'http://www.w3.org/2000/svg';
    // a fixed 900-unit wide drawing: one slot per day, one bar per province inside it
    var width = 900, height = 200;
    var slot = Math.min(120, Math.floor((width - 40) / dates.length));
    var bar = Math.max(2, Math.min(28, Math.floor((slot - 8) / Math.max(1, series.length))));
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (height + 30));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', say('chartTitle'));
    function svgNode(tag, attrs, text) {
      var n = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
      if (text !== undefined) { n.textContent = String(text); }
      svg.appendChild(n);
      return n;
    }
    svgNode('line', { x1: 34, y1: height, x2: width, y2: height, 'class': 'axis' });
    svgNode('text', { x: 2, y: 12 }, max);
    dates.forEach(function (d, i) {
      var x0 = 40 + i * slot;
      series.forEach(function (s, j) {
        var v = s.peoplePerDay[d] || 0;
        if (!v) { return; }
        var h = Math.round((height - 20) * v / max);
        var rect = svgNode('rect', { x: x0 + j * bar, y: height - h, width: bar - 1, height: h, 'class': 's' + (j % 8) });
        var title = document.createElementNS(ns, 'title');
        title.textContent = s.provinceName + ' ' + d + ': ' + v;
        rect.appendChild(title);
      });
      svgNode('text', { x: x0, y: height + 16 }, d.substring(5));
    });
    box.appendChild(svg);
    var legend = node('div', null, 'legend');
    series.forEach(function (s, j) {
      var item = node('span');
      var swatch = document.createElementNS(ns, 'svg');
      swatch.setAttribute('viewBox', '0 0 10 10');
      var r = document.createElementNS(ns, 'rect');
      r.setAttribute('width', '10');
      r.setAttribute('height', '10');
      r.setAttribute('class', 's' + (j % 8));
      swatch.appendChild(r);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(' ' + s.provinceName));
      legend.appendChild(item);
    });
    box.appendChild(legend);
  }

  // Requests waiting for a seat on no trip, with a checkbox each (manual assignment).
  function loadPool() {
    var q = new URLSearchParams();
    q.set('status', 'CONFIRMED,WAITLISTED');
    ['origin', 'from', 'to'].forEach(function (k) {
      var v = k === 'origin' ? places().code(byId('b-origin')) : byId('b-' + k).value.trim();
      if (v) { q.set(k, v); }
    });
    return call('GET', '/api/returnhome/requests?' + q).then(function (list) {
      var body = empty(byId('pool-body'));
      list.filter(function (r) { return r.tripId === null || r.tripId === undefined; }).forEach(function (r) {
        var tr = node('tr');
        var box = node('input');
        box.type = 'checkbox';
        box.value = r.id;
        box.className = 'pick';
        box.setAttribute('aria-label', say('select') + ' ' + r.id);
        box.addEventListener('change', function () { tr.className = box.checked ? 'selected' : ''; countSelected(); });
        var td = node('td');
        td.appendChild(box);
        tr.appendChild(td);
        [r.id, phoneText(r.phone), placeName(r.origin), placeName(r.destination), r.travelDate,
          r.earliestDate + ' – ' + r.latestDate, r.partySize, statusText('rs_', r.status), r.notes || '']
          .forEach(function (v) { tr.appendChild(node('td', v)); });
        tr.appendChild(editCell(r.id, r.partySize, r.travelDate, placeName(r.origin) + ' → ' + placeName(r.destination)));
        body.appendChild(tr);
      });
      countSelected();
    });
  }
  function countSelected() {
    byId('a-selected').textContent = say('selectedN', { n: document.querySelectorAll('#pool-body input.pick:checked').length });
  }
  function loadTripChoices() {
    return call('GET', '/api/returnhome/trips?limit=500').then(function (trips) {
      var sel = empty(byId('a-trip'));
      sel.appendChild(node('option', '—')).value = '';
      trips.filter(function (x) { return x.status === 'DRAFT' || x.status === 'PUBLISHED'; }).forEach(function (x) {
        var o = node('option', tripLabel(x));
        o.value = x.id;
        sel.appendChild(o);
      });
    });
  }
  function tripLabel(x) {
    return '#' + x.id + ' ' + localTime(x.departureLocal) + ' ' + x.stops.map(placeName).join('→') + ' ('
      + x.seatsTaken + '/' + x.capacity + ', ' + statusText('ts_', x.status) + ')';
  }
  function assignSelected(e) {
    e.preventDefault();
    byId('a-error').hidden = true;
    var ids = Array.prototype.map.call(document.querySelectorAll('#pool-body input.pick:checked'),
      function (b) { return Number(b.value); });
    var tripId = byId('a-trip').value;
    if (!ids.length) { notify(say('nothingSelected'), true); return; }
    if (!tripId) { notify(say('noTrip'), true); return; }
    call('POST', '/api/returnhome/trips/' + tripId + '/requests', { requestIds: ids }).then(function () {
      notify(say('assigned', { n: ids.length, id: tripId }));
      return loadBoard();
    }).catch(showIn('a-error'));
  }

  // ---- trips ----
  function loadTrips() {
    var status = byId('t-status').value;
    return call('GET', '/api/returnhome/trips?limit=500' + (status ? '&status=' + status : '')).then(function (trips) {
      var body = empty(byId('trips-body'));
      trips.forEach(function (x) {
        var tr = node('tr', null, 'row');
        var link = node('a', '#' + x.id);
        link.href = '#/trip/' + x.id;
        var first = node('td');
        first.appendChild(link);
        tr.appendChild(first);
        [statusText('ts_', x.status), localTime(x.departureLocal), say('vt_' + x.vehicleType), x.pickupPoint,
          x.stops.map(placeName).join(' → '), x.seatsTaken + ' / ' + x.capacity, x.planId ? '#' + x.planId : '']
          .forEach(function (v) { tr.appendChild(node('td', v)); });
        tr.addEventListener('click', function (ev) { if (ev.target !== link) { location.hash = '#/trip/' + x.id; } });
        body.appendChild(tr);
      });
    }).catch(failed);
  }

  function tripInput() {
    var type = byId('tr-vehicle').value;
    return {
      vehicleType: type,
      blockSeats: type === 'TRAIN_BLOCK' ? Number(byId('tr-block').value) || null : null,
      originCode: places().code(byId('tr-origin')),
      pickupPoint: byId('tr-pickup').value.trim(),
      stops: places().codes(byId('tr-stops')),
      departure: byId('tr-date').value + 'T' + byId('tr-time').value,
      carrier: byId('tr-carrier').value.trim() || null,
      driverContact: byId('tr-driver').value.trim() || null
    };
  }
  function showVehicle() {
    var type = byId('tr-vehicle').value;
    byId('tr-block-label').hidden = type !== 'TRAIN_BLOCK';
    byId('tr-block').required = type === 'TRAIN_BLOCK';
  }

  function openTrip(id) {
    byId('tr-error').hidden = true;
    byId('confirm-box').hidden = true;
    if (id === 'new') {
      trip = null;
      byId('trip-form').reset();
      places().set(byId('tr-origin'), null);
      places().set(byId('tr-stops'), []);
      byId('m-reveal').hidden = true;
      byId('m-revealed').hidden = true;
      byId('tr-title').textContent = say('newTripTitle');
      byId('tr-status').textContent = '';
      byId('tr-vehicle').disabled = false;
      byId('tr-origin').disabled = false;
      ['tr-capacity', 'tr-stop-names', 'm-people'].forEach(function (k) { byId(k).textContent = ''; });
      byId('tr-change-note').hidden = true;
      byId('tr-actions').hidden = true;
      empty(byId('manifest-body'));
      showVehicle();
      return Promise.resolve();
    }
    reach = null;
    byId('m-unreachable').hidden = true;
    var base = '/api/returnhome/trips/' + id + '/manifest';
    return call('GET', base).then(function (m) {
      // within the caller's recorded reveal, the page shows (and prints, exports) the full manifest
      return m.revealedUntil ? call('GET', base + '?full=true') : m;
    }).then(function (m) {
      showTrip(m.trip, m);
      showManifest(m);
      return call('GET', '/api/returnhome/trips/' + id + '/notices').then(showReach);
    }).catch(failed);
  }
  // The parties' channels (for the confirmations) and the offers that reached nobody (flagged in words).
  function showReach(x) {
    reach = x;
    var flagged = x.unreachableOffers || [];
    byId('m-unreachable').textContent = say('unreachableNote', { n: flagged.length,
      ids: flagged.map(function (id) { return '#' + id; }).join(', ') });
    byId('m-unreachable').hidden = flagged.length === 0;
    flagged.forEach(function (id) {
      var row = document.querySelector('#manifest-body tr[data-request="' + Number(id) + '"]');
      if (row && row.cells.length > 5) { row.cells[5].appendChild(node('span', ' · ' + say('unreachableMark'), 'bad unreachable')); }
    });
  }
  function mixedReach() { return !!reach && (reach.chat > 0 || reach.unreachable > 0); }
  // The all-SMS wording when every party has a phone; otherwise the count per channel.
  function askText(key, values) {
    if (!mixedReach()) { return say(key, values); }
    values.r = say('byChannel', { s: reach.sms, c: reach.chat, u: reach.unreachable });
    return say(key + 'Mixed', values);
  }
  function showTrip(x, m) {
    trip = x;
    byId('tr-title').textContent = '#' + x.id;
    byId('tr-status').textContent = statusText('ts_', x.status);
    byId('tr-vehicle').value = x.vehicleType;
    byId('tr-vehicle').disabled = true;
    byId('tr-block').value = x.vehicleType === 'TRAIN_BLOCK' ? x.capacity : '';
    places().set(byId('tr-origin'), x.origin);
    byId('tr-origin').disabled = true;
    byId('tr-pickup').value = x.pickupPoint;
    places().set(byId('tr-stops'), x.stops);
    byId('tr-date').value = x.departureLocal.substring(0, 10);
    byId('tr-time').value = x.departureLocal.substring(11, 16);
    byId('tr-carrier').value = x.carrier || '';
    byId('tr-driver').value = x.driverContact || '';
    byId('tr-capacity').textContent = say('capacityIs', { t: x.seatsTaken, c: x.capacity }) + ' · '
      + placeName(x.origin) + ' → ' + x.stops.map(placeName).join(' → ');
    byId('tr-stop-names').textContent = '';
    byId('tr-change-note').hidden = x.status !== 'PUBLISHED';
    var editable = x.status === 'DRAFT' || x.status === 'PUBLISHED';
    byId('tr-save').disabled = !editable;
    byId('tr-actions').hidden = false;
    byId('tr-publish').hidden = x.status !== 'DRAFT';
    byId('tr-depart').hidden = x.status !== 'PUBLISHED';
    byId('tr-depart').disabled = !x.departAllowed;
    byId('tr-depart-when').hidden = x.status !== 'PUBLISHED' || x.departAllowed;
    byId('tr-depart-when').textContent = say('departFrom', { t: shortTime(x.departAllowedLocal) });
    byId('tr-arrive').hidden = x.status !== 'DEPARTED';
    byId('tr-cancel').hidden = !editable;
    showVehicle();
    var base = '/api/returnhome/trips/' + x.id + '/manifest';
    var full = m && m.full ? '&full=true' : '';
    byId('m-print').href = base + '.html?lang=' + lang + full;
    byId('m-csv').href = base + '.csv?lang=' + lang + full;
    byId('m-xlsx').href = base + '.xlsx?lang=' + lang + full;
    byId('m-reveal').hidden = !m || m.full || !m.lines.length;
    byId('m-reveal-form').hidden = true;
    byId('m-revealed').hidden = !(m && m.full);
    byId('m-revealed').textContent = m && m.full ? say('revealedUntil', { t: new Date(m.revealedUntil)
      .toLocaleTimeString('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }) }) : '';
  }
  function showManifest(m) {
    byId('m-people').textContent = say('peopleOnTrip', { p: m.people, n: m.lines.length });
    var body = empty(byId('manifest-body'));
    m.lines.forEach(function (l) {
      var tr = node('tr');
      tr.setAttribute('data-request', l.requestId);
      tr.appendChild(node('td', l.requestId));
      tr.appendChild(nameCell(m, l));
      [phoneText(l.phone), l.partySize, placeName(l.destination)].forEach(function (v) { tr.appendChild(node('td', v)); });
      tr.appendChild(node('td', statusText('rs_', l.status),
        l.status === 'BOARDED' || l.status === 'SEAT_CONFIRMED' ? 'ok' : l.status === 'NO_SHOW' ? 'bad' : ''));
      tr.appendChild(node('td', l.notes || ''));
      var actions = node('td');
      if (m.trip.status === 'PUBLISHED') {
        var on = button(say('boarded'), function () { checkIn(l.requestId, true); }, 'board');
        var off = button(say('noShow'), function () { checkIn(l.requestId, false); }, 'no-show');
        on.disabled = off.disabled = !m.trip.checkInOpen;
        actions.appendChild(on);
        actions.appendChild(off);
        if (!m.trip.checkInOpen) {
          actions.appendChild(node('span', say('checkInFrom', { t: shortTime(m.trip.checkInOpensLocal) }), 'meta-inline check-in-opens'));
        }
      } else if (m.trip.status === 'DRAFT') {
        actions.appendChild(button(say('remove'), function () {
          call('DELETE', '/api/returnhome/trips/' + m.trip.id + '/requests/' + l.requestId)
            .then(function () { return openTrip(m.trip.id); }).catch(showIn('tr-error'));
        }, 'take-out'));
      }
      tr.appendChild(actions);
      var open = ['OFFERED', 'SEAT_CONFIRMED', 'CONFIRMED', 'WAITLISTED'].indexOf(l.status) >= 0;
      tr.appendChild(open && (m.trip.status === 'DRAFT' || m.trip.status === 'PUBLISHED')
        ? editCell(l.requestId, l.partySize, m.trip.departureLocal.substring(0, 10), placeName(l.destination))
        : node('td'));
      body.appendChild(tr);
    });
  }

  // ---- change or cancel one request (issue 10): reason required; the server tells the worker ----
  var editing = null;       // the request open in #rq-form
  function editCell(id, partySize, day, summary) {
    var td = node('td');
    td.appendChild(button(say('rqEdit'), function () { openEdit(id, partySize, day, summary); }, 'request-edit'));
    return td;
  }
  function openEdit(id, partySize, day, summary) {
    editing = { id: id };
    byId('rq-form').reset();
    byId('rq-title').textContent = '#' + id;
    byId('rq-summary').textContent = summary + ' · ' + day + ' · ' + partySize + say('people');
    byId('rq-party').value = partySize;
    byId('rq-date').value = day || '';
    byId('rq-error').hidden = true;
    showEditKind();
    byId('rq-form').hidden = false;
    byId('rq-kind').focus();
  }
  function showEditKind() {
    var kind = byId('rq-kind').value;
    byId('rq-party-label').hidden = kind !== 'partySize';
    byId('rq-date-label').hidden = kind !== 'travelDate';
    byId('rq-destination-label').hidden = kind !== 'destination';
  }
  function submitEdit(e) {
    e.preventDefault();
    if (!editing) { return; }
    var kind = byId('rq-kind').value;
    var reason = byId('rq-reason').value.trim();
    var box = byId('rq-error');
    box.hidden = true;
    if (!reason) { box.textContent = say('rqNeedReason'); box.hidden = false; return; }
    var body = { reason: reason, tellWorker: byId('rq-tell').checked };
    if (kind === 'partySize') { body.partySize = Number(byId('rq-party').value); }
    if (kind === 'travelDate') { body.travelDate = byId('rq-date').value; }
    if (kind === 'destination') { body.destination = byId('rq-destination').value.trim(); }
    var id = editing.id;
    call('POST', '/api/returnhome/requests/' + id + '/' + (kind === 'cancel' ? 'cancel' : 'change'), body).then(function () {
      byId('rq-form').hidden = true;
      editing = null;
      notify(say(kind === 'cancel' ? 'rqCancelled' : 'rqChanged', { id: id }));
      route();
    }).catch(showIn('rq-error'));
  }
  // The passenger's name as given (masked unless the manifest is revealed), with a way to enter it.
  function nameCell(m, l) {
    var td = node('td', null, 'passenger-name');
    td.appendChild(node('span', l.name || ''));
    if (l.name && !m.full) { return td; }
    var open = button(l.name ? '✎' : say('setName'), function () {
      open.hidden = true;
      var input = node('input');
      input.maxLength = 40;
      input.value = l.name || '';
      input.setAttribute('aria-label', say('passengerName') + ' #' + l.requestId);
      td.appendChild(input);
      td.appendChild(button(say('saveName'), function () {
        call('PUT', '/api/returnhome/requests/' + l.requestId + '/passenger-name', { name: input.value })
          .then(function () { notify(say('nameSaved')); return openTrip(trip.id); }).catch(showIn('tr-error'));
      }, 'save-name'));
      input.focus();
    }, 'set-name');
    td.appendChild(open);
    return td;
  }
  function revealManifest(e) {
    e.preventDefault();
    call('POST', '/api/returnhome/trips/' + trip.id + '/manifest/reveal', { reason: byId('m-reveal-reason').value.trim() })
      .then(function () { byId('m-reveal-reason').value = ''; return openTrip(trip.id); }).catch(showIn('tr-error'));
  }
  function checkIn(requestId, boarded) {
    call('POST', '/api/returnhome/trips/' + trip.id + '/manifest/' + requestId + '/check-in', { boarded: boarded })
      .then(function () { notify(say('checked')); return openTrip(trip.id); }).catch(showIn('tr-error'));
  }
  // People who hold seats and have been told (or would be): what a notice goes to.
  function partiesOnTrip() { return trip ? trip.parties : 0; }

  function ask(text, action) {
    pending = action;
    byId('confirm-text').textContent = text;
    byId('confirm-box').hidden = false;
    byId('confirm-yes').focus();
  }
  function saveTrip(e) {
    e.preventDefault();
    byId('tr-error').hidden = true;
    var input = tripInput();
    if (!trip) {
      call('POST', '/api/returnhome/trips', input).then(function (created) {
        notify(say('saved'));
        location.hash = '#/trip/' + created.id;
      }).catch(showIn('tr-error'));
      return;
    }
    var put = function () {
      return call('PUT', '/api/returnhome/trips/' + trip.id, input).then(function (x) {
        notify(x.status === 'PUBLISHED' ? say('changed', { n: x.parties }) : say('saved'));
        return openTrip(x.id);
      }).catch(showIn('tr-error'));
    };
    if (trip.status === 'PUBLISHED') { ask(askText('askChange', { n: partiesOnTrip() }), put); } else { put(); }
  }
  function tripAction(path, question, done) {
    return function () {
      byId('tr-error').hidden = true;
      var run = function () {
        var told = partiesOnTrip();
        var byChannel = mixedReach() ? say('byChannel', { s: reach.sms, c: reach.chat, u: reach.unreachable }) : null;
        return call('POST', '/api/returnhome/trips/' + trip.id + '/' + path, path === 'publish' ? {} : undefined)
          .then(function (x) {
            notify(!done ? say('saved') : say(byChannel && done === 'published' ? 'publishedMixed' : done,
              { n: told, r: byChannel }));
            return openTrip(x.id);
          })
          .catch(showIn('tr-error'));
      };
      if (question) { ask(question(), run); } else { run(); }
    };
  }

  // ---- planner ----
  function runPlanner(e) {
    e.preventDefault();
    var button = byId('p-run');
    button.disabled = true;
    call('POST', '/api/returnhome/plans', {
      originCode: places().code(byId('p-origin')), from: byId('p-from').value, to: byId('p-to').value,
      vehicleType: byId('p-vehicle').value, pickupPoint: byId('p-pickup').value.trim(),
      departureTime: byId('p-time').value || null, seconds: Number(byId('p-seconds').value) || 5
    }).then(function (plan) {
      lastRun = plan;
      keepPlan(plan);
      location.hash = '#/planner/' + plan.planId;
    }).catch(failed).then(function () { button.disabled = false; });
  }
  // The proposal survives leaving the planner view and reloading the page: the last run (its id, lower
  // bound and unplanned requests) is kept in this browser; the proposal itself is the server's DRAFT trips.
  var PLAN = 'warmline.returnhome.plan';
  function keepPlan(plan) {
    localStorage.setItem(PLAN, JSON.stringify({ planId: plan.planId, lowerBound: plan.lowerBound, unplanned: plan.unplanned }));
  }
  function keptPlan() {
    try { return JSON.parse(localStorage.getItem(PLAN)); } catch (ignored) { return null; }
  }
  function forgetPlan(planId) {
    var kept = keptPlan();
    if (kept && String(kept.planId) === String(planId)) { localStorage.removeItem(PLAN); }
  }
  // A proposal is the plan's DRAFT trips; their parties are the requests whose tripId is one of them.
  function loadPlan(planId) {
    var kept = keptPlan();
    if (!lastRun && kept && kept.planId === planId) { lastRun = kept; }
    byId('plan-result').hidden = false;
    byId('p-id').textContent = planId;
    return call('GET', '/api/returnhome/trips?status=DRAFT&limit=1000').then(function (all) {
      var trips = all.filter(function (x) { return x.planId === planId; });
      if (!trips.length) { forgetPlan(planId); }
      var ids = trips.map(function (x) { return x.id; });
      return call('GET', '/api/returnhome/requests?status=CONFIRMED,WAITLISTED&limit=1000').then(function (requests) {
        showPlan(planId, trips, requests.filter(function (r) { return ids.indexOf(r.tripId) >= 0; }));
      });
    }).catch(failed);
  }
  function showPlan(planId, trips, parties) {
    var seats = trips.reduce(function (a, x) { return a + x.seatsTaken; }, 0);
    var run = lastRun && lastRun.planId === planId ? lastRun : null;
    byId('p-summary').textContent = say('planSummary', { n: trips.length, s: seats, b: run ? run.lowerBound : '—' });
    byId('p-unplanned').textContent = run ? say('unplanned') + (run.unplanned.length ? run.unplanned.join(', ') : say('none')) : '';
    byId('p-publish').disabled = !trips.length;
    byId('p-discard').disabled = !trips.length;
    var box = empty(byId('p-trips'));
    trips.forEach(function (x) {
      var card = node('article', null, 'plan-trip');
      card.setAttribute('data-trip', x.id);
      var head = node('h3');
      var link = node('a', say('trip') + ' #' + x.id);
      link.href = '#/trip/' + x.id;
      head.appendChild(link);
      head.appendChild(document.createTextNode(' · ' + localTime(x.departureLocal)));
      card.appendChild(head);
      card.appendChild(node('p', x.stops.map(placeName).join(' → ') + ' · ' + say('capacityIs', { t: x.seatsTaken, c: x.capacity }), 'meta'));
      var list = node('ul');
      parties.filter(function (r) { return r.tripId === x.id; }).forEach(function (r) {
        var li = node('li');
        li.setAttribute('data-request', r.id);
        li.appendChild(node('span', '#' + r.id + ' ' + phoneText(r.phone) + ' · ' + r.partySize + say('people') + ' · '
          + placeName(r.destination) + ' · ' + r.earliestDate + '–' + r.latestDate, 'party'));
        var target = node('select');
        target.setAttribute('aria-label', say('moveTo') + ' #' + r.id);
        target.appendChild(node('option', say('moveTo') + '…')).value = '';
        trips.filter(function (o) { return o.id !== x.id; }).forEach(function (o) {
          target.appendChild(node('option', say('trip') + ' #' + o.id)).value = String(o.id);
        });
        target.appendChild(node('option', say('outOfPlan'))).value = 'out';
        target.addEventListener('change', function () {
          if (target.value) { moveParty(planId, x.id, r.id, target.value); }
        });
        li.appendChild(target);
        list.appendChild(li);
      });
      card.appendChild(list);
      card.appendChild(button(say('dropTrip'), function () {
        call('POST', '/api/returnhome/trips/' + x.id + '/cancel').then(function () {
          notify(say('dropped'));
          return loadPlan(planId);
        }).catch(failed);
      }, 'drop'));
      box.appendChild(card);
    });
    byId('p-publish').setAttribute('data-plan', planId);
    byId('p-publish').setAttribute('data-trips', trips.length);
    byId('p-publish').setAttribute('data-parties', parties.length);
  }
  // Moving is one call (all or nothing): a target that refuses (409: capacity, window, stop) leaves the
  // party where it was and the rule is shown. "Out" takes the party out of its draft, back to the pool.
  function moveParty(planId, fromTrip, requestId, target) {
    var base = '/api/returnhome/trips/' + fromTrip + '/requests/' + requestId;
    var done = target === 'out'
      ? call('DELETE', base).then(function () { notify(say('removed')); })
      : call('POST', base + '/move', { toTripId: Number(target) }).then(function () { notify(say('moved')); });
    done.catch(failed).then(function () { return loadPlan(planId); });
  }
  function publishPlan() {
    var b = byId('p-publish');
    var planId = b.getAttribute('data-plan');
    var trips = b.getAttribute('data-trips'), parties = b.getAttribute('data-parties');
    var yes = button(say('confirm'), function () {
      call('POST', '/api/returnhome/plans/' + planId + '/publish').then(function (published) {
        forgetPlan(planId);
        notify(say('planPublished', { t: published.length, n: parties }));
        location.hash = '#/trips';
      }).catch(failed).then(function () { holder.remove(); });
    }, 'primary');
    yes.id = 'p-publish-yes';
    var holder = node('div', null, 'confirm');
    holder.setAttribute('role', 'alertdialog');
    holder.appendChild(node('p', say('askPublishPlan', { t: trips, n: parties })));
    holder.appendChild(yes);
    holder.appendChild(button(say('back2'), function () { holder.remove(); }));
    b.parentNode.after(holder);
    yes.focus();
  }
  function discardPlan() {
    var planId = byId('p-publish').getAttribute('data-plan');
    call('POST', '/api/returnhome/plans/' + planId + '/discard').then(function () {
      forgetPlan(planId);
      notify(say('planDiscarded'));
      location.hash = '#/planner';
    }).catch(failed);
  }

  // ---- page ----
  var VIEWS = ['board', 'trips', 'trip', 'planner'];
  function route() {
    var hash = location.hash || '#/board';
    VIEWS.forEach(function (v) { byId('view-' + v).hidden = true; });
    var m = hash.match(/^#\/trip\/(new|\d+)$/);
    if (m) { byId('view-trip').hidden = false; openTrip(m[1] === 'new' ? 'new' : Number(m[1])); return; }
    var p = hash.match(/^#\/planner(?:\/(\d+))?$/);
    if (p) {
      byId('view-planner').hidden = false;
      var kept = keptPlan();
      if (p[1]) {
        loadPlan(Number(p[1]));
      } else if (kept && kept.planId) {
        location.replace('#/planner/' + kept.planId);
      } else {
        byId('plan-result').hidden = true;
      }
      return;
    }
    if (hash === '#/trips') { byId('view-trips').hidden = false; loadTrips(); return; }
    byId('view-board').hidden = false;
    loadBoard();
  }
  function translate() {
    W.applyTexts();
    document.title = say('appTitle');
  }
  function wire() {
    byId('lang-switch').addEventListener('click', function () {
      lang = W.switchLanguage();
      translate();
      route();
    });
    byId('logout').addEventListener('click', function () {
      call('POST', '/api/session/logout').then(function () { location.href = '/console/login'; }).catch(failed);
    });
    byId('board-filters').addEventListener('submit', function (e) { e.preventDefault(); loadBoard(); });
    byId('assign-form').addEventListener('submit', assignSelected);
    byId('trip-filters').addEventListener('submit', function (e) { e.preventDefault(); loadTrips(); });
    byId('tr-vehicle').addEventListener('change', showVehicle);
    byId('trip-form').addEventListener('submit', saveTrip);
    byId('tr-publish').addEventListener('click', tripAction('publish', function () {
      return askText('askPublish', { n: trip.parties, p: trip.seatsTaken });
    }, 'published'));
    byId('tr-cancel').addEventListener('click', tripAction('cancel', function () {
      return trip.status === 'PUBLISHED' ? askText('askCancel', { n: trip.parties }) : say('askCancelDraft');
    }, 'cancelled'));
    byId('tr-depart').addEventListener('click', tripAction('depart'));
    byId('tr-arrive').addEventListener('click', tripAction('arrive'));
    byId('confirm-yes').addEventListener('click', function () {
      byId('confirm-box').hidden = true;
      var action = pending;
      pending = null;
      if (action) { action(); }
    });
    byId('confirm-no').addEventListener('click', function () { byId('confirm-box').hidden = true; pending = null; });
    byId('plan-form').addEventListener('submit', runPlanner);
    byId('rq-kind').addEventListener('change', showEditKind);
    byId('rq-reason').addEventListener('input', function () { byId('rq-error').hidden = true; });
    byId('rq-form').addEventListener('submit', submitEdit);
    byId('rq-close').addEventListener('click', function () { byId('rq-form').hidden = true; editing = null; });
    ['b-origin', 'tr-origin', 'p-origin'].forEach(function (id) { places().attach(byId(id), false); });
    places().attach(byId('tr-stops'), true);
    byId('m-reveal').addEventListener('click', function () {
      byId('m-reveal-form').hidden = false;
      byId('m-reveal-reason').focus();
    });
    byId('m-reveal-cancel').addEventListener('click', function () { byId('m-reveal-form').hidden = true; });
    byId('m-reveal-form').addEventListener('submit', revealManifest);
    byId('p-publish').addEventListener('click', publishPlan);
    byId('p-discard').addEventListener('click', discardPlan);
    window.addEventListener('hashchange', route);
  }
  function start() {
    translate();
    wire();
    call('GET', '/api/session').then(function (s) {
      session = s;
      byId('me').textContent = s.username + (s.centre ? ' · ' + ((lang === 'en' ? s.centreNameEn : s.centreNameZh) || s.centre) : '');
      var allowed = ['COORDINATOR', 'SUPERVISOR', 'ADMIN'].some(function (r) { return s.roles.indexOf(r) >= 0; });
      if (!allowed) { byId('no-access').hidden = false; return; }
      route();
    }).catch(failed);
  }
  W.start({ scope: 'returnhome', csrf: function () { return session ? session.csrfToken : ''; }, explain: refusal }, start);
}());
