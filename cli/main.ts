// Placeholder entry point; the CLI (normalize, schema, serve, refresh, sources, partners, feed) is built under cli/.
process.stdout.write('jobrelay: CLI under construction\n');
