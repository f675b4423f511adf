import type { Metadata } from "next";
import { Presenter } from "../../../paths/presenter";
import { getSession } from "../../../paths/server-session";

export const metadata: Metadata = { title: "Teaching path · Back pain in pregnancy" };

interface PresentPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ step?: string | string[] }>;
}

export default async function PresentPage({ params, searchParams }: PresentPageProps) {
  const [session, { id }, { step }] = await Promise.all([getSession(), params, searchParams]);
  return (
    <main className="page paths-page presenter-page" id="main">
      <Presenter
        pathId={decodeURIComponent(id)}
        initialStep={typeof step === "string" ? step : null}
        canEdit={session.viewer.canEditTeachingPaths}
      />
    </main>
  );
}
