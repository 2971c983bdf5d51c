import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway workspace folder with a corpus/ in it, written from a map of relative paths. */
export class TempWorkspace {
  readonly root = mkdtempSync(join(tmpdir(), 'dossier-test-'));

  constructor(files: Record<string, string | Uint8Array> = {}) {
    mkdirSync(join(this.root, 'corpus'), { recursive: true });
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  path(rel: string): string {
    return join(this.root, rel);
  }

  write(rel: string, content: string | Uint8Array): string {
    const abs = this.path(rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    return abs;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export const article = (title: string, body: string) => `${title}\n\nPublié le 21/11/2019\n\n${body}\n`;
