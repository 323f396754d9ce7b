// First paint of newsgraph's HTML pages in headless chromium: the time from navigation to
// the first frame after sigma drew the graph (window.newsgraphView.firstPaintMs), each page
// opened RUNS times in a fresh tab. Prints "NAME: median N ms (runs: ...)".
// Usage: NODE_PATH=tests/readers/node_modules node bench/html_paint.cjs RUNS NAME=FILE...
'use strict';
const path = require('path');
const puppeteer = require('puppeteer-core');

const [runs, ...pages] = process.argv.slice(2);
(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.NG_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  for (const page of pages) {
    const [name, file] = page.split('=');
    const times = [];
    for (let i = 0; i < Number(runs); ++i) {
      const tab = await browser.newPage();
      await tab.setViewport({width: 1400, height: 900});
      await tab.goto('file://' + path.resolve(file), {waitUntil: 'load', timeout: 120000});
      await tab.waitForFunction(() => window.newsgraphView && window.newsgraphView.firstPaintMs !== null, {timeout: 120000});
      times.push(Math.round(await tab.evaluate(() => window.newsgraphView.firstPaintMs)));
      await tab.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`${name}: median ${sorted[Math.floor((sorted.length - 1) / 2)]} ms (runs: ${times.join(', ')})`);
  }
  await browser.close();
})();
