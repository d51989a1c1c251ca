// Drives Debian's chromium through the stub's API explorer (run by docs/explorer-check.sh, which
// sets STUB_URL, STUB_TOKEN, OUT_DIR and CHROMIUM). One line per check, then "N passed, N failed".
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = process.env.STUB_URL;
const token = process.env.STUB_TOKEN;
const outDir = process.env.OUT_DIR;
const outcomes = [];

function check(name, ok, detail) {
  outcomes.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}: ${detail}`);
}

async function main() {
  // A new, empty profile each run, and no background traffic: this machine has no network.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crego-explorer-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await explore(browser.pages()[0] || await browser.newPage());
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function explore(page) {
  const elsewhere = [];
  const scriptErrors = [];
  let requests = 0;
  page.on('request', (request) => {
    requests++;
    if (!request.url().startsWith(base + '/')) elsewhere.push(request.url());
  });
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') scriptErrors.push(message.text());
  });

  const loaded = await page.goto(base + '/docs/');
  await page.waitForSelector('.opblock', { timeout: 60000 });
  const title = (await page.locator('.info .title').innerText()).split('\n')[0];
  check('page loads', loaded.status() === 200,
    `GET /docs/ → ${loaded.status()}, title "${title}"`);

  const spec = await (await fetch(base + '/openapi.yaml')).text();
  const operations = (spec.match(/^\s+operationId:/gm) || []).length;
  const blocks = await page.locator('.opblock').count();
  check('lists every operation', blocks === operations,
    `${blocks} operation blocks, the spec has ${operations} operations`);
  const markProcessed = await page.locator('.opblock-summary-description',
    { hasText: /^Mark Processed$/ }).count();
  check('"Mark Processed" is listed', markProcessed === 1, `${markProcessed} block`);

  const server = await page.locator('.servers select').inputValue();
  check('"Try it out" calls this stub', server === base, `selected server ${server}`);

  // The stub pre-fills its dev token: the dialog opens already authorised (the call below shows
  // that it is the dev token the page sends).
  await page.locator('button.authorize').first().click();
  const dialog = page.locator('.dialog-ux .modal-ux');
  const authorised = await dialog.getByText('Authorized').count();
  // one form per security scheme (bearer, basic), each with its own Close: any one closes it
  await dialog.locator('button.btn-done').first().click();
  check('the page comes authorised with the dev token', authorised > 0,
    authorised > 0 ? 'bearerAuth: Authorized' : 'dialog did not say Authorized');

  const ping = page.locator('#operations-Auth-ping');
  await ping.locator('.opblock-summary').click();
  await ping.locator('button.try-out__btn').click();
  await ping.locator('button.execute').click();
  const status = ping.locator('.live-responses-table tr.response .response-col_status');
  await status.waitFor({ timeout: 30000 });
  const statusText = (await status.innerText()).trim();
  const body = (await ping.locator('.live-responses-table tr.response .response-col_description pre')
    .first().innerText()).replace(/\s+/g, ' ');
  check('"Try it out" on Ping answers 200', statusText === '200',
    `GET /auth/ping/ → ${statusText} ${body}`);
  const curl = await ping.locator('.curl-command').innerText();
  check('the call carried the dev token', curl.includes(`Authorization: Bearer ${token}`),
    curl.replace(/\s+/g, ' ').trim());

  await ping.screenshot({ path: path.join(outDir, 'explorer-ping.png') });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(outDir, 'explorer-top.png') });

  check('no request left the stub', elsewhere.length === 0,
    elsewhere.length === 0 ? `${requests} requests, all to ${base}` : elsewhere.join(', '));
  check('no script errors', scriptErrors.length === 0,
    scriptErrors.length === 0 ? 'none' : scriptErrors.join(' | '));
  console.log(`screenshots: ${outDir}/explorer-top.png, ${outDir}/explorer-ping.png`);
}

main()
  .catch((error) => {
    check('the browser run finished', false, error.message.split('\n')[0]);
  })
  .finally(() => {
    const passed = outcomes.filter(Boolean).length;
    console.log(`explorer check: ${passed} passed, ${outcomes.length - passed} failed`);
    process.exitCode = passed === outcomes.length && passed > 0 ? 0 : 1;
  });
