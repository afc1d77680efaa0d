// The Teams tab "Seminarkalender": loads the upcoming catalogue from /api/seminars, filters it on the
// page and shows a seminar's details in a dialog. Inside Teams it takes the theme from teams-js;
// anywhere else it is an ordinary web page.
'use strict';

(function start() {
  // The texts come from the text catalogue (src/texts/de/tab.ts), written into the page by the server;
  // the lines per seminar (places, deadline, enquiry) come with each seminar from /api/seminars.
  const texts = JSON.parse(document.getElementById('tab-texts').textContent);
  const counted = (forms, n) => (n === 1 ? forms.one : forms.many.replace('{n}', String(n)));

  const THEMES = ['default', 'dark', 'contrast'];
  const TEAMS_TIMEOUT_MS = 4000;
  const params = new URLSearchParams(window.location.search);

  const form = document.getElementById('filter');
  const count = document.getElementById('count');
  const list = document.getElementById('list');
  const dialog = document.getElementById('details');
  const selects = {
    topic: document.getElementById('filter-topic'),
    role: document.getElementById('filter-role'),
    format: document.getElementById('filter-format'),
    month: document.getElementById('filter-month'),
    accessibility: document.getElementById('filter-accessibility'),
  };

  const state = { catalogue: undefined, teams: undefined, opener: undefined };

  function applyTheme(theme) {
    document.body.dataset.theme = THEMES.includes(theme) ? theme : 'default';
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ------------------------------------------------------------------ filters and list

  function fillSelect(select, options) {
    for (const option of options) {
      const node = el('option', '', option.label);
      node.value = option.value;
      select.append(node);
    }
  }

  function chosen() {
    return Object.fromEntries(Object.entries(selects).map(([key, select]) => [key, select.value]));
  }

  function matches(seminar, f) {
    if (f.topic && !seminar.topicIds.includes(f.topic)) return false;
    if (f.role && !seminar.roleIds.includes(f.role)) return false;
    // A hybrid seminar can be attended online or on site, so it fits either wish.
    if (f.format && seminar.format !== f.format && !(seminar.format === 'hybrid' && f.format !== 'hybrid')) return false;
    if (f.month && !seminar.months.includes(f.month)) return false;
    if (f.accessibility && !seminar.accessibilityKeys.includes(f.accessibility)) return false;
    return true;
  }

  function card(seminar) {
    const item = el('li', 'seminar');
    const article = el('article', 'seminar-card');
    const headingId = `seminar-${seminar.id}`;
    article.setAttribute('aria-labelledby', headingId);
    const heading = el('h3', 'seminar-title');
    heading.id = headingId;
    const open = el('button', 'card-open', seminar.title);
    open.type = 'button';
    open.dataset.id = seminar.id;
    open.setAttribute('aria-haspopup', 'dialog');
    heading.append(open);
    const when = el('p', 'when', `${seminar.nextSession}${seminar.moreSessions}`);
    const where = el('p', 'where', [seminar.formatName, seminar.city, seminar.levelName].filter(Boolean).join(' · '));
    const summary = el('p', 'summary', seminar.summary);
    const places = el('p', seminar.full ? 'places full' : 'places', seminar.placesLine);
    article.append(heading, when, where, summary, places);
    // Online seminars count as step-free for the filter, but a tag saying so would read oddly.
    const tags = seminar.accessibilityKeys.filter((k) => !(k === 'stepFree' && seminar.format === 'online'));
    if (tags.length > 0) {
      const offers = el('ul', 'tags');
      offers.setAttribute('aria-label', texts.accessibilityTags);
      for (const key of tags) {
        const option = state.catalogue.filters.accessibility.find((o) => o.value === key);
        if (option) offers.append(el('li', 'tag', option.label));
      }
      article.append(offers);
    }
    item.append(article);
    return item;
  }

  function render() {
    const catalogue = state.catalogue;
    if (!catalogue) return;
    const f = chosen();
    const filtered = Object.values(f).some(Boolean);
    const shown = catalogue.seminars.filter((s) => matches(s, f));
    list.replaceChildren(...shown.map(card));
    count.textContent = shown.length === 0 ? texts.none : filtered ? counted(texts.found, shown.length) : counted(texts.all, shown.length);
  }

  // ------------------------------------------------------------------ details dialog

  function registerLink(seminar) {
    const message = seminar.registerMessage;
    if (state.teams && state.catalogue.botAppId) {
      return `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(state.catalogue.botAppId)}&message=${encodeURIComponent(message)}`;
    }
    return `../?frage=${encodeURIComponent(message)}`;
  }

  function fact(dl, term, value) {
    if (!value || (Array.isArray(value) && value.length === 0)) return;
    dl.append(el('dt', '', term));
    if (Array.isArray(value)) {
      const dd = el('dd');
      const ul = el('ul', 'plain-list');
      for (const v of value) ul.append(el('li', '', v));
      dd.append(ul);
      dl.append(dd);
    } else {
      dl.append(el('dd', '', value));
    }
  }

  function showDetails(id, opener) {
    const seminar = state.catalogue && state.catalogue.seminars.find((s) => s.id === id);
    if (!seminar) return;
    state.opener = opener;
    document.getElementById('details-title').textContent = seminar.title;
    document.getElementById('details-summary').textContent = seminar.summary;
    document.getElementById('details-description').textContent = seminar.description;
    const dl = document.getElementById('details-facts');
    dl.replaceChildren();
    const t = texts.facts;
    fact(dl, t.sessions, seminar.sessions);
    fact(dl, t.format, `${seminar.formatName}`);
    fact(dl, t.place, seminar.place);
    fact(dl, t.level, seminar.levelName);
    fact(dl, t.audience, seminar.targetRoles);
    fact(dl, t.topics, seminar.topics.join(', '));
    fact(dl, t.accessibility, seminar.accessibility);
    fact(dl, t.places, seminar.placesLine);
    fact(dl, t.cost, seminar.cost);
    fact(dl, t.deadline, seminar.deadlineLine);
    document.getElementById('details-sample').hidden = !seminar.sample;
    const register = document.getElementById('details-register');
    register.href = registerLink(seminar);
    // In Teams the deep link opens the bot chat; elsewhere the web chat opens in this window.
    if (state.teams) register.target = '_blank';
    else register.removeAttribute('target');
    register.dataset.teamsLink = state.teams && state.catalogue.botAppId ? 'true' : 'false';
    const calendar = document.getElementById('details-calendar');
    // Same origin as the page, so the browser downloads the file instead of navigating away.
    calendar.href = `../seminare/${encodeURIComponent(seminar.id)}.ics`;
    calendar.setAttribute('download', `${seminar.id}.ics`);
    if (!dialog.open) dialog.showModal();
    dialog.scrollTop = 0;
  }

  function closeDetails() {
    if (dialog.open) dialog.close();
  }

  dialog.addEventListener('close', () => {
    const opener = state.opener;
    state.opener = undefined;
    if (opener && document.contains(opener)) opener.focus();
  });
  // A click on the backdrop (outside the dialog's box) closes it, like Escape.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) closeDetails();
  });
  document.getElementById('details-close').addEventListener('click', closeDetails);
  document.getElementById('details-register').addEventListener('click', (event) => {
    const link = event.currentTarget;
    if (state.teams && link.dataset.teamsLink === 'true') {
      event.preventDefault();
      Promise.resolve(state.teams.app.openLink(link.href)).catch(() => window.open(link.href, '_blank', 'noopener'));
    }
  });

  list.addEventListener('click', (event) => {
    const button = event.target.closest('button.card-open');
    if (button) showDetails(button.dataset.id, button);
  });

  form.addEventListener('change', render);
  form.addEventListener('submit', (event) => event.preventDefault());
  // "reset" fires before the fields are reset; render once they are.
  form.addEventListener('reset', () => setTimeout(render, 0));

  // ------------------------------------------------------------------ data

  async function load(attempt = 0) {
    try {
      const response = await fetch('../api/seminars', { headers: { accept: 'application/json' } });
      if (response.status === 503 && attempt < 10) {
        setTimeout(() => load(attempt + 1), 1000);
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      state.catalogue = await response.json();
    } catch {
      count.textContent = texts.unavailable;
      return;
    }
    document.getElementById('catalogue-sample').hidden = !state.catalogue.seminars.some((seminar) => seminar.sample);
    const filters = state.catalogue.filters;
    fillSelect(selects.topic, filters.topics);
    fillSelect(selects.role, filters.roles);
    fillSelect(selects.format, filters.formats);
    fillSelect(selects.month, filters.months);
    fillSelect(selects.accessibility, filters.accessibility);
    render();
    const wanted = params.get('seminar');
    if (wanted) {
      const button = list.querySelector(`button.card-open[data-id="${CSS.escape(wanted)}"]`);
      showDetails(wanted, button || undefined);
    }
  }

  // ------------------------------------------------------------------ Microsoft Teams

  function hosted() {
    try {
      return window.parent !== window || Boolean(window.opener) || 'nativeInterface' in window;
    } catch {
      return true;
    }
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }

  function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
  }

  // Teams shows tabs in a frame (desktop, web) or a webview with a native bridge (mobile). A page
  // opened directly in a browser has neither, and then teams-js is not even loaded.
  async function connectTeams() {
    if (!hosted()) {
      document.body.dataset.host = 'web';
      return;
    }
    try {
      await loadScript('teams-js.js');
      const teams = window.microsoftTeams;
      await withTimeout(teams.app.initialize(), TEAMS_TIMEOUT_MS);
      const context = await withTimeout(teams.app.getContext(), TEAMS_TIMEOUT_MS);
      state.teams = teams;
      applyTheme(context.app && context.app.theme);
      if (context.app && context.app.locale) document.body.dataset.locale = context.app.locale;
      teams.app.registerOnThemeChangeHandler(applyTheme);
      document.body.dataset.host = 'teams';
    } catch {
      // Not in Teams, or Teams did not answer in time: the page simply works as a web page.
      document.body.dataset.host = 'web';
    }
  }

  if (window.self !== window.top) document.documentElement.classList.add('embedded');
  applyTheme(params.get('theme'));
  count.textContent = texts.loading;
  load();
  connectTeams();
})();
