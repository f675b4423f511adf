import type { Metadata } from "next";
import { PathBuilder } from "../../../../paths/path-builder";
import { getSession } from "../../../../paths/server-session";
import { EditorGate } from "../../editor-gate";

export const metadata: Metadata = { title: "Edit teaching path · Back pain in pregnancy" };

interface EditPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ signin?: string }>;
}

export default async function EditPathPage({ params, searchParams }: EditPageProps) {
  const [session, { id }, { signin }] = await Promise.all([getSession(), params, searchParams]);
  const pathId = decodeURIComponent(id);
  return (
    <EditorGate session={session} next={`/paths/${encodeURIComponent(pathId)}/edit`} notice={signin}>
      <PathBuilder pathId={pathId} />
    </EditorGate>
  );
}
