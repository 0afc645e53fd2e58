// Place fields of the staff pages (issue 10, item 5): a coordinator or operator types a place or station
// name (杭州, 萧山区, 杭州东站), picks one of the suggestions of GET /api/places, and the field shows the
// place by name ("浙江 杭州 萧山区") while the page sends its GB/T 2260 code. A field for several places
// (a trip's stops) keeps the chosen ones as a list with a remove button each. Suggestions are buttons in
// a small list under the field (no framework, no inline script or style: CSP); text goes in by textContent.
// Needs warmline.js (loaded before it).
window.WarmlinePlaces = (function () {
  'use strict';

  var CODE = /^(\d{2}|\d{4}|\d{6})$/;
  var SEPARATORS = /[\s,，、]+/;

  function language() { return document.documentElement.lang === 'en' ? 'en' : 'zh'; }
  var node = window.Warmline.el; // text only (warmline.js)

  // The suggestions of the server for a text, latest question wins.
  function ask(input, list) {
    var q = input.value.trim();
    var asked = (input.warmlineAsked || 0) + 1;
    input.warmlineAsked = asked;
    if (!q) { close(list); return; }
    fetch('/api/places?limit=8&lang=' + language() + '&q=' + encodeURIComponent(q), {
      credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Requested-With': 'warmline-console' }
    }).then(function (r) { return r.ok ? r.json() : []; }).catch(function () { return []; }).then(function (found) {
      if (asked !== input.warmlineAsked) { return; }
      while (list.firstChild) { list.removeChild(list.firstChild); }
      found.forEach(function (p) {
        var li = node('li');
        var b = node('button', p.label, 'place-option');
        b.type = 'button';
        b.setAttribute('data-code', p.code);
        b.addEventListener('mousedown', function (e) { e.preventDefault(); });
        b.addEventListener('click', function () { pick(input, list, p); });
        li.appendChild(b);
        list.appendChild(li);
      });
      // an answer that arrives after the field was left opens nothing over the rest of the form
      list.hidden = !found.length || document.activeElement !== input;
    });
  }
  function close(list) { list.hidden = true; }

  function pick(input, list, place) {
    close(list);
    if (input.warmlineChips) {
      addChip(input, place);
      input.value = '';
    } else {
      input.value = place.label;
      input.setAttribute('data-code', place.code);
    }
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.focus();
  }

  function addChip(input, place) {
    var chips = input.warmlineChips;
    var li = node('li', null, 'place-chip');
    li.setAttribute('data-code', place.code);
    li.appendChild(node('span', place.label));
    var x = node('button', '×', 'place-remove');
    x.type = 'button';
    x.setAttribute('aria-label', window.Warmline.t('placeRemove', { place: place.label }));
    x.addEventListener('click', function () { chips.removeChild(li); });
    li.appendChild(x);
    chips.appendChild(li);
  }

  /**
   * Turns a text input into a place field.
   * @param input the input element
   * @param multiple true: several places in order (shown as a list after the field)
   */
  function attach(input, multiple) {
    var list = node('ul', null, 'place-suggest');
    list.hidden = true;
    list.setAttribute('role', 'listbox');
    list.id = input.id + '-suggest';
    input.setAttribute('autocomplete', 'off');
    input.parentNode.classList.add('place-field');
    input.setAttribute('aria-controls', list.id);
    if (multiple) {
      var chips = node('ol', null, 'place-chips');
      chips.id = input.id + '-chosen';
      input.warmlineChips = chips;
      input.parentNode.appendChild(chips);
    }
    input.parentNode.appendChild(list);
    var timer = null;
    input.addEventListener('input', function () {
      input.removeAttribute('data-code');
      clearTimeout(timer);
      timer = setTimeout(function () { ask(input, list); }, 200);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { close(list); return; }
      if (e.key === 'Enter' && !list.hidden) {
        var first = list.querySelector('button');
        if (first) { e.preventDefault(); first.click(); }
      }
    });
    input.addEventListener('blur', function () {
      clearTimeout(timer);
      input.warmlineAsked = (input.warmlineAsked || 0) + 1; // a question still on its way is answered to no one
      setTimeout(function () { close(list); }, 150);
    });
  }

  /** @return the code of a single place field: the picked place, or a code typed as such, or the text */
  function code(input) {
    var picked = input.getAttribute('data-code');
    return picked || input.value.trim();
  }

  /** @return the codes of a multiple place field: the chosen places, then codes typed in the field */
  function codes(input) {
    var chosen = Array.prototype.map.call(input.warmlineChips ? input.warmlineChips.children : [],
      function (li) { return li.getAttribute('data-code'); });
    return chosen.concat(input.value.split(SEPARATORS).filter(function (s) { return s; }));
  }

  /**
   * Shows places in a field: one for a single field, the list for a multiple one.
   * @param input the field
   * @param places a place {code, name, label} or a list of them; null or [] empties the field
   */
  function set(input, places) {
    if (input.warmlineChips) {
      while (input.warmlineChips.firstChild) { input.warmlineChips.removeChild(input.warmlineChips.firstChild); }
      (places || []).forEach(function (p) { addChip(input, { code: p.code, label: p.label || p.name || p.code }); });
      input.value = '';
      return;
    }
    if (!places) { input.value = ''; input.removeAttribute('data-code'); return; }
    input.value = places.label || places.name || places.code;
    input.setAttribute('data-code', places.code);
  }

  return { attach: attach, code: code, codes: codes, set: set, isCode: function (s) { return CODE.test(s); } };
}());
