// StrategyMiner review page. Plain JS, no build step.
// Safety rule: text from documents (and every other datum) reaches the page only as text nodes or
// attribute values via the h() helper below; nothing is ever parsed as HTML.
'use strict';

(() => {
  const csrf = document.querySelector('meta[name="sm-csrf"]').content;
  const $ = (id) => document.getElementById(id);

  // ---- DOM helpers ---------------------------------------------------------------------------

  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === null || value === undefined || value === false) continue;
        if (key === 'class') el.className = value;
        else if (key === 'text') el.textContent = value;
        else if (key === 'dataset') Object.assign(el.dataset, value);
        else if (key === 'style') Object.assign(el.style, value);
        else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
        else if (value === true) el.setAttribute(key, '');
        else el.setAttribute(key, String(value));
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  const kbd = (key) => h('kbd', null, key);

  // ---- Formatting ----------------------------------------------------------------------------

  const nf2 = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const nf0 = new Intl.NumberFormat('sv-SE');
  const pct = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
  const statusSv = { pending: 'Väntande', approved: 'Godkänd', rejected: 'Avvisad' };
  const actionSv = {
    accept: 'godkände', reject: 'avvisade', recode: 'kodade om', undo: 'ångrade',
    'bulk-accept': 'godkände (massåtgärd)', 'bulk-reject': 'avvisade (massåtgärd)',
    'double-coding-settle': 'avgjorde efter dubbelkodning',
  };
  const doneSv = { accept: 'Godkänd', reject: 'Avvisad', recode: 'Omkodad', undo: 'Ångrat' };
  const coderSv = { local: 'Lokal modell', llm: 'Språkmodell (LLM)' };
  const coderShort = { local: 'lokal', llm: 'LLM' };

  function when(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
  }
  function pagesLabel(pages) {
    if (!pages || pages.length === 0) return '';
    return pages.length === 1 ? `s. ${pages[0]}` : `s. ${pages[0]}–${pages[pages.length - 1]}`;
  }
  function chip(code) {
    const c = S.codeById.get(code);
    return h('span', { class: c && c.kind === 'dimension' ? 'chip dim' : 'chip', title: c ? c.name : null }, code);
  }
  // Swedish genitive: "Annas", but "Lars" and "Max" stay as they are.
  function genitive(name) { return /[sxz]$/i.test(name) ? name : `${name}s`; }
  function escapeRegex(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }
  function ellipsisEnd(text, n) { return text.length <= n ? text : text.slice(0, n).replace(/\s+\S*$/, '') + ' …'; }
  function ellipsisStart(text, n) { return text.length <= n ? text : '… ' + text.slice(text.length - n).replace(/^\S*\s+/, ''); }

  // ---- State ---------------------------------------------------------------------------------

  const S = {
    codebook: [],
    codeById: new Map(),
    codebookVersion: '',
    items: [],
    total: 0,
    index: -1,
    view: null,
    mine: null,
    toggles: new Set(),
    initial: new Set(),
    conflict: null,
    undo: [],
    round: null,
    images: new Map(),
    warnedDirty: false,
    busy: false,
    loading: false,
    queueSeq: 0,
    viewSeq: 0,
  };

  // ---- Server --------------------------------------------------------------------------------

  async function api(method, url, body) {
    const options = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.headers['X-StrategyMiner-CSRF'] = csrf;
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(url, options);
    } catch {
      return { status: 0, ok: false, data: { error: 'Servern svarar inte – är strategyminer review igång?' } };
    }
    let data = {};
    try { data = await response.json(); } catch { data = {}; }
    return { status: response.status, ok: response.ok, data };
  }

  function toast(message, error) {
    const t = h('div', { class: error ? 'toast error' : 'toast', role: error ? 'alert' : 'status' }, message);
    $('toasts').append(t);
    setTimeout(() => t.remove(), error ? 6000 : 2600);
  }

  // ---- Reviewer ------------------------------------------------------------------------------

  const reviewerInput = $('reviewer');
  const reviewer = () => reviewerInput.value.trim();
  function requireReviewer() {
    if (reviewer()) return true;
    reviewerInput.classList.add('missing');
    reviewerInput.focus();
    toast('Skriv ditt namn som granskare först.', true);
    return false;
  }
  reviewerInput.addEventListener('change', () => {
    localStorage.setItem('sm.reviewer', reviewer());
    reviewerInput.classList.toggle('missing', !reviewer());
  });
  reviewerInput.addEventListener('keydown', (e) => { if (e.key === 'Enter') reviewerInput.blur(); });

  // ---- Filters -------------------------------------------------------------------------------

  const F = {
    q: $('f-q'), code: $('f-code'), dimension: $('f-dimension'), region: $('f-region'), document: $('f-document'),
    coder: $('f-coder'), status: $('f-status'), min: $('f-min'), max: $('f-max'), sort: $('f-sort'),
  };
  const filterLabels = {
    q: 'Text', code: 'Tema', dimension: 'Dimension', region: 'Region', document: 'Dokument', coder: 'Kodare',
    status: 'Status', min: 'Säkerhet från', max: 'Säkerhet till',
  };

  function filterValues() {
    const values = {};
    for (const [key, el] of Object.entries(F)) {
      if (key !== 'sort' && el.value.trim() !== '') values[key] = el.value.trim();
    }
    return values;
  }
  function showFilterSummary() {
    const values = filterValues();
    delete values.q;
    const summary = $('filter-summary');
    summary.replaceChildren(h('span', { class: 'summary-title' }, 'Filter'),
      ...(Object.keys(values).length ? describeFilter(values) : [h('span', { class: 'faint' }, 'alla passager')]));
  }

  function saveFilter() {
    showFilterSummary();
    const values = {};
    for (const [key, el] of Object.entries(F)) values[key] = el.value;
    sessionStorage.setItem('sm.filter', JSON.stringify(values));
  }
  function restoreFilter() {
    try {
      const values = JSON.parse(sessionStorage.getItem('sm.filter') || '{}');
      for (const [key, value] of Object.entries(values)) {
        if (F[key] && typeof value === 'string') F[key].value = value;
      }
    } catch { /* a broken saved filter is simply ignored */ }
  }
  function describeFilter(values) {
    return Object.entries(values).map(([key, value]) => {
      const el = F[key];
      const shown = el && el.tagName === 'SELECT' ? el.options[el.selectedIndex]?.text ?? value : value;
      return h('span', { class: 'badge' }, key === 'status' ? shown : `${filterLabels[key] ?? key}: ${shown}`);
    });
  }

  let typingTimer = 0;
  for (const [key, el] of Object.entries(F)) {
    el.addEventListener(key === 'q' ? 'input' : 'change', () => {
      saveFilter();
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => loadQueue(null), key === 'q' || key === 'min' || key === 'max' ? 300 : 0);
    });
  }
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  $('btn-reset').addEventListener('click', () => {
    for (const [key, el] of Object.entries(F)) el.value = key === 'status' ? 'pending' : key === 'sort' ? 'priority' : '';
    saveFilter();
    loadQueue(null);
  });

  // ---- Queue ---------------------------------------------------------------------------------

  function queueUrl(offset) {
    const params = new URLSearchParams(filterValues());
    params.set('sort', F.sort.value);
    params.set('offset', String(offset));
    params.set('limit', '100');
    return '/api/queue?' + params;
  }

  async function loadQueue(keepId) {
    const seq = ++S.queueSeq;
    let items;
    let total;
    if (S.round) {
      const r = await api('GET', `/api/double-coding/${S.round.id}/items?reviewer=${encodeURIComponent(reviewer())}`);
      if (seq !== S.queueSeq) return;
      if (!r.ok) { toast(r.data.error || 'Omgången kunde inte läsas.', true); leaveRound(); return; }
      S.round = r.data.round;
      items = r.data.items.map((x) => ({ ...x.item, mine: x.mine }));
      total = items.length;
      renderRoundBanner();
    } else {
      const r = await api('GET', queueUrl(0));
      if (seq !== S.queueSeq) return;
      if (!r.ok) { toast(r.data.error || 'Kön kunde inte läsas.', true); return; }
      items = r.data.items;
      total = r.data.total;
    }
    S.items = items;
    S.total = total;
    renderQueue();
    let index = keepId ? S.items.findIndex((x) => x.passageId === keepId) : -1;
    if (index < 0 && S.round) index = Math.max(0, S.items.findIndex((x) => x.mine.status === 'pending'));
    if (index >= 0 || (!keepId && S.items.length > 0)) {
      select(Math.max(index, 0));
    } else if (keepId) {
      S.index = -1;
      markActive();
      openPassage(keepId);
    } else {
      S.index = -1;
      S.view = null;
      renderEmpty();
    }
  }

  async function loadMore() {
    if (S.round || S.items.length >= S.total) return false;
    const r = await api('GET', queueUrl(S.items.length));
    if (!r.ok) { toast(r.data.error || 'Fler passager kunde inte läsas.', true); return false; }
    S.items = S.items.concat(r.data.items);
    S.total = r.data.total;
    renderQueue();
    markActive();
    return r.data.items.length > 0;
  }

  function itemStatus(item) { return S.round ? item.mine.status : item.status; }
  function itemCodes(item) {
    if (S.round) return item.mine.status === 'pending' ? item.codes : item.mine.codes;
    return item.codes;
  }

  function renderQueue() {
    const list = $('queue');
    list.replaceChildren();
    $('queue-count').textContent = S.round
      ? `${S.items.filter((x) => x.mine.status !== 'pending').length} av ${S.items.length} kodade i omgången`
      : `${nf0.format(S.total)} ${S.total === 1 ? 'passage' : 'passager'}`;
    if (S.items.length === 0) {
      list.append(h('li', { class: 'empty' }, S.round ? 'Omgången är tom.' : 'Inga passager matchar filtret.'));
      return;
    }
    S.items.forEach((item, i) => {
      const status = itemStatus(item);
      list.append(h('li', {
        class: `qi ${status}`, dataset: { id: item.passageId }, onclick: () => { if (i !== S.index && leaveDirty()) select(i); },
      },
      h('div', { class: 'qi-top' },
        h('span', { class: `dot ${status}`, title: statusSv[status] }),
        itemCodes(item).map(chip),
        item.disputed.length ? h('span', { class: 'flag', title: `Kodarna är oense om ${item.disputed.join(', ')}` }, 'oenighet') : null,
        h('span', { class: 'conf', title: 'Lägsta säkerhet bland förslagen' }, item.minConfidence == null ? '' : nf2.format(item.minConfidence))),
      h('div', { class: 'qi-text' }, item.snippet),
      h('div', { class: 'qi-meta' }, [item.region, item.title || item.fileName, pagesLabel(item.pages)].filter(Boolean).join(' · '))));
    });
    if (!S.round && S.items.length < S.total) {
      list.append(h('li', null, h('button', { type: 'button', class: 'ghost more', onclick: () => loadMore() },
        `Visa fler (${nf0.format(S.total - S.items.length)} kvar)`)));
    }
  }

  function markActive() {
    for (const li of $('queue').querySelectorAll('.qi')) {
      const active = S.index >= 0 && li.dataset.id === S.items[S.index]?.passageId;
      li.classList.toggle('active', active);
      if (active) li.scrollIntoView({ block: 'nearest' });
    }
  }

  function updateItem(passageId, state) {
    const item = S.items.find((x) => x.passageId === passageId);
    if (!item) return;
    if (S.round) item.mine = state;
    else Object.assign(item, { status: state.status, codes: state.codes, version: state.version, reviewer: state.reviewer });
    renderQueue();
    markActive();
  }

  function select(index) {
    if (index < 0 || index >= S.items.length) return;
    S.index = index;
    markActive();
    openPassage(S.items[index].passageId);
  }

  async function goTo(passageId) {
    const index = S.items.findIndex((x) => x.passageId === passageId);
    if (index >= 0) { S.index = index; markActive(); }
    else { S.index = -1; markActive(); }
    await openPassage(passageId);
  }

  function leaveDirty() {
    if (!isDirty() || S.warnedDirty) return true;
    S.warnedDirty = true;
    toast('Osparade kodändringar: spara med Enter – eller tryck igen för att gå vidare utan att spara.');
    return false;
  }

  async function next() {
    if (!leaveDirty()) return;
    if (S.index < S.items.length - 1) { select(S.index + 1); return; }
    if (await loadMore()) select(S.index + 1);
    else toast('Det här är sista passagen i listan.');
  }

  function prev() {
    if (!leaveDirty()) return;
    if (S.index > 0) select(S.index - 1);
    else toast('Det här är första passagen i listan.');
  }

  // ---- Passage -------------------------------------------------------------------------------

  function suggestedCodes() {
    const seen = new Set(S.view.suggestions.map((s) => s.code));
    return S.codebook.map((c) => c.id).filter((id) => seen.has(id));
  }

  function currentState() {
    if (!S.round) return S.view.state;
    return S.mine ?? { status: 'pending', codes: [], version: 0, reviewer: null, at: null, comment: null };
  }

  function resetToggles() {
    const state = currentState();
    const codes = S.round && state.status === 'pending' ? suggestedCodes() : state.codes;
    S.initial = new Set(codes);
    S.toggles = new Set(codes);
    S.warnedDirty = false;
  }

  function isDirty() {
    if (!S.view) return false;
    if (S.toggles.size !== S.initial.size) return true;
    for (const c of S.toggles) if (!S.initial.has(c)) return true;
    return false;
  }

  // While a passage loads, keys that decide or toggle are ignored: they must never land on the
  // passage still on screen when the reviewer already moved on.
  function setLoading(on) {
    S.loading = on;
    $('decision-pane').classList.toggle('loading', on);
  }

  async function openPassage(id, keepConflict) {
    const seq = ++S.viewSeq;
    setLoading(true);
    const r = await api('GET', `/api/passages/${encodeURIComponent(id)}`);
    if (seq !== S.viewSeq) return;
    setLoading(false);
    if (!r.ok) {
      S.view = null;
      $('passage-pane').replaceChildren(h('div', { class: 'empty' }, r.data.error || 'Passagen kunde inte läsas.'));
      $('decision-pane').replaceChildren();
      return;
    }
    S.view = r.data;
    if (!keepConflict) S.conflict = null;
    if (S.round) S.mine = S.items.find((x) => x.passageId === id)?.mine ?? null;
    resetToggles();
    renderPassage();
    renderDecision();
    $('passage-pane').dataset.id = id;
    history.replaceState(null, '', '#p=' + encodeURIComponent(id));
  }

  function renderEmpty() {
    $('passage-pane').replaceChildren(h('div', { class: 'passage-card empty' },
      h('p', null, S.round ? 'Omgången har inga passager.' : 'Inga passager att granska med det här filtret.'),
      h('p', { class: 'muted' }, 'Ändra filtret till vänster, eller välj status ”Alla”.')));
    $('decision-pane').replaceChildren();
  }

  function findQuote(text, quote) {
    if (!quote || !quote.trim()) return null;
    let at = text.indexOf(quote);
    if (at >= 0) return [at, at + quote.length];
    const lowerText = text.toLocaleLowerCase('sv');
    const lowerQuote = quote.toLocaleLowerCase('sv');
    at = lowerText.indexOf(lowerQuote);
    if (at >= 0 && lowerText.length === text.length) return [at, at + quote.length];
    const words = quote.trim().split(/\s+/).map(escapeRegex);
    const match = new RegExp(words.join('\\s+'), 'iu').exec(text);
    return match ? [match.index, match.index + match[0].length] : null;
  }

  function passageText(text, suggestions) {
    const ranges = [];
    for (const s of suggestions) {
      const found = findQuote(text, s.quote);
      if (found) ranges.push({ from: found[0], to: found[1], code: s.code });
    }
    const cuts = new Set([0, text.length]);
    for (const r of ranges) { cuts.add(r.from); cuts.add(r.to); }
    const points = [...cuts].sort((a, b) => a - b);
    const el = h('p', { class: 'passage-text', id: 'passage-text', lang: 'sv' });
    for (let k = 0; k < points.length - 1; k++) {
      const from = points[k];
      const to = points[k + 1];
      const piece = text.slice(from, to);
      const codes = [...new Set(ranges.filter((r) => r.from <= from && r.to >= to).map((r) => r.code))];
      el.append(codes.length
        ? h('mark', { class: 'quote', title: `Språkmodellens citat för ${codes.join(', ')}`, dataset: { codes: codes.join(' ') } }, piece)
        : document.createTextNode(piece));
    }
    return el;
  }

  function sourceBadge(p) {
    if (p.source === 'ocr') {
      return h('span', { class: 'badge ocr' }, 'OCR-läst', p.confidence == null ? '' : ` · säkerhet ${pct.format(p.confidence)}`);
    }
    if (p.source === 'repaired') return h('span', { class: 'badge repaired' }, 'Reparerad text');
    return h('span', { class: 'badge' }, 'Textlager');
  }

  function renderPassage() {
    const v = S.view;
    const p = v.passage;
    const pane = $('passage-pane');
    pane.replaceChildren();
    pane.scrollTop = 0;
    pane.append(h('article', { class: 'passage-card' },
      h('header', { class: 'meta' },
        h('div', { class: 'doc' },
          p.region ? [h('span', { class: 'region' }, p.region), ' · '] : null,
          h('span', { class: 'title' }, p.title), p.year ? ` (${p.year})` : ''),
        p.headingPath.length ? h('nav', { class: 'crumbs', 'aria-label': 'Rubriker' }, p.headingPath.map((x) => h('span', null, x))) : null,
        h('div', { class: 'where' },
          h('span', null, pagesLabel(p.pages)), h('span', { class: 'faint' }, '·'), h('span', null, `stycke ${p.ordinal + 1}`),
          sourceBadge(p),
          p.disputed.length ? h('span', { class: 'badge disputed' }, `Kodarna är oense om ${p.disputed.join(', ')}`) : null,
          p.superseded ? h('span', { class: 'badge superseded' }, 'Ur en ersatt version av dokumentet') : null)),
      v.previous ? h('div', { class: 'ctx prev' }, h('span', { class: 'context-label' }, 'Före'),
        h('p', { class: 'context prev' }, ellipsisStart(v.previous.text, 320))) : null,
      passageText(p.text, v.suggestions),
      v.next ? h('div', { class: 'ctx next' }, h('span', { class: 'context-label' }, 'Efter'),
        h('p', { class: 'context next' }, ellipsisEnd(v.next.text, 320))) : null));
    const provenance = provenanceCard(v);
    if (provenance) pane.append(provenance);
    pane.append(pageImageCard(v));
  }

  function provenanceCard(v) {
    const relevant = v.pages.filter((pg) => pg.repair || pg.source === 'ocr' || pg.note);
    if (relevant.length === 0) return null;
    const card = h('section', { class: 'card', id: 'provenance' }, h('h3', null, 'Textens ursprung'));
    for (const pg of relevant) {
      const r = pg.repair;
      if (r) {
        const parts = [`Sida ${pg.number}: `];
        parts.push(r.changes === 0 ? 'inga ändringar vid reparation i den här passagen.'
          : `${r.changes} ${r.changes === 1 ? 'ändring' : 'ändringar'} vid reparation – originalet till vänster, reparerad text till höger.`);
        if (!r.located) parts.push(' Passagen hittades inte ordagrant på sidan, så hela sidans text visas.');
        if (r.skipped) parts.push(` ${r.skipped} lagrade ändringar passade inte originaltexten och visas inte.`);
        card.append(h('p', { class: 'note' }, parts));
        if (r.changes > 0) {
          const left = h('div', { class: 'original' }, h('span', { class: 'col-title' }, pg.source === 'repaired' ? 'Före reparation' : 'Original'));
          const right = h('div', { class: 'repaired' }, h('span', { class: 'col-title' }, 'Efter reparation'));
          for (const s of r.segments) {
            if (s.changed) {
              left.append(h('del', { class: 'chg', title: `Blev: ${s.repaired}` }, s.original));
              right.append(h('ins', { class: 'chg', title: `Var: ${s.original}${s.score == null ? '' : ` · säkerhet ${nf2.format(s.score)}`}` }, s.repaired));
            } else {
              left.append(s.original);
              right.append(s.repaired);
            }
          }
          card.append(h('div', { class: 'diff' }, left, right));
        }
      } else if (pg.source === 'ocr') {
        card.append(h('p', { class: 'note' }, `Sida ${pg.number} är OCR-läst`,
          pg.confidence == null ? '' : ` (ordsäkerhet i snitt ${pct.format(pg.confidence)})`, ' och har inte reparerats. Jämför gärna med sidbilden.'));
      }
      if (pg.note) card.append(h('p', { class: 'note' }, `Sida ${pg.number}: ${pg.note}`));
    }
    return card;
  }

  function pageImageCard(v) {
    const card = h('section', { class: 'card', id: 'page-card' }, h('h3', null, 'Sidbild', h('span', { class: 'hint' }, kbd('I'))));
    if (v.pages.length === 0) {
      card.append(h('p', { class: 'note' }, 'Sidorna finns inte i databasen.'));
      return card;
    }
    const holder = h('div', { class: 'page-holder' });
    card.append(h('div', { class: 'page-tabs' }, v.pages.map((pg) =>
      h('button', { type: 'button', class: 'ghost', dataset: { page: pg.number }, onclick: () => showPage(pg, holder) }, `Visa sidbild s. ${pg.number}`))));
    card.append(holder);
    return card;
  }

  async function showPage(pg, holder) {
    holder.replaceChildren(h('p', { class: 'note' }, 'Hämtar sidbild …'));
    let entry = S.images.get(pg.imageUrl);
    if (!entry) {
      try {
        const response = await fetch(pg.imageUrl, { credentials: 'same-origin' });
        if (response.ok) {
          entry = { url: URL.createObjectURL(await response.blob()) };
          S.images.set(pg.imageUrl, entry);
        } else {
          let message = 'Sidbilden är inte tillgänglig.';
          try { message = (await response.json()).error || message; } catch { /* keep the generic message */ }
          entry = { error: message };
        }
      } catch {
        entry = { error: 'Sidbilden kunde inte hämtas: servern svarar inte.' };
      }
    }
    holder.replaceChildren();
    if (entry.error) {
      holder.append(h('div', { class: 'unavailable', role: 'status' }, entry.error));
      return;
    }
    const figure = h('figure', { class: 'page-figure' }, h('img', { src: entry.url, alt: `Sida ${pg.number}` }));
    if (pg.width > 0 && pg.height > 0) {
      const share = (x) => `${(100 * x).toFixed(3)}%`;
      for (const b of pg.boxes) {
        // Boxes are PDF points with the origin bottom-left; the image's origin is top-left.
        figure.append(h('div', {
          class: 'box',
          style: {
            left: share(b.left / pg.width),
            top: share((pg.height - b.top) / pg.height),
            width: share((b.right - b.left) / pg.width),
            height: share((b.top - b.bottom) / pg.height),
          },
        }));
      }
    }
    if (pg.boxes.length === 0) holder.append(h('p', { class: 'note' }, 'Passagens läge på sidan är inte känt.'));
    holder.append(figure);
  }

  function showFirstPage() {
    const button = document.querySelector('#page-card .page-tabs button');
    if (button) { button.click(); button.scrollIntoView({ block: 'start', behavior: 'smooth' }); }
  }

  // ---- Decision panel ------------------------------------------------------------------------

  function renderDecision() {
    const pane = $('decision-pane');
    pane.replaceChildren();
    const v = S.view;
    if (!v) return;
    const state = currentState();
    const decidedBy = S.round
      ? (state.status === 'pending' ? 'Blint: den andra granskarens beslut visas inte.' : `Du, ${when(state.at)} · den andras beslut visas inte.`)
      : state.reviewer ? `${state.reviewer}, ${when(state.decidedAt)}` : 'Ingen har beslutat än.';

    pane.append(h('section', { class: 'card' },
      h('h3', null, S.round ? `Ditt beslut i omgång ${S.round.id}` : 'Beslut'),
      h('div', { class: 'state-line' },
        h('span', { class: `pill ${state.status}`, id: 'state-pill' }, statusSv[state.status] ?? state.status),
        state.status !== 'pending' ? state.codes.map(chip) : null),
      h('div', { class: 'state-by' }, decidedBy),
      state.comment ? h('p', { class: 'note' }, `”${state.comment}”`) : null,
      S.conflict ? h('div', { class: 'conflict', role: 'alert', id: 'conflict' },
        h('strong', null, 'Krock – ditt beslut sparades inte'), S.conflict) : null));

    const suggestions = h('section', { class: 'card' }, h('h3', null, 'Förslag från kodarna'));
    if (v.suggestions.length === 0) {
      suggestions.append(h('p', { class: 'note' }, 'Inga aktuella förslag.'));
    } else {
      const list = h('ul', { class: 'suggestions' });
      for (const code of suggestedCodes()) {
        const byCoder = v.suggestions.filter((s) => s.code === code);
        const c = S.codeById.get(code);
        list.append(h('li', {
          class: 'sugg',
          onmouseenter: () => focusQuote(code, true),
          onmouseleave: () => focusQuote(code, false),
        },
        h('div', { class: 'sugg-head' },
          chip(code),
          h('span', { class: 'name', title: c ? c.name : code }, c ? c.name : code),
          v.passage.disputed.includes(code) ? h('span', { class: 'flag', title: 'Den lokala modellen och språkmodellen är oense om koden' }, 'oense') : null),
        h('div', { class: 'coders' }, byCoder.map((s) => h('span', { class: 'coder', title: coderSv[s.method] ?? s.method },
          h('span', { class: s.confidence < 0.6 ? 'bar low' : 'bar', 'aria-hidden': 'true' }, h('i', { style: { width: `${Math.round(s.confidence * 100)}%` } })),
          h('span', { class: 'num' }, nf2.format(s.confidence)),
          h('span', { class: 'method' }, coderShort[s.method] ?? s.method)))),
        byCoder.filter((s) => s.quote).map((s) => {
          const found = findQuote(v.passage.text, s.quote);
          return h('p', { class: found ? 'quote-text' : 'quote-text missing' },
            found ? `”${s.quote}”` : `Citatet ”${s.quote}” finns inte ordagrant i texten.`);
        })));
      }
      suggestions.append(list);
    }
    pane.append(suggestions);

    const themes = h('div', { class: 'toggles themes' });
    const dims = h('div', { class: 'toggles dims' });
    let n = 0;
    for (const c of S.codebook) {
      const key = c.kind === 'theme' ? String(++n) : c.id[0];
      (c.kind === 'theme' ? themes : dims).append(h('button', {
        type: 'button', class: 'toggle', dataset: { code: c.id }, 'aria-pressed': 'false',
        title: `${c.id} ${c.name} (tangent ${key})`, onclick: () => toggle(c.id),
      }, h('span', { class: 'code' }, c.id, h('span', { class: 'key' }, key)), h('span', { class: 'lbl' }, c.name)));
    }
    pane.append(h('section', { class: 'card' },
      h('h3', null, 'Koder', h('span', { class: 'hint' }, kbd('1'), '–', kbd('9'), ' ', kbd('E'), kbd('S'), kbd('M'))),
      themes, dims,
      h('textarea', { id: 'comment', rows: '2', placeholder: 'Kommentar (valfri)', maxlength: '2000', 'aria-label': 'Kommentar' }),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'accept', id: 'btn-accept', onclick: () => decide('accept') }, 'Godkänn', kbd('A')),
        h('button', { type: 'button', class: 'reject', id: 'btn-reject', onclick: () => decide('reject') }, 'Avvisa', kbd('R')),
        h('button', { type: 'button', class: 'primary recode', id: 'btn-recode', onclick: () => decide('recode') }, 'Koda om', kbd('Enter'))),
      h('div', { class: 'nav', style: { marginTop: '8px' } },
        h('button', { type: 'button', class: 'ghost', id: 'btn-undo', onclick: () => undo() }, 'Ångra', kbd('U')),
        h('button', { type: 'button', class: 'ghost', id: 'btn-prev', onclick: () => prev() }, 'Föreg.', kbd('P')),
        h('button', { type: 'button', class: 'ghost', id: 'btn-next', onclick: () => next() }, 'Nästa', kbd('N'))),
      h('label', { class: 'auto' },
        h('input', {
          type: 'checkbox', id: 'auto', checked: localStorage.getItem('sm.auto') !== 'no',
          onchange: (e) => localStorage.setItem('sm.auto', e.target.checked ? 'yes' : 'no'),
        }),
        'Gå till nästa efter beslut')));
    refreshToggles();

    if (!S.round && v.log.length > 0) {
      pane.append(h('section', { class: 'card' }, h('h3', null, 'Historik'),
        h('ol', { class: 'log' }, v.log.slice().reverse().map((e) => h('li', null,
          h('b', null, e.reviewer), ` ${actionSv[e.action] ?? e.action} `,
          e.after.codes.length ? e.after.codes.join(' ') : statusSv[e.after.status]?.toLowerCase(),
          h('span', { class: 'faint' }, ` · ${when(e.at)}`),
          e.comment ? h('div', { class: 'faint' }, `”${e.comment}”`) : null)))));
    }

    pane.append(h('section', { class: 'shortcuts', 'aria-label': 'Kortkommandon' },
      kbd('A'), 'godkänn', kbd('R'), 'avvisa',
      kbd('1–9'), 'T1–T9', kbd('E S M'), 'dimension',
      kbd('Enter'), 'spara omkodning', kbd('U'), 'ångra',
      kbd('N / P'), 'nästa / föreg.', kbd('/'), 'sök',
      kbd('I'), 'sidbild', kbd('?'), 'hjälp, kodbok'));
  }

  function focusQuote(code, on) {
    for (const mark of document.querySelectorAll('#passage-text mark.quote')) {
      if ((mark.dataset.codes || '').split(' ').includes(code)) mark.classList.toggle('focus', on);
    }
  }

  function refreshToggles() {
    for (const button of document.querySelectorAll('#decision-pane .toggle')) {
      const code = button.dataset.code;
      button.setAttribute('aria-pressed', S.toggles.has(code) ? 'true' : 'false');
      button.classList.toggle('changed', S.toggles.has(code) !== S.initial.has(code));
    }
    const recode = $('btn-recode');
    if (recode) recode.disabled = !isDirty();
  }

  function toggle(code) {
    if (!S.view || S.loading || !S.codeById.has(code)) return;
    if (S.toggles.has(code)) S.toggles.delete(code);
    else S.toggles.add(code);
    S.warnedDirty = false;
    refreshToggles();
  }

  async function decide(action) {
    if (!S.view || S.busy || S.loading) return;
    if (!requireReviewer()) return;
    let codes = null;
    if (action === 'recode') {
      if (!isDirty()) { toast('Ändra koderna först (1–9, E, S, M) och spara sedan med Enter.'); return; }
      codes = S.codebook.map((c) => c.id).filter((id) => S.toggles.has(id));
    } else if (action === 'accept' && isDirty()) {
      action = 'recode';
      codes = S.codebook.map((c) => c.id).filter((id) => S.toggles.has(id));
    } else if (action === 'accept' && S.toggles.size === 0) {
      toast('Det finns inga koder att godkänna: välj koder eller avvisa passagen.', true);
      return;
    }
    const comment = $('comment')?.value.trim() || null;
    const id = S.view.passage.id;
    const state = currentState();
    S.busy = true;
    const r = S.round
      ? await api('POST', `/api/double-coding/${S.round.id}/decision`, { passageId: id, action, codes, comment, version: state.version, reviewer: reviewer() })
      : await api('POST', `/api/passages/${encodeURIComponent(id)}/decision`, { action, codes, comment, version: state.version, reviewer: reviewer() });
    S.busy = false;

    if (r.status === 409) {
      const current = S.round ? r.data.mine : r.data.state;
      if (S.round) S.mine = current; else S.view.state = current;
      updateItem(id, current);
      S.conflict = r.data.message;
      toast('Krock: ditt beslut sparades inte.', true);
      if (S.round) { resetToggles(); renderDecision(); } else { await openPassage(id, true); }
      return;
    }
    if (!r.ok) { toast(r.data.error || 'Beslutet kunde inte sparas.', true); return; }

    const saved = S.round ? r.data.mine : r.data.state;
    if (S.round) S.mine = saved; else S.view.state = saved;
    updateItem(id, saved);
    if (action === 'undo') {
      const top = S.undo[S.undo.length - 1];
      if (top && top.passageId === id) S.undo.pop();
    } else {
      S.undo.push({ passageId: id, round: S.round ? S.round.id : null });
    }
    toast(`${doneSv[action]}${saved.codes.length ? ': ' + saved.codes.join(' ') : ''}${action === 'undo' ? '' : ' – ångra med U'}`);
    scheduleCounts();
    if (S.round) {
      renderRoundBanner();
      if (action !== 'undo' && S.items.every((x) => x.mine.status !== 'pending')) {
        toast('Du har kodat alla passager i omgången. Rapporten visas när båda är klara.');
      }
    }
    const auto = $('auto')?.checked;
    if (action !== 'undo' && auto && S.index >= 0 && (S.index < S.items.length - 1 || S.items.length < S.total)) {
      S.warnedDirty = true;
      await next();
    } else {
      S.conflict = null;
      if (S.round) { resetToggles(); renderDecision(); } else { await openPassage(id); }
    }
  }

  async function undo() {
    if (!requireReviewer()) return;
    const last = S.undo[S.undo.length - 1];
    const here = S.round ? S.round.id : null;
    if (last && (last.round ?? null) !== here) {
      toast('Ditt senaste beslut gjordes i ett annat läge (kö eller dubbelkodning); byt tillbaka för att ångra det.', true);
      return;
    }
    if (last && (!S.view || S.view.passage.id !== last.passageId)) await goTo(last.passageId);
    await decide('undo');
  }

  // ---- Counts --------------------------------------------------------------------------------

  // The header's progress: after decisions (debounced, so a fast reviewer is not slowed down) and
  // every minute, which also shows colleagues' progress.
  let countsTimer = 0;
  function scheduleCounts() {
    clearTimeout(countsTimer);
    countsTimer = setTimeout(loadTotals, 1500);
  }

  function showTotals(t) {
    $('progress').replaceChildren(
      h('b', null, nf0.format(t.pending)), ' väntande · ',
      h('b', null, nf0.format(t.approved + t.rejected)), ` beslutade av ${nf0.format(t.pending + t.approved + t.rejected)}`);
  }

  async function loadTotals() {
    const r = await api('GET', '/api/totals');
    if (r.ok) showTotals(r.data);
  }
  setInterval(() => { if (!document.hidden) loadTotals(); }, 60000);

  async function loadCounts() {
    const r = await api('GET', '/api/counts');
    if (!r.ok) return null;
    showTotals(r.data.total);
    return r.data;
  }

  function dialogHead(dialog, id, title) {
    return h('div', { class: 'dlg-head' }, h('h2', { id }, title),
      h('button', { type: 'button', class: 'ghost close', onclick: () => dialog.close(), 'aria-label': 'Stäng' }, 'Stäng', kbd('Esc')));
  }

  function countsTable(rows, label, nameOf) {
    return h('table', null,
      h('thead', null, h('tr', null, h('th', null, label), h('th', { class: 'num' }, 'Väntande'), h('th', { class: 'num' }, 'Godkända'),
        h('th', { class: 'num' }, 'Avvisade'), h('th', null, 'Klart'))),
      h('tbody', null, rows.map((row) => {
        const all = row.pending + row.approved + row.rejected;
        return h('tr', null,
          h('td', null, nameOf(row)),
          h('td', { class: 'num' }, nf0.format(row.pending)),
          h('td', { class: 'num' }, nf0.format(row.approved)),
          h('td', { class: 'num' }, nf0.format(row.rejected)),
          h('td', null, h('div', { class: 'progress-bar', title: all ? pct.format((all - row.pending) / all) : '–' },
            h('i', { style: { width: all ? `${(100 * (all - row.pending)) / all}%` : '0' } }))));
      })));
  }

  async function openOverview() {
    const dialog = $('dlg-overview');
    const data = await loadCounts();
    if (!data) { toast('Översikten kunde inte läsas.', true); return; }
    dialog.replaceChildren(dialogHead(dialog, 'overview-title', 'Översikt: beslutade och väntande'),
      h('div', { class: 'dlg-body' },
        h('p', { class: 'note' }, 'Per kod räknas passager där kodarna föreslår koden; per region alla AI-kodade passager.'),
        h('div', { class: 'cols' },
          h('div', null, h('h3', { class: 'section-title' }, 'Per kod'),
            countsTable(data.byCode, 'Kod', (row) => [chip(row.key), ' ', S.codeById.get(row.key)?.name ?? ''])),
          h('div', null, h('h3', { class: 'section-title' }, 'Per region'),
            countsTable(data.byRegion, 'Region', (row) => row.key || '(okänd)')))));
    dialog.showModal();
  }

  // ---- Help ----------------------------------------------------------------------------------

  function openHelp() {
    const dialog = $('dlg-help');
    const keys = [
      ['A', 'Godkänn förslaget'], ['R', 'Avvisa passagen'], ['1–9', 'Slå av/på T1–T9'], ['E S M', 'Slå av/på EKO, SOC, MIL'],
      ['Enter', 'Spara omkodning'], ['U', 'Ångra ditt senaste beslut'], ['N', 'Nästa passage'], ['P', 'Föregående passage'],
      ['/', 'Sök i texten'], ['I', 'Visa sidbild'], ['?', 'Den här hjälpen'], ['Esc', 'Stäng / lämna fält'],
    ];
    dialog.replaceChildren(dialogHead(dialog, 'help-title', 'Hjälp och kodbok'),
      h('div', { class: 'dlg-body' },
        h('h3', { class: 'section-title' }, 'Kortkommandon'),
        h('div', { class: 'keys' }, keys.map(([k, text]) => [kbd(k), h('span', null, text)])),
        h('p', { class: 'note' }, 'Varje beslut sparas med ditt namn, tid och läget före och efter i en logg som aldrig skrivs över. ',
          'Hann någon annan före dig sparas ditt beslut inte: du ser då det aktuella läget och kan besluta igen. ',
          'Ändrade koder markeras med en gul linje tills du sparar dem med Enter.'),
        h('h3', { class: 'section-title' }, `Kodbok (version ${S.codebookVersion})`),
        h('div', { class: 'codebook' }, S.codebook.map((c) => h('div', { class: 'code-card' },
          h('h4', null, chip(c.id), c.name),
          c.question ? h('p', { class: 'q' }, c.question) : null,
          h('p', null, c.definition),
          c.include.length ? [h('strong', null, 'Ta med'), h('ul', null, c.include.map((x) => h('li', null, x)))] : null,
          c.exclude.length ? [h('strong', null, 'Ta inte med'), h('ul', null, c.exclude.map((x) => h('li', null, x)))] : null,
          c.examples.length ? [h('strong', null, 'Exempel'), h('ul', null, c.examples.map((x) => h('li', null, `”${x}”`)))] : null)))));
    dialog.showModal();
  }

  // ---- Bulk actions --------------------------------------------------------------------------

  function openBulk() {
    if (S.round) { toast('Massåtgärder finns bara i vanliga kön.', true); return; }
    const dialog = $('dlg-bulk');
    const filter = filterValues();
    delete filter.status;
    const action = h('select', { id: 'bulk-action' },
      h('option', { value: 'accept' }, 'Godkänn förslagen'), h('option', { value: 'reject' }, 'Avvisa'));
    const comment = h('input', { id: 'bulk-comment', placeholder: 'Kommentar (valfri)', maxlength: '2000' });
    const result = h('div', { id: 'bulk-result' });
    const confirm = h('button', { type: 'button', class: 'primary', id: 'bulk-confirm', disabled: true }, 'Bekräfta');
    let preview = null;
    const checked = () => [...result.querySelectorAll('input[type=checkbox]:checked')].map((box) => preview.items[Number(box.dataset.index)]);
    const updateConfirm = () => {
      const n = preview ? checked().length : 0;
      confirm.disabled = n === 0;
      confirm.replaceChildren(`Bekräfta: ${action.value === 'accept' ? 'godkänn' : 'avvisa'} ${nf0.format(n)} ${n === 1 ? 'passage' : 'passager'}`);
    };
    action.addEventListener('change', () => { preview = null; result.replaceChildren(); updateConfirm(); });

    async function runPreview() {
      const r = await api('POST', '/api/bulk/preview', { action: action.value, filter });
      if (!r.ok) { result.replaceChildren(h('div', { class: 'unavailable' }, r.data.error || 'Förhandsvisningen misslyckades.')); return; }
      preview = r.data;
      result.replaceChildren(
        h('p', { class: 'note', id: 'bulk-summary' }, `${nf0.format(preview.total)} väntande ${preview.total === 1 ? 'passage matchar' : 'passager matchar'} filtret`,
          preview.total > preview.items.length ? ` – de första ${nf0.format(preview.items.length)} visas; kör igen för resten.` : '.',
          ' Bocka ur det som inte ska med.'),
        preview.items.length === 0 ? h('span') : h('table', { id: 'bulk-table' },
          h('thead', null, h('tr', null, h('th', null, ''), h('th', null, 'Passage'), h('th', null, action.value === 'accept' ? 'Godkänns med' : 'Förslag'))),
          h('tbody', null, preview.items.map((item, i) => h('tr', { dataset: { id: item.passageId } },
            h('td', null, h('input', { type: 'checkbox', checked: true, dataset: { index: i }, 'aria-label': 'Ta med', onchange: updateConfirm })),
            h('td', null, h('div', { class: 'faint' }, [item.region, item.title, pagesLabel(item.pages)].filter(Boolean).join(' · ')),
              h('div', { class: 'snippet' }, item.snippet),
              item.warnings.map((w) => h('div', { class: 'warn-text' }, `⚠ ${w}`))),
            h('td', null, item.suggestions.map((s) => h('div', null, chip(s.code), ` ${nf2.format(s.confidence)} `, h('span', { class: 'method' }, coderShort[s.method] ?? s.method)))))))));
      updateConfirm();
    }

    confirm.addEventListener('click', async () => {
      if (!preview || !requireReviewer()) return;
      const items = checked().map((x) => ({ passageId: x.passageId, version: x.version, codes: x.codes }));
      confirm.disabled = true;
      const r = await api('POST', '/api/bulk/apply', { action: action.value, reviewer: reviewer(), comment: comment.value.trim() || null, items });
      if (!r.ok) { toast(r.data.error || 'Massåtgärden misslyckades.', true); confirm.disabled = false; return; }
      const conflicts = r.data.conflicts.length;
      toast(`${nf0.format(r.data.applied)} ${action.value === 'accept' ? 'godkända' : 'avvisade'}` +
        (conflicts ? `; ${conflicts} hoppades över eftersom någon annan hann besluta först.` : '.'), conflicts > 0);
      dialog.close();
      loadTotals();
      loadQueue(S.view?.passage.id ?? null);
    });

    dialog.replaceChildren(dialogHead(dialog, 'bulk-title', 'Massåtgärd'),
      h('div', { class: 'dlg-body' },
        h('p', { class: 'note' }, 'Gäller väntande passager som matchar filtret. Först visas exakt vilka passager som berörs; inget sparas förrän du bekräftar. Varje passage loggas för sig.'),
        h('div', { class: 'filter-summary' }, Object.keys(filter).length ? describeFilter(filter) : h('span', { class: 'badge' }, 'Inget filter: alla väntande passager')),
        h('div', { class: 'form-row' },
          h('label', null, 'Åtgärd', action),
          h('label', { style: { flex: '1' } }, 'Kommentar', comment),
          h('button', { type: 'button', id: 'bulk-preview', onclick: runPreview }, 'Förhandsgranska')),
        result),
      h('div', { class: 'dlg-foot' }, h('button', { type: 'button', class: 'ghost', onclick: () => dialog.close() }, 'Avbryt'), confirm));
    updateConfirm();
    dialog.showModal();
  }

  // ---- Double coding -------------------------------------------------------------------------

  function renderRoundBanner() {
    const banner = $('round-banner');
    $('progress').hidden = Boolean(S.round);
    if (!S.round) { banner.hidden = true; return; }
    const mine = S.items.filter((x) => x.mine && x.mine.status !== 'pending').length;
    banner.hidden = false;
    banner.replaceChildren(
      h('span', null, `Dubbelkodning, omgång ${S.round.id} · blint · ${mine}/${S.round.passages} klara`),
      h('button', { type: 'button', class: 'ghost', onclick: leaveRound }, 'Avsluta'));
  }

  function enterRound(round) {
    S.round = round;
    S.undo = [];
    $('dlg-dc').close();
    $('filters').hidden = true;
    renderRoundBanner();
    loadQueue(null);
  }

  function leaveRound() {
    S.round = null;
    S.mine = null;
    S.undo = [];
    $('filters').hidden = false;
    renderRoundBanner();
    loadQueue(null);
  }

  function kappaWords(k) {
    // Landis & Koch (1977) bands.
    if (k == null) return '–';
    if (k > 0.8) return 'nästan full';
    if (k > 0.6) return 'betydande';
    if (k > 0.4) return 'måttlig';
    if (k > 0.2) return 'svag';
    return 'ringa';
  }

  async function openDoubleCoding() {
    const dialog = $('dlg-dc');
    const r = await api('GET', '/api/double-coding');
    if (!r.ok) { toast(r.data.error || 'Omgångarna kunde inte läsas.', true); return; }
    const me = reviewer();
    const size = h('input', { type: 'number', id: 'dc-size', min: '1', max: '500', value: '20' });
    const seed = h('input', { type: 'number', id: 'dc-seed', value: String(Math.floor(Math.random() * 100000) + 1) });
    const a = h('input', { id: 'dc-a', value: me, placeholder: 'Namn' });
    const b = h('input', { id: 'dc-b', placeholder: 'Namn' });
    const filter = filterValues();
    delete filter.status;

    async function create() {
      if (!requireReviewer()) return;
      const created = await api('POST', '/api/double-coding', {
        size: Number(size.value), seed: Number(seed.value), reviewerA: a.value.trim(), reviewerB: b.value.trim(), filter, reviewer: reviewer(),
      });
      if (!created.ok) { toast(created.data.error || 'Omgången kunde inte skapas.', true); return; }
      toast(`Omgång ${created.data.id} skapad med ${created.data.passages} passager (frö ${created.data.seed}).`);
      openDoubleCoding();
    }

    dialog.replaceChildren(dialogHead(dialog, 'dc-title', 'Dubbelkodning'),
      h('div', { class: 'dlg-body' },
        h('p', { class: 'note' }, 'Två granskare beslutar blint om samma slumpmässiga urval. Deras beslut sparas för sig och ändrar inte huvudbeslutet. ',
          'När båda är klara visas överensstämmelsen per kod (Cohens kappa) och de passager ni är oense om; ett avgörande sparas som vanligt beslut.'),
        r.data.rounds.length === 0 ? h('p', { class: 'muted' }, 'Inga omgångar än.') : h('table', { id: 'dc-rounds' },
          h('thead', null, h('tr', null, h('th', null, 'Omgång'), h('th', null, 'Granskare'), h('th', { class: 'num' }, 'Passager'),
            h('th', { class: 'num' }, 'Klara'), h('th', { class: 'num' }, 'Avgjorda'), h('th', null, ''))),
          h('tbody', null, r.data.rounds.map((round) => h('tr', null,
            h('td', null, `${round.id}`, h('div', { class: 'faint' }, `frö ${round.seed} · ${when(round.createdAt)}`)),
            h('td', null, `${round.reviewerA} och ${round.reviewerB}`),
            h('td', { class: 'num' }, nf0.format(round.passages)),
            h('td', { class: 'num' }, `${round.decidedA} / ${round.decidedB}`),
            h('td', { class: 'num' }, nf0.format(round.settled)),
            h('td', null,
              me === round.reviewerA || me === round.reviewerB
                ? h('button', { type: 'button', class: 'primary', onclick: () => enterRound(round) }, 'Koda') : null, ' ',
              h('button', { type: 'button', class: 'ghost', onclick: () => openReport(round.id) }, 'Rapport')))))),
        h('h3', { class: 'section-title' }, 'Ny omgång'),
        h('p', { class: 'note' }, 'Urvalet dras med fröet bland väntande passager som matchar filtret (och inte ingår i en tidigare omgång); samma frö ger samma urval.'),
        h('div', { class: 'filter-summary' }, Object.keys(filter).length ? describeFilter(filter) : h('span', { class: 'badge' }, 'Inget filter')),
        h('div', { class: 'form-row' },
          h('label', null, 'Antal passager', size), h('label', null, 'Frö', seed),
          h('label', null, 'Granskare A', a), h('label', null, 'Granskare B', b),
          h('button', { type: 'button', class: 'primary', id: 'dc-create', onclick: create }, 'Skapa omgång'))));
    if (!dialog.open) dialog.showModal();
  }

  async function openReport(roundId) {
    if (!requireReviewer()) return;
    const dialog = $('dlg-dc');
    const r = await api('GET', `/api/double-coding/${roundId}/report?reviewer=${encodeURIComponent(reviewer())}`);
    const body = h('div', { class: 'dlg-body' });
    dialog.replaceChildren(dialogHead(dialog, 'dc-title', `Dubbelkodning · omgång ${roundId}`), body);
    body.append(h('button', { type: 'button', class: 'ghost', onclick: openDoubleCoding }, '← Alla omgångar'));
    if (!r.ok) {
      body.append(h('div', { class: 'unavailable', id: 'dc-report-blocked' }, r.data.error || 'Rapporten kunde inte läsas.'));
      if (!dialog.open) dialog.showModal();
      return;
    }
    const report = r.data;
    const round = report.round;
    body.append(
      h('p', { class: 'note' }, `${round.reviewerA} och ${round.reviewerB}: ${report.status.items} av ${round.passages} passager beslutade av båda`,
        report.complete ? '.' : ' (omgången är inte klar än).',
        report.status.kappa == null ? '' : ` Godkänn/avvisa: överensstämmelse ${pct.format(report.status.agreement)}, κ = ${nf2.format(report.status.kappa)}.`),
      h('table', { id: 'dc-kappa' },
        h('thead', null, h('tr', null, h('th', null, 'Kod'), h('th', { class: 'num' }, 'Båda'), h('th', { class: 'num' }, `Bara ${round.reviewerA}`),
          h('th', { class: 'num' }, `Bara ${round.reviewerB}`), h('th', { class: 'num' }, 'Ingen'), h('th', { class: 'num' }, 'Överens'),
          h('th', { class: 'num' }, 'κ'), h('th', null, 'Samstämmighet'))),
        h('tbody', null, report.perCode.map((c) => h('tr', { dataset: { code: c.code } },
          h('td', null, chip(c.code), ' ', c.name),
          h('td', { class: 'num' }, nf0.format(c.bothYes)), h('td', { class: 'num' }, nf0.format(c.onlyA)),
          h('td', { class: 'num' }, nf0.format(c.onlyB)), h('td', { class: 'num' }, nf0.format(c.bothNo)),
          h('td', { class: 'num' }, c.agreement == null ? '–' : pct.format(c.agreement)),
          h('td', { class: `num ${c.kappa == null ? '' : c.kappa >= 0.61 ? 'kappa-good' : c.kappa < 0.41 ? 'kappa-poor' : ''}` }, c.kappa == null ? '–' : nf2.format(c.kappa)),
          h('td', { class: 'faint' }, kappaWords(c.kappa)))))),
      h('h3', { class: 'section-title' }, `Oenigheter att avgöra (${report.disagreements.length})`));
    if (report.disagreements.length === 0) body.append(h('p', { class: 'muted' }, 'Inga oenigheter.'));
    const table = h('table', { id: 'dc-disagreements' }, h('tbody', null, report.disagreements.map((d) => {
      const settle = async (decision) => {
        if (!requireReviewer()) return;
        const res = await api('POST', `/api/double-coding/${roundId}/settle`, {
          passageId: d.passageId, action: decision.status === 'rejected' ? 'reject' : 'accept', codes: decision.status === 'rejected' ? null : decision.codes,
          version: d.main.version, reviewer: reviewer(), comment: null,
        });
        if (!res.ok) { toast(res.data.message || res.data.error || 'Avgörandet sparades inte.', true); }
        else toast('Avgjort och sparat som huvudbeslut.');
        openReport(roundId);
      };
      const side = (who, decision) => h('div', null, h('b', null, who), ': ', statusSv[decision.status].toLowerCase(), ' ',
        decision.codes.map((c) => h('span', { class: d.differs.includes(c) ? 'chip differs' : 'chip', title: d.differs.includes(c) ? 'Bara den ena gav koden' : null }, c)));
      return h('tr', { dataset: { id: d.passageId } },
        h('td', null, h('div', { class: 'faint' }, [d.region, d.title, pagesLabel(d.pages)].filter(Boolean).join(' · ')), h('div', { class: 'snippet' }, d.snippet ?? '')),
        h('td', null, side(round.reviewerA, d.a), side(round.reviewerB, d.b),
          d.settledBy ? h('div', { class: 'faint' }, `Avgjord av ${d.settledBy}: ${statusSv[d.main.status].toLowerCase()} ${d.main.codes.join(' ')}`) : null),
        h('td', null,
          h('button', { type: 'button', onclick: () => settle(d.a) }, `Välj ${genitive(round.reviewerA)}`), ' ',
          h('button', { type: 'button', onclick: () => settle(d.b) }, `Välj ${genitive(round.reviewerB)}`), ' ',
          h('button', { type: 'button', class: 'ghost', onclick: () => { dialog.close(); if (S.round) leaveRound(); goTo(d.passageId); } }, 'Öppna')));
    })));
    if (report.disagreements.length) body.append(table);
    if (!dialog.open) dialog.showModal();
  }

  // ---- Keyboard ------------------------------------------------------------------------------

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (document.querySelector('dialog[open]')) return;
    const target = e.target;
    const typing = target instanceof HTMLElement &&
      (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
    if (typing) {
      if (e.key === 'Escape') target.blur();
      return;
    }
    const key = e.key;
    if (key === '/') { e.preventDefault(); F.q.focus(); F.q.select(); return; }
    if (key === '?') { e.preventDefault(); openHelp(); return; }
    if (key === 'Enter') { e.preventDefault(); decide('recode'); return; }
    if (/^[1-9]$/.test(key)) { e.preventDefault(); toggle(`T${key}`); return; }
    const actions = {
      a: () => decide('accept'), r: () => decide('reject'), n: () => next(), p: () => prev(), u: () => undo(),
      e: () => toggle('EKO'), s: () => toggle('SOC'), m: () => toggle('MIL'), i: () => showFirstPage(),
    };
    const action = actions[key.toLowerCase()];
    if (action) { e.preventDefault(); action(); }
  });

  // ---- Start ---------------------------------------------------------------------------------

  $('btn-help').addEventListener('click', openHelp);
  $('btn-overview').addEventListener('click', openOverview);
  $('btn-bulk').addEventListener('click', openBulk);
  $('btn-dc').addEventListener('click', openDoubleCoding);

  function fill(select, options) {
    for (const [value, text] of options) select.append(h('option', { value }, text));
  }

  async function init() {
    const r = await api('GET', '/api/session');
    if (!r.ok) {
      $('passage-pane').replaceChildren(h('div', { class: 'unavailable' }, r.data.error || 'Sidan kunde inte starta.'));
      return;
    }
    const session = r.data;
    reviewerInput.value = localStorage.getItem('sm.reviewer') || session.reviewer || '';
    S.codebook = session.codebook.codes;
    S.codebookVersion = session.codebook.version;
    for (const c of S.codebook) S.codeById.set(c.id, c);
    fill(F.code, S.codebook.filter((c) => c.kind === 'theme').map((c) => [c.id, `${c.id} ${c.name}`]));
    fill(F.dimension, S.codebook.filter((c) => c.kind === 'dimension').map((c) => [c.id, `${c.id} ${c.name}`]));
    fill(F.region, session.regions.map((x) => [x, x]));
    fill(F.document, session.documents.map((d) => [d.id, d.region ? `${d.title} (${d.region})` : d.title]));
    fill(F.coder, session.coders.map((x) => [x, coderSv[x] ?? x]));
    restoreFilter();
    showFilterSummary();
    const details = $('filter-details');
    details.open = localStorage.getItem('sm.filters-open') === 'yes';
    details.addEventListener('toggle', () => localStorage.setItem('sm.filters-open', details.open ? 'yes' : 'no'));
    const match = /^#p=(.+)$/.exec(location.hash);
    await loadQueue(match ? decodeURIComponent(match[1]) : null);
    loadTotals();
  }

  init();
})();
