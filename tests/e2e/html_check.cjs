// Opens pages newsgraph wrote in headless Chromium (Debian's, driven by puppeteer-core) and
// checks what a reader sees. Prints one JSON line per page (first paint, counts) and exits 1
// on the first failed check, saying which.
// Usage: node html_check.cjs ARTIFACTS CHECKS.json
//   CHECKS.json: [{"file", "name", "nodes", "edges", "capped"?, "seed"?, "hostile"?, "link"?, "search"?}]
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const [artifacts, checksFile] = process.argv.slice(2);
const checks = JSON.parse(fs.readFileSync(checksFile, 'utf8'));
const CHROMIUM = process.env.NG_CHROMIUM || '/usr/bin/chromium';

function expect(condition, what) {
  if (!condition) throw new Error(what);
}

async function openPage(browser, check) {
  const page = await browser.newPage();
  await page.setViewport({width: 1400, height: 900});
  const problems = [];
  page.on('console', message => { if (message.type() === 'error') problems.push('console error: ' + message.text()); });
  page.on('pageerror', error => problems.push('page error: ' + error.message));
  page.on('dialog', async dialog => { problems.push('a dialog opened: ' + dialog.message()); await dialog.dismiss(); });
  page.on('request', request => {
    const url = request.url();
    if (!url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:')) problems.push('network request: ' + url);
  });
  await page.goto('file://' + path.resolve(check.file), {waitUntil: 'load', timeout: 60000});
  await waitFor(page, 'the page never painted', () => window.newsgraphView && window.newsgraphView.firstPaintMs !== null);
  return {page, problems};
}

// Waits for fn(arg) in the page; a timeout says what was awaited.
async function waitFor(page, what, fn, arg) {
  try {
    await page.waitForFunction(fn, {timeout: 15000}, arg);
  } catch (error) {
    throw new Error(what + ' (' + error.message + ')');
  }
}

const counts = page => page.$eval('#counts', e => ({nodes: Number(e.dataset.nodes), edges: Number(e.dataset.edges)}));
const panelText = page => page.$eval('#panel', e => e.textContent);

async function checkSeed(page) {
  // Search by name: Qatar is QAT.
  await page.type('#search', 'Qatar');
  await page.keyboard.press('Enter');
  await waitFor(page, 'searching Qatar did not select QAT', () => window.newsgraphView.selected() === 'QAT');
  expect(await page.$eval('#panel h2', e => e.dataset.actor) === 'QAT', 'searching Qatar did not show QAT in the panel');
  expect((await panelText(page)).includes('Taliban (TALIBAN)'), "QAT's panel does not list its tie with the Taliban");
  // Click the RUS-TALIBAN tie where it is drawn, with the whole graph in view again.
  await waitFor(page, 'the camera never reached QAT', () => !window.newsgraphView.renderer.getCamera().isAnimated());
  await page.evaluate(() => new Promise(drawn => {
    window.newsgraphView.renderer.getCamera().setState({x: 0.5, y: 0.5, ratio: 1, angle: 0});
    requestAnimationFrame(() => requestAnimationFrame(drawn));
  }));
  const tie = await page.evaluate(() => {
    const v = window.newsgraphView;
    const edge = v.graph.undirectedEdges('RUS', 'TALIBAN')[0];
    const a = v.screenPosition('RUS'), b = v.screenPosition('TALIBAN');
    return {edge, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
  });
  await page.mouse.click(tie.x, tie.y);
  await waitFor(page, 'clicking the middle of the RUS-TALIBAN tie did not select it', edge => window.newsgraphView.selected() === edge, tie.edge);
  expect((await panelText(page)).includes('Alexander Mantytskiy, the Russian ambassador to Afghanistan, on Thursday confirmed Russia has ties with the Taliban'),
         "clicking the RUS-TALIBAN tie does not show the envoy's sentence");
  await page.screenshot({path: path.join(artifacts, 'seed-evidence.png')});  // the README's picture
  // Clicking a node shows its five groups. Two clicks within 300 ms would be sigma's double click.
  await new Promise(r => setTimeout(r, 400));
  const rus = await page.evaluate(() => window.newsgraphView.screenPosition('RUS'));
  await page.mouse.click(rus.x, rus.y);
  await waitFor(page, 'clicking RUS did not select it', () => window.newsgraphView.selected() === 'RUS');
  const groups = await page.$$eval('#panel h3', hs => hs.map(h => h.textContent));
  expect(JSON.stringify(groups) === JSON.stringify(['has ties with (1)', 'criticized by (0)', 'urged by (1)', 'criticizes (2)', 'urges (0)']),
         "RUS's panel groups are " + JSON.stringify(groups));
  // The path finder.
  await page.type('#path-from', 'Qatar');
  await page.type('#path-to', 'Russia');
  await page.click('#path-find');
  await waitFor(page, 'the path finder gave no answer', () => document.getElementById('path-result').dataset.path !== undefined);
  const found = await page.$eval('#path-result', e => e.dataset.path);
  expect(found === 'QAT TALIBAN RUS', 'the path from Qatar to Russia is "' + found + '"');
  // Directed, criticizes only: none.
  await page.click('#path-directed');
  await page.click('input[name=path-type][value=has-ties-with]');
  await page.click('#path-find');
  expect(await page.$eval('#path-result', e => e.dataset.path) === '', 'a criticizes-only path from Qatar to Russia was found');
  // The relation filter hides the ties.
  const before = await counts(page);
  await page.click('#filter-relations input[data-filter="has-ties-with"]');
  const after = await counts(page);
  const ties = await page.evaluate(() => window.newsgraphView.graph.filterEdges((e, a) => a.relation === 'has-ties-with'));
  const hiddenTies = await page.evaluate(ties => ties.every(e => window.newsgraphView.renderer.getEdgeDisplayData(e).hidden), ties);
  expect(after.edges === before.edges - ties.length && hiddenTies, 'unticking has-ties-with left ' + after.edges + ' edges drawn');
  await page.click('#filter-relations input[data-filter="has-ties-with"]');
  expect((await counts(page)).edges === before.edges, 'ticking has-ties-with again did not bring the ties back');
}

// The page made from hostile news: a sentence and a document id holding </script><script>,
// a javascript: URL, a name that is an <img onerror>. Each must show as text and run nothing.
async function checkHostile(page, check) {
  const showEdgeWith = words => page.evaluate(words => {
    const v = window.newsgraphView;
    v.renderer.emit('clickEdge', {edge: v.graph.findEdge((e, a) => a.evidence.some(x => x[2].includes(words)))});
  }, words);
  await showEdgeWith('</script>');
  const text = await panelText(page);
  expect(text.includes('</script><script>alert(1)</script>'), 'the hostile sentence is not shown as text');
  expect(text.includes('evil</script><script>window.ngInjected=1</script>'), 'the hostile document id is not shown as text');
  const links = await page.$$eval('#panel a[href]', as => as.map(a => a.getAttribute('href')));
  expect(links.length === 0, 'the javascript: URL became a link: ' + JSON.stringify(links));
  await showEdgeWith('urged China');
  const hrefs = await page.$$eval('#panel a[href]', as => as.map(a => a.href));
  expect(JSON.stringify(hrefs) === JSON.stringify([check.link]), 'the document with url ' + check.link + ' is linked as ' + JSON.stringify(hrefs));
  expect(await page.$$eval('script', s => s.length) === 2, 'the page holds more than its two script elements');
  expect(await page.$$eval('img', s => s.length) === 0, 'the page holds an <img>');
  expect(await page.evaluate(() => window.ngInjected === undefined), 'injected code ran');
  await page.type('#search', check.search);
  await page.keyboard.press('Enter');
  await waitFor(page, 'searching ' + check.search + ' did not select EVIL', () => window.newsgraphView.selected() === 'EVIL');
  expect((await page.$eval('#panel h2', e => e.textContent)).startsWith('<img src=x onerror'), 'the hostile name is not shown as text');
}

(async () => {
  fs.mkdirSync(artifacts, {recursive: true});
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--allow-file-access-from-files'],
  });
  let failed = 0;
  try {
    for (const check of checks) {
      let opened;
      try {
        opened = await openPage(browser, check);
        const {page, problems} = opened;
        const firstPaint = await page.evaluate(() => window.newsgraphView.firstPaintMs);
        const drawn = await counts(page);
        expect(drawn.nodes === check.nodes && drawn.edges === check.edges,
               `drawn ${drawn.nodes} actors and ${drawn.edges} edges, expected ${check.nodes} and ${check.edges}`);
        const cap = await page.$eval('#cap', e => (e.hidden ? '' : e.textContent));
        expect(Boolean(check.capped) === Boolean(cap), check.capped ? 'the cap is not announced on the page' : 'a cap is announced: ' + cap);
        await page.screenshot({path: path.join(artifacts, check.name + '.png')});
        if (check.seed) await checkSeed(page);
        if (check.hostile) await checkHostile(page, check);
        expect(problems.length === 0, problems.join('; '));
        console.log(JSON.stringify({page: check.name, first_paint_ms: Math.round(firstPaint), nodes: drawn.nodes, edges: drawn.edges}));
      } catch (error) {
        failed = 1;
        console.error(`FAIL: ${check.name}: ${error.message}`);
        if (opened) await opened.page.screenshot({path: path.join(artifacts, check.name + '-failed.png')}).catch(() => {});
      }
      if (opened) await opened.page.close();
    }
  } finally {
    await browser.close();
  }
  process.exit(failed);
})();
