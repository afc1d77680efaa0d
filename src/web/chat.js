// Starts Bot Framework Web Chat on the page: gets a token from our own server (local Direct Line
// or Azure Direct Line, the page does not need to know which) and renders the chat in German.
'use strict';

(function start() {
  const texts = {
    busy: 'Der Chat ist gerade sehr gefragt. Bitte versuchen Sie es in ein paar Minuten noch einmal.',
    unavailable: 'Der Chat ist gerade nicht erreichbar. Bitte laden Sie die Seite in ein paar Minuten neu.',
    notSent:
      'Ihre Nachricht wurde nicht gesendet – vielleicht kamen zu viele Nachrichten kurz hintereinander. Bitte warten Sie einen Moment und wählen Sie dann bei der Nachricht „Wiederholen“.',
    noScript: 'Das Chat-Programm konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
  };

  const status = document.getElementById('status');
  const host = document.getElementById('webchat');
  const nonceHolder = document.querySelector('meta[name="csp-nonce"]');
  const nonce = (nonceHolder && nonceHolder.nonce) || undefined;

  if (window.self !== window.top) document.documentElement.classList.add('embedded');

  function notice(text) {
    status.textContent = text;
    status.hidden = false;
  }

  function clearNotice() {
    status.hidden = true;
    status.textContent = '';
  }

  // Calm colours with at least 4.5:1 contrast, a thick focus indicator and 44 px targets.
  const accent = '#0a4f86';
  const styleOptions = {
    accent,
    backgroundColor: '#ffffff',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontSizeSmall: '85%',
    subtle: '#4a525c',
    timestampColor: '#4a525c',
    paddingRegular: 12,
    bubbleBackground: '#eef2f6',
    bubbleBorderColor: '#c9d1da',
    bubbleBorderRadius: 10,
    bubbleBorderWidth: 1,
    bubbleTextColor: '#1b1f24',
    bubbleMaxWidth: 640,
    bubbleMinHeight: 44,
    bubbleFromUserBackground: accent,
    bubbleFromUserBorderColor: accent,
    bubbleFromUserBorderRadius: 10,
    bubbleFromUserTextColor: '#ffffff',
    hideUploadButton: true,
    hideScrollToEndButton: false,
    sendBoxHeight: 52,
    sendBoxTextWrap: true,
    sendBoxButtonColor: accent,
    sendBoxButtonColorOnHover: '#06365d',
    sendBoxBorderTop: '1px solid #c9d1da',
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    suggestedActionBorderRadius: 8,
    suggestedActionBorderColor: accent,
    suggestedActionBorderWidth: 2,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionTextColor: accent,
    suggestedActionBackgroundColorOnHover: '#e8f1f9',
    suggestedActionKeyboardFocusIndicatorBorderColor: '#1b1f24',
    suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
    suggestedActionKeyboardFocusIndicatorInset: 3,
    transcriptVisualKeyboardIndicatorColor: accent,
    transcriptVisualKeyboardIndicatorWidth: 3,
    transcriptActivityVisualKeyboardIndicatorColor: accent,
    transcriptActivityVisualKeyboardIndicatorWidth: 3,
    richCardWrapTitle: true,
    adaptiveCardsParserMaxVersion: '1.5',
  };

  const SENDING_ACTIONS = new Set(['postBack', 'messageBack', 'imBack']);

  // After a card button sends, the button's card scrolls away and focus would stay on it, off screen.
  // Focus goes to the send box, as Web Chat does after its own buttons; the answer is announced by
  // Web Chat's live region. Like Web Chat, the box is read-only for that moment, so a phone does not
  // open its keyboard.
  function focusSendBoxAfterCardButton() {
    const active = document.activeElement;
    if (!active || !active.closest('.ac-adaptiveCard')) return;
    const input = host.querySelector('[data-id="webchat-sendbox-input"]');
    if (!input) return;
    const readOnly = input.hasAttribute('readonly');
    input.setAttribute('readonly', 'readonly');
    setTimeout(() => {
      input.focus();
      if (!readOnly) input.removeAttribute('readonly');
    }, 0);
  }

  async function getSession() {
    const response = await fetch('api/directline/token', { method: 'POST', headers: { accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (response.ok && body && typeof body.token === 'string') return body;
    throw new Error(response.status === 503 ? 'busy' : 'unavailable');
  }

  async function run() {
    if (!window.WebChat) return notice(texts.noScript);
    let session;
    try {
      session = await getSession();
    } catch (error) {
      return notice(texts[error.message] || texts.unavailable);
    }
    // No userID here: Azure tokens carry it, and the local Direct Line assigns it to the conversation.
    const domain = session.domain || new URL('v3/directline', document.baseURI).href;
    const directLine = window.WebChat.createDirectLine({ token: session.token, domain });
    // A link such as /?frage=Anmeldung%20anfragen%3A%20… (from the seminar calendar) asks that question
    // once the chat is connected; the parameter is removed so a reload does not ask again.
    const params = new URLSearchParams(window.location.search);
    let question = Array.from(params.get('frage') || '', (c) => (c < ' ' || c === '\u007f' ? ' ' : c)).join('').trim().slice(0, 500);
    if (question) {
      params.delete('frage');
      const rest = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (rest ? `?${rest}` : '') + window.location.hash);
    }
    const store = window.WebChat.createStore({}, ({ dispatch }) => (next) => (action) => {
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') notice(texts.notSent);
      else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED') clearNotice();
      const result = next(action);
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && question) {
        const text = question;
        question = '';
        dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } });
      }
      return result;
    });
    window.WebChat.renderWebChat(
      {
        directLine,
        store,
        locale: 'de-DE',
        styleOptions,
        nonce,
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: 'Ihre Frage an den Inklusionsprofi' },
        cardActionMiddleware: () => (next) => ({ cardAction, ...rest }) => {
          // A card button carries the label Teams shows as the person's message (msteams.displayText);
          // here it is sent as the message text with the button's data, so the transcript shows what
          // was chosen, as in Teams (the bot acts on the data, not the text). Form
          // submits have no such label and stay silent (their content is not repeated in the chat).
          const value = cardAction && cardAction.value;
          const label = value && typeof value === 'object' && value.msteams && value.msteams.displayText;
          const sends = cardAction && SENDING_ACTIONS.has(cardAction.type);
          const result =
            cardAction.type === 'postBack' && typeof label === 'string' && label
              ? next({ ...rest, cardAction: { type: 'messageBack', value, text: label, displayText: label } })
              : next({ cardAction, ...rest });
          if (sends) focusSendBoxAfterCardButton();
          return result;
        },
      },
      host,
    );
  }

  run();
})();
