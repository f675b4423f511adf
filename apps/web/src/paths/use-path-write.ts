"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TypedDocumentString } from "../api/gql/graphql";
import { request } from "../api/graphql";
import { toOperationName } from "../api/use-query";
import { PathDocument } from "./queries";
import { PATH_LIST_KEY } from "./use-path-list";

/**
 * One write to teaching paths (create, update, publish, duplicate, delete, import). Once it is
 * stored, every cached path and list is stale, so no page shows the version before it. A refusal
 * (CONFLICT with the stored version, BAD_USER_INPUT with the field) reaches the caller as thrown.
 */
export function usePathWrite<TData, TVariables>(document: TypedDocumentString<TData, TVariables>) {
  const client = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationFn: (variables: TVariables) => request(document, variables),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: PATH_LIST_KEY });
      void client.invalidateQueries({ queryKey: [toOperationName(PathDocument)] });
    },
  });
  return mutateAsync;
}
