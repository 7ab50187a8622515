// The integration tests run inside the extension host, a Node process on the
// code-server side; the clipboard and the keyboard belong to the browser page
// the runner drives. This loopback server lets a test ask the runner for the
// two things only the page can do: put HTML on the clipboard (the async
// clipboard API, with the permission the runner grants) and press a key in
// the focused editor (Ctrl+V: the only way to run VS Code's paste providers
// in the browser, where a programmatic paste reads plain text only).
//
// The runner starts it before code-server, whose extension host inherits the
// URL in COPYDESK_BROWSER_BRIDGE, and hands it the page once there is one.
import { createServer } from 'node:http';

export async function startBrowserBridge() {
  let page;
  const actions = {
    clipboard: async ({ html, text }) => {
      await page.bringToFront();
      await page.evaluate(
        async ({ html, text }) => {
          const items = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
          if (html !== undefined) items['text/html'] = new Blob([html], { type: 'text/html' });
          await navigator.clipboard.write([new globalThis.ClipboardItem(items)]); // in the page, not in Node
        },
        { html, text },
      );
    },
    press: async ({ key }) => {
      await page.keyboard.press(key);
    },
  };
  const server = createServer((req, res) => {
    const action = actions[(req.url ?? '').replace(/^\//, '')];
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      try {
        if (req.method !== 'POST' || !action) throw new Error(`unknown request ${req.method} ${req.url}`);
        if (!page) throw new Error('the browser page is not open yet');
        await action(JSON.parse(body || '{}'));
        res.writeHead(204).end();
      } catch (e) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e?.message ?? e));
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    setPage: (p) => (page = p),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
