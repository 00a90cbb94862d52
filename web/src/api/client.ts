/** The only way the web app talks to the server: JSON over fetch, errors as ApiError. */

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const d = (data ?? {}) as { error?: string; message?: string };
    throw new ApiError(res.status, d.error ?? 'error', d.message ?? `Onverwachte fout (${res.status}).`);
  }
  return data as T;
}

export async function api<T>(path: string, init: { method?: string; json?: unknown; form?: FormData } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (init.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.form) {
    body = init.form;
  }
  let res: Response;
  try {
    res = await fetch(path, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
  }
  return parse<T>(res);
}

export type Role = 'intake' | 'policy' | 'admin';
export interface User {
  id: number;
  email: string;
  role: Role;
  displayName: string;
  mustChangePassword: boolean;
}

export interface LetterSummary {
  id: string;
  received_at: string;
  channel: string;
  source_type: string;
  subject: string;
  sender_name: string | null;
  status: string;
  language: string | null;
}

export interface LetterFileInfo {
  id: number;
  role: 'original' | 'attachment';
  filename: string;
  media_type: string;
  size_bytes: number;
}

export interface LetterDetail {
  id: string;
  received_at: string;
  channel: string;
  source_type: string;
  status: string;
  language: string | null;
  subject: string;
  body: string;
  sender: { name: string | null; email: string | null; address: string | null; postcode: string | null; city: string | null };
  extraction_warnings: string[];
  files: LetterFileInfo[];
}
