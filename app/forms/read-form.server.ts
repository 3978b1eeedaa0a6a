import { unreadableForm } from "../copy/hardening";
/**
 * The submitted form, or a Danish 400 when the body cannot be read as one
 * (a broken multipart boundary, a wrong content type): such input is the
 * sender's mistake, never a server error.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    throw new Response(unreadableForm.wrongFormat, { status: 415 });
  }
  try {
    return await request.formData();
  } catch {
    throw new Response(unreadableForm.broken, { status: 400 });
  }
}
