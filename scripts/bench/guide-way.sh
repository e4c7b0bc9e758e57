#!/usr/bin/env bash
# The Globus guide's own way, with curl and jq, for comparison in `npm run bench`.
#   guide-way.sh check|create|update    (CLIENT_ID, CLIENT_SECRET, AUTH_URL, SCOPE_FILE from the environment)
# check: list the client's scopes and print them (the guide has no comparison; a person reads it).
# create: POST the document (the guide's allow_refresh_tokens renamed to the API's allows_refresh_token,
#   and the editor's $schema key left out).
# update: find the scope id, then PUT every field of the document.
set -euo pipefail
auth=(-sS --fail-with-body -u "$CLIENT_ID:$CLIENT_SECRET" -H 'Content-Type: application/json')
body() {
  jq 'del(."$schema") | .scope |= (if has("allow_refresh_tokens") then .allows_refresh_token = .allow_refresh_tokens | del(.allow_refresh_tokens) else . end)' "$SCOPE_FILE"
}
resolve_dependents() {
  # The guide's document names dependent scopes by string; the API wants ids.
  local strings ids
  strings=$(jq -r '[.scope.dependent_scopes[].scope] | join(",")' "$SCOPE_FILE")
  ids=$(curl "${auth[@]}" "$AUTH_URL/v2/api/scopes?scope_strings=$strings" | jq -c '[.scopes[] | {(.scope_string): .id}] | add')
  jq --argjson ids "$ids" '.scope.dependent_scopes |= map(.scope = $ids[.scope])'
}
scope_ids() {
  curl "${auth[@]}" "$AUTH_URL/v2/api/clients/$CLIENT_ID" | jq -r '.client.scopes | join(",")'
}
case "$1" in
  check)
    curl "${auth[@]}" "$AUTH_URL/v2/api/scopes?ids=$(scope_ids)" | jq '.scopes[] | {scope_string, name, description, dependent_scopes}' > /dev/null
    ;;
  create)
    body | resolve_dependents | curl "${auth[@]}" -X POST "$AUTH_URL/v2/api/clients/$CLIENT_ID/scopes" -d @- | jq -r '.scope.id // .scopes[0].id' > /dev/null
    ;;
  update)
    id=$(curl "${auth[@]}" "$AUTH_URL/v2/api/scopes?ids=$(scope_ids)" | jq -r --arg s "$(jq -r .scope.scope_suffix "$SCOPE_FILE")" '.scopes[] | select(.scope_string | endswith("/" + $s)) | .id')
    body | resolve_dependents | jq '.scope |= del(.scope_suffix)' | curl "${auth[@]}" -X PUT "$AUTH_URL/v2/api/scopes/$id" -d @- > /dev/null
    ;;
  *) echo "usage: $0 check|create|update" >&2; exit 2 ;;
esac
