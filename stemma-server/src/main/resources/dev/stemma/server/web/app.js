// Stemma's story browser. Plain DOM, no build step, no dependencies.
//
// Every piece of article data (titles, texts, sources, ids) is untrusted: it reaches the page only
// through textContent, createTextNode and setAttribute on inert attributes. innerHTML is never
// used. Links are built from '#/...' fragments with encodeURIComponent, so no data becomes a URL
// scheme.
'use strict';

const app = document.getElementById('app');
const state = { token: sessionStorage.getItem('stemma-token') || '', needsToken: false };

/** Creates an element; string and number children become text nodes, never markup. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k === 'onclick') node.addEventListener('click', v);
    else if (k === 'onsubmit') node.addEventListener('submit', v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function link(hash, text, attrs) {
  return el('a', Object.assign({ href: hash }, attrs || {}), text);
}

function storyHref(id) { return '#/story/' + encodeURIComponent(id); }
function compareHref(a, b) { return '#/compare/' + encodeURIComponent(a) + '/' + encodeURIComponent(b); }

function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d)) return iso;
  return d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

function kindName(code) {
  return ({ exact: 'exact copy', near_duplicate: 'near-duplicate', rewrite: 'rewrite',
    same_story: 'independent report', unrelated: 'unrelated' })[code] || code;
}

async function api(path, options) {
  const res = await fetch(path, options);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok && !(res.status === 422 && body && body.articles)) {
    const message = body && body.error ? body.error : ('HTTP ' + res.status);
    throw new Error(message);
  }
  return body;
}

function show(...nodes) {
  app.replaceChildren(...nodes.flat().filter((n) => n !== null && n !== undefined && n !== false));
}

function showError(e) {
  show(el('p', { class: 'error', role: 'alert' }, e.message || String(e)));
}

// ---- stories, newest first ----

async function storiesPage(params) {
  const q = params.get('q') || '';
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const input = el('input', { type: 'search', name: 'q', placeholder: 'Search titles and texts', 'aria-label': 'Search' });
  input.value = q;
  const form = el('form', { class: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    location.hash = '#/?q=' + encodeURIComponent(input.value) + '&page=1';
  } }, input, el('button', { type: 'submit' }, 'Search'));
  const query = new URLSearchParams({ page: String(page) });
  if (q) query.set('q', q);
  const data = await api('/api/stories?' + query.toString());
  const list = el('ul', { class: 'stories', id: 'story-list' });
  for (const s of data.stories) {
    const sources = s.members.map((m) => (m.source || m.id)).join(' · ');
    list.append(el('li', { class: 'story-item', 'data-story': s.id },
      el('div', { class: 'headline' }, link(storyHref(s.id), s.headline, { class: 'story-link' })),
      el('div', { class: 'meta' },
        el('span', { class: 'size' }, s.size + (s.size === 1 ? ' article' : ' articles')),
        ' · ' + s.families + (s.families === 1 ? ' family' : ' families') + ' · updated ' + when(s.updated)),
      el('div', { class: 'sources' }, sources + (s.size > s.members.length ? ' …' : ''))));
  }
  const pages = Math.max(1, Math.ceil(data.total / data.page_size));
  const pager = el('div', { class: 'pager' },
    page > 1 ? link('#/?q=' + encodeURIComponent(q) + '&page=' + (page - 1), '← newer') : null,
    el('span', { class: 'muted' }, 'page ' + page + ' of ' + pages + ' · ' + data.total + ' stories'),
    page < pages ? link('#/?q=' + encodeURIComponent(q) + '&page=' + (page + 1), 'older →') : null);
  show(el('h1', {}, q ? 'Stories matching “' + q + '”' : 'Stories, newest first'), form,
    data.stories.length ? list : el('p', { class: 'muted' }, q ? 'No story matches.' : 'No stories yet: post articles to /api/articles or paste one.'),
    pager);
}

// ---- one story: families drawn as lineage trees ----

async function storyPage(id) {
  const res = await fetch('/api/stories/' + encodeURIComponent(id));
  const s = await res.json();
  if (!res.ok) throw new Error(s.error || ('HTTP ' + res.status));
  if (s.id !== id) { history.replaceState(null, '', storyHref(s.id)); }
  const byId = new Map(s.members.map((m) => [m.id, m]));
  const families = s.families.map((f, i) => familyCard(f, i, byId));
  const independent = s.families.length > 1
    ? el('p', { class: 'muted' }, s.families.length + ' copy families: each is drawn from its origin; families are independent reports of the same story.')
    : null;
  show(
    el('h1', { id: 'story-headline' }, s.headline),
    el('p', { class: 'muted' }, s.id + ' · ' + s.size + (s.size === 1 ? ' article' : ' articles') + ' · first ' + when(s.first) + ' · updated ' + when(s.updated)),
    independent,
    el('div', { id: 'families' }, families));
}

function familyCard(f, index, byId) {
  const tree = el('ul', { class: 'tree' }, lineageNode(f.lineage, null, byId, true));
  const title = f.members.length === 1 ? 'Independent report' : 'Copy family of ' + f.members.length;
  return el('section', { class: 'card family', 'data-family': f.id, 'data-members': f.members.join(' ') },
    el('h2', {}, f.id + ' · ' + title),
    f.members.length > 1 ? el('ul', { class: 'reasons' }, f.origin_reasons.map((r) => el('li', {}, 'origin: ' + r))) : null,
    tree);
}

function lineageNode(node, parent, byId, root) {
  const m = byId.get(node.id) || { id: node.id, headline: node.id };
  const badges = [];
  if (root) badges.push(el('span', { class: 'badge origin' }, 'origin'));
  if (node.relation) badges.push(el('span', { class: 'badge ' + node.relation }, kindName(node.relation)));
  const meta = [m.source || 'unknown source', when(m.time)];
  if (node.relation) meta.push('similarity ' + node.similarity.toFixed(2));
  const box = el('div', { class: 'node' + (root ? ' root' : ''), 'data-article': node.id },
    el('div', {}, badges, el('span', { class: 'title' }, m.headline)),
    el('div', { class: 'meta' }, meta.join(' · '), ' · ', el('span', { class: 'article-id' }, node.id),
      parent ? [' · ', link(compareHref(parent, node.id), 'side by side with its parent', { class: 'compare-link' })] : null));
  const kids = node.children.length
    ? el('ul', {}, node.children.map((c) => lineageNode(c, node.id, byId, false)))
    : null;
  return el('li', {}, box, kids);
}

// ---- two articles side by side ----

async function comparePage(a, b) {
  const c = await api('/api/compare?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b));
  const left = el('div', { class: 'col', id: 'col-a' });
  const right = el('div', { class: 'col', id: 'col-b' });
  fillColumn(left, c.a.text, c.pairs.map((p, k) => ({ start: p.a_start, end: p.a_end, k, match: p.match, sim: p.similarity })), 'a');
  fillColumn(right, c.b.text, c.pairs.map((p, k) => ({ start: p.b_start, end: p.b_end, k, match: p.match, sim: p.similarity })), 'b');
  linkScrolling(left, right);
  const s = c.scores;
  const verbatim = c.pairs.filter((p) => p.match === 'verbatim').length;
  show(
    el('h1', {}, 'Side by side'),
    el('p', {}, el('span', { class: 'badge ' + c.relation, id: 'relation' }, kindName(c.relation)),
      c.source ? ' copied from ' + c.source + ' (' + c.source_basis + ')' : ''),
    el('p', { class: 'scores' },
      c.pairs.length + ' aligned sentence pairs (' + verbatim + ' verbatim, ' + (c.pairs.length - verbatim) + ' reworded) · '
      + '5-gram Jaccard ' + s.jaccard.toFixed(3) + ' · anchors ' + s.anchors.toFixed(2) + ' · content ' + s.content.toFixed(2)
      + ' · coverage ' + s.coverage_a.toFixed(2) + ' / ' + s.coverage_b.toFixed(2)),
    el('p', { class: 'legend' }, el('mark', { class: 'verbatim' }, 'verbatim'), ' same words  ',
      el('mark', { class: 'reworded' }, 'reworded'), ' same sentence, other words · click a passage to find its match'),
    el('div', { class: 'sbs-head' }, columnHead(c.a), columnHead(c.b)),
    el('div', { class: 'sbs', id: 'sbs', 'data-compare': c.a.id + ' ' + c.b.id }, left, right));
}

function columnHead(a) {
  return el('div', {},
    el('div', { class: 'col-title' }, a.title || (a.text.trim().split('\n')[0] || a.id).slice(0, 200)),
    el('div', { class: 'muted' }, (a.source || 'unknown source') + ' · ' + when(a.published || a.received) + ' · ' + a.id));
}

/** Writes a text into a column as text nodes, with each aligned span wrapped in a mark. */
function fillColumn(col, text, spans, side) {
  spans = spans.filter((x) => x.end > x.start).sort((x, y) => x.start - y.start);
  let at = 0;
  for (const sp of spans) {
    if (sp.start < at) continue; // overlapping spans: keep the first
    if (sp.start > at) col.append(document.createTextNode(text.slice(at, sp.start)));
    const mark = el('mark', { class: sp.match === 'verbatim' ? 'verbatim' : 'reworded', 'data-pair': sp.k,
      title: sp.match + ' · similarity ' + sp.sim.toFixed(2) }, text.slice(sp.start, sp.end));
    mark.addEventListener('click', () => focusPair(sp.k, side));
    col.append(mark);
    at = sp.end;
  }
  if (at < text.length) col.append(document.createTextNode(text.slice(at)));
}

function focusPair(k, from) {
  for (const m of document.querySelectorAll('mark.active')) m.classList.remove('active');
  const other = document.querySelector((from === 'a' ? '#col-b' : '#col-a') + ' mark[data-pair="' + Number(k) + '"]');
  for (const m of document.querySelectorAll('mark[data-pair="' + Number(k) + '"]')) m.classList.add('active');
  if (other) {
    const col = other.parentElement;
    col.scrollTop = other.offsetTop - col.offsetTop - col.clientHeight / 3;
  }
}

/** Scrolls the two columns together, by the share of each column scrolled. */
function linkScrolling(x, y) {
  let driver = null;
  const follow = (from, to) => () => {
    if (driver && driver !== from) return;
    driver = from;
    const range = from.scrollHeight - from.clientHeight;
    const share = range > 0 ? from.scrollTop / range : 0;
    to.scrollTop = share * (to.scrollHeight - to.clientHeight);
    requestAnimationFrame(() => { driver = null; });
  };
  x.addEventListener('scroll', follow(x, y));
  y.addEventListener('scroll', follow(y, x));
}

// ---- paste an article and see what it matches ----

function pastePage() {
  const text = el('textarea', { id: 'paste-text', placeholder: 'Paste an article’s text, or a page’s HTML', 'aria-label': 'Article text or HTML' });
  const title = el('input', { type: 'text', id: 'paste-title', placeholder: 'Title (optional)' });
  const source = el('input', { type: 'text', id: 'paste-source', placeholder: 'Source (optional)' });
  const token = el('input', { type: 'password', id: 'paste-token', placeholder: 'Server token (writes need it)' });
  token.value = state.token;
  const button = el('button', { type: 'submit', id: 'paste-go' }, 'Match');
  const out = el('div', { id: 'paste-result' });
  const form = el('form', { class: 'paste', onsubmit: async (ev) => {
    ev.preventDefault();
    button.disabled = true;
    out.replaceChildren(el('p', { class: 'muted' }, 'Matching…'));
    try {
      const raw = text.value;
      const id = 'pasted-' + new Date().toISOString().replace(/[^0-9]/g, '').slice(0, 14) + '-' + Math.random().toString(36).slice(2, 8);
      const item = { id };
      if (/^\s*</.test(raw)) item.html = raw; else item.text = raw;
      if (title.value.trim()) item.title = title.value.trim();
      if (source.value.trim()) item.source = source.value.trim();
      const headers = { 'Content-Type': 'application/json' };
      if (token.value) { headers.Authorization = 'Bearer ' + token.value; state.token = token.value; sessionStorage.setItem('stemma-token', token.value); }
      const res = await api('/api/articles', { method: 'POST', headers, body: JSON.stringify(item) });
      out.replaceChildren(pasteResult(res.articles[0]));
    } catch (e) {
      out.replaceChildren(el('p', { class: 'error', role: 'alert' }, e.message));
    } finally {
      button.disabled = false;
    }
  } },
  text, el('div', { class: 'row' }, title, source, state.needsToken ? token : null, button));
  show(el('h1', {}, 'Paste an article'),
    el('p', { class: 'muted' }, 'The article is added to the index and matched at once against everything in it. HTML (without a URL) is recognised by its leading “<”.'),
    form, out);
}

function pasteResult(r) {
  if (r.status !== 'added') {
    return el('p', { class: 'error' }, 'Not analysed: ' + r.reason + '. ' + r.fix);
  }
  const matches = r.relations.map((rel) => {
    const other = rel.a === r.id ? rel.b : rel.a;
    return el('li', {}, el('span', { class: 'badge ' + rel.relation }, kindName(rel.relation)),
      link(compareHref(r.id, other), other), ' · ' + rel.evidence.length + ' aligned sentences');
  });
  return el('div', { class: 'card' },
    el('p', {}, 'Added as ', el('code', {}, r.id), ' · story ', link(storyHref(r.story), r.story, { id: 'paste-story' }),
      ' · matched in ' + r.timing_ms.match.toFixed(1) + ' ms (+ ' + r.timing_ms.embed.toFixed(1) + ' ms embedding)'),
    matches.length ? el('ul', { class: 'matches' }, matches) : el('p', { class: 'muted' }, 'It matches nothing indexed: a story of its own.'));
}

// ---- routing ----

async function route() {
  const hash = location.hash || '#/';
  const [path, query] = hash.slice(1).split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === 'story' && parts[1]) await storyPage(parts[1]);
    else if (parts[0] === 'compare' && parts[1] && parts[2]) await comparePage(parts[1], parts[2]);
    else if (parts[0] === 'paste') pastePage();
    else await storiesPage(new URLSearchParams(query || ''));
    document.body.setAttribute('data-page', parts[0] || 'stories');
  } catch (e) {
    showError(e);
    document.body.setAttribute('data-page', 'error');
  }
}

async function health() {
  try {
    const h = await api('/api/health');
    state.needsToken = h.writes_need_token;
    document.getElementById('health').textContent = h.articles + ' articles · ' + h.stories + ' stories';
  } catch (e) {
    document.getElementById('health').textContent = 'server unreachable';
  }
}

window.addEventListener('hashchange', route);
health().then(route);
