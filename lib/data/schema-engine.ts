import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * Prisma's migration engine compiled to WebAssembly. Instantiated by hand so it runs without
 * `--experimental-wasm-modules` and without the native schema-engine binary (which would need a
 * download at install time; see docs/stack-notes.md).
 */
type SchemaEngine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(params: unknown): Promise<{ exitCode: number; stdout?: string }>;
};
type EngineModule = { SchemaEngine: { new: (o: unknown, log: (m: string) => void, a: object) => Promise<SchemaEngine> } };

let modulePromise: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  // Resolved at run time from the project root, out of the bundler's sight: Next must not bundle
  // or rewrite this package, it has to load its own .wasm file from node_modules.
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const pkg = ['@prisma', 'schema-engine-wasm', 'schema_engine_bg'].join('/');
  const pkgDir = path.dirname(require.resolve(pkg));
  const bgUrl = pathToFileURL(path.join(pkgDir, 'schema_engine_bg.js')).href;
  const bg = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ bgUrl);
  const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg as EngineModule;
}

export async function openSchemaEngine(
  schemaPath: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  modulePromise ??= loadEngineModule();
  const engine = await modulePromise;
  const schema = await readFile(schemaPath, 'utf8');
  return engine.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
