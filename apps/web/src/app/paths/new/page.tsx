import type { Metadata } from "next";
import { PathBuilder } from "../../../paths/path-builder";
import { getSession } from "../../../paths/server-session";
import { EditorGate } from "../editor-gate";

export const metadata: Metadata = { title: "New teaching path · Back pain in pregnancy" };

export default async function NewPathPage({ searchParams }: { searchParams: Promise<{ signin?: string }> }) {
  const [session, { signin }] = await Promise.all([getSession(), searchParams]);
  return (
    <EditorGate session={session} next="/paths/new" notice={signin}>
      <PathBuilder pathId={null} />
    </EditorGate>
  );
}
