import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does to one request. */
export type Fault =
  /** Closes the connection without forwarding: the server never sees the request. */
  | { kind: 'drop-request' }
  /** Forwards, waits for the server's answer, then closes the connection: the server did the work. */
  | { kind: 'drop-response' }
  /** Answers itself with this status (and headers/body) without forwarding. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Forwards after waiting `ms`. */
  | { kind: 'delay'; ms: number }
  /** Forwards at once, then holds the server's answer for `ms`: the work is done, the answer is late. */
  | { kind: 'stall'; ms: number }
  /** Forwards, then replaces the body of the answer (keeping its status). */
  | { kind: 'replace-body'; body: string }
  /** Sends the status and headers at once, then the body `ms` later. */
  | { kind: 'slow-body'; ms: number };

/** A proxy in front of the real server that injects faults, one per request, and counts requests. */
export interface FaultProxy {
  url: string;
  /** Every request that reached the proxy, in order. */
  requests: { method: string; path: string; headers: Record<string, string | string[] | undefined> }[];
  /** Queues faults for the next requests; requests beyond the queue pass through. */
  inject(...faults: Fault[]): void;
  /** Forgets counted requests and faults not used yet. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts a fault-injecting HTTP proxy on 127.0.0.1 in front of `target`. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const queue: Fault[] = [];
  const requests: FaultProxy['requests'] = [];

  const forward = (
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const out = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const reply = (
    res: ServerResponse,
    status: number,
    headers: Record<string, string | string[] | undefined>,
    body: Buffer | string,
  ) => {
    const clean = { ...headers };
    delete clean['content-length'];
    delete clean['transfer-encoding'];
    delete clean['connection'];
    res.writeHead(status, { ...clean, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    // handle() catches its own errors, so its promise is safe to drop.
    req.on('end', () => void handle());
    async function handle(): Promise<void> {
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
      const fault = queue.shift();
      const body = Buffer.concat(chunks);
      try {
        if (fault?.kind === 'drop-request') return void req.socket.destroy();
        if (fault?.kind === 'status') {
          reply(
            res,
            fault.status,
            { 'content-type': 'application/problem+json', ...fault.headers },
            fault.body ??
              JSON.stringify({
                type: 'about:blank',
                title: 'Injected',
                status: fault.status,
                detail: 'Injected by the test proxy.',
                code: `http/${fault.status}`,
                requestId: 'proxy',
              }),
          );
          return;
        }
        if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
        const answer = await forward(req, body);
        if (fault?.kind === 'drop-response') return void req.socket.destroy();
        if (fault?.kind === 'stall') await new Promise((r) => setTimeout(r, fault.ms));
        if (res.destroyed) return;
        if (fault?.kind === 'slow-body') {
          const clean = { ...answer.headers };
          delete clean['content-length'];
          delete clean['transfer-encoding'];
          delete clean['connection'];
          res.writeHead(answer.status, clean);
          res.flushHeaders();
          await new Promise((r) => setTimeout(r, fault.ms));
          res.end(answer.body);
          return;
        }
        reply(res, answer.status, answer.headers, fault?.kind === 'replace-body' ? fault.body : answer.body);
      } catch {
        req.socket.destroy();
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    inject: (...faults) => void queue.push(...faults),
    reset() {
      queue.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
