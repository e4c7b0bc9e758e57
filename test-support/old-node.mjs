// Loaded with --import into the action's process: makes Node.js report OLD_NODE_VERSION as its
// version, so a test can show what the bundle does on a Node.js older than it needs.
Object.defineProperty(process.versions, 'node', { value: process.env.OLD_NODE_VERSION ?? '20.20.2' })
