/**
 * The HTML report's only script: filters and sorts the findings table in the browser.
 * It is a constant, with no data of the audit in it (the rows, their sort keys and the
 * words it writes are in the page's markup), so the page's CSP can allow it by its hash
 * and nothing else. Without JavaScript the page still shows every row, unsorted.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  var table = document.getElementById('findings');
  if (!table || !table.tBodies.length) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  // Words a screen reader hears ("opens in a new tab") are not words of the finding.
  var aside = table.querySelector('.sr-only');
  var hidden = aside ? aside.textContent : '';
  var haystack = rows.map(function (r) {
    var words = r.textContent;
    if (hidden) words = words.split(hidden).join(' ');
    return words.normalize('NFC').toLowerCase();
  });
  var sev = document.getElementById('f-sev');
  var cat = document.getElementById('f-cat');
  var acct = document.getElementById('f-acct');
  var q = document.getElementById('f-q');
  var clear = document.getElementById('f-clear');
  var shown = document.getElementById('shown');
  var none = document.getElementById('no-match');
  var template = shown ? shown.getAttribute('data-template') || '' : '';
  var number = function (n) { return n.toLocaleString('en-GB'); };

  function apply() {
    var s = sev ? sev.value : '';
    var c = cat ? cat.value : '';
    var a = acct ? acct.value : '';
    var words = q ? q.value.normalize('NFC').toLowerCase().split(/\\s+/).filter(Boolean) : [];
    var count = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (!s || r.getAttribute('data-sev') === s) &&
        (!c || r.getAttribute('data-cat') === c) &&
        (!a || r.getAttribute('data-acct') === a) &&
        words.every(function (w) { return haystack[i].indexOf(w) !== -1; });
      r.hidden = !ok;
      if (ok) count++;
    }
    if (shown) shown.textContent = template.replace('{shown}', number(count)).replace('{total}', number(rows.length));
    if (none) none.hidden = count !== 0;
  }

  [sev, cat, acct].forEach(function (el) { if (el) el.addEventListener('change', apply); });
  if (q) q.addEventListener('input', apply);
  if (clear) clear.addEventListener('click', function () {
    [sev, cat, acct, q].forEach(function (el) { if (el) el.value = ''; });
    apply();
  });

  var collator = new Intl.Collator(root.lang || undefined, { numeric: true, sensitivity: 'base' });
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  function key(row, col) {
    var cell = row.cells[col];
    var k = cell.getAttribute('data-k');
    return k !== null ? k : cell.textContent.trim();
  }
  headers.forEach(function (th, col) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      headers.forEach(function (h) { if (h.hasAttribute('aria-sort')) h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', dir);
      var numeric = th.getAttribute('data-type') === 'number';
      var sign = dir === 'ascending' ? 1 : -1;
      var order = rows.map(function (r, i) { return { r: r, i: i, k: key(r, col) }; });
      order.sort(function (x, y) {
        var d = numeric ? Number(x.k) - Number(y.k) : collator.compare(x.k, y.k);
        if (x.k === '' && y.k !== '') return 1;
        if (y.k === '' && x.k !== '') return -1;
        return d * sign || x.i - y.i;
      });
      var fragment = document.createDocumentFragment();
      order.forEach(function (o) { fragment.appendChild(o.r); });
      body.appendChild(fragment);
      rows = order.map(function (o) { return o.r; });
      haystack = order.map(function (o) { return haystack[o.i]; });
    });
  });
  apply();
})();
`;
