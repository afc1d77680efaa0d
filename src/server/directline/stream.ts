// The Direct Line WebSocket stream: GET …/conversations/:id/stream?t=<ticket>&watermark=<n> upgrades
// on the restify server's own HTTP server and pushes `{ activities, watermark }` as they arrive.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../../logger.js';
import type { Conversation, ConversationStore, Listener } from './store.js';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{1,64})\/stream$/;
/** Open streams per conversation; a reconnect storm closes the oldest instead of piling up. */
const MAX_STREAMS_PER_CONVERSATION = 4;

export interface StreamHandle {
  /** Pings every open stream and drops those that did not answer the last ping. */
  heartbeat(): void;
  close(): void;
}

export function attachStream(httpServer: HttpServer, store: ConversationStore, logger: Logger): StreamHandle {
  // Web Chat only sends empty keep-alive messages; anything large is not ours.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 });
  const alive = new WeakSet<WebSocket>();

  // An exception escaping an 'upgrade' listener would end the process: every path is caught here.
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      upgrade(req, socket, head);
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.name : typeof error }, 'Direct Line stream upgrade failed');
      if (!socket.destroyed) reject(socket, 500, 'Internal Server Error');
    }
  };

  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      // Leave foreign upgrade paths to other listeners; if there are none, answer them.
      if (httpServer.listenerCount('upgrade') === 1) reject(socket, 404, 'Not Found');
      return;
    }
    const conversation = store.redeemTicket(url.searchParams.get('t') ?? '', match[1] ?? '');
    if (!conversation) return reject(socket, 401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => {
      try {
        connected(ws, conversation, url);
      } catch (error) {
        logger.error({ err: error instanceof Error ? error.name : typeof error }, 'Direct Line stream failed while opening');
        ws.terminate();
      }
    });
  };

  const connected = (ws: WebSocket, conversation: Conversation, url: URL) => {
    alive.add(ws);
    const listener: Listener = {
      push: (group) => {
        if (ws.readyState !== WebSocket.OPEN) return;
        try {
          ws.send(JSON.stringify(group));
        } catch (error) {
          logger.error({ err: error instanceof Error ? error.name : typeof error }, 'Direct Line stream could not send an activity');
          ws.close(1011, 'internal error');
        }
      },
      close: () => ws.close(1000, 'conversation ended'),
    };
    // Subscribe before sending the backlog, so nothing that arrives in between is missed.
    conversation.listeners.add(listener);
    if (conversation.listeners.size > MAX_STREAMS_PER_CONVERSATION) {
      const oldest = conversation.listeners.values().next().value;
      if (oldest) {
        conversation.listeners.delete(oldest);
        oldest.close();
      }
    }
    const backlog = store.since(conversation, url.searchParams.get('watermark') ?? undefined);
    if (backlog.activities.length > 0) listener.push(backlog);
    store.touch(conversation);
    ws.on('pong', () => alive.add(ws));
    ws.on('message', () => store.touch(conversation));
    ws.on('error', (error) => logger.debug({ err: error.message }, 'Direct Line stream error'));
    ws.on('close', () => conversation.listeners.delete(listener));
  };
  httpServer.on('upgrade', onUpgrade);

  return {
    heartbeat() {
      for (const ws of wss.clients) {
        if (!alive.has(ws)) {
          ws.terminate();
          continue;
        }
        alive.delete(ws);
        ws.ping();
      }
    },
    close() {
      httpServer.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

function reject(socket: Duplex, status: number, text: string): void {
  socket.on('error', () => undefined);
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
