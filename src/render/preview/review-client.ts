/**
 * The review page's script, served by `castwright preview` only (never
 * written to `out/`, whose pages stay static). Plain browser JavaScript in a
 * string, so no bundler step is needed: it reads the settings the server put
 * in the page (`window.castwrightReview`: token, episode, paths), adds edit
 * controls to the static page, a transcript pane, copy buttons and download
 * links, and sends one change at a time to the review API. After the
 * rebuild the server announces, it swaps in the new page's content in
 * place, so the scroll position stays.
 *
 * Hooks for tests: `document.body.dataset.review` is `ready` once the
 * controls are in place and after every update; `data-review-updates`
 * counts the updates.
 */
export const REVIEW_CLIENT = String.raw`(() => {
  'use strict';
  const settings = window.castwrightReview;
  if (!settings) return;

  /** Platforms' limits for pasted text; sizes are shown against them. */
  const HOST_FILES = [
    { path: 'host-notes/apple.html', label: 'Apple Podcasts (HTML)', limit: 4000, unit: 'bytes' },
    { path: 'host-notes/spotify.html', label: 'Spotify (HTML)', limit: 4000, unit: 'characters' },
    { path: 'host-notes/generic.html', label: 'Generic HTML' },
    { path: 'host-notes/youtube.txt', label: 'YouTube description', limit: 5000, unit: 'characters' },
    { path: 'host-notes/plain.txt', label: 'Plain text' },
  ];

  let state = null; // { version, file, transcript } from the review API
  let episode = null; // episode.json as the last build wrote it
  let undoCount = 0;
  let busy = false;
  let updates = 0;
  /** While a form waits for a click on a transcript sentence, this receives it. */
  let picking = null;

  // ---------- small helpers ----------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  function button(label, onclick, extra) {
    return el('button', Object.assign({ type: 'button', class: 'rv-btn', onclick }, extra || {}), label);
  }

  /** "12:30" or "1:02:03", as the edits file writes times. */
  function clock(seconds) {
    const s = Math.floor(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const ss = String(s % 60).padStart(2, '0');
    return h > 0 ? h + ':' + String(m).padStart(2, '0') + ':' + ss : m + ':' + ss;
  }

  async function call(path, body) {
    const headers = { [settings.tokenHeader]: settings.token };
    if (body) headers['content-type'] = 'application/json';
    const res = await fetch(settings.api + path, {
      method: body ? 'POST' : 'GET',
      headers,
      body: body ? JSON.stringify(body) : undefined,
      cache: 'no-store',
    });
    const data = await res.json().catch(() => ({ error: res.statusText }));
    if (!res.ok) {
      const error = new Error(data.error || res.statusText);
      error.status = res.status;
      throw error;
    }
    return data;
  }

  // ---------- status bar, saving, undo ----------

  const bar = el('div', { id: 'review-bar', role: 'status', 'aria-live': 'polite' });
  const message = el('span', { class: 'rv-message' }, 'Review mode: changes are saved to the edits file.');
  const undoButton = button('Undo', () => undo(), { id: 'review-undo', disabled: true });
  bar.append(el('strong', {}, 'Review'), message, undoButton);

  function say(text, kind) {
    message.textContent = text;
    bar.dataset.kind = kind || 'info';
  }

  /** Send one change; on success the rebuild's reload event brings the new page. */
  async function save(change) {
    if (busy) return say('Still saving the last change…', 'info'), false;
    busy = true;
    document.body.dataset.review = 'saving';
    say('Saving…', 'info');
    try {
      const result = await call('/change', { episode: settings.episode, version: state.version, change });
      state.version = result.version;
      if (result.unchanged) {
        busy = false;
        document.body.dataset.review = 'ready';
        say('Nothing to change.', 'info');
        return true;
      }
      undoCount = result.undo;
      say('Saved to ' + result.file + ' · rebuilding…', 'info');
      document.body.dataset.review = 'rebuilding';
      return true;
    } catch (error) {
      busy = false;
      document.body.dataset.review = 'ready';
      say('Not saved: ' + error.message, 'error');
      if (error.status === 409) await refresh(false);
      return false;
    }
  }

  async function undo() {
    if (busy) return;
    busy = true;
    document.body.dataset.review = 'saving';
    try {
      const result = await call('/undo', { episode: settings.episode, version: state.version });
      state.version = result.version;
      undoCount = result.undo;
      say('Undone in ' + result.file + ' · rebuilding…', 'info');
      document.body.dataset.review = 'rebuilding';
    } catch (error) {
      busy = false;
      document.body.dataset.review = 'ready';
      say('Not undone: ' + error.message, 'error');
    }
  }

  // ---------- updating in place ----------

  /** Swap in the page as rebuilt (header, sections, content), keep the scroll position, add the controls again. */
  async function refresh(announce) {
    const y = window.scrollY;
    const html = await fetch(location.href, { cache: 'no-store' }).then((r) => r.text());
    const next = new DOMParser().parseFromString(html, 'text/html');
    for (const selector of ['header.top', 'nav.sections', 'main']) {
      const now = document.querySelector(selector);
      const then = next.querySelector(selector);
      if (now && then) now.innerHTML = then.innerHTML;
    }
    await load();
    window.scrollTo(0, y);
    busy = false;
    if (announce) say('Updated from ' + state.file + '.', 'ok');
  }

  async function load() {
    state = await call('/state?episode=' + encodeURIComponent(settings.episode));
    episode = await fetch('episode.json', { cache: 'no-store' }).then((r) => (r.ok ? r.json() : null));
    decorate();
    updates += 1;
    document.body.dataset.reviewUpdates = String(updates);
    document.body.dataset.review = 'ready';
  }

  // ---------- inline forms ----------

  /** A small form appended to 'anchor': fields, Save and Cancel. */
  function inlineForm(anchor, fields, onSave) {
    const inputs = fields.map((f) =>
      f.multiline
        ? el('textarea', { class: 'rv-input', name: f.name, rows: 3, placeholder: f.placeholder || '' })
        : el('input', { class: 'rv-input', name: f.name, placeholder: f.placeholder || '' }),
    );
    inputs.forEach((input, i) => (input.value = fields[i].value || ''));
    const form = el('form', { class: 'rv-form' });
    fields.forEach((f, i) => form.append(el('label', {}, el('span', {}, f.label), inputs[i])));
    const close = () => {
      picking = null;
      document.body.classList.remove('rv-picking');
      form.remove();
    };
    form.append(
      el('div', { class: 'rv-row' }, button('Save', null, { type: 'submit', class: 'rv-btn rv-primary' }), button('Cancel', close)),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const values = Object.fromEntries(fields.map((f, i) => [f.name, inputs[i].value.trim()]));
      if (await onSave(values)) close();
    });
    anchor.append(form);
    inputs[0].focus();
    return { form, inputs };
  }

  /** Let a click on a transcript sentence fill a start field: the sentence's first words, as the edits file takes a phrase. */
  function pickInto(input) {
    document.body.classList.add('rv-picking');
    picking = (sentence) => {
      input.value = sentence.phrase;
      input.dataset.time = clock(sentence.time);
      say('Start set to the sentence at ' + clock(sentence.time) + ': save to apply.', 'info');
    };
  }

  // ---------- decorating the page ----------

  function decorate() {
    if (!bar.isConnected) document.body.append(bar);
    undoButton.disabled = undoCount === 0;
    undoButton.textContent = undoCount > 0 ? 'Undo (' + undoCount + ')' : 'Undo';
    if (!episode) {
      say('Build with the "episode" artifact to review chapters and quotes here.', 'error');
      return;
    }
    decorateNotes();
    decorateChapters();
    decorateCards();
    decorateQuotes();
    addTranscript();
  }

  function decorateChapters() {
    const section = document.getElementById('chapters');
    if (!section) return;
    const tools = el(
      'div',
      { class: 'rv-tools' },
      button('Add a chapter', () => {
        const { inputs } = inlineForm(tools, [
          { name: 'title', label: 'Title' },
          { name: 'start', label: 'Start', placeholder: '12:30, or click a sentence in the transcript' },
        ], (v) => v.title && v.start && save({ kind: 'add-chapter', title: v.title, start: v.start }));
        pickInto(inputs[1]);
      }, { 'data-action': 'add-chapter' }),
      button('Mark all reviewed', () => save({ kind: 'reviewed', value: true }), { 'data-action': 'all-reviewed' }),
    );
    section.querySelector('h2').after(tools);
    section.querySelectorAll('tbody tr').forEach((row, i) => {
      const chapter = episode.chapters[i];
      if (!chapter) return;
      row.dataset.chapter = String(i + 1);
      const change = (set) => save({ kind: 'chapter', title: chapter.title, at: chapter.startTime, set });
      const cell = row.querySelector('td:nth-child(2)');
      const actions = el(
        'div',
        { class: 'rv-actions' },
        button('Rename', () => inlineForm(cell, [{ name: 'title', label: 'Title', value: chapter.title }], (v) => v.title && change({ title: v.title })), { 'data-action': 'rename' }),
        button('Move start', () => {
          const { inputs } = inlineForm(cell, [
            { name: 'start', label: 'Start', value: clock(chapter.startTime), placeholder: '12:30, or click a sentence in the transcript' },
          ], (v) => v.start && change({ start: v.start }));
          pickInto(inputs[0]);
        }, { 'data-action': 'move' }),
        button('One-liner', () => inlineForm(cell, [{ name: 'summary', label: 'One-line summary', value: chapter.summary, multiline: true }], (v) => v.summary && change({ summary: v.summary })), { 'data-action': 'summary' }),
        button(chapter.reviewed ? 'Mark unreviewed' : 'Mark reviewed', () => change({ reviewed: !chapter.reviewed }), { 'data-action': 'reviewed' }),
        button('Remove', () => change({ remove: true }), { 'data-action': 'remove', class: 'rv-btn rv-danger' }),
      );
      cell.append(actions);
    });
  }

  function decorateQuotes() {
    document.querySelectorAll('#quotes .quote').forEach((node, i) => {
      const quote = episode.quotes[i];
      if (!quote) return;
      node.dataset.quote = String(i + 1);
      node.querySelector('.who').after(
        el(
          'div',
          { class: 'rv-actions' },
          button(i === 0 ? 'First card' : 'Promote', () => save({ kind: 'promote-quote', text: quote.text }), { 'data-action': 'promote', disabled: i === 0 }),
          button('Reject', () => save({ kind: 'reject-quote', text: quote.text, at: quote.startTime }), { 'data-action': 'reject', class: 'rv-btn rv-danger' }),
        ),
      );
    });
    const section = document.getElementById('quotes');
    if (section) section.querySelector('h2').after(el('p', { class: 'rv-hint' }, 'Promote a quote to put it on a card (promoted quotes are the cards, in order); add one by selecting words in the transcript below.'));
  }

  function decorateCards() {
    document.querySelectorAll('#cards figure').forEach((figure) => {
      const link = figure.querySelector('a');
      if (!link) return;
      const name = link.getAttribute('href').split('/').pop();
      figure.querySelector('figcaption').append(' · ', el('a', { href: link.getAttribute('href'), download: name, class: 'rv-download' }, 'Download'));
    });
    addCaptions();
  }

  async function copyText(text, what) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = el('textarea', {}, text);
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    say('Copied ' + what + '.', 'ok');
  }

  function sizeLine(text, limit, unit) {
    const bytes = new TextEncoder().encode(text).length;
    const chars = Array.from(text).length;
    const measured = unit === 'bytes' ? bytes : chars;
    const over = limit !== undefined && measured > limit;
    const line = bytes + ' bytes · ' + chars + ' characters' + (limit === undefined ? '' : ' · ' + measured + ' of ' + limit + ' ' + unit);
    return el('span', { class: over ? 'rv-size rv-over' : 'rv-size' }, line + (over ? ' — too long' : ''));
  }

  function copyRow(label, text, limit, unit) {
    return el('li', { class: 'rv-copy' }, el('span', { class: 'rv-label' }, label), sizeLine(text, limit, unit), button('Copy', () => copyText(text, label), { 'data-action': 'copy' }));
  }

  async function addCaptions() {
    const section = document.getElementById('cards');
    const social = await fetch('social.md', { cache: 'no-store' }).then((r) => (r.ok ? r.text() : ''));
    if (!section || !social) return;
    const list = el('ul', { class: 'rv-copies', id: 'review-captions' });
    let card = '';
    const pattern = /^## (.+)$|^### (.+?) \((\d+) of (\d+) characters\)\n+\x60\x60\x60text\n([^]*?)\n\x60\x60\x60/gm;
    for (const m of social.matchAll(pattern)) {
      if (m[1]) card = m[1];
      else list.append(copyRow(card + ' · ' + m[2], m[5], Number(m[4]), 'characters'));
    }
    if (list.children.length > 0) section.append(el('h3', {}, 'Captions'), list);
  }

  async function addHostCopies(box) {
    const list = el('ul', { class: 'rv-copies', id: 'review-host-notes' });
    for (const file of HOST_FILES) {
      const res = await fetch(file.path, { cache: 'no-store' });
      if (res.ok) list.append(copyRow(file.label, await res.text(), file.limit, file.unit));
    }
    if (list.children.length > 0) box.append(el('h3', {}, 'Copy show notes'), list);
  }

  function decorateNotes() {
    const section = document.getElementById('notes');
    if (!section) return;
    const box = el('div', { class: 'rv-box', id: 'review-notes' });
    const summary = el('textarea', { class: 'rv-input', rows: 4, id: 'review-summary' });
    summary.value = episode.summary || '';
    box.append(
      el('h3', {}, 'Summary'),
      summary,
      el('div', { class: 'rv-row' }, button('Save summary', () => summary.value.trim() && save({ kind: 'summary', text: summary.value.trim() }), { 'data-action': 'summary' })),
    );
    // Takeaways are pinned as a whole: edit the list here, then save it.
    let items = (episode.takeaways || []).map((k) => ({ text: k.text }));
    const list = el('ol', { class: 'rv-takeaways', id: 'review-takeaways' });
    const draw = () => {
      list.replaceChildren(
        ...items.map((item, i) =>
          el(
            'li',
            {},
            el('span', {}, item.text + (item.at ? ' (' + item.at + ')' : '')),
            el(
              'span',
              { class: 'rv-actions' },
              button('↑', () => { if (i > 0) { items.splice(i - 1, 0, items.splice(i, 1)[0]); draw(); } }, { title: 'Move up', disabled: i === 0 }),
              button('↓', () => { if (i < items.length - 1) { items.splice(i + 1, 0, items.splice(i, 1)[0]); draw(); } }, { title: 'Move down', disabled: i === items.length - 1 }),
              button('Remove', () => { items.splice(i, 1); draw(); }, { class: 'rv-btn rv-danger' }),
            ),
          ),
        ),
      );
    };
    draw();
    const text = el('input', { class: 'rv-input', placeholder: 'A takeaway in your words (or select transcript words)', id: 'review-takeaway-text' });
    const at = el('input', { class: 'rv-input rv-time', placeholder: '12:30', id: 'review-takeaway-at' });
    box.append(
      el('h3', {}, 'Takeaways'),
      list,
      el('div', { class: 'rv-row' }, text, at, button('Add', () => { if (text.value.trim()) { items.push(at.value.trim() ? { text: text.value.trim(), at: at.value.trim() } : { text: text.value.trim() }); text.value = ''; at.value = ''; draw(); } })),
      el('div', { class: 'rv-row' }, button('Pin these takeaways', () => save({ kind: 'takeaways', items }), { class: 'rv-btn rv-primary', 'data-action': 'takeaways' })),
    );
    box.addTakeaway = (words) => { items.push({ text: words }); draw(); say('Added to the takeaways below the summary: pin them to save.', 'info'); };
    section.querySelector('h2').after(box);
    addHostCopies(box);
  }

  // ---------- transcript pane ----------

  function addTranscript() {
    const main = document.querySelector('main');
    if (!main || !state.transcript) return;
    const pane = el('section', { id: 'transcript-pane' }, el('h2', {}, 'Transcript'));
    pane.append(el('p', { class: 'rv-hint' }, 'Select words to add a quote or a takeaway (a selection snaps to whole words of one turn). While moving or adding a chapter, click a sentence to start it there.'));
    const chosen = el('div', { class: 'rv-selection', id: 'review-selection', hidden: true });
    const body = el('div', { class: 'rv-transcript' });
    state.transcript.forEach((turn, t) => {
      const text = el('p', { class: 'rv-turn-text' });
      let at = 0;
      let w = 0;
      for (const sentence of turn.sentences) {
        const span = el('span', { class: 'rv-sentence', 'data-time': String(sentence.time) });
        const first = sentence.words[0];
        if (first && first[0] > at) text.append(turn.text.slice(at, first[0]));
        if (first) at = first[0];
        for (const [start, end] of sentence.words) {
          if (start > at) span.append(turn.text.slice(at, start));
          span.append(el('span', { class: 'w', 'data-w': String(w++) }, turn.text.slice(start, end)));
          at = end;
        }
        const after = turn.text.slice(at).match(/^[^\s\p{L}\p{N}]*/u)[0];
        span.append(after);
        at += after.length;
        text.append(span);
      }
      text.append(turn.text.slice(at));
      body.append(
        el('div', { class: turn.coldOpen ? 'rv-turn rv-cold' : 'rv-turn', 'data-turn': String(t) },
          el('p', { class: 'rv-speaker' }, turn.speaker + ' · ' + clock(turn.sentences[0] ? turn.sentences[0].time : 0) + (turn.coldOpen ? ' · cold open' : '')),
          text),
      );
    });
    body.addEventListener('click', (event) => {
      const sentence = event.target.closest('.rv-sentence');
      if (!sentence || !picking || !window.getSelection().isCollapsed) return;
      const words = Array.from(sentence.querySelectorAll('.w'), (w) => w.textContent).slice(0, 10).join(' ');
      picking({ phrase: words, time: Number(sentence.dataset.time) });
    });
    body.addEventListener('mouseup', () => setTimeout(() => choose(chosen), 0));
    pane.append(chosen, body);
    const files = document.getElementById('files');
    if (files) main.insertBefore(pane, files);
    else main.append(pane);
    const nav = document.querySelector('nav.sections ul');
    if (nav) nav.append(el('li', {}, el('a', { href: '#transcript-pane' }, 'Transcript')));
  }

  /** The selected words, snapped to whole words of one turn, with what can be done with them. */
  function choose(box) {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    // Every word the selection touches, even in part: the selection snaps to whole words.
    const touched = Array.from(box.parentElement.querySelectorAll('.w')).filter((w) => range.intersectsNode(w));
    const first = touched[0];
    const last = touched[touched.length - 1];
    box.hidden = false;
    box.replaceChildren();
    if (!first || !last) return;
    const turnA = first.closest('.rv-turn');
    const turnB = last.closest('.rv-turn');
    if (turnA !== turnB) {
      box.append(el('p', { class: 'rv-refused', role: 'alert' }, 'Not a quote: the selection runs across two turns. A quote is one speaker\u2019s words; select within one turn.'));
      return;
    }
    const snapped = document.createRange();
    snapped.setStartBefore(first);
    snapped.setEndAfter(last);
    selection.removeAllRanges();
    selection.addRange(snapped);
    const text = snapped.toString().replace(/\s+/g, ' ').trim();
    const words = el('textarea', { class: 'rv-input', rows: 2, id: 'review-selection-text' });
    words.value = text;
    const speaker = turnA.querySelector('.rv-speaker').textContent;
    box.append(
      el('p', { class: 'rv-label' }, 'Selected, from ' + speaker),
      words,
      el('div', { class: 'rv-row' },
        button('Add as quote', () => save({ kind: 'add-quote', text: words.value.trim() }), { class: 'rv-btn rv-primary', 'data-action': 'add-quote' }),
        button('Add as takeaway', () => { const notes = document.getElementById('review-notes'); if (notes) notes.addTakeaway(words.value.trim()); }, { 'data-action': 'add-takeaway' }),
        button('Clear', () => { box.hidden = true; box.replaceChildren(); })),
    );
  }

  // ---------- style ----------

  document.head.append(
    el('style', {}, [
      '#review-bar{position:fixed;left:0;right:0;bottom:0;z-index:5;display:flex;gap:14px;align-items:center;padding:10px 24px;background:#1d2433;color:#fff;font-size:14px;box-shadow:0 -2px 8px rgba(0,0,0,.15)}',
      '#review-bar .rv-message{flex:1}',
      '#review-bar[data-kind=error]{background:#8a1f1f}',
      '#review-bar[data-kind=ok]{background:#17663a}',
      'body{padding-bottom:56px}',
      '.rv-btn{font:inherit;font-size:12px;font-weight:600;padding:3px 10px;border-radius:6px;border:1px solid #c9ced8;background:#fff;color:#1d2433;cursor:pointer}',
      '.rv-btn:hover:not([disabled]){border-color:#1f5fbf;color:#1f5fbf}',
      '.rv-btn[disabled]{opacity:.5;cursor:default}',
      '.rv-primary{background:#1f5fbf;border-color:#1f5fbf;color:#fff}.rv-primary:hover:not([disabled]){color:#fff;background:#123f82}',
      '.rv-danger{color:#8a1f1f}',
      '#review-bar .rv-btn{background:transparent;color:#fff;border-color:rgba(255,255,255,.5)}',
      '.rv-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}',
      '.rv-tools{display:flex;flex-wrap:wrap;gap:8px;margin:-4px 0 12px}',
      '.rv-form{display:grid;gap:8px;margin:10px 0;padding:12px;background:#f6f7f9;border:1px solid #e3e6ec;border-radius:8px}',
      '.rv-form label{display:grid;gap:4px;font-size:13px;color:#5b6475}',
      '.rv-input{font:inherit;font-size:14px;width:100%;padding:6px 8px;border:1px solid #c9ced8;border-radius:6px;background:#fff}',
      '.rv-time{width:90px;flex:none}',
      '.rv-row{display:flex;gap:8px;align-items:center;margin-top:8px}',
      '.rv-box{border:1px solid #e3e6ec;border-radius:8px;padding:4px 16px 16px;margin:0 0 18px;background:#fbfcfd}',
      '.rv-takeaways{margin:0;padding-left:22px;font-size:14px}.rv-takeaways li{margin:6px 0}.rv-takeaways .rv-actions{display:inline-flex;margin:0 0 0 8px}',
      '.rv-copies{list-style:none;margin:0;padding:0}',
      '.rv-copy{display:flex;gap:12px;align-items:center;padding:6px 0;border-bottom:1px solid #e3e6ec;font-size:14px}',
      '.rv-copy .rv-label{flex:1;font-weight:600}',
      '.rv-size{color:#5b6475;font-variant-numeric:tabular-nums;font-size:13px}.rv-over{color:#8a1f1f;font-weight:600}',
      '.rv-hint{color:#5b6475;font-size:14px;margin:-6px 0 12px}',
      '.rv-transcript{max-height:70vh;overflow:auto;border:1px solid #e3e6ec;border-radius:8px;padding:4px 16px;font-size:15px;line-height:1.6}',
      '.rv-turn{padding:8px 0;border-bottom:1px solid #eef0f3}.rv-cold{background:#fffcf3}',
      '.rv-speaker{margin:0;font-size:12px;font-weight:600;color:#5b6475;text-transform:uppercase;letter-spacing:.03em}',
      '.rv-turn-text{margin:2px 0 0}',
      '.rv-picking .rv-sentence{cursor:pointer}.rv-picking .rv-sentence:hover{background:#e8f0fd;border-radius:3px}',
      '.rv-selection{position:sticky;top:48px;z-index:1;background:#fff;border:1px solid #1f5fbf;border-radius:8px;padding:10px 14px;margin-bottom:12px;box-shadow:0 2px 8px rgba(16,24,40,.08)}',
      '.rv-selection .rv-label{margin:0 0 6px;font-size:13px;color:#5b6475}',
      '.rv-refused{margin:0;color:#8a1f1f;font-weight:600}',
      '.rv-download{font-weight:600}',
    ].join('\n')),
  );

  // ---------- start ----------

  const events = new EventSource(settings.events);
  events.addEventListener('reload', () => {
    refresh(true).catch((error) => say('Could not update the page: ' + error.message + ' (reload it)', 'error'));
  });
  load().catch((error) => say('Review is unavailable: ' + error.message, 'error'));
})();
`;
