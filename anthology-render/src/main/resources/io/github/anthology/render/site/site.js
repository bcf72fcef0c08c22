(function () {
  'use strict';
  // Registry text reaches the page only through textContent, never parsed as markup.
  var data = JSON.parse(document.getElementById('anthology-data').textContent);
  var recs = data.recommendations;
  var rank = { topic: {}, status: {} };
  data.topics.forEach(function (t, i) { rank.topic[t] = i; });
  data.statuses.forEach(function (s, i) { rank.status[s] = i; });
  var byKey = {}, byPaper = {}, byTopic = {};
  recs.forEach(function (r, i) {
    r.order = i;
    byKey[r.key] = r;
    (byPaper[r.paper] = byPaper[r.paper] || []).push(r);
    (byTopic[r.topic] = byTopic[r.topic] || []).push(r);
    r.hay = [r.text, r.id, r.topic, r.secondary.join(' '), r.status, r.title, r.author, r.arxiv,
      r.implementations.join(' '), r.year].join('\n').toLowerCase();
  });

  var $ = function (id) { return document.getElementById(id); };
  var table = $('recommendations'), tbody = table.tBodies[0], cards = $('cards');
  var rows = {};
  Array.prototype.forEach.call(tbody.rows, function (tr) {
    if (tr.hasAttribute('data-key')) rows[tr.getAttribute('data-key')] = tr;
  });
  var cardCache = {};
  var state = { q: '', topic: '', status: '', year: '', sort: null, dir: 1, view: 'table' };

  function matches(r) {
    if (state.topic && r.topic !== state.topic) return false;
    if (state.status && r.status !== state.status) return false;
    if (state.year && String(r.year) !== state.year) return false;
    var terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    return terms.every(function (t) { return r.hay.indexOf(t) >= 0; });
  }

  function byText(f) { return function (a, b) { return (f(a) || '').localeCompare(f(b) || ''); }; }
  var sorters = {
    text: byText(function (r) { return r.text; }),
    topic: function (a, b) { return rank.topic[a.topic] - rank.topic[b.topic]; },
    status: function (a, b) { return rank.status[a.status] - rank.status[b.status]; },
    year: function (a, b) { return (a.year == null ? 1e9 : a.year) - (b.year == null ? 1e9 : b.year); },
    paper: byText(function (r) { return r.title; })
  };
  function compare(a, b) {
    return (state.sort ? sorters[state.sort](a, b) * state.dir : 0) || a.order - b.order;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }
  function safeUrl(u) { return typeof u === 'string' && /^https:\/\/arxiv\.org\/abs\/[0-9a-z.\/-]+$/i.test(u); }
  function linkTo(label, key, url) {
    var a;
    if (key && byKey[key]) { a = el('a', 'jump', label); a.href = '#card-' + key; a.setAttribute('data-jump', key); }
    else if (safeUrl(url)) { a = el('a', null, label); a.href = url; }
    else { a = el('span', null, label); }
    return a;
  }
  function list(card, title, items) {
    if (!items.length) return;
    card.appendChild(el('h3', null, title));
    var ul = el('ul');
    items.forEach(function (i) { var li = el('li'); li.appendChild(i); ul.appendChild(li); });
    card.appendChild(ul);
  }
  function nearest(r, pool, n) {
    return pool.filter(function (o) { return o !== r; })
      .sort(function (a, b) { return Math.abs(a.order - r.order) - Math.abs(b.order - r.order) || a.order - b.order; })
      .slice(0, n);
  }
  // A large registry's page carries its rows only as data: they are drawn here, as the page would have them.
  function row(r) {
    if (rows[r.key]) return rows[r.key];
    var tr = el('tr');
    tr.id = 'rec-' + r.key;
    tr.setAttribute('data-key', r.key);
    var text = tr.appendChild(el('td', 'text'));
    text.appendChild(el('span', 'rec-text', r.text));
    if (r.id) text.appendChild(el('span', 'rec-id', r.id));
    if (r.implementations.length) text.appendChild(el('span', 'impl', 'Implementations: ' + r.implementations.join(', ')));
    tr.appendChild(el('td', 'topic', r.topic));
    var status = tr.appendChild(el('td'));
    status.appendChild(el('span', 'status status-' + (rank.status[r.status] != null ? r.status : 'unknown'), r.status));
    if (r.chain.length) {
      status.appendChild(el('span', 'chain', '→ ' + r.chain.map(function (l) { return l.label; }).join(' → ') + (r.cycle ? ' ↺' : '')));
    }
    tr.appendChild(el('td', 'year', r.year == null ? '' : r.year));
    var paper = tr.appendChild(el('td', 'paper'));
    if (r.title != null) paper.appendChild(linkTo(r.title, null, r.arxivUrl));
    if (r.author) paper.appendChild(el('span', 'author', r.author));
    rows[r.key] = tr;
    return tr;
  }
  function card(r) {
    if (cardCache[r.key]) return cardCache[r.key];
    var c = el('article', 'card');
    c.id = 'card-' + r.key;
    c.setAttribute('data-key', r.key);
    c.appendChild(el('p', 'rec-text', r.text));
    var meta = el('div', 'meta');
    meta.appendChild(el('span', 'status status-' + (rank.status[r.status] != null ? r.status : 'unknown'), r.status));
    meta.appendChild(el('span', 'topic', r.topic));
    if (r.year != null) meta.appendChild(el('span', 'year', r.year));
    if (r.id) meta.appendChild(el('span', 'rec-id', r.id));
    c.appendChild(meta);
    if (r.title) {
      var paper = el('div', 'paper');
      paper.appendChild(linkTo(r.title, null, r.arxivUrl));
      if (r.author) paper.appendChild(el('span', 'author', r.author + (r.arxiv ? ' · arXiv:' + r.arxiv : '')));
      c.appendChild(paper);
    }
    list(c, 'Implementations', r.implementations.map(function (i) { return el('span', null, i); }));
    if (r.reason) list(c, 'Deprecated because', [el('span', null, r.reason)]);
    list(c, r.cycle ? 'Superseded by (a cycle)' : 'Superseded by', r.chain.map(function (l) { return linkTo(l.label, l.key, l.url); }));
    list(c, 'Same paper', nearest(r, byPaper[r.paper], 50).map(function (o) { return linkTo(o.text, o.key); }));
    list(c, 'Same topic', nearest(r, byTopic[r.topic], 5).map(function (o) { return linkTo(o.text, o.key); }));
    cardCache[r.key] = c;
    return c;
  }

  function apply() {
    var shown = recs.filter(matches).sort(compare);
    // One fragment, not one argument per element: a spread of 100k elements overflows the stack.
    var parent = state.view === 'table' ? tbody : cards, fragment = document.createDocumentFragment();
    shown.forEach(function (r) { fragment.appendChild(state.view === 'table' ? row(r) : card(r)); });
    parent.replaceChildren(fragment);
    table.hidden = state.view !== 'table';
    cards.hidden = state.view !== 'cards';
    $('view-table').setAttribute('aria-pressed', String(state.view === 'table'));
    $('view-cards').setAttribute('aria-pressed', String(state.view === 'cards'));
    $('result-count').textContent = shown.length + ' of ' + recs.length + ' recommendations';
  }

  $('search').addEventListener('input', function (e) { state.q = e.target.value; apply(); });
  [['filter-topic', 'topic'], ['filter-status', 'status'], ['filter-year', 'year']].forEach(function (p) {
    $(p[0]).addEventListener('change', function (e) { state[p[1]] = e.target.value; apply(); });
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var key = th.getAttribute('data-sort');
      state.dir = state.sort === key ? -state.dir : 1;
      state.sort = key;
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      apply();
    });
  });
  $('view-table').addEventListener('click', function () { state.view = 'table'; apply(); });
  $('view-cards').addEventListener('click', function () { state.view = 'cards'; apply(); });
  cards.addEventListener('click', function (e) {
    var a = e.target.closest('a[data-jump]');
    if (!a) return;
    e.preventDefault();
    state.q = state.topic = state.status = state.year = '';
    ['search', 'filter-topic', 'filter-status', 'filter-year'].forEach(function (id) { $(id).value = ''; });
    apply();
    var target = $('card-' + a.getAttribute('data-jump'));
    if (target) target.scrollIntoView();
  });
  Array.prototype.forEach.call(document.querySelectorAll('#taxonomy-graph .topic'), function (g) {
    g.addEventListener('click', function () {
      var select = $('filter-topic'), topic = g.getAttribute('data-topic');
      if (!Array.prototype.some.call(select.options, function (o) { return o.value === topic; })) return;
      select.value = state.topic = topic;
      apply();
      select.scrollIntoView();
    });
  });
  apply();
})();
