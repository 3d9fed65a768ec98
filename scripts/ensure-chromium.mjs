#!/usr/bin/env node
// Playwright cannot download its own browser on this network, so the e2e suite drives
// Debian's Chromium. This installs it when missing (as root) or says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${path}, but no file is there.`);
  process.exit(1);
}
if (process.getuid?.() === 0) {
  console.log('Chromium is missing: installing Debian package "chromium" with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (existsSync(path)) process.exit(0);
  console.error('apt-get finished but /usr/bin/chromium is still missing.');
  process.exit(1);
}
console.error(
  'Chromium is missing. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n' +
    'or set CHROMIUM_PATH to a Chromium binary.',
);
process.exit(1);
