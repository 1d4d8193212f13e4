// The load balancer of test:cluster: one address in front of two instances,
// passing Host through as a real one does, and choosing the instance per
// request with `pick` (e.g. pages from A, form posts to B).
import http from "node:http";

export async function startBalancer(port, pick) {
  const server = http.createServer((request, response) => {
    const target = new URL(pick(request));
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: request.url, method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
