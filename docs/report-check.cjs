// Opens the suite's HTML report of a broken target in Debian's chromium at 1280×900 (run by
// docs/report-check.sh, which sets REPORT, OUT_DIR, CHROMIUM and TIMEOUT_SECONDS) and checks it
// reads well. One line per check, then "N passed, N failed".
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const report = process.env.REPORT;
const outDir = process.env.OUT_DIR;
const width = 1280;
const height = 900;
const outcomes = [];

function check(name, ok, detail) {
  outcomes.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}: ${detail}`);
}

async function main() {
  // A new, empty profile each run, and no background traffic: this machine has no network.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crego-report-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM,
    headless: true,
    viewport: { width, height },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await read(browser.pages()[0] || await browser.newPage());
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The rows of the table that follows a section's heading. */
function rowsOf(page, section) {
  return page.locator(`h2#${section} ~ table`).first().locator('tbody > tr');
}

async function read(page) {
  await page.goto('file://' + report);

  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    scrollHeight: document.documentElement.scrollHeight,
  }));
  check('no horizontal scroll', size.scrollWidth <= size.innerWidth,
    `page ${size.scrollWidth} px wide in a ${size.innerWidth} px window`);

  const summary = await page.locator('#summary').boundingBox();
  check('the summary is above the fold', summary !== null && summary.y + summary.height <= height,
    summary === null ? 'no #summary block'
      : `summary from ${Math.round(summary.y)} to ${Math.round(summary.y + summary.height)} px`);

  const verdict = await page.locator('#summary .verdict').innerText();
  const failed = Number((verdict.match(/(\d+) failed/) || [0, 0])[1]);
  const failureRows = await rowsOf(page, 'failures').count();
  check('failures of one cause share a row', failed >= 20 && failureRows * 2 <= failed,
    `${failed} tests failed, shown in ${failureRows} rows (“${verdict}”)`);

  const violationRows = rowsOf(page, 'violations');
  const seen = await violationRows.locator('td.count').allInnerTexts();
  const violations = seen.reduce((sum, text) => sum + Number(text.replace('×', '')), 0);
  const rows = await violationRows.count();
  check('repeated violations share a row', violations >= 100 && rows * 10 <= violations,
    `${violations} violations in ${rows} rows`);

  const setup = await rowsOf(page, 'failures').filter({ hasText: 'setup failed: createRecord' });
  const setupCount = await setup.count()
    ? Number(await setup.first().locator('td.count').innerText()) : 0;
  check('setup failures name the operation whose call failed', setupCount >= 10,
    `${setupCount} tests under “setup failed: createRecord …”`);

  const timeout = new RegExp(
    `ping GET http://\\S+/auth/ping/: timed out after ${process.env.TIMEOUT_SECONDS} s`);
  const timedOut = await rowsOf(page, 'failures').filter({ hasText: timeout }).count();
  check('the time-out names the operation and the URL', timedOut >= 1,
    timedOut >= 1 ? `a row matches ${timeout}` : `no failure matches ${timeout}`);

  check('the page is not endless', size.scrollHeight <= 40 * height,
    `${size.scrollHeight} px tall (${(size.scrollHeight / height).toFixed(1)} screens)`);

  await page.screenshot({ path: path.join(outDir, 'report-top.png') });
  for (const section of ['failures', 'violations', 'drift']) {
    await page.locator(`h2#${section}`).evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: path.join(outDir, `report-${section}.png`) });
  }
  console.log(`screenshots: ${outDir}/report-top.png, report-failures.png, report-violations.png, report-drift.png`);
}

main()
  .catch((error) => {
    check('the browser run finished', false, error.message.split('\n')[0]);
  })
  .finally(() => {
    const passed = outcomes.filter(Boolean).length;
    console.log(`report check: ${passed} passed, ${outcomes.length - passed} failed`);
    process.exitCode = passed === outcomes.length && passed > 0 ? 0 : 1;
  });
