// The printable trip manifest: its print button (no inline script: the Content-Security-Policy forbids it).
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});
