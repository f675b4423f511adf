"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { request } from "../api/graphql";
import { type CaseInterpretation, InterpretDocument } from "./case-queries";

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
  const [summary, setSummary] = useState<string | null>(null);
  // The last reading stays while the next one loads, and when it fails.
  const [last, setLast] = useState<{ reading: CaseInterpretation; readText: string } | null>(null);
  const latestOnRead = useRef(onRead);
  latestOnRead.current = onRead;
  // A mutation, though interpretCase is a query: it runs when the reader asks, and its answer
  // belongs to this note, not to a cache. Only the latest call's onSuccess runs.
  const reading = useMutation({
    mutationFn: (note: string) => request(InterpretDocument, { text: note }),
  });
  const { mutate, reset } = reading;

  const ask = useCallback(
    (note: string, merge: boolean) => {
      mutate(note, {
        onSuccess: (data) => {
          setLast({ reading: data.interpretCase, readText: note });
          setSummary(merge ? latestOnRead.current(data.interpretCase) : null);
        },
      });
    },
    [mutate],
  );

  // Restored after mount: the server renders no note, so reading storage earlier would not hydrate.
  // Nothing is saved until then, or the empty first render would erase the stored note.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const stored = loadNote();
    setRestored(true);
    if (!stored) return;
    setTextState(stored.text);
    if (stored.readText) ask(stored.readText, false);
  }, [ask]);

  const readText = last?.readText ?? null;
  useEffect(() => {
    if (restored) saveNote({ text, readText });
  }, [restored, text, readText]);

  const read = useCallback(() => {
    if (text.trim() !== "") ask(text, true);
  }, [ask, text]);

  const clear = useCallback(() => {
    reset();
    setTextState("");
    setLast(null);
    setSummary(null);
    saveNote(null);
  }, [reset]);

  return {
    text,
    setText: setTextState,
    reading: last?.reading ?? null,
    readText,
    summary,
    loading: reading.isPending,
    error: reading.error,
    read,
    clear,
  };
}
