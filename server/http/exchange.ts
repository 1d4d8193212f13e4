import { randomBytes } from "node:crypto";
import http from "node:http";
import { isDatabaseAvailable } from "@/db/availability";
import { noncePolicy } from "@/lib/content-security-policy";
import { sendOutage } from "./database-outage";
import type { Answer } from "./refusal";
import { PEER_HEADER } from "./peer-address";
import { preloadFonts } from "./font-preload";
import { finishHeaders } from "./response-headers";

/**
 * The request and response classes of the portal's HTTP server, handed to
 * Node through the options `http.createServer` documents for this
 * (`IncomingMessage`, `ServerResponse`): what server.ts needs from a request
 * on its way in and from a response on its way out lives here, and Node's
 * own classes are left as they are.
 */

// Headers a client could send to pass for Next itself: x-middleware-subrequest skipped the proxy in old Next versions (CVE-2025-29927).
const internalHeaders = ["x-middleware-subrequest", "x-middleware-prefetch", "x-invoke-path", "x-invoke-query", "x-invoke-output"];

export class PortalRequest extends http.IncomingMessage {
  /** The CSP nonce of this request (Next reads it from the request's policy header). */
  nonce = "";
  #limit = Infinity;
  #received = 0;
  #overflowed = false;
  #onOverflow: () => void = () => {};

  /** Drops forged internal headers, records the TCP peer and gives the request its nonce; a client's own values are replaced. */
  prepare(): void {
    for (const name of internalHeaders) delete this.headers[name];
    this.headers[PEER_HEADER] = this.socket?.remoteAddress ?? "";
    this.nonce = randomBytes(16).toString("base64");
    this.headers["content-security-policy"] = noncePolicy(this.nonce, process.env.NODE_ENV === "production");
    delete this.headers["content-security-policy-report-only"];
  }

  /**
   * A body sent without Content-Length (chunked) is counted as Node's parser
   * hands it over; past `limit`, `onOverflow` answers and the rest is dropped,
   * so Next only sees a body that ends early and fails to parse (its answer is
   * discarded). A body with Content-Length is checked before (body-limit.ts),
   * and Node never reads past the length announced.
   */
  limitStreamedBody(limit: number, onOverflow: () => void): void {
    if (this.headers["content-length"] !== undefined || this.method === "GET" || this.method === "HEAD") return;
    this.#limit = limit;
    this.#onOverflow = onOverflow;
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null || this.#limit === Infinity) return super.push(chunk, encoding);
    if (this.#overflowed) return true;
    this.#received += Buffer.isBuffer(chunk) ? chunk.length : Buffer.byteLength(String(chunk));
    if (this.#received <= this.#limit) return super.push(chunk, encoding);
    this.#overflowed = true;
    this.#onOverflow();
    return true;
  }
}

/** A response as it went out: its status, its headers and its whole body (server/http/micro-cache.ts keeps such copies). */
export type SentCopy = { status: number; headers: http.OutgoingHttpHeaders; body: Buffer };

/* eslint-disable @typescript-eslint/no-explicit-any -- Node's overloads of writeHead, write and end, passed on as they came. */
export class PortalResponse extends http.ServerResponse<PortalRequest> {
  #silenced = false;
  #copyIf: ((response: PortalResponse, status: number) => boolean) | undefined;
  #copied: Buffer[] | undefined;
  #copiedStatus = 0;

  /**
   * Answers now, in Next's place, and drops whatever Next still sends. The
   * answer goes through Node's own methods (`super`): Next may have wrapped
   * this response's write and end with its compression, which would hold the
   * answer back and then lose it with Next's output. Once the status line is
   * out, the response can only end as it is.
   */
  answerInstead(send: (answer: Answer) => void): void {
    if (this.#silenced || this.writableEnded) return;
    if (this.headersSent) super.end();
    else send(this.#directAnswer());
    this.#silenced = true;
  }

  /**
   * PostgreSQL went away while Next was working on this request (killed, a
   * network cut): the reader gets the translated 503 at once.
   */
  answerLostConnection(): void {
    if (this.headersSent) return;
    this.answerInstead((answer) => sendOutage(this.req, answer));
  }

  /** Every response passes here just before its status line goes out (Node calls it for implicit headers too). */
  override writeHead(...args: any[]): this {
    if (this.#silenced) return this;
    const status = typeof args[0] === "number" ? args[0] : this.statusCode;
    // A 500 from a query that lost its connection outside the request's own scope (the breaker is open by then).
    if (status >= 500 && status !== 503 && !isDatabaseAvailable()) {
      this.answerLostConnection();
      return this;
    }
    finishHeaders(this.req, this, this.req.nonce);
    preloadFonts(this.req, this, status);
    if (this.#copyIf?.(this, status)) {
      this.#copied = [];
      this.#copiedStatus = status;
    }
    this.#copyIf = undefined;
    return (super.writeHead as (...a: any[]) => this)(...args);
  }

  /**
   * Keeps what goes out (headers as sent, the body's bytes after Next's
   * compression) if `test`, asked when the status line is about to go, says
   * so; `copy()` gives it once the response has finished.
   */
  keepCopyIf(test: (response: PortalResponse, status: number) => boolean): void {
    this.#copyIf = test;
  }

  /** The copy `keepCopyIf` asked for, once the response has finished whole; undefined otherwise. */
  copy(): SentCopy | undefined {
    if (!this.#copied || !this.writableFinished || this.#silenced) return undefined;
    // Names in lower case, as HTTP/2 writes them (they are case-insensitive).
    return { status: this.#copiedStatus, headers: this.getHeaders(), body: Buffer.concat(this.#copied) };
  }

  /** Sends a copy kept earlier, as it was: its headers were finished when it was first sent. */
  sendCopy(copy: SentCopy, withBody: boolean): void {
    for (const [name, value] of Object.entries(copy.headers)) if (value !== undefined) super.setHeader(name, value);
    super.setHeader("content-length", copy.body.length);
    (super.writeHead as (...a: any[]) => this)(copy.status);
    (super.end as (...a: any[]) => this)(withBody ? copy.body : undefined);
  }

  #keep(chunk: unknown, encoding: unknown): void {
    if (!this.#copied || chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string") this.#copied.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (ArrayBuffer.isView(chunk)) this.#copied.push(Buffer.from(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
    else this.#copied = undefined;
  }

  override setHeader(name: string, value: number | string | readonly string[]): this {
    return this.#silenced ? this : super.setHeader(name, value);
  }

  override removeHeader(name: string): void {
    if (!this.#silenced) super.removeHeader(name);
  }

  override flushHeaders(): void {
    if (!this.#silenced) super.flushHeaders();
  }

  override write(...args: any[]): boolean {
    if (this.#silenced) return true;
    // Kept after Node has it, as in end().
    const sent = (super.write as (...a: any[]) => boolean)(...args);
    this.#keep(args[0], args[1]);
    return sent;
  }

  override end(...args: any[]): this {
    if (this.#silenced) return this;
    // Kept after Node has it: a first write or end sends the status line, and writeHead decides on the copy then.
    const ended = (super.end as (...a: any[]) => this)(...args);
    this.#keep(args[0], args[1]);
    return ended;
  }

  /**
   * The response's own methods as Node's class defines them (`super`), past
   * whatever Next put on the instance and past this class's silencing;
   * headers are finished as in writeHead.
   */
  #directAnswer(): Answer {
    const writeHead = (...args: any[]) => {
      finishHeaders(this.req, this, this.req.nonce);
      return (super.writeHead as (...a: any[]) => this)(...args);
    };
    const answer = {
      writeHead: writeHead as Answer["writeHead"],
      setHeader: ((name: string, value: number | string | readonly string[]) => super.setHeader(name, value)) as Answer["setHeader"],
      end: ((...args: any[]) => {
        // Node would otherwise call writeHead through whatever Next put on the response.
        if (!this.headersSent) writeHead(this.statusCode);
        return (super.end as (...a: any[]) => this)(...args);
      }) as Answer["end"],
    };
    // The status is the response's own, read and set through the answer.
    return Object.defineProperty(answer, "statusCode", {
      get: () => this.statusCode,
      set: (status: number) => {
        this.statusCode = status;
      },
    }) as Answer;
  }
}
