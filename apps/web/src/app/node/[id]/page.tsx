import type { Metadata } from "next";
import { Suspense } from "react";
import { NodeView } from "../../../node/node-view";

interface NodePageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: NodePageProps): Promise<Metadata> {
  const { id } = await params;
  return { title: `${decodeURIComponent(id)} · Back pain in pregnancy` };
}

export default async function NodePage({ params }: NodePageProps) {
  const { id } = await params;
  return (
    <main className="page" id="main">
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <NodeView id={decodeURIComponent(id)} />
      </Suspense>
    </main>
  );
}
