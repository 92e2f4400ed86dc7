// axe-core's WCAG 2.1 A and AA rules on HTML files, in Debian's Chromium, at a desktop and a phone
// width; and reflow (WCAG 1.4.10): at 320 CSS pixels nothing may need horizontal scrolling.
//
//   node benchmarks/html_checks/axe.mjs FILE.html...
//
// Prints one JSON object: {"results": [{"file", "width", "check", "violations": [...]}, ...]},
// one result per file and width ("axe" at 1280 and 390, "reflow" at 320). A violation is
// {"id", "impact", "help", "helpUrl", "nodes": [{"target", "html"}]}. Exit 0 when the checks ran,
// whatever they found (the caller judges the findings); another exit status when they could not run.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const AXE_WIDTHS = [1280, 390];
const REFLOW_WIDTH = 320;
const HEIGHT = 800;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Debian's Chromium, not a browser Playwright downloads; quiet: no network of its own.
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const axeVersion = require('axe-core/package.json').version;

async function open(context, file) {
  const page = await context.newPage();
  // The statement stands alone: a request off the disk (a font, a script) would be a finding of
  // its own, and must not make the result depend on the network.
  await page.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort(),
  );
  await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
  return page;
}

async function axeAt(browser, file, width) {
  const context = await browser.newContext({ viewport: { width, height: HEIGHT } });
  try {
    const page = await open(context, file);
    await page.addScriptTag({ content: axeSource });
    const found = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      TAGS,
    );
    const violations = found.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html })),
    }));
    return { file, width, check: 'axe', violations };
  } finally {
    await context.close();
  }
}

async function reflowAt(browser, file, width) {
  const context = await browser.newContext({ viewport: { width, height: HEIGHT } });
  try {
    const page = await open(context, file);
    const measured = await page.evaluate((limit) => {
      const scrollWidth = document.documentElement.scrollWidth;
      // The innermost elements reaching past the viewport, or whose content overflows them: the
      // ones to fix.
      const wide = [...document.body.querySelectorAll('*')].filter(
        (e) => e.getBoundingClientRect().right > limit + 0.5 || (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1),
      );
      const innermost = wide.filter((e) => !wide.some((other) => other !== e && e.contains(other)));
      const nodes = innermost.slice(0, 10).map((e) => ({
        target: e.tagName.toLowerCase() + (e.id ? `#${e.id}` : ''),
        html: e.outerHTML.slice(0, 200),
      }));
      return { scrollWidth, nodes };
    }, width);
    const violations = measured.scrollWidth <= width ? [] : [{
      id: 'reflow',
      impact: 'serious',
      help: `Content needs horizontal scrolling at ${width} CSS pixels (scrollWidth ${measured.scrollWidth})`,
      helpUrl: 'https://www.w3.org/WAI/WCAG21/Understanding/reflow.html',
      nodes: measured.nodes,
    }];
    return { file, width, check: 'reflow', scrollWidth: measured.scrollWidth, violations };
  } finally {
    await context.close();
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node axe.mjs FILE.html...');
  process.exit(2);
}
const browser = await chromium.launch(LAUNCH);
try {
  const results = [];
  for (const file of files) {
    for (const width of AXE_WIDTHS) results.push(await axeAt(browser, file, width));
    results.push(await reflowAt(browser, file, REFLOW_WIDTH));
  }
  console.log(JSON.stringify({ axe: axeVersion, results }, null, 1));
} finally {
  await browser.close();
}
