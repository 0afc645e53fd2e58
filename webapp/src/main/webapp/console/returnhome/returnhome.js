// Warmline coordinators' pages: demand board, trips, manual assignment, planner, manifest.
// Every action is a call of the documented JSON API under /api/returnhome (see /openapi); text from
// workers and staff is put into the page with textContent only. No inline script or style (CSP).
(function () {
  'use strict';

  var TEXT = {
    zh: {
      appTitle: '暖心热线 · 返乡调度', navBoard: '需求看板', navTrips: '车次', navPlanner: '智能排班', navConsole: '接线台',
      logout: '退出', other: 'English', noAccess: '此页面仅供运输协调员、主管和管理员使用。',
      origin: '出发地', from: '从', to: '到', status: '状态', waitingSeat: '等待座位（已确认＋候补）', apply: '筛选',
      exportCsv: '导出 CSV', exportXlsx: '导出 Excel', totals: '合计', parties: '组', people: '人',
      chartTitle: '每日人数（按目的省份）', province: '省', city: '市', county: '县区', travelDate: '出行日期',
      partiesCol: '组数', peopleCol: '人数', unassignedTitle: '未分配的申请', assignTo: '加入车次',
      assignSelected: '将选中的加入车次', select: '选择', phone: '手机', origin2: '出发地', destination: '目的地',
      window: '可出行', notes: '备注', all: '全部', newTrip: '新建车次', departure: '发车时间', vehicle: '车型',
      pickup: '上车点', stops: '停靠站', seats: '座位', plan: '方案', backTrips: '← 返回车次', trip: '车次',
      blockSeats: '团体票座位数', stopsHint: '停靠站（按顺序输入地名并选择，最多5个）', date: '日期', time: '时间',
      carrier: '承运单位', driver: '司机联系方式', save: '保存', publish: '发布', depart: '已发车', arrive: '已到达',
      cancelTrip: '取消车次', confirm: '确认', back2: '返回', manifest: '乘客名单', print: '打印视图',
      confirmation: '确认状态', checkIn: '登车', boarded: '已上车', noShow: '未到', remove: '移出',
      seconds: '计算秒数', runPlanner: '运行排班', planNo: '方案',
      plannerNote: '排班只使用未上车次的申请，已发布的车次不会被改动。方案是草稿车次：可移动乘客组、移出或删除车次，然后发布。',
      publishPlan: '发布整个方案（通知乘客）', discardPlan: '放弃方案', dropTrip: '删除此车次', moveTo: '移到',
      outOfPlan: '移出方案', unplanned: '未能安排的申请：', none: '无', open: '打开', newTripTitle: '（新）',
      changeNote: '此车次已发布：修改发车时间、上车点或停靠站后，会用一批通知（短信或聊天）告知全部乘客。',
      capacityIs: '座位：{t} / {c}', peopleOnTrip: '{p} 人，{n} 组', planSummary: '{n} 个车次，{s} 座，下界 {b} 辆',
      askPublish: '发布后，{n} 组乘客（{p} 人）每组会收到一条短信，请回复1确认。确认发布？',
      askCancel: '取消车次后，已通知的 {n} 组乘客会收到同一批取消短信，并转入候补。确认取消？',
      askCancelDraft: '草稿车次取消后，乘客组回到待分配。确认取消？',
      askChange: '此车次已发布：保存后，{n} 组乘客会收到同一批变更短信。确认保存？',
      askPublishPlan: '发布方案中的 {t} 个车次：{n} 组乘客每组会收到一条座位通知（短信或聊天）。确认发布？',
      byChannel: '短信 {s} 组，聊天 {c} 组，无法通知 {u} 组',
      askPublishMixed: '发布后，{n} 组乘客（{p} 人）会收到座位通知（{r}），请回复1确认。确认发布？',
      askCancelMixed: '取消车次后，已通知的 {n} 组乘客会收到取消通知（{r}），并转入候补。确认取消？',
      askChangeMixed: '此车次已发布：保存后，{n} 组乘客会收到变更通知（{r}）。确认保存？',
      publishedMixed: '已发布：已通知 {n} 组乘客（{r}）',
      unreachableNote: '{n} 组乘客的座位通知无法送达（工友已退订，或既没有手机也没有聊天），请电话联系或移出：{ids}',
      unreachableMark: '无法通知',
      published: '已发布：已向 {n} 组乘客发送短信', cancelled: '已取消：已通知 {n} 组乘客', changed: '已保存并通知 {n} 组乘客',
      saved: '已保存', assigned: '已将 {n} 组加入车次 {id}', checked: '已登记', moved: '已移动', removed: '已移出方案',
      dropped: '已删除车次，乘客组回到待分配', planPublished: '方案已发布：{t} 个车次，{n} 组乘客已收到短信',
      planDiscarded: '方案已放弃', nothingSelected: '请先选择申请', noTrip: '请选择车次', selectedN: '已选 {n} 组',
      error: '出错了：', refused: '不能这样安排：', e400: '输入有误，请检查后重试', e404: '找不到该内容，可能已被删除',
      e403: '无权执行此操作', e5xx: '服务器暂时出错，请稍后重试', eNetwork: '无法连接服务器，请检查网络后重试',
      r_capacity: '座位不够（整组乘客不拆开）', r_split: '同一组乘客不能拆开，也不能同时在两个车次上',
      r_window: '发车日期不在乘客可出行的日期内', r_stop: '乘客的目的地不在此车次的停靠站上',
      r_origin: '乘客的出发地与车次不同', r_status: '当前状态不允许此操作', r_soon: '车次即将出发，不能再提供座位',
      r_empty: '车次上还没有乘客，不能发布', r_deadline: '确认截止时间必须在现在和发车之间',
      r_checkinEarly: '发车前12小时才开始登车签到', r_unconfirmed: '乘客还没有回复1确认座位，不能签到',
      ts_DRAFT: '草稿', ts_PUBLISHED: '已发布', ts_DEPARTED: '已发车', ts_ARRIVED: '已到达', ts_CANCELLED: '已取消',
      rs_CONFIRMED: '已确认', rs_WAITLISTED: '候补', rs_OFFERED: '已提供座位', rs_SEAT_CONFIRMED: '已确认座位',
      rs_DECLINED: '已拒绝', rs_EXPIRED: '已过期', rs_BOARDED: '已上车', rs_NO_SHOW: '未到', rs_CANCELLED: '已取消',
      vt_COACH_45: '大巴 45座', vt_COACH_53: '大巴 53座', vt_MINIBUS_19: '中巴 19座', vt_TRAIN_BLOCK: '火车团体票',
      placeHint: '杭州、萧山区、杭州东站', stopsPlaceHint: '六安、阜阳', chatOnly: '仅网聊', passengerName: '姓名',
      setName: '填写姓名', saveName: '保存姓名', nameSaved: '姓名已保存', revealAll: '显示完整号码',
      revealReason: '查看原因（必填，记入审计日志）', revealedUntil: '完整号码和姓名显示至 {t}（已记入审计日志），打印和导出也含完整号码',
      checkInFrom: '{t} 起可签到', departFrom: '{t} 起可标记发车', dateTimeShort: '{M}月{d}日 {hm}',
      r_departEarly: '还没到发车时间，不能标记为已发车',
      rqActions: '修改', rqEdit: '修改/取消', rqTitle: '修改返乡申请', rqWhat: '修改什么', rqParty: '人数',
      rqDate: '出行日期', rqDestination: '目的地', rqDestinationHint: '目的地（地名或区划代码）', rqCancel: '取消申请',
      rqReason: '原因（必填，记入审计日志）', rqTell: '把原因告诉工友（工友都会收到变更短信）', escSubmitChange: '提交',
      rqNeedReason: '请填写原因', rqChanged: '申请 #{id} 已修改，已短信通知工友', rqCancelled: '申请 #{id} 已取消，已短信通知工友',
      cr_NOT_OPEN: '这个申请已不能修改', cr_LEAVES_SOON: '车次即将出发', cr_TRIP_LEFT: '车次已经出发',
      cr_NO_ROOM: '车上空座不够（还剩 {n} 座，整组不拆开）', cr_PAST_DATE: '出行日期已经过去', cr_SAME_VALUE: '和原来一样，不用改',
      f422_reason: '请填写原因', f422_change: '请只填一项要修改的内容', f422_partySize: '人数须在1到60之间',
      f422_travelDate: '日期格式不对', f422_destination: '找不到这个目的地，请写得具体些或填区划代码'
    },
    en: {
      appTitle: 'Warmline · Trips home', navBoard: 'Demand board', navTrips: 'Trips', navPlanner: 'Planner',
      navConsole: 'Operator console', logout: 'Sign out', other: '中文',
      noAccess: 'This page is for transport coordinators, supervisors and admins.',
      origin: 'Origin', from: 'From', to: 'To', status: 'Status', waitingSeat: 'Waiting for a seat (confirmed + waitlist)',
      apply: 'Filter', exportCsv: 'Export CSV', exportXlsx: 'Export Excel', totals: 'Total', parties: 'parties',
      people: 'people', chartTitle: 'People per day (by destination province)', province: 'Province', city: 'City',
      county: 'County', travelDate: 'Travel date', partiesCol: 'Parties', peopleCol: 'People',
      unassignedTitle: 'Requests on no trip', assignTo: 'Add to trip', assignSelected: 'Add selected to trip',
      select: 'Select', phone: 'Phone', origin2: 'Origin', destination: 'Destination', window: 'Can travel',
      notes: 'Notes', all: 'All', newTrip: 'New trip', departure: 'Departure', vehicle: 'Vehicle', pickup: 'Pick-up point',
      stops: 'Stops', seats: 'Seats', plan: 'Plan', backTrips: '← Back to trips', trip: 'Trip', blockSeats: 'Block seats',
      stopsHint: 'Stops (in order: type a place and pick it, at most 5)', date: 'Date', time: 'Time',
      carrier: 'Carrier', driver: 'Driver contact', save: 'Save', publish: 'Publish', depart: 'Departed',
      arrive: 'Arrived', cancelTrip: 'Cancel trip', confirm: 'Confirm', back2: 'Back', manifest: 'Passenger manifest',
      print: 'Print view', confirmation: 'Confirmation', checkIn: 'Check-in', boarded: 'Boarded', noShow: 'No-show',
      remove: 'Take out', seconds: 'Solver seconds', runPlanner: 'Run planner', planNo: 'Plan',
      plannerNote: 'The planner only uses requests on no trip; published trips are never touched. A proposal is draft trips: move a party, take it out or drop a trip, then publish.',
      publishPlan: 'Publish the whole plan (passengers are told)', discardPlan: 'Discard plan', dropTrip: 'Drop this trip',
      moveTo: 'Move to', outOfPlan: 'Out of the plan', unplanned: 'Requests the planner could not place: ', none: 'none',
      open: 'Open', newTripTitle: '(new)',
      changeNote: 'This trip is published: changing departure, pick-up point or stops notifies every passenger in one batch (SMS or chat).',
      capacityIs: 'Seats: {t} / {c}', peopleOnTrip: '{p} people, {n} parties', planSummary: '{n} trips, {s} seats, lower bound {b} vehicles',
      askPublish: 'Publishing sends one SMS to each of {n} parties ({p} people), asking them to reply 1. Publish?',
      askCancel: 'Cancelling sends the {n} notified parties one batch of cancellation SMS and waitlists them. Cancel the trip?',
      askCancelDraft: 'The parties of this draft go back to the pool. Cancel the draft?',
      askChange: 'This trip is published: saving sends {n} parties one batch of change SMS. Save?',
      askPublishPlan: 'Publishing the plan\'s {t} trips sends a seat notice (SMS or chat) to each of {n} parties. Publish?',
      byChannel: 'SMS {s}, chat {c}, cannot be reached {u}',
      askPublishMixed: 'Publishing sends each of {n} parties ({p} people) a seat notice ({r}), asking them to reply 1. Publish?',
      askCancelMixed: 'Cancelling tells the {n} notified parties in one batch ({r}) and waitlists them. Cancel the trip?',
      askChangeMixed: 'This trip is published: saving tells {n} parties of the change in one batch ({r}). Save?',
      publishedMixed: 'Published: {n} parties told ({r})',
      unreachableNote: 'The seat notice of {n} parties reached nobody (opted out, or neither phone nor chat); call them or take them off: {ids}',
      unreachableMark: 'Cannot be reached',
      published: 'Published: {n} parties were sent an SMS', cancelled: 'Cancelled: {n} parties were told',
      changed: 'Saved; {n} parties were told', saved: 'Saved', assigned: '{n} parties added to trip {id}',
      checked: 'Checked in', moved: 'Moved', removed: 'Taken out of the plan',
      dropped: 'Trip dropped; its parties are back in the pool',
      planPublished: 'Plan published: {t} trips, {n} parties were sent an SMS', planDiscarded: 'Plan discarded',
      nothingSelected: 'Select requests first', noTrip: 'Choose a trip', selectedN: '{n} selected', error: 'Error: ',
      refused: 'Not possible: ', e400: 'Please check what you entered', e404: 'Not found; it may have been removed',
      e403: 'Not allowed', e5xx: 'The server had a problem; please try again',
      eNetwork: 'Cannot reach the server; check the network and try again',
      r_capacity: 'not enough seats (a party is never split)', r_split: 'a party is never split or on two trips',
      r_window: 'the departure day is outside the party\'s travel window', r_stop: 'the party\'s destination is not a stop of this trip',
      r_origin: 'the party starts somewhere else', r_status: 'not allowed in the current status',
      r_soon: 'the trip leaves too soon to offer seats', r_empty: 'a trip without passengers is not published',
      r_deadline: 'the confirmation deadline must lie between now and the departure',
      r_checkinEarly: 'check-in opens 12 hours before departure',
      r_unconfirmed: 'the passenger has not confirmed the seat (reply 1), so cannot be checked in',
      ts_DRAFT: 'Draft', ts_PUBLISHED: 'Published', ts_DEPARTED: 'Departed', ts_ARRIVED: 'Arrived', ts_CANCELLED: 'Cancelled',
      rs_CONFIRMED: 'Confirmed', rs_WAITLISTED: 'Waitlisted', rs_OFFERED: 'Offered', rs_SEAT_CONFIRMED: 'Seat confirmed',
      rs_DECLINED: 'Declined', rs_EXPIRED: 'Expired', rs_BOARDED: 'Boarded', rs_NO_SHOW: 'No-show', rs_CANCELLED: 'Cancelled',
      vt_COACH_45: 'Coach 45 seats', vt_COACH_53: 'Coach 53 seats', vt_MINIBUS_19: 'Minibus 19 seats', vt_TRAIN_BLOCK: 'Train block',
      placeHint: 'Hangzhou, Xiaoshan, 杭州东站', stopsPlaceHint: 'Lu\'an, Fuyang', chatOnly: 'chat only', passengerName: 'Name',
      setName: 'Add name', saveName: 'Save name', nameSaved: 'Name saved', revealAll: 'Show full numbers',
      revealReason: 'Reason (required, recorded in the audit log)',
      revealedUntil: 'Full numbers and names shown until {t} (recorded in the audit log); print and exports include them',
      checkInFrom: 'Check-in opens {t}', departFrom: 'Can be marked departed from {t}', dateTimeShort: '{mon} {d} {hm}',
      r_departEarly: 'it is too early to mark the trip departed',
      rqActions: 'Change', rqEdit: 'Change / cancel', rqTitle: 'Change trip request', rqWhat: 'What changes',
      rqParty: 'Party size', rqDate: 'Travel date', rqDestination: 'Destination',
      rqDestinationHint: 'Destination (place name or code)', rqCancel: 'Cancel the request',
      rqReason: 'Reason (required, kept in the audit log)', rqTell: 'Tell the worker the reason (they are texted about the change anyway)',
      escSubmitChange: 'Submit', rqNeedReason: 'Please give a reason',
      rqChanged: 'Request #{id} changed; the worker was texted', rqCancelled: 'Request #{id} cancelled; the worker was texted',
      cr_NOT_OPEN: 'this request can no longer be changed', cr_LEAVES_SOON: 'the trip leaves soon', cr_TRIP_LEFT: 'the trip has left',
      cr_NO_ROOM: 'not enough free seats on the trip ({n} left; a party is never split)',
      cr_PAST_DATE: 'the travel date has passed', cr_SAME_VALUE: 'it is the same as before',
      f422_reason: 'Please give a reason', f422_change: 'Fill in exactly one thing to change',
      f422_partySize: 'Party size must be 1 to 60', f422_travelDate: 'The date is not valid',
      f422_destination: 'No such destination; be more precise or give a code'
    }
  };
  // The server's 409 names the broken rule by a stable code (problem+json member "code"); others read r_status.
  var RULES = { 'trip.depart-early': 'r_departEarly', 'trip.check-in-early': 'r_checkinEarly',
    'trip.seat-unconfirmed': 'r_unconfirmed', 'trip.seats-exceeded': 'r_capacity', 'trip.party-split': 'r_split',
    'trip.outside-window': 'r_window', 'trip.not-a-stop': 'r_stop', 'trip.other-origin': 'r_origin',
    'trip.leaves-too-soon': 'r_soon', 'trip.no-passengers': 'r_empty', 'trip.deadline': 'r_deadline' };
  var ROAD_SEATS = { COACH_45: 45, COACH_53: 53, MINIBUS_19: 19 };

  var lang = localStorage.getItem('warmline.lang') === 'en' ? 'en' : 'zh';
  var session = null;
  var trip = null;          // the trip open in #/trip/<id>
  var pending = null;       // the action waiting in the confirmation box
  var lastRun = null;       // the planner's last answer (lower bound, unplanned requests)
  var reach = null;         // how the open trip's notices reach its parties: {parties, sms, chat, unreachable, unreachableOffers}

  function say(key, values) {
    var s = TEXT[lang][key] !== undefined ? TEXT[lang][key] : key;
    Object.keys(values || {}).forEach(function (k) { s = s.split('{' + k + '}').join(String(values[k])); });
    return s;
  }
  function byId(id) { return document.getElementById(id); }
  function node(tag, text, className) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    if (className) { n.className = className; }
    return n;
  }
  function empty(n) { while (n.firstChild) { n.removeChild(n.firstChild); } return n; }
  function button(text, onClick, className) {
    var b = node('button', text, className);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }
  function notify(text, bad) {
    var f = byId('flash');
    f.textContent = text;
    f.className = bad ? 'flash error' : 'flash';
    f.hidden = false;
    clearTimeout(notify.timer);
    notify.timer = setTimeout(function () { f.hidden = true; }, 6000);
  }
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

  // ---- the JSON API ----
  function call(method, path, body) {
    var init = { method: method, credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-Requested-With': 'warmline-console' } };
    if (method !== 'GET') { init.headers['X-CSRF-Token'] = session ? session.csrfToken : ''; }
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      if (response.status === 401) {
        location.href = '/console/login?error=expired';
        return Promise.reject(new Error('401'));
      }
      return response.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (ignored) { data = null; }
        if (response.ok) { return data; }
        return Promise.reject(refusal(response.status, data));
      });
    }, function () { return Promise.reject(refusal(0, null)); });
  }
  // A readable message for a refused call: a 409 names the broken trip rule in the page's language,
  // with the server's detail (a rule, never personal data) after it.
  function refusal(status, data) {
    var detail = data && (data.detail || data.title) ? String(data.detail || data.title) : '';
    var message;
    if (data && data.reason && TEXT[lang]['cr_' + data.reason]) {
      message = say('refused') + say('cr_' + data.reason, { n: data.number });
    } else if (status === 422 && data && data.field && TEXT[lang]['f422_' + data.field]) {
      message = say('f422_' + data.field);
    } else if (status === 409) {
      var rule = data && RULES[data.code];
      message = say('refused') + say(rule || 'r_status') + (detail ? ' (' + detail + ')' : '');
    } else {
      var key = status === 0 ? 'eNetwork' : status >= 500 ? 'e5xx' : TEXT[lang]['e' + status] ? 'e' + status : 'e400';
      message = say(key) + (detail && status === 400 ? ' (' + detail + ')' : '');
    }
    var e = new Error(message);
    e.status = status;
    return e;
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
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = say('appTitle');
    document.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = say(n.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (n) { n.placeholder = say(n.getAttribute('data-i18n-placeholder')); });
    byId('lang-switch').textContent = say('other');
  }
  function wire() {
    byId('lang-switch').addEventListener('click', function () {
      lang = lang === 'en' ? 'zh' : 'en';
      localStorage.setItem('warmline.lang', lang);
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
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
