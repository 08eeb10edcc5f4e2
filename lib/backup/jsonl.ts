// Backup files are JSON Lines: one JSON object per line, "\n" after each. JSON
// escapes every newline inside a string, so a line is always one whole row.
// Both directions stream (memory stays flat at millions of rows) and hash the
// bytes as they pass.
import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import { StringDecoder } from "node:string_decoder";

export interface WrittenFile {
  rows: number;
  sha256: string;
}

export class JsonlWriter {
  private readonly stream: fs.WriteStream;
  private readonly hash = createHash("sha256");
  private rows = 0;
  private failure: Error | null = null;

  constructor(filePath: string) {
    this.stream = fs.createWriteStream(filePath, { flags: "wx" });
    this.stream.on("error", (error) => (this.failure = error));
  }

  async write(value: unknown): Promise<void> {
    if (this.failure) throw this.failure;
    const line = Buffer.from(JSON.stringify(value) + "\n", "utf8");
    this.hash.update(line);
    this.rows++;
    if (!this.stream.write(line)) await once(this.stream, "drain");
  }

  async close(): Promise<WrittenFile> {
    await new Promise<void>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.stream.once("error", reject);
      this.stream.end(() => resolve());
    });
    return { rows: this.rows, sha256: this.hash.digest("hex") };
  }
}

export interface JsonlLine {
  /** 1-based */
  line: number;
  value: unknown;
}

/** Thrown for a line that is not one JSON value. */
export class JsonlError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The file's lines as parsed JSON, in order; `hash` sees every byte read.
 * The last line must end with "\n" (a cut-off file is an error, not a short table).
 */
export async function* readJsonl(filePath: string, hash: { update(chunk: Buffer): unknown }): AsyncGenerator<JsonlLine> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let line = 0;
  for await (const chunk of fs.createReadStream(filePath)) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    const parts = (pending + decoder.write(buffer)).split("\n");
    pending = parts.pop()!;
    for (const text of parts) {
      line++;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new JsonlError(line, `not a JSON line (${(error as Error).message})`);
      }
      yield { line, value };
    }
  }
  pending += decoder.end();
  if (pending !== "") throw new JsonlError(line + 1, "the last line does not end with a newline: the file is cut off");
}
