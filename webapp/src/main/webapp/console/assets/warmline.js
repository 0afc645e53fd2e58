// Warmline's staff pages share this one script (plain JS, no build step, no inline script: the pages
// have a Content-Security-Policy). A page loads it before its own script and gets window.Warmline:
//  - words: the page's texts from the resource bundles i18n/console_zh|en.properties, served by the
//    server as the script /console/i18n/texts.js (which a page loads just before this one) and as JSON
//    by GET /console/i18n?lang=zh|en; they are at hand before the page starts; t('key') says <page>.key (else
//    common.key) in the page's language, with {name} placeholders filled from an object;
//  - an API client: fetch with the session cookie, JSON in and out, the CSRF token on every change, a
//    401 back to the sign-in page, and a refused call (problem+json) turned into an Error whose message
//    is said in the page's language — from the bundle's problem.<code> when the body carries a `code`,
//    else from the page's own rules, else by the HTTP status;
//  - DOM helpers that put text into the page with textContent only: worker text is never HTML.
window.Warmline = (function () {
  'use strict';

  var LANG = 'warmline.lang';
  var texts = { zh: null, en: null };
  var lang = localStorage.getItem(LANG) === 'en' ? 'en' : 'zh';
  // what a page tells the module at start (see start())
  var page = { scope: 'common', csrf: null, onSignedOut: null, explain: null, detailInEnglish: false };

  // ---- words ----
  function lookup(key) {
    var d = texts[lang];
    if (!d) { return undefined; }
    if (d[page.scope + '.' + key] !== undefined) { return d[page.scope + '.' + key]; }
    if (d['common.' + key] !== undefined) { return d['common.' + key]; }
    return key.indexOf('problem.') === 0 ? d[key] : undefined;
  }
  /** @return whether the page's bundle has a text for the key (in the page's language) */
  function has(key) { return lookup(key) !== undefined; }
  /**
   * @param key    a key of the page's bundle, without the page's prefix
   * @param values optional {name: value}: each {name} in the text is replaced by the value
   * @return the text in the page's language, or the key itself when the bundle has none
   */
  function t(key, values) {
    var s = lookup(key);
    if (s === undefined) { s = key; }
    Object.keys(values || {}).forEach(function (k) { s = s.split('{' + k + '}').join(String(values[k])); });
    return s;
  }
  /** A label from the bundle, never the code itself: an unknown (or null) code says nothing. */
  function label(prefix, code) { return code == null || !has(prefix + code) ? '' : t(prefix + code); }
  /** @return the page's language: 'zh' or 'en' */
  function language() { return lang; }
  /** Switches to the other language and remembers it in this browser (all staff pages share it). */
  function switchLanguage() {
    lang = lang === 'en' ? 'zh' : 'en';
    localStorage.setItem(LANG, lang);
    return lang;
  }
  /** The page's fixed words: html lang, [data-i18n] text, [data-i18n-placeholder], the #lang-switch button. */
  function applyTexts() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = t(n.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (n) {
      n.placeholder = t(n.getAttribute('data-i18n-placeholder'));
    });
    var other = document.getElementById('lang-switch');
    if (other) { other.textContent = t('other'); }
  }
  // Both languages at once, so that the language switch needs no round trip: from the script
  // /console/i18n/texts.js the pages load before this one (window.WarmlineTexts), else from the JSON
  // endpoint. The server answers both with an ETag, so a later visit only revalidates (304).
  function loadTexts() {
    if (window.WarmlineTexts) {
      texts.zh = window.WarmlineTexts.zh;
      texts.en = window.WarmlineTexts.en;
      return null;
    }
    return Promise.all(['zh', 'en'].map(function (l) {
      return fetch('/console/i18n?lang=' + l, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (d) { texts[l] = d; }, function () { texts[l] = null; });
    }));
  }

  // ---- the JSON API ----
  /**
   * One call of the staff API.
   * @param method GET, POST, PUT or DELETE
   * @param path   the path (with its query)
   * @param body   optional: sent as JSON
   * @return a promise of the answer's JSON (null when empty); rejected with problem(...) when refused,
   *         or with Error('401') after sending a signed-out page to the sign-in form
   */
  function api(method, path, body) {
    var headers = { 'Accept': 'application/json', 'X-Requested-With': 'warmline-console' };
    if (method !== 'GET') { headers['X-CSRF-Token'] = (page.csrf && page.csrf()) || ''; }
    var init = { method: method, headers: headers, credentials: 'same-origin' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (r) {
      if (r.status === 401) {
        if (page.onSignedOut) { page.onSignedOut(); }
        location.href = '/console/login?error=expired';
        throw new Error('401');
      }
      return r.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (ignored) { data = null; }
        if (r.ok) { return data; }
        throw problem(r.status, data);
      });
    }, function () { throw problem(0, null); });
  }
  /**
   * A refused call as an Error for staff, in the page's language; a problem+json body is never shown raw.
   * 1. a body with a `code` (a stable rule code such as "trip.seats-exceeded") the bundle knows: the
   *    bundle's problem.<code>, its {placeholders} filled from the body's fields;
   * 2. else what the page's own explain(status, body) says (e.g. a trip rule), when it says something;
   * 3. else by status: no connection, 403, 5xx, the page's eNNN, else e400; the server's detail (English)
   *    is added in brackets for a 400 (it says what to correct) and, on pages that ask for it, in English.
   * @param status the HTTP status, 0 when the server could not be reached
   * @param data   the parsed body, or null
   * @return an Error with message, status and data (the body)
   */
  function problem(status, data) {
    var text = null;
    if (data && data.code && has('problem.' + data.code)) { text = t('problem.' + data.code, data); }
    if (text === null && page.explain) { text = page.explain(status, data); }
    if (text === null || text === undefined) {
      var key = status === 0 ? 'eNetwork' : status === 403 && has('forbidden') ? 'forbidden' : status >= 500 ? 'e5xx'
        : has('e' + status) ? 'e' + status : 'e400';
      text = t(key);
      var detail = data && (data.detail || data.title);
      if (detail && key !== 'forbidden' && (status === 400 || (page.detailInEnglish && lang === 'en'))) {
        text += ' (' + detail + ')';
      }
    }
    var err = new Error(text);
    err.status = status;
    err.data = data;
    return err;
  }

  // ---- DOM: text only ----
  /** @return the element with that id */
  function $(id) { return document.getElementById(id); }
  /**
   * @param tag  the element's tag
   * @param text optional text, set with textContent (so "<img …>" from a worker shows as those characters)
   * @param cls  optional class name
   * @return the new element
   */
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  /** @param node an element whose children are all removed @return the node */
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; }
  /** @return a type=button button with the text and the click handler */
  function button(text, onClick, cls) {
    var b = el('button', text, cls);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }
  /**
   * A chart's legend: one coloured square (class s0, s1, … as the bars) and a name per series.
   * @param names the series' names, in the bars' order
   * @return a div.legend
   */
  function legend(names) {
    var ns = 'http://www.w3.org/2000/svg';
    var box = el('div', null, 'legend');
    names.forEach(function (name, j) {
      var item = el('span');
      var swatch = document.createElementNS(ns, 'svg');
      swatch.setAttribute('viewBox', '0 0 10 10');
      var r = document.createElementNS(ns, 'rect');
      r.setAttribute('width', '10');
      r.setAttribute('height', '10');
      r.setAttribute('class', 's' + (j % 8));
      swatch.appendChild(r);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(' ' + name));
      box.appendChild(item);
    });
    return box;
  }
  /** Shows a text in the page's #flash line for ms milliseconds (a later one replaces it). */
  function flash(text, isError, ms) {
    var f = $('flash');
    f.textContent = text;
    f.className = isError ? 'flash error' : 'flash';
    f.hidden = false;
    clearTimeout(flash.timer);
    flash.timer = setTimeout(function () { f.hidden = true; }, ms || 4000);
  }

  /**
   * Starts a page once the document is ready and its words are loaded.
   * @param options scope: the page's key prefix in the bundle (console, returnhome, login); csrf: a
   *                function returning the session's CSRF token; onSignedOut: called before a 401 leaves
   *                the page; explain(status, body): the page's own words for a refusal, or null;
   *                detailInEnglish: add the server's detail to every refusal on the English page
   * @param run     the page's start function
   */
  function start(options, run) {
    Object.keys(options || {}).forEach(function (k) { page[k] = options[k]; });
    function go() {
      var loading = loadTexts();
      if (loading) { loading.then(run); } else { run(); } // words at hand: start at once, as the pages always did
    }
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', go); } else { go(); }
  }

  return { start: start, t: t, has: has, label: label, language: language, switchLanguage: switchLanguage,
    applyTexts: applyTexts, api: api, problem: problem, $: $, el: el, clear: clear, button: button, flash: flash,
    legend: legend };
}());
