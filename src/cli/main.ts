#!/usr/bin/env node
// Placeholder entry point replaced below as the CLI grows.
console.log('voice-shopper');
