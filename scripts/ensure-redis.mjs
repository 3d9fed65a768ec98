#!/usr/bin/env node
// The room server's scale-out test and benchmark spawn a real redis-server. This installs
// it when missing (as root, with apt-get) or says exactly what to run — the way
// ensure-chromium.mjs installs Chromium.
import { execSync, spawnSync } from 'node:child_process';

const path = process.env.REDIS_SERVER_PATH || 'redis-server';
const found = () => spawnSync(path, ['--version'], { stdio: 'ignore' }).status === 0;
if (found()) process.exit(0);
if (process.env.REDIS_SERVER_PATH) {
  console.error(`REDIS_SERVER_PATH is set to ${path}, but it does not run.`);
  process.exit(1);
}
if (process.getuid?.() === 0) {
  console.log('redis-server is missing: installing Debian package "redis-server" with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server', {
    stdio: 'inherit',
  });
  if (found()) process.exit(0);
  console.error('apt-get finished but redis-server still does not run.');
  process.exit(1);
}
console.error(
  'redis-server is missing. Install it with:\n  sudo apt-get update && sudo apt-get install -y redis-server\n' +
    'or set REDIS_SERVER_PATH to a redis-server binary.',
);
process.exit(1);
