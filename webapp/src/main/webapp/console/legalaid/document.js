// The printable case documents (/api/legalaid/cases/{id}/documents/...): the print button. A file because the
// site's Content-Security-Policy refuses inline script.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var b = document.getElementById('print');
  if (b) { b.addEventListener('click', function () { window.print(); }); }
});
