"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { graphqlRequest } from "../api/graphql";
import { INTERPRET_QUERY, type InterpretData } from "./case-queries";
import type { CaseInterpretation } from "./case-types";

/**
 * The note lives in this tab's session storage, not in the URL: a note is free text about a
 * patient, which does not belong in links, history and server logs, and at up to 10,000
 * characters it would outgrow the URL a server accepts. It survives a reload; Clear case drops it.
 */
const STORAGE_KEY = "bpx.case-note";

interface StoredNote {
  text: string;
  /** The text last read, so a reload can show its reading again without merging it twice. */
  readText: string | null;
}

function loadNote(): StoredNote | null {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    const stored = raw ? (JSON.parse(raw) as Partial<StoredNote>) : null;
    if (typeof stored?.text !== "string") return null;
    return { text: stored.text, readText: typeof stored.readText === "string" ? stored.readText : null };
  } catch {
    // Storage may be disabled (private mode, policy): the note then lasts as long as the page.
    return null;
  }
}

function saveNote(note: StoredNote | null) {
  try {
    if (note === null || note.text === "") window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(note));
  } catch {
    // As above: without storage the note is simply not kept across a reload.
  }
}

export interface CaseNoteState {
  text: string;
  setText: (text: string) => void;
  /** The last reading and the text it read (the note may have been edited since). */
  reading: CaseInterpretation | null;
  readText: string | null;
  /** What the last reading did to the case, for the live status. */
  summary: string | null;
  loading: boolean;
  error: unknown;
  /** Reads the note and hands the reading to `onRead`, which merges it and says what it did. */
  read: () => void;
  clear: () => void;
}

/** The clinician's note, its reading by `interpretCase`, and its place in session storage. */
export function useCaseNote(onRead: (reading: CaseInterpretation) => string): CaseNoteState {
  const [text, setTextState] = useState("");
  const [readText, setReadText] = useState<string | null>(null);
  const [reading, setReading] = useState<CaseInterpretation | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef<AbortController | null>(null);
  const latestOnRead = useRef(onRead);
  latestOnRead.current = onRead;

  const request = useCallback((note: string, merge: boolean) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setLoading(true);
    setError(null);
    graphqlRequest<InterpretData, { text: string }>(
      INTERPRET_QUERY,
      { text: note },
      { signal: controller.signal },
    ).then(
      (data) => {
        if (controller.signal.aborted) return;
        setReading(data.interpretCase);
        setReadText(note);
        setLoading(false);
        setSummary(merge ? latestOnRead.current(data.interpretCase) : null);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setLoading(false);
        setError(failure);
      },
    );
  }, []);

  // Restored after mount: the server renders no note, so reading storage earlier would not hydrate.
  // Nothing is saved until then, or the empty first render would erase the stored note.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const stored = loadNote();
    setRestored(true);
    if (!stored) return;
    setTextState(stored.text);
    if (stored.readText) request(stored.readText, false);
  }, [request]);

  useEffect(() => {
    if (restored) saveNote({ text, readText });
  }, [restored, text, readText]);

  useEffect(() => () => inFlight.current?.abort(), []);

  const read = useCallback(() => {
    if (text.trim() !== "") request(text, true);
  }, [request, text]);

  const clear = useCallback(() => {
    inFlight.current?.abort();
    setTextState("");
    setReadText(null);
    setReading(null);
    setSummary(null);
    setLoading(false);
    setError(null);
    saveNote(null);
  }, []);

  return { text, setText: setTextState, reading, readText, summary, loading, error, read, clear };
}
