// Fails early, with an explanation, when npm scripts are not running on the project's pinned Node.
// Plain JavaScript on purpose: it must run (and explain) on an old system Node too.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      `This project needs Node >= 22.12, but npm scripts are running on Node ${process.versions.node}.`,
      'The project pins its own Node through the "node" devDependency (node_modules/.bin/node).',
      'It is missing or broken, most likely because its install script did not run. Fix it with:',
      '  rm -rf node_modules && npm ci',
      '(install scripts for "node" and "esbuild" are approved in package.json "allowScripts").',
      'Or bring your own Node 24 (see .nvmrc).',
    ].join('\n'),
  );
  process.exit(1);
}
