import { mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a README picture goes: test-results/screenshots on every run (tests never modify committed files), and
 * docs/screenshots when DOCS_SCREENSHOTS=1 asks for the README's pictures to be refreshed.
 */
export function screenshotPath(name: string): string {
  const dir = process.env.DOCS_SCREENSHOTS === '1' ? path.join(process.cwd(), 'docs', 'screenshots') : path.join(process.cwd(), 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
